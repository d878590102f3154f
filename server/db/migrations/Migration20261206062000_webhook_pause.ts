import { Migration } from '@mikro-orm/migrations';

/**
 * A webhook subscription whose deliveries keep failing pauses (#26): `consecutive_failures` counts the
 * deliveries FAILED in a row (a DELIVERED one sets it back to 0); at `WEBHOOK_PAUSE_AFTER_FAILURES` the
 * sender sets `paused_at` and `pause_reason` (the last error) and claims none of its deliveries until
 * `resumeWebhookSubscription` clears them. The existing `enabled` flag is unchanged.
 */
export class Migration20261206062000_webhook_pause extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table webhook_subscription
      add column consecutive_failures integer not null default 0,
      add column paused_at timestamptz null,
      add column pause_reason text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table webhook_subscription drop column consecutive_failures, drop column paused_at, drop column pause_reason;`);
  }
}
