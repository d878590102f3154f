import { Migration } from '@mikro-orm/migrations';

/**
 * Stalled setups reach a rep: a new escalation kind, STALLED_SETUP, at most one per order, ever
 * (like the overdue one), so concurrent sweeps open exactly one and a resolved one is not reopened.
 */
export class Migration20261202050000_stalled_setup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table escalation drop constraint escalation_kind_check;
alter table escalation add constraint escalation_kind_check
  check (kind in ('OVERDUE_PROVISIONING', 'UNRECOGNIZED_PARTNER_ORGANIZATION', 'UNRECOGNIZED_CUSTOMER_ORGANIZATION', 'STALLED_SETUP'));
create unique index escalation_one_stalled_setup_per_order on escalation (order_id) where kind = 'STALLED_SETUP';
-- The stalled-setup sweep: started, not set up, by requested start date.
create index customer_order_stalled_setup_idx on customer_order (requested_start_date, id)
  where setup_started_at is not null and status in ('SETUP_IN_PROGRESS', 'HANDED_OVER');
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop index if exists customer_order_stalled_setup_idx;
drop index if exists escalation_one_stalled_setup_per_order;
delete from escalation_note where escalation_id in (select id from escalation where kind = 'STALLED_SETUP');
delete from escalation where kind = 'STALLED_SETUP';
alter table escalation drop constraint escalation_kind_check;
alter table escalation add constraint escalation_kind_check
  check (kind in ('OVERDUE_PROVISIONING', 'UNRECOGNIZED_PARTNER_ORGANIZATION', 'UNRECOGNIZED_CUSTOMER_ORGANIZATION'));
`);
  }
}
