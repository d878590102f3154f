import { Migration } from '@mikro-orm/migrations';

/**
 * The integrators' event feed (`orderEvents`): one row per order status change, subscription
 * activation, escalation opened or resolved, written in the transaction that makes the change.
 * `xid` is the writing transaction's id: the feed hands out only rows of transactions older than the
 * oldest one still running (`pg_snapshot_xmin`), in (xid, id) order, so a transaction that commits
 * later with a lower id can never appear behind a reader's cursor.
 */
export class Migration20261202060000_order_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table order_event (
  id bigserial primary key,
  xid xid8 not null default pg_current_xact_id(),
  type varchar(32) not null,
  at timestamptz not null,
  order_id uuid not null references customer_order (id) on delete cascade,
  ccw_order_number varchar(64) not null,
  changes jsonb not null default '{}'::jsonb
);
create index order_event_feed on order_event (xid, id);
create index order_event_order on order_event (order_id, id);
`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists order_event;');
  }
}
