import { Migration } from '@mikro-orm/migrations';

/**
 * Single sign-on for reps: a rep created on first login through the OpenID provider has no
 * password; each sign-in in flight is a row (the PKCE verifier and nonce, kept server-side so any
 * replica can take the callback), then a one-time hand-over code the console exchanges for a login.
 */
export class Migration20261202040000_single_sign_on extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table rep alter column password_hash drop not null;
create table oidc_sign_in (
  id uuid primary key,
  state_hash varchar(64) not null unique,
  code_verifier varchar(128) not null,
  nonce varchar(128) not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  rep_id uuid references rep (id),
  handover_hash varchar(64) unique,
  completed_at timestamptz
);
create index oidc_sign_in_expires_idx on oidc_sign_in (expires_at);
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists oidc_sign_in;
update rep set password_hash = '!' where password_hash is null;
alter table rep alter column password_hash set not null;
`);
  }
}
