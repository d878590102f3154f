import { Migration } from '@mikro-orm/migrations';

/**
 * Wakes the email sender when a message is queued. NOTIFY inside a transaction is delivered only
 * when it commits (and identical notifications of one transaction are folded into one), so a
 * listener hears about a message exactly when it becomes visible: the "after commit" wake-up,
 * whatever code path queued the email. The sender also polls, so a lost notification only delays.
 */
export class Migration20261126000000_outbox_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function outbox_message_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify('outbox_message_pending', '');
  return null;
end
$$;
create trigger outbox_message_notify after insert on outbox_message
  for each statement execute function outbox_message_notify();
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop trigger if exists outbox_message_notify on outbox_message;
drop function if exists outbox_message_notify();
`);
  }
}
