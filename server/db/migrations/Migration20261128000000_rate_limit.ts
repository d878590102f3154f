import { Migration } from '@mikro-orm/migrations';

/**
 * Failed-attempt counters for login, account activation and "Set up now" (one fixed window per key),
 * in PostgreSQL so every replica shares them. Keys are `<action>:<account|address>:<sha256>`: no
 * email address or client address is stored in clear.
 */
export class Migration20261128000000_rate_limit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table rate_limit_counter (
  key varchar(120) primary key,
  window_started_at timestamptz not null,
  failures integer not null check (failures >= 0)
);
create index rate_limit_counter_window_idx on rate_limit_counter (window_started_at);
`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists rate_limit_counter;');
  }
}
