import { Migration } from '@mikro-orm/migrations';

/**
 * The reps' console: who contacted the partner about an escalation and when, and the indexes its
 * queue, searches and show pages sort and join on.
 */
export class Migration20261127120000_rep_console extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table escalation
  add column partner_contacted_at timestamptz,
  add column partner_contacted_by_id uuid references rep (id);
-- "Assigned to me" and the assignee filter of the queue.
create index escalation_assignee_idx on escalation (assignee_id, status, created_at) where assignee_id is not null;
-- An order's escalations (show page, batch loader).
create index escalation_order_idx on escalation (order_id, created_at);
-- Subscriptions list, newest first; and the organizations list sorted by name within a kind.
create index subscription_created_idx on subscription (created_at, id);
create index organization_kind_name_idx on organization (kind, lower(name), id);
create index organization_name_idx on organization (lower(name), id);
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop index if exists organization_name_idx;
drop index if exists organization_kind_name_idx;
drop index if exists subscription_created_idx;
drop index if exists escalation_order_idx;
drop index if exists escalation_assignee_idx;
alter table escalation drop column if exists partner_contacted_by_id, drop column if exists partner_contacted_at;
`);
  }
}
