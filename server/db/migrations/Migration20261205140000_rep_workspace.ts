import { Migration } from '@mikro-orm/migrations';

/**
 * The console as a team's tool (#28): each rep's saved views of a list (filters and columns, their own
 * only) and the canned resolutions every rep shares and administers.
 */
export class Migration20261205140000_rep_workspace extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table saved_view (
  id uuid primary key,
  rep_id uuid not null references rep (id) on update cascade on delete cascade,
  resource text not null check (resource in ('ESCALATIONS', 'ORDERS')),
  name text not null,
  filters jsonb not null,
  columns jsonb null,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index saved_view_rep_resource_name on saved_view (rep_id, resource, lower(name));

create table canned_resolution (
  id uuid primary key,
  title text not null,
  text text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index canned_resolution_title on canned_resolution (lower(title));
`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists canned_resolution; drop table if exists saved_view;`);
  }
}
