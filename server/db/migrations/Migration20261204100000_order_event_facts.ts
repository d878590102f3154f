import { Migration } from '@mikro-orm/migrations';

/**
 * Order events hold order facts only (README, "Security rules", 3): events written before the allow-list
 * lose the keys it drops. Until then `ESCALATION_RESOLVED` carried the rep's free-text `resolution`,
 * which the machine keys read in the feed and in webhooks. Pending webhook deliveries read the event at
 * each attempt, so their retries go out without it too (same event id). The keys are written out here,
 * as they were when this migration landed (`server/orders/order-event-changes.ts`).
 */
export const ORDER_EVENT_FACTS_SQL = `
update order_event e
   set changes = (select coalesce(jsonb_object_agg(key, value), '{}'::jsonb) from jsonb_each(e.changes) where key = any (k.allowed))
  from (values
    ('ORDER_STATUS_CHANGED', array['from', 'to', 'action']),
    ('SUBSCRIPTION_ACTIVATED', array['subscriptionId', 'billingStartedAt', 'billedServices']),
    ('ESCALATION_OPENED', array['escalationId', 'kind']),
    ('ESCALATION_RESOLVED', array['escalationId', 'kind']),
    ('ORDER_AMENDED', array['amendment', 'before', 'after'])
  ) as k(type, allowed)
 where e.type = k.type and exists (select 1 from jsonb_object_keys(e.changes) as key where key <> all (k.allowed))`;

export class Migration20261204100000_order_event_facts extends Migration {
  override async up(): Promise<void> {
    this.addSql(ORDER_EVENT_FACTS_SQL);
  }

  override async down(): Promise<void> {
    // The dropped text is gone; the escalations and the audit trail still hold it.
  }
}
