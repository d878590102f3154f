import { Migration } from '@mikro-orm/migrations';

/**
 * What the journey simulation found (#22):
 * - `activity_at`: the last act of a person on the order's setup (opening a session, a wizard step, a
 *   service setting saved). The stalled clock starts there, not at the requested start date.
 * - `reminded_at`: when the reminder to finish a set-up order went out (then, still idle, a STALLED_SETUP).
 * - One open escalation per order, whatever its kind (a newer cause supersedes the older one, which is
 *   resolved with a note); a STALLED_SETUP may come again after new activity, so its "once ever" index goes.
 */
export class Migration20261204100000_journey extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table customer_order add column activity_at timestamptz, add column reminded_at timestamptz;
update customer_order o
   set activity_at = coalesce((select max(s.last_active_at) from setup_session s where s.order_id = o.id), o.set_up_at, o.setup_started_at)
 where o.setup_started_at is not null;
update escalation e
   set status = 'RESOLVED', resolved_at = now(), resolution = 'Superseded by a newer escalation of the same order.'
 where e.status <> 'RESOLVED'
   and exists (select 1 from escalation n where n.order_id = e.order_id and n.status <> 'RESOLVED' and (n.created_at, n.id) > (e.created_at, e.id));
drop index if exists escalation_one_stalled_setup_per_order;
create unique index escalation_one_open_per_order on escalation (order_id) where status <> 'RESOLVED';
drop index if exists customer_order_stalled_setup_idx;
create index customer_order_idle_setup_idx on customer_order (activity_at, id)
  where setup_started_at is not null and status in ('SETUP_IN_PROGRESS', 'HANDED_OVER', 'SET_UP');
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop index if exists customer_order_idle_setup_idx;
drop index if exists escalation_one_open_per_order;
create index customer_order_stalled_setup_idx on customer_order (requested_start_date, id)
  where setup_started_at is not null and status in ('SETUP_IN_PROGRESS', 'HANDED_OVER');
alter table customer_order drop column activity_at, drop column reminded_at;
`);
  }
}
