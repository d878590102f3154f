import { Migration } from '@mikro-orm/migrations';

/**
 * Rate limits on rate-limiter-flexible's PostgreSQL store (its table layout: key, points, expire in
 * epoch milliseconds), replacing `rate_limit_counter`; and the addresses each account has signed in
 * from (`login_known_address`: the SHA-256 of account, address unit), which other addresses'
 * failures never lock out. Neither holds an email or a client address in clear.
 */
export class Migration20261204160000_login_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table rate_limit_points (
  key varchar(255) primary key,
  points integer not null default 0,
  expire bigint
);
create index rate_limit_points_expire_idx on rate_limit_points (expire);
create table login_known_address (
  key char(64) primary key,
  last_success_at timestamptz not null
);
create index login_known_address_last_success_idx on login_known_address (last_success_at);
drop table if exists rate_limit_counter;
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists login_known_address;
drop table if exists rate_limit_points;
create table rate_limit_counter (
  key varchar(120) primary key,
  window_started_at timestamptz not null,
  failures integer not null check (failures >= 0)
);
create index rate_limit_counter_window_idx on rate_limit_counter (window_started_at);
`);
  }
}
