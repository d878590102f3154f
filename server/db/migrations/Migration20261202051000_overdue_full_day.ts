import { Migration } from '@mikro-orm/migrations';

/**
 * Overdue counts from a full day after the setup email was due (`overdueFrom` in order-predicates.ts):
 * orders placed before, still waiting for someone to start and not yet escalated, get that instant.
 * With SETUP_EMAIL_LOCAL_HOUR=0 nothing changes (the email was due at the start of the requested day).
 */
export class Migration20261202051000_overdue_full_day extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
update customer_order o
   set overdue_at = ((o.setup_due_at at time zone o.time_zone) + interval '1 day') at time zone o.time_zone
 where o.setup_started_at is null
   and o.status in ('PLACED', 'AWAITING_SETUP')
   and ((o.setup_due_at at time zone o.time_zone) + interval '1 day') at time zone o.time_zone > o.overdue_at
   and not exists (select 1 from escalation e where e.order_id = o.id and e.kind = 'OVERDUE_PROVISIONING');
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
update customer_order
   set overdue_at = (requested_start_date + 1)::timestamp at time zone time_zone
 where overdue_at <> (requested_start_date + 1)::timestamp at time zone time_zone;
`);
  }
}
