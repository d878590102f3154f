import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxStatus } from './outbox-message.entity.js';

/**
 * The outbox message's states, written here only, in SQL (one statement per batch): PENDING → SENT,
 * PENDING → PENDING later (a temporary failure, with backoff) or FAILED (for good), and FAILED →
 * PENDING ("Send again"). Claiming a due message (attempts + 1, a lease) is the delivery job's.
 */
export interface Outcome {
  id: string;
  status: OutboxStatus.PENDING | OutboxStatus.FAILED;
  nextAttemptAt: Date;
  lastError: string;
}

function uuidList(ids: readonly string[]): string {
  return `array[${ids.map(() => '?').join(', ')}]::uuid[]`;
}

/** Records a batch's outcome: the sent ones in one UPDATE, the failed ones (retrying or for good) in another. */
export async function recordOutcomes(em: EntityManager, now: Date, sent: readonly string[], failures: readonly Outcome[]): Promise<void> {
  const connection = em.getConnection();
  const tx = em.getTransactionContext();
  if (sent.length) {
    // Overdue counts a full day from when the order's first Set up now email actually went out (#22):
    // when it goes out later than queued (a mail outage), the order's overdue instant moves with it.
    await connection.execute(
      `with sent as (
         update outbox_message set status = 'SENT', sent_at = ?, last_error = null where id = any(${uuidList(sent)}) returning id, order_id, template
       )
       update customer_order o set overdue_at = greatest(o.overdue_at, ?::timestamptz + interval '1 day')
        where o.id in (select order_id from sent where template = 'SETUP_LINK' and order_id is not null)
          and o.setup_started_at is null and o.status in ('PLACED', 'AWAITING_SETUP')
          and not exists (select 1 from outbox_message m where m.order_id = o.id and m.template = 'SETUP_LINK' and m.status = 'SENT'
                            and m.id not in (select id from sent))`,
      [now, ...sent, now],
      'run',
      tx,
    );
  }
  if (failures.length) {
    await connection.execute(
      `update outbox_message m set status = f.status, next_attempt_at = f.next_attempt_at, last_error = f.last_error
       from (values ${failures.map(() => '(?::uuid, ?, ?::timestamptz, ?)').join(', ')}) as f(id, status, next_attempt_at, last_error)
       where m.id = f.id`,
      failures.flatMap((f) => [f.id, f.status, f.nextAttemptAt, f.lastError]),
      'run',
      tx,
    );
  }
}

/**
 * "Send again": a FAILED message goes back to PENDING, due now, with a fresh count of attempts (same
 * key, so the same Message-ID downstream). The condition is in the statement, so of two clicks one
 * wins. False when the message was not FAILED.
 */
export async function sendAgain(em: EntityManager, id: string, now: Date): Promise<boolean> {
  const rows: unknown[] = await em
    .getConnection()
    .execute(
      `update outbox_message set status = '${OutboxStatus.PENDING}', attempts = 0, next_attempt_at = ? where id = ? and status = '${OutboxStatus.FAILED}' returning id`,
      [now, id],
      'all',
      em.getTransactionContext(),
    );
  return rows.length > 0;
}
