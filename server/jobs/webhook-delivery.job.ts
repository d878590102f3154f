import type { EntityManager } from '@mikro-orm/postgresql';
import { retryDelay } from '../outbox/mailer.js';
import { WebhookDeliveryStatus } from '../webhooks/webhook-delivery.entity.js';
import { attempt, type DeliveryToSend } from '../webhooks/webhook-attempt.js';
import { countOutcomes } from '../webhooks/webhook-pause.js';
import { executeInTransaction } from '../db/prepared.js';
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
  /** Stops claiming; the lanes under way finish (each request is bounded by `WEBHOOK_TIMEOUT`). */
  signal?: AbortSignal;
  /**
   * Registers a listener called when new deliveries may be due (the sender's wake-ups during a drain),
   * so a drain waiting on a slow lane claims for the other subscriptions at once. Returns its removal.
   */
  wakeups?: (listener: () => void) => () => void;
}

export interface WebhookDeliveryResult {
  delivered: number;
  /** Failed attempts rescheduled with backoff. */
  retrying: number;
  /** Failed on the last allowed attempt: FAILED, for a rep to send again. */
  failed: number;
}

/** A delivery as the claim reads it: what a POST needs (webhook-attempt.ts), and where it stands. */
interface ClaimedDelivery extends DeliveryToSend {
  subscriptionId: string;
  claimedAt: Date;
  attempts: number;
}

/**
 * Claims due PENDING deliveries (`FOR UPDATE SKIP LOCKED`) and reserves them in one UPDATE (attempts
 * + 1, next attempt pushed out by the lease), committed before any request goes out. Only the head of
 * each (subscription, order) queue is due: a delivery waits while an earlier one of the same order to
 * the same subscription is still PENDING (claimed, or waiting for a retry). So one batch holds at most
 * one delivery per order and subscription, and the order's events arrive in order. Subscriptions with a
 * lane under way in this drain (`busySubscriptions`) are left out: their lane claims nothing more until it ends.
 */
async function claim(em: EntityManager, now: Date, limit: number, busySubscriptions: readonly string[]): Promise<ClaimedDelivery[]> {
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `with due as (
       select d.id from webhook_delivery d
         join webhook_subscription s on s.id = d.subscription_id and s.enabled and s.paused_at is null
        where d.status = 'PENDING' and d.next_attempt_at <= ? and d.subscription_id not in (select busy::uuid from jsonb_array_elements_text(?::jsonb) as busy)
          and not exists (
            select 1 from webhook_delivery earlier
             where earlier.subscription_id = d.subscription_id and earlier.order_id = d.order_id
               and earlier.status = 'PENDING' and earlier.id < d.id)
        order by d.next_attempt_at, d.id limit ? for update of d skip locked
     )
     update webhook_delivery d set attempts = d.attempts + 1, next_attempt_at = ?, last_attempt_at = ?
       from due, order_event e, webhook_subscription s
      where d.id = due.id and e.id = d.event_id and s.id = d.subscription_id
     returning d.id::text as id, d.subscription_id::text as subscription_id, d.attempts, e.id::text as event_id, e.type, e.at, e.order_id, e.ccw_order_number, e.changes,
               e.actor_kind, e.reason, e.snapshot, s.url, s.secret, s.previous_secret, s.previous_secret_expires_at`,
    [now, JSON.stringify(busySubscriptions), limit, new Date(now.getTime() + WEBHOOK_LEASE_MS), now],
  );
  return rows.map((r) => {
    const previousUntil = r.previous_secret_expires_at ? new Date(r.previous_secret_expires_at as string) : null;
    const secrets = [r.secret as string];
    // During a rotation's overlap the previous secret signs too (after the new one).
    if (r.previous_secret && previousUntil && previousUntil > now) secrets.push(r.previous_secret as string);
    return {
      id: r.id as string,
      subscriptionId: r.subscription_id as string,
      claimedAt: now,
      attempts: r.attempts as number,
      eventId: r.event_id as string,
      type: r.type as string,
      at: new Date(r.at as string),
      orderId: r.order_id as string,
      ccwOrderNumber: r.ccw_order_number as string,
      changes: typeof r.changes === 'string' ? (JSON.parse(r.changes) as Record<string, unknown>) : (r.changes as Record<string, unknown>),
      actorKind: (r.actor_kind as string | null) ?? null,
      reason: (r.reason as string | null) ?? null,
      snapshot: typeof r.snapshot === 'string' ? (JSON.parse(r.snapshot) as Record<string, unknown>) : ((r.snapshot as Record<string, unknown> | null) ?? null),
      url: r.url as string,
      secrets,
    };
  });
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
  await executeInTransaction(
    em,
    `update webhook_delivery d
        set status = o.status, next_attempt_at = o.next_attempt_at, last_response_status = o.response_status, last_error = o.error,
            delivered_at = case when o.status = 'DELIVERED' then ?::timestamptz else d.delivered_at end
       from (values ${outcomes.map(() => '(?::bigint, ?, ?::timestamptz, ?::integer, ?)').join(', ')}) as o(id, status, next_attempt_at, response_status, error)
      where d.id = o.id`,
    [now, ...outcomes.flatMap((o) => [o.id, o.status, o.nextAttemptAt, o.responseStatus, o.error])],
  );
}

/** How many subscriptions' deliveries are under way at once in one drain (each a lane of its own). */
export const WEBHOOK_LANES = 32;

/**
 * Delivers due webhooks, one lane per subscription, so one subscriber's slow or failing receiver never
 * delays another's (README, "Security rules", 11). Claims due deliveries of the subscriptions that
 * have no lane under way, starts a lane for each subscription found, and claims again whenever a lane
 * ends or the sender is woken (`options.wakeups`: an event committed, a retry came due). A lane POSTs
 * its claimed deliveries side by side (each bounded by `WEBHOOK_TIMEOUT`) and records their outcomes in
 * one UPDATE as soon as they are all in, whatever the other lanes do. The order of an order's events to a
 * subscription is the claim's (only the head of each (subscription, order) queue is due). A failed
 * attempt is retried with exponential backoff (30 s, 1 min, 2 min, … capped at an hour); the
 * `WEBHOOK_MAX_ATTEMPTS`-th failure is FAILED; `WEBHOOK_PAUSE_AFTER_FAILURES` FAILED deliveries in a row pause
 * the subscription (`webhooks/webhook-pause.ts`): a paused subscription's deliveries are not claimed. Ends when nothing is due and no lane is under way.
 */
export async function runWebhookDelivery(deps: JobDependencies, options: WebhookDeliveryOptions = {}): Promise<WebhookDeliveryResult> {
  const batchSize = options.batchSize ?? 50;
  const result: WebhookDeliveryResult = { delivered: 0, retrying: 0, failed: 0 };
  const lanes = new Map<string, Promise<void>>();
  let failure: unknown;
  // A lane ended, the sender was woken, or the drain is stopped: claim again (or end).
  let poked = false;
  let wakeLoop: (() => void) | undefined;
  const poke = () => {
    poked = true;
    wakeLoop?.();
  };
  const unsubscribe = options.wakeups?.(poke);
  options.signal?.addEventListener('abort', poke);
  try {
    while (!options.signal?.aborted && failure === undefined) {
      poked = false;
      const batch = lanes.size < WEBHOOK_LANES ? await claim(deps.orm.em.fork(), deps.clock.now(), batchSize, [...lanes.keys()]) : [];
      for (const [subscriptionId, deliveries] of bySubscription(batch)) {
        const lane = runLane(deps, deliveries, result)
          .catch((error: unknown) => {
            failure ??= error;
          })
          .finally(() => {
            lanes.delete(subscriptionId);
            poke();
          });
        lanes.set(subscriptionId, lane);
      }
      if (batch.length > 0 && lanes.size < WEBHOOK_LANES) continue;
      if (lanes.size === 0) break;
      // Wait for a lane to end (its subscription may have more) or a wake-up (other subscriptions may).
      if (!poked) await new Promise<void>((resolve) => (wakeLoop = resolve));
      wakeLoop = undefined;
    }
  } catch (error) {
    // A claim failed: the lanes under way still record what they sent before the drain reports it.
    failure ??= error;
  } finally {
    await Promise.all(lanes.values());
    unsubscribe?.();
    options.signal?.removeEventListener('abort', poke);
  }
  if (failure !== undefined) throw failure;
  if (result.delivered + result.failed + result.retrying > 0) deps.log.info({ ...result }, 'webhooks delivered');
  return result;
}

function bySubscription(batch: readonly ClaimedDelivery[]): Map<string, ClaimedDelivery[]> {
  const groups = new Map<string, ClaimedDelivery[]>();
  for (const delivery of batch) groups.set(delivery.subscriptionId, [...(groups.get(delivery.subscriptionId) ?? []), delivery]);
  return groups;
}

/** One subscription's claimed deliveries: POSTed side by side, their outcomes recorded at once. */
async function runLane(deps: JobDependencies, batch: readonly ClaimedDelivery[], result: WebhookDeliveryResult): Promise<void> {
  const { timeoutMs, maxAttempts, allowPrivateTargets } = deps.config.webhooks;
  const claimedAt = batch[0].claimedAt;
  const outcomes = await Promise.all(batch.map((delivery) => attempt(delivery, claimedAt, timeoutMs, allowPrivateTargets)));
  const now = deps.clock.now();
  const recorded: Recorded[] = batch.map((delivery, index) => {
    const outcome = outcomes[index];
    if (outcome.ok) {
      return { id: delivery.id, status: WebhookDeliveryStatus.DELIVERED, nextAttemptAt: now, responseStatus: outcome.status, error: null };
    }
    const giveUp = delivery.attempts >= maxAttempts;
    // The log has the address a refused target resolved to; the delivery log (read by the key) does not.
    const details = {
      deliveryId: delivery.id,
      eventId: delivery.eventId,
      subscriptionId: delivery.subscriptionId,
      attempts: delivery.attempts,
      error: outcome.error,
      ...(outcome.refusedAddress ? { address: outcome.refusedAddress } : {}),
    };
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
  const delivered = recorded.filter((r) => r.status === WebhookDeliveryStatus.DELIVERED).length;
  const failed = recorded.filter((r) => r.status === WebhookDeliveryStatus.FAILED).length;
  const lastFailed = recorded.filter((r) => r.status === WebhookDeliveryStatus.FAILED).at(-1);
  // The states and the subscription's count of FAILED deliveries in a row (and a pause, its audit and
  // emails) commit together.
  const paused = await deps.orm.em.fork().transactional(async (em) => {
    await record(em, now, recorded);
    return countOutcomes(em, now, deps.config, { subscriptionId: batch[0].subscriptionId, delivered, failed, lastError: lastFailed?.error ?? null });
  });
  if (paused) deps.log.warn({ subscriptionId: batch[0].subscriptionId }, 'webhook subscription paused after too many FAILED deliveries in a row');
  result.delivered += delivered;
  result.failed += failed;
  result.retrying += recorded.length - delivered - failed;
}
