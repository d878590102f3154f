import { Migration } from '@mikro-orm/migrations';

/**
 * Every write of the intake key takes a `clientRequestId` (#26), webhook subscriptions' too, which belong to
 * no order: a claimed request may name no order (`order_id` null) and names what it created or changed
 * (`target_id`: the webhook subscription or delivery), so a replay answers that object.
 */
export class Migration20261206063000_client_request_targets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table order_amendment alter column order_id drop not null, add column target_id varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from order_amendment where order_id is null;
alter table order_amendment alter column order_id set not null, drop column target_id;`);
  }
}
