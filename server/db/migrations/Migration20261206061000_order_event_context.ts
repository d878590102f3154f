import { Migration } from '@mikro-orm/migrations';

/**
 * Events a consumer can act on (#26): each order event says who acted (`actor_kind`: CCW, REP,
 * PARTNER, CUSTOMER, SYSTEM), why where there is a reason, and the order's facts after the change
 * (`snapshot`). The snapshot is taken when the writing transaction commits (a deferred constraint
 * trigger), so it holds the order and its subscription as that transaction leaves them, whichever
 * code path wrote the event and in whatever order the ORM flushed the rows. Events written before
 * this migration keep a null snapshot and actor.
 */
export const ORDER_EVENT_SNAPSHOT_SQL = `
create or replace function order_event_snapshot() returns trigger language plpgsql as $$
begin
  update order_event e set snapshot = (
    select jsonb_build_object(
      'id', o.id,
      'ccwOrderNumber', o.ccw_order_number,
      'offer', o.offer,
      'status', o.status,
      'requestedStartDate', o.requested_start_date,
      'timeZone', o.time_zone,
      'provisioningContactEmail', o.provisioning_contact_email,
      'partnerAccountId', o.partner_account_id,
      'services', o.services,
      'overdueAt', o.overdue_at,
      'linkSentAt', o.link_sent_at,
      'linkExpiresAt', o.link_expires_at,
      'setupStartedAt', o.setup_started_at,
      'setUpAt', o.set_up_at,
      'provisionedAt', o.provisioned_at,
      'updatedAt', o.updated_at,
      'partnerOrganizationId', o.partner_organization_id,
      'customerOrganizationId', o.customer_organization_id,
      'subscription', case when s.id is null then null else jsonb_build_object(
        'id', s.id,
        'status', s.status,
        'services', s.services,
        'billingStartedAt', s.billing_started_at,
        'suspendedAt', s.suspended_at,
        'cancelledAt', s.cancelled_at) end)
    from customer_order o left join subscription s on s.order_id = o.id
    where o.id = new.order_id)
  where e.id = new.id;
  return null;
end $$;
`;

export class Migration20261206061000_order_event_context extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table order_event
  add column actor_kind varchar(16) null,
  add column reason text null,
  add column snapshot jsonb null;
create index order_event_order_type on order_event (order_id, type, xid, id);
${ORDER_EVENT_SNAPSHOT_SQL}
create constraint trigger order_event_snapshot after insert on order_event
  deferrable initially deferred for each row execute function order_event_snapshot();
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop trigger if exists order_event_snapshot on order_event;
drop function if exists order_event_snapshot();
drop index if exists order_event_order_type;
alter table order_event drop column if exists actor_kind, drop column if exists reason, drop column if exists snapshot;
`);
  }
}
