import { Migration } from '@mikro-orm/migrations';

/**
 * The subscription's life after provisioning (#26): suspended and cancelled subscriptions (with when
 * and why), and the changes scheduled for a later date (a cancellation, new quantities), which the
 * `subscriptions:apply-scheduled` sweep applies when they fall due. At most one scheduled change of a
 * kind waits per subscription (a later one supersedes it).
 */
export class Migration20261206060000_subscription_lifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table subscription drop constraint subscription_status_check;
alter table subscription add constraint subscription_status_check check (status in ('PENDING', 'ACTIVE', 'SUSPENDED', 'CANCELLED'));
alter table subscription
  add column suspended_at timestamptz null,
  add column suspension_reason text null,
  add column cancelled_at timestamptz null,
  add column cancellation_reason text null;

create table subscription_change (
  id uuid primary key,
  subscription_id uuid not null references subscription (id) on delete cascade,
  order_id uuid not null references customer_order (id) on delete cascade,
  kind text not null check (kind in ('CANCEL', 'QUANTITIES')),
  status text not null check (status in ('SCHEDULED', 'APPLIED', 'SUPERSEDED', 'VOIDED')),
  effective_at timestamptz not null,
  services jsonb null,
  reason text null,
  actor_kind varchar(32) not null,
  actor_id varchar(64) null,
  client_request_id varchar(100) null,
  created_at timestamptz not null,
  settled_at timestamptz null
);
create unique index subscription_change_one_scheduled on subscription_change (subscription_id, kind) where status = 'SCHEDULED';
create index subscription_change_due on subscription_change (effective_at, order_id) where status = 'SCHEDULED';
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists subscription_change;
alter table subscription drop column if exists suspended_at, drop column if exists suspension_reason,
  drop column if exists cancelled_at, drop column if exists cancellation_reason;
update subscription set status = 'ACTIVE' where status in ('SUSPENDED', 'CANCELLED');
alter table subscription drop constraint subscription_status_check;
alter table subscription add constraint subscription_status_check check (status in ('PENDING', 'ACTIVE'));
`);
  }
}
