import { Migration } from '@mikro-orm/migrations';

/**
 * `/metrics` counts the outbox's FAILED messages on every scrape (and reps list them): a partial
 * index keeps that count as cheap as the PENDING one, however many messages were ever sent.
 */
export class Migration20261201000000_outbox_failed_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index outbox_message_failed_idx on outbox_message (created_at) where status = 'FAILED';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists outbox_message_failed_idx;');
  }
}
