import { Migration } from '@mikro-orm/migrations';

/**
 * "Forgot your password?": one-time links for organization administrators and reps. Only the
 * token's SHA-256 is stored; a link expires within the hour, works once, and a newer request
 * revokes the older ones (at most one usable link per person: a partial unique index each).
 */
export class Migration20261202030000_password_reset extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table password_reset (
  id uuid primary key,
  token_hash varchar(64) not null unique,
  user_id uuid references app_user (id) on delete cascade,
  rep_id uuid references rep (id) on delete cascade,
  recipient_email varchar(254) not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null,
  constraint password_reset_one_principal check ((user_id is null) <> (rep_id is null))
);
create unique index password_reset_one_open_per_user on password_reset (user_id) where user_id is not null and used_at is null and revoked_at is null;
create unique index password_reset_one_open_per_rep on password_reset (rep_id) where rep_id is not null and used_at is null and revoked_at is null;
`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists password_reset;');
  }
}
