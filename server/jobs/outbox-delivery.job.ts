import type { EntityManager } from '@mikro-orm/postgresql';
import { classifySendError, retryDelay, type Mailer, type OutgoingEmail } from '../outbox/mailer.js';
import { OutboxStatus } from '../outbox/outbox-message.entity.js';
import { recordOutcomes, type Outcome } from '../outbox/outbox-states.js';
import type { JobDependencies } from './sweep.js';

import { OUTBOX_DELIVERY_JOB } from './job-names.js';

export { OUTBOX_DELIVERY_JOB };

export type OutboxDeliveryPayload = Record<string, never>;

/**
 * How long a claimed message is reserved for the sender that claimed it. Far longer than a send
 * can take (the transport's timeouts are ≤ 60 s), so in normal operation no other sender sees it;
 * if the process dies mid-batch, its messages are retried when the lease runs out.
 */
export const SEND_LEASE_MS = 5 * 60_000;

export interface DeliveryOptions {
  batchSize?: number;
  /** Batches claimed and sent side by side by this call. */
  concurrency?: number;
  signal?: AbortSignal;
}

export interface DeliveryResult {
  sent: number;
  /** Temporary failures rescheduled with backoff. */
  retrying: number;
  /** Permanent failures, or temporary ones out of attempts. */
  failed: number;
}

interface ClaimedRow extends OutgoingEmail {
  attempts: number;
}

/**
 * Claims due PENDING messages (`FOR UPDATE SKIP LOCKED`) and reserves them in one UPDATE: attempts + 1,
 * next attempt pushed out by the lease. Committed before sending, so no transaction stays open while
 * the SMTP server is talking.
 */
async function claim(em: EntityManager, now: Date, limit: number): Promise<ClaimedRow[]> {
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `with due as (
       select id from outbox_message
       where status = 'PENDING' and next_attempt_at <= ?
       order by next_attempt_at, id limit ? for update skip locked
     )
     update outbox_message m set attempts = m.attempts + 1, next_attempt_at = ?
     from due where m.id = due.id
     returning m.id, m.message_key, m.recipient, m.locale, m.subject, m.text, m.html, m.attempts`,
    [now, limit, new Date(now.getTime() + SEND_LEASE_MS)],
  );
  return rows.map((r) => ({
    id: r.id as string,
    messageKey: r.message_key as string,
    recipient: r.recipient as string,
    locale: r.locale as string,
    subject: r.subject as string,
    text: r.text as string,
    html: r.html as string,
    attempts: r.attempts as number,
  }));
}

/**
 * Delivers the outbox: claims due messages in batches, sends them through the pooled transport,
 * and records the outcome of a whole batch in one UPDATE per kind (sent / failed). The message key
 * is the idempotency key: a message is claimed by one sender at a time and marked SENT once, and
 * its Message-ID is derived from the key. Temporary failures (no reply, 4xx) come back with
 * exponential backoff; a 5xx, or a temporary failure on the last allowed attempt, is FAILED with
 * its error for reps to see. Stops draining when a whole batch failed (the server is likely down).
 */
export async function runOutboxDelivery(deps: JobDependencies, mailer: Mailer, options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const batchSize = options.batchSize ?? 100;
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };

  const drainer = async () => {
    while (!options.signal?.aborted) {
      const claimedAt = deps.clock.now();
      const batch = await claim(deps.orm.em.fork(), claimedAt, batchSize);
      if (batch.length === 0) return;
      const settled = await Promise.allSettled(batch.map((message) => mailer.send(message)));
      const now = deps.clock.now();
      const sent: string[] = [];
      const failures: Outcome[] = [];
      settled.forEach((outcome, index) => {
        const message = batch[index];
        if (outcome.status === 'fulfilled') {
          sent.push(message.id);
          return;
        }
        const { permanent, reason } = classifySendError(outcome.reason);
        const giveUp = permanent || message.attempts >= deps.config.emailMaxAttempts;
        failures.push({
          id: message.id,
          status: giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING,
          nextAttemptAt: giveUp ? now : new Date(now.getTime() + retryDelay(message.attempts)),
          lastError: reason,
        });
        const details = { messageKey: message.messageKey, attempts: message.attempts, error: reason };
        if (giveUp) deps.log.error(details, 'email failed for good');
        else deps.log.warn(details, 'email failed; it will be retried');
      });
      await recordOutcomes(deps.orm.em.fork(), now, sent, failures);
      result.sent += sent.length;
      result.failed += failures.filter((f) => f.status === OutboxStatus.FAILED).length;
      result.retrying += failures.filter((f) => f.status === OutboxStatus.PENDING).length;
      if (batch.length < batchSize || sent.length === 0) return;
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, drainer));
  if (result.sent + result.failed + result.retrying > 0) deps.log.info({ ...result }, 'outbox delivered');
  return result;
}

export interface UnsentLogCursor {
  createdAt: Date;
  id: string;
}

/**
 * With `SMTP_URL` unset nothing is sent: messages stay PENDING (they go out once a server is
 * configured) and each is logged once per process, with the links it carries so that a newcomer can
 * click the Set up now link from the log. In production the links are left out of the log: a setup
 * token is a secret.
 */
export async function logUnsentMessages(deps: JobDependencies, after: UnsentLogCursor | undefined): Promise<UnsentLogCursor | undefined> {
  let cursor = after;
  for (;;) {
    const rows: { id: string; message_key: string; recipient: string; subject: string; text: string; created_at: Date }[] = await deps.orm.em
      .fork()
      .getConnection()
      .execute(
        `select id, message_key, recipient, subject, text, created_at from outbox_message
         where status = 'PENDING'${cursor ? ' and (created_at, id) > (?, ?)' : ''}
         order by created_at, id limit 100`,
        cursor ? [cursor.createdAt, cursor.id] : [],
      );
    for (const row of rows) {
      const links = deps.config.production ? undefined : (row.text.match(/https?:\/\/\S+/g) ?? []);
      deps.log.info(
        { messageKey: row.message_key, recipient: row.recipient, subject: row.subject, links },
        'email not sent (SMTP_URL is not set); it stays in the outbox',
      );
    }
    if (rows.length) cursor = { createdAt: new Date(rows[rows.length - 1].created_at), id: rows[rows.length - 1].id };
    if (rows.length < 100) return cursor;
  }
}
