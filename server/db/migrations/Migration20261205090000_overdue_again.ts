import { Migration } from '@mikro-orm/migrations';

/**
 * An order a rep resolved as overdue, and that still nobody starts, comes back to the reps
 * (`orders:escalate-overdue` after `OVERDUE_AGAIN_AFTER` since the resolution). "One overdue escalation
 * per order, ever" goes; what stays is the rule the product states: at most one open escalation per order
 * (`escalation_one_open_per_order`), so concurrent sweeps still open exactly one.
 */
export class Migration20261205090000_overdue_again extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists escalation_one_overdue_per_order;`);
  }

  override async down(): Promise<void> {
    this.addSql(`
delete from escalation e
 where e.kind = 'OVERDUE_PROVISIONING'
   and exists (select 1 from escalation f where f.order_id = e.order_id and f.kind = 'OVERDUE_PROVISIONING' and (f.created_at, f.id) < (e.created_at, e.id));
create unique index escalation_one_overdue_per_order on escalation (order_id) where kind = 'OVERDUE_PROVISIONING';
`);
  }
}
