import { privateAddressOf } from '../webhooks/private-targets.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { retryDelay } from '../outbox/mailer.js';
import { WebhookDeliveryStatus } from '../webhooks/webhook-delivery.entity.js';
import { DELIVERY_ID_HEADER, EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, signatureHeader, TIMESTAMP_HEADER } from '../webhooks/webhook-signature.js';
import { WEBHOOK_DELIVERY_JOB } from './job-names.js';
import type { JobDependencies } from './sweep.js';

export { WEBHOOK_DELIVERY_JOB };

/**
 * How long a claimed delivery is reserved for the sender that claimed it: far longer than one
 * attempt may take (`WEBHOOK_TIMEOUT` is at most 60 s). If the process dies mid-batch, its
 * deliveries are tried again when the lease runs out (at least once).
 */
export const WEBHOOK_LEASE_MS = 5 * 60_000;

export interface WebhookDeliveryOptions {
  batchSize?: number;
  signal?: AbortSignal;
}

export interface WebhookDeliveryResult {
  delivered: number;
  /** Failed attempts rescheduled with backoff. */
  retrying: number;
  /** Failed on the last allowed attempt: FAILED, for a rep to send again. */
  failed: number;
}

interface ClaimedDelivery {
  id: string;
  attempts: number;
  eventId: string;
  type: string;
  at: Date;
  orderId: string;
  ccwOrderNumber: string;
  changes: Record<string, unknown>;
  url: string;
  secrets: string[];
}

/**
 * Claims due PENDING deliveries (`FOR UPDATE SKIP LOCKED`) and reserves them in one UPDATE (attempts
 * + 1, next attempt pushed out by the lease), committed before any request goes out. Only the head of
 * each (subscription, order) queue is due: a delivery waits while an earlier one of the same order to
 * the same subscription is still PENDING (claimed, or waiting for a retry). So one batch holds at most
 * one delivery per order and subscription, and the order's events arrive in order.
 */
async function claim(em: EntityManager, now: Date, limit: number): Promise<ClaimedDelivery[]> {
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `with due as (
       select d.id from webhook_delivery d
         join webhook_subscription s on s.id = d.subscription_id and s.enabled
        where d.status = 'PENDING' and d.next_attempt_at <= ?
          and not exists (
            select 1 from webhook_delivery earlier
             where earlier.subscription_id = d.subscription_id and earlier.order_id = d.order_id
               and earlier.status = 'PENDING' and earlier.id < d.id)
        order by d.next_attempt_at, d.id limit ? for update of d skip locked
     )
     update webhook_delivery d set attempts = d.attempts + 1, next_attempt_at = ?, last_attempt_at = ?
       from due, order_event e, webhook_subscription s
      where d.id = due.id and e.id = d.event_id and s.id = d.subscription_id
     returning d.id::text as id, d.attempts, e.id::text as event_id, e.type, e.at, e.order_id, e.ccw_order_number, e.changes,
               s.url, s.secret, s.previous_secret, s.previous_secret_expires_at`,
    [now, limit, new Date(now.getTime() + WEBHOOK_LEASE_MS), now],
  );
  return rows.map((r) => {
    const previousUntil = r.previous_secret_expires_at ? new Date(r.previous_secret_expires_at as string) : null;
    const secrets = [r.secret as string];
    // During a rotation's overlap the previous secret signs too (after the new one).
    if (r.previous_secret && previousUntil && previousUntil > now) secrets.push(r.previous_secret as string);
    return {
      id: r.id as string,
      attempts: r.attempts as number,
      eventId: r.event_id as string,
      type: r.type as string,
      at: new Date(r.at as string),
      orderId: r.order_id as string,
      ccwOrderNumber: r.ccw_order_number as string,
      changes: typeof r.changes === 'string' ? (JSON.parse(r.changes) as Record<string, unknown>) : (r.changes as Record<string, unknown>),
      url: r.url as string,
      secrets,
    };
  });
}

/** The request body: the order event, as the feed `orderEvents` hands it out. The same bytes on every attempt. */
export function webhookBody(event: Pick<ClaimedDelivery, 'eventId' | 'type' | 'at' | 'orderId' | 'ccwOrderNumber' | 'changes'>): string {
  return JSON.stringify({
    id: event.eventId,
    type: event.type,
    time: event.at.toISOString(),
    orderId: event.orderId,
    ccwOrderNumber: event.ccwOrderNumber,
    changes: event.changes,
  });
}

interface AttemptOutcome {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/**
 * One POST. A 2xx answer delivers; anything else (another status, a redirect — never followed —, a
 * refused connection, no answer within `WEBHOOK_TIMEOUT`) is a failed attempt. The answer's body is
 * not read.
 */
async function attempt(delivery: ClaimedDelivery, now: Date, timeoutMs: number, allowPrivate: boolean): Promise<AttemptOutcome> {
  const body = webhookBody(delivery);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  try {
    // Where the name leads now (it may have changed since the subscription was made).
    const inside = allowPrivate ? null : await privateAddressOf(new URL(delivery.url).hostname);
    if (inside) return { ok: false, status: null, error: `the target resolves to ${inside}, a private address (WEBHOOK_PRIVATE_TARGETS)` };
    const response = await fetch(delivery.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'ProvisioningHub-Webhooks/1',
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signatureHeader(delivery.secrets, timestamp, body),
        [EVENT_ID_HEADER]: delivery.eventId,
        [EVENT_TYPE_HEADER]: delivery.type,
        [DELIVERY_ID_HEADER]: delivery.id,
      },
      body,
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, error: null };
    const redirect = response.status >= 300 && response.status < 400 ? ': redirects are not followed' : '';
    return { ok: false, status: response.status, error: `HTTP ${response.status}${redirect}` };
  } catch (error) {
    return { ok: false, status: null, error: describeFailure(error, timeoutMs) };
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = e.cause;
  return ([cause?.code, cause?.message ?? e.message].filter(Boolean).join(' ') || String(error)).slice(0, 1000);
}

interface Recorded {
  id: string;
  status: WebhookDeliveryStatus;
  nextAttemptAt: Date;
  responseStatus: number | null;
  error: string | null;
}

async function record(em: EntityManager, now: Date, outcomes: Recorded[]): Promise<void> {
  if (!outcomes.length) return;
  await em.getConnection().execute(
    `update webhook_delivery d
        set status = o.status, next_attempt_at = o.next_attempt_at, last_response_status = o.response_status, last_error = o.error,
            delivered_at = case when o.status = 'DELIVERED' then ?::timestamptz else d.delivered_at end
       from (values ${outcomes.map(() => '(?::bigint, ?, ?::timestamptz, ?::integer, ?)').join(', ')}) as o(id, status, next_attempt_at, response_status, error)
      where d.id = o.id`,
    [now, ...outcomes.flatMap((o) => [o.id, o.status, o.nextAttemptAt, o.responseStatus, o.error])],
  );
}

/**
 * Delivers due webhooks: claims a batch, POSTs each (side by side; each bounded by
 * `WEBHOOK_TIMEOUT`), records the outcomes in one UPDATE. A failed attempt is retried with
 * exponential backoff (30 s, 1 min, 2 min, … capped at an hour); the `WEBHOOK_MAX_ATTEMPTS`-th
 * failure is FAILED. Goes on while a batch settled something (a delivered or given-up head lets the
 * order's next delivery through), so an order's queued events go out one after the other in one run.
 */
export async function runWebhookDelivery(deps: JobDependencies, options: WebhookDeliveryOptions = {}): Promise<WebhookDeliveryResult> {
  const batchSize = options.batchSize ?? 50;
  const { timeoutMs, maxAttempts, allowPrivateTargets } = deps.config.webhooks;
  const result: WebhookDeliveryResult = { delivered: 0, retrying: 0, failed: 0 };
  while (!options.signal?.aborted) {
    const claimedAt = deps.clock.now();
    const batch = await claim(deps.orm.em.fork(), claimedAt, batchSize);
    if (batch.length === 0) break;
    const outcomes = await Promise.all(batch.map((delivery) => attempt(delivery, claimedAt, timeoutMs, allowPrivateTargets)));
    const now = deps.clock.now();
    const recorded: Recorded[] = batch.map((delivery, index) => {
      const outcome = outcomes[index];
      if (outcome.ok) {
        return { id: delivery.id, status: WebhookDeliveryStatus.DELIVERED, nextAttemptAt: now, responseStatus: outcome.status, error: null };
      }
      const giveUp = delivery.attempts >= maxAttempts;
      const details = { deliveryId: delivery.id, eventId: delivery.eventId, attempts: delivery.attempts, error: outcome.error };
      if (giveUp) deps.log.error(details, 'webhook delivery failed for good');
      else deps.log.warn(details, 'webhook delivery failed; it will be retried');
      return {
        id: delivery.id,
        status: giveUp ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING,
        nextAttemptAt: giveUp ? now : new Date(now.getTime() + retryDelay(delivery.attempts)),
        responseStatus: outcome.status,
        error: outcome.error,
      };
    });
    await record(deps.orm.em.fork(), now, recorded);
    const delivered = recorded.filter((r) => r.status === WebhookDeliveryStatus.DELIVERED).length;
    const failed = recorded.filter((r) => r.status === WebhookDeliveryStatus.FAILED).length;
    result.delivered += delivered;
    result.failed += failed;
    result.retrying += recorded.length - delivered - failed;
    if (delivered + failed === 0) break;
  }
  if (result.delivered + result.failed + result.retrying > 0) deps.log.info({ ...result }, 'webhooks delivered');
  return result;
}
