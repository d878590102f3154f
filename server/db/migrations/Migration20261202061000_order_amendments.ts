import { Migration } from '@mikro-orm/migrations';

/**
 * CCW's amendments (start date, cancellation, quantities): one row per client request id of a key.
 * A retry with the same id changes nothing and answers the order as it is; the unique index settles
 * concurrent retries (the second waits for the first, then finds its row).
 */
export class Migration20261202061000_order_amendments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table order_amendment (
  id uuid primary key,
  actor_id varchar(64) not null,
  client_request_id varchar(100) not null,
  order_id uuid not null references customer_order (id) on delete cascade,
  kind varchar(32) not null,
  fingerprint varchar(64) not null,
  created_at timestamptz not null
);
create unique index order_amendment_one_per_request on order_amendment (actor_id, client_request_id);
`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists order_amendment;');
  }
}
