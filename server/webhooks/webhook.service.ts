import { randomUUID } from 'node:crypto';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { audit } from '../audit/audit.js';
import { scopeOf } from '../common/tx-scope.js';
import { ViewerKind } from '../auth/viewer.js';
import { userError, UserErrorCode } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { InputValidator, isUuid } from '../common/validation.js';
import { pageWindow, type Page } from '../common/paging.js';
import { OrderEventType } from '../orders/order-event.entity.js';
import { sendAgainFailed } from '../outbox/send-again.js';
import { claimClientRequest, clientRequestTarget, requestFingerprint } from '../orders/client-request.js';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { isPrivateHost } from './private-targets.js';
import { generateWebhookSecret } from './webhook-signature.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';
import type {
  CreateWebhookSubscriptionInput,
  ResumeWebhookSubscriptionInput,
  RotateWebhookSecretInput,
  UpdateWebhookSubscriptionInput,
  WebhookDeliveryFilter,
} from './webhook.types.js';

/** The channel the `order_event_webhooks` trigger notifies on; a send again notifies it too. */
export const WEBHOOK_CHANNEL = 'webhook_delivery_pending';

/** Subscriptions one machine key may hold (a key that loops on create cannot fill the table). */
export const MAX_SUBSCRIPTIONS_PER_KEY = 20;
export const MAX_OVERLAP_SECONDS = 7 * 86_400;
const MAX_URL_LENGTH = 2000;

/** The webhook writes as their client request ids are claimed (`order_amendment.kind`). */
enum WebhookRequestKind {
  CREATE = 'WEBHOOK_CREATE',
  UPDATE = 'WEBHOOK_UPDATE',
  ROTATE = 'WEBHOOK_ROTATE',
  DELETE = 'WEBHOOK_DELETE',
  RESUME = 'WEBHOOK_RESUME',
  RESEND = 'WEBHOOK_RESEND',
}

/** A write's answer and whether its client request id was seen before (nothing changed this time). */
export type Replayable<T> = T & { replayed: boolean };

/** An optional client request id (up to 100 characters), checked with the rest of the input. */
function requestIdOf(v: InputValidator, value: string | null | undefined): string | null {
  return value == null ? null : v.text('clientRequestId', value, { max: 100, label: 'The client request id' });
}

/**
 * Claims the request id in the write's transaction (`orders/client-request.ts`, per actor): false for a
 * first request (go on), the claimed target's id (or '') for a replay of the same request; the same id
 * with other content is INVALID_INPUT (`REQUEST_ID_REUSED`). No id: nothing to claim.
 */
async function replayOf(
  ctx: RequestContext,
  em: RequestContext['em'],
  kind: WebhookRequestKind,
  clientRequestId: string | null,
  content: unknown,
  targetId: string | null,
  now: Date,
): Promise<false | string> {
  if (!clientRequestId) return false;
  const actorId = ctx.viewer?.id ?? 'ANONYMOUS';
  const fingerprint = requestFingerprint(kind, '', content);
  if (await claimClientRequest(em, { actorId, clientRequestId, orderId: null, kind, fingerprint, now, targetId })) return false;
  return (await clientRequestTarget(em, actorId, clientRequestId)) ?? '';
}

/**
 * Signed webhooks (docs/integrators.md, "Webhooks"). Admin reps manage every subscription; a machine key with the
 * intake scope manages its own only (another's reads as not found); any rep reads the subscriptions
 * and the delivery log and may send a FAILED delivery again. Every change is audited in its
 * transaction; secrets never reach the audit trail or any answer but create's and rotate's.
 */
export class WebhookService {
  /** What the viewer may see: a key its own subscriptions, reps all of them. */
  private owned(ctx: RequestContext): FilterQuery<WebhookSubscription> {
    return ctx.viewer?.kind === ViewerKind.API_KEY ? { ownerApiKeyId: ctx.viewer.id } : {};
  }

  async list(ctx: RequestContext, args: { offset?: number | null; limit?: number | null }): Promise<Page<WebhookSubscription>> {
    const { offset, limit } = pageWindow(args.offset, args.limit);
    const [nodes, totalCount] = await ctx.em.findAndCount(WebhookSubscription, this.owned(ctx), {
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      offset,
      limit,
    });
    return { nodes, totalCount };
  }

  get(ctx: RequestContext, id: string): Promise<WebhookSubscription | null> {
    return isUuid(id) ? ctx.em.findOne(WebhookSubscription, { $and: [{ id }, this.owned(ctx)] }) : Promise.resolve(null);
  }

  async create(ctx: RequestContext, input: CreateWebhookSubscriptionInput): Promise<Replayable<{ subscription: WebhookSubscription; secret: string }>> {
    const v = new InputValidator();
    const clientRequestId = requestIdOf(v, input.clientRequestId);
    const url = webhookUrl(v, 'url', input.url, ctx.config.webhooks.allowPrivateTargets);
    const eventTypes = webhookEventTypes(v, 'eventTypes', input.eventTypes);
    const description = v.optionalText('description', input.description, { max: 200, label: 'The description' });
    v.done();
    const now = ctx.clock.now();
    const viewer = ctx.viewer!;
    const ownerApiKeyId = viewer.kind === ViewerKind.API_KEY ? viewer.id : null;
    return ctx.em.transactional(async (em) => {
      if (ownerApiKeyId) {
        // Serialises a key's creations, so the cap holds under concurrent calls.
        await em.getConnection().execute(`select id from api_key where id = ? for update`, [ownerApiKeyId], 'all', em.getTransactionContext());
      }
      const id = randomUUID();
      const replay = await replayOf(ctx, em, WebhookRequestKind.CREATE, clientRequestId, { url, eventTypes, description }, id, now);
      if (replay !== false) {
        // The subscription the first request created, with its secret (its owner's own), as it is now.
        const created = replay ? await em.findOne(WebhookSubscription, { $and: [{ id: replay }, this.owned(ctx)] }) : null;
        if (!created) throw userError(UserErrorCode.NOT_FOUND, 'The webhook subscription this request created was deleted since', ['input', 'clientRequestId']);
        return { subscription: created, secret: created.secret, replayed: true };
      }
      if (ownerApiKeyId) {
        const count = await em.count(WebhookSubscription, { ownerApiKeyId });
        if (count >= MAX_SUBSCRIPTIONS_PER_KEY) {
          throw userError(UserErrorCode.INVALID_INPUT, `A key may hold at most ${MAX_SUBSCRIPTIONS_PER_KEY} webhook subscriptions`, ['input'], {
            reason: 'TOO_MANY_SUBSCRIPTIONS',
            max: MAX_SUBSCRIPTIONS_PER_KEY,
          });
        }
      }
      const secret = generateWebhookSecret();
      const subscription = em.create(WebhookSubscription, {
        id,
        url,
        eventTypes,
        description,
        secret,
        ownerApiKeyId,
        createdBy: viewer.email ?? viewer.label,
        createdAt: now,
        updatedAt: now,
      });
      em.persist(subscription);
      audit(scopeOf(ctx, em, now), {
        action: 'webhook.created',
        targetType: 'WebhookSubscription',
        targetId: subscription.id,
        after: { url, eventTypes, description, owner: ownerApiKeyId ? viewer.label : 'reps', ...(clientRequestId ? { clientRequestId } : {}) },
      });
      return { subscription, secret, replayed: false };
    });
  }

  async update(ctx: RequestContext, input: UpdateWebhookSubscriptionInput): Promise<Replayable<{ subscription: WebhookSubscription }>> {
    const v = new InputValidator();
    const clientRequestId = requestIdOf(v, input.clientRequestId);
    const url = input.url == null ? undefined : webhookUrl(v, 'url', input.url, ctx.config.webhooks.allowPrivateTargets);
    const eventTypes = input.eventTypes == null ? undefined : webhookEventTypes(v, 'eventTypes', input.eventTypes);
    const description = input.description == null ? undefined : v.optionalText('description', input.description, { max: 200, label: 'The description' });
    v.done();
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const subscription = await this.locked(ctx, em, input.id, ['input', 'id']);
      const content = { id: subscription.id, url, eventTypes, description, enabled: input.enabled ?? null };
      if ((await replayOf(ctx, em, WebhookRequestKind.UPDATE, clientRequestId, content, subscription.id, now)) !== false)
        return { subscription, replayed: true };
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const change = <K extends 'url' | 'eventTypes' | 'description' | 'enabled'>(key: K, value: WebhookSubscription[K] | undefined) => {
        if (value === undefined || JSON.stringify(subscription[key] ?? null) === JSON.stringify(value)) return;
        before[key] = subscription[key] ?? null;
        after[key] = value;
        subscription[key] = value;
      };
      change('url', url);
      change('eventTypes', eventTypes);
      change('description', description);
      change('enabled', input.enabled ?? undefined);
      if (Object.keys(after).length) {
        subscription.updatedAt = now;
        audit(scopeOf(ctx, em, now), { action: 'webhook.updated', targetType: 'WebhookSubscription', targetId: subscription.id, before, after });
        // Re-enabled: its waiting deliveries are due again.
        if (after.enabled === true) await em.execute(`select pg_notify('${WEBHOOK_CHANNEL}', '')`);
      }
      return { subscription, replayed: false };
    });
  }

  /**
   * A new secret; the current one becomes the previous one and keeps signing beside the new one until
   * the overlap ends (a previous one still in its overlap is dropped: two at most).
   */
  async rotate(ctx: RequestContext, input: RotateWebhookSecretInput): Promise<Replayable<{ subscription: WebhookSubscription; secret: string }>> {
    const v = new InputValidator();
    const clientRequestId = requestIdOf(v, input.clientRequestId);
    const overlapSeconds =
      input.overlapSeconds == null
        ? Math.round(ctx.config.webhooks.secretOverlapMs / 1000)
        : v.integer('overlapSeconds', input.overlapSeconds, { min: 0, max: MAX_OVERLAP_SECONDS, label: 'The overlap' });
    v.done();
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const subscription = await this.locked(ctx, em, input.id, ['input', 'id']);
      // A retried rotation rotates once: it answers the secret signing now (its owner's own), not a third one.
      const content = { id: subscription.id, overlapSeconds };
      if ((await replayOf(ctx, em, WebhookRequestKind.ROTATE, clientRequestId, content, subscription.id, now)) !== false)
        return { subscription, secret: subscription.secret, replayed: true };
      const secret = generateWebhookSecret();
      subscription.previousSecret = overlapSeconds > 0 ? subscription.secret : null;
      subscription.previousSecretExpiresAt = overlapSeconds > 0 ? new Date(now.getTime() + overlapSeconds * 1000) : null;
      subscription.secret = secret;
      subscription.secretRotatedAt = now;
      subscription.updatedAt = now;
      audit(scopeOf(ctx, em, now), {
        action: 'webhook.secret_rotated',
        targetType: 'WebhookSubscription',
        targetId: subscription.id,
        after: { previousSecretExpiresAt: subscription.previousSecretExpiresAt?.toISOString() ?? null, ...(clientRequestId ? { clientRequestId } : {}) },
      });
      return { subscription, secret, replayed: false };
    });
  }

  /**
   * Resumes a subscription paused after too many FAILED deliveries in a row (`webhook-pause.ts`): the
   * pause and the count are cleared, its held PENDING deliveries are due at once (a retry's backoff
   * is not waited out), audited (`webhook.resumed`), the sender woken. They go out in the claim's order:
   * per order, the earliest first. Idempotent: a subscription not paused is answered as it is.
   */
  async resume(ctx: RequestContext, input: ResumeWebhookSubscriptionInput): Promise<Replayable<{ subscription: WebhookSubscription }>> {
    const v = new InputValidator();
    const clientRequestId = v.optionalText('clientRequestId', input.clientRequestId, { max: 100, label: 'The client request id' });
    v.done();
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const subscription = await this.locked(ctx, em, input.id, ['input', 'id']);
      if ((await replayOf(ctx, em, WebhookRequestKind.RESUME, clientRequestId, { id: subscription.id }, subscription.id, now)) !== false)
        return { subscription, replayed: true };
      if (!subscription.pausedAt) return { subscription, replayed: false };
      const before = {
        pausedAt: subscription.pausedAt.toISOString(),
        pauseReason: subscription.pauseReason ?? null,
        consecutiveFailures: subscription.consecutiveFailures,
      };
      subscription.pausedAt = null;
      subscription.pauseReason = null;
      subscription.consecutiveFailures = 0;
      subscription.updatedAt = now;
      const held: { count: string }[] = await em.getConnection().execute(
        `with held as (update webhook_delivery set next_attempt_at = least(next_attempt_at, ?) where subscription_id = ? and status = 'PENDING' returning 1)
           select count(*)::text as count from held`,
        [now, subscription.id],
        'all',
        em.getTransactionContext(),
      );
      audit(scopeOf(ctx, em, now), {
        action: 'webhook.resumed',
        targetType: 'WebhookSubscription',
        targetId: subscription.id,
        before,
        after: { heldDeliveries: Number(held[0]?.count ?? 0), ...(clientRequestId ? { clientRequestId } : {}) },
      });
      await em.execute(`select pg_notify('${WEBHOOK_CHANNEL}', '')`);
      return { subscription, replayed: false };
    });
  }

  /** Deletes a subscription and its delivery log; queued deliveries are dropped. */
  async delete(ctx: RequestContext, id: string, requestId?: string | null): Promise<Replayable<{ deletedId: string }>> {
    const v = new InputValidator();
    const clientRequestId = requestIdOf(v, requestId);
    v.done();
    // Not an id at all: nothing to delete and nothing to claim (the claim records the id as its target).
    if (!isUuid(id)) throw userError(UserErrorCode.NOT_FOUND, 'No such webhook subscription', ['input', 'id']);
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      // Claimed first: a retry finds the subscription gone and answers the first call's id.
      if ((await replayOf(ctx, em, WebhookRequestKind.DELETE, clientRequestId, { id }, id, now)) !== false) return { deletedId: id, replayed: true };
      const subscription = await this.locked(ctx, em, id, ['input', 'id']);
      const pending = await em.count(WebhookDelivery, { subscription, status: WebhookDeliveryStatus.PENDING });
      audit(scopeOf(ctx, em, now), {
        action: 'webhook.deleted',
        targetType: 'WebhookSubscription',
        targetId: subscription.id,
        before: { url: subscription.url, eventTypes: subscription.eventTypes, enabled: subscription.enabled },
        after: { droppedPendingDeliveries: pending },
      });
      em.remove(subscription);
      return { deletedId: subscription.id, replayed: false };
    });
  }

  async deliveries(
    ctx: RequestContext,
    args: { offset?: number | null; limit?: number | null; filter?: WebhookDeliveryFilter | null },
  ): Promise<Page<WebhookDelivery>> {
    const { offset, limit } = pageWindow(args.offset, args.limit);
    const f = args.filter ?? {};
    const conditions: FilterQuery<WebhookDelivery>[] = [];
    if (ctx.viewer?.kind === ViewerKind.API_KEY) conditions.push({ subscription: { ownerApiKeyId: ctx.viewer.id } });
    if (f.subscriptionId) conditions.push(isUuid(f.subscriptionId) ? { subscription: f.subscriptionId } : { id: null });
    if (f.orderId) conditions.push(isUuid(f.orderId) ? { orderId: f.orderId } : { id: null });
    if (f.status?.length) conditions.push({ status: { $in: f.status } });
    const [nodes, totalCount] = await ctx.em.findAndCount(WebhookDelivery, conditions.length ? { $and: conditions } : {}, {
      populate: ['event', 'subscription'],
      orderBy: { id: 'desc' },
      offset,
      limit,
    });
    return { nodes, totalCount };
  }

  /**
   * "Send again" for a delivery given up (`FAILED`): back to PENDING with a fresh count of attempts,
   * the sender woken. The same event and event id go out (receivers de-duplicate on `X-PH-Event-Id`).
   * It then goes before the order's later deliveries still waiting (they wait for it again).
   */
  async resend(ctx: RequestContext, deliveryId: string, requestId?: string | null): Promise<Replayable<{ delivery: WebhookDelivery }>> {
    const v = new InputValidator();
    const clientRequestId = requestIdOf(v, requestId);
    v.done();
    let replayed = false;
    const delivery = await sendAgainFailed<WebhookDelivery>(ctx, {
      // A retry of a send again that went through answers the delivery as it is now (it may be DELIVERED already).
      replayed: async (em, row) =>
        (replayed = (await replayOf(ctx, em, WebhookRequestKind.RESEND, clientRequestId, { deliveryId: row.id }, row.id, ctx.clock.now())) !== false),
      findLocked: async (em) => {
        const delivery = /^\d{1,18}$/.test(deliveryId)
          ? await em.findOne(WebhookDelivery, deliveryId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
          : null;
        const visible = delivery && (ctx.viewer?.kind !== ViewerKind.API_KEY || (await this.get(ctx, delivery.subscription.id)) !== null);
        return visible ? delivery : null;
      },
      notFound: () => userError(UserErrorCode.NOT_FOUND, 'No such webhook delivery', ['input', 'deliveryId']),
      notFailed: (delivery) =>
        userError(UserErrorCode.INVALID_TRANSITION, `Only a delivery that failed can be sent again; this one is ${delivery.status}`, ['input', 'deliveryId'], {
          reason: 'WEBHOOK_DELIVERY',
          status: delivery.status,
        }),
      before: (delivery) => ({ status: delivery.status, attempts: delivery.attempts, lastResponseStatus: delivery.lastResponseStatus ?? null }),
      // As the sender writes a delivery's states: in SQL, the condition in the statement.
      reset: async (em, delivery, now) => {
        await em
          .getConnection()
          .execute(
            `update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ? where id = ? and status = 'FAILED'`,
            [now, delivery.id],
            'run',
            em.getTransactionContext(),
          );
      },
      audit: {
        action: 'webhook.delivery_resent',
        targetType: 'WebhookDelivery',
        after: (delivery) => ({ status: delivery.status, subscriptionId: delivery.subscription.id }),
      },
      channel: WEBHOOK_CHANNEL,
      finish: (em, delivery) => em.populate(delivery, ['event', 'subscription']).then(() => undefined),
    });
    return { delivery, replayed };
  }

  private async locked(ctx: RequestContext, em: RequestContext['em'], id: string, field: string[]): Promise<WebhookSubscription> {
    const subscription = isUuid(id)
      ? await em.findOne(WebhookSubscription, { $and: [{ id }, this.owned(ctx)] }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
      : null;
    if (!subscription) throw userError(UserErrorCode.NOT_FOUND, 'No such webhook subscription', field);
    return subscription;
  }
}

/**
 * A target URL: absolute `http://` or `https://` with a host, no user name or password (they would
 * travel in every request and sit in the log), no fragment (never sent), at most 2000 characters, and
 * (unless private targets are allowed) not a loopback, private or link-local address or `localhost`.
 * Returns the URL as WHATWG parsing normalises it.
 */
export function webhookUrl(v: InputValidator, field: string, raw: string | null | undefined, allowPrivate = false): string {
  const text = v.text(field, raw, { max: MAX_URL_LENGTH, label: 'The URL' });
  if (!text) return '';
  let parsed: URL | undefined;
  try {
    parsed = /^https?:\/\//i.test(text) && !/\s/.test(text) ? new URL(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) {
    v.check(false, UserErrorCode.INVALID_INPUT, field, 'The URL must be an absolute http:// or https:// address', { reason: 'URL' });
    return '';
  }
  if (parsed.username || parsed.password) {
    v.check(false, UserErrorCode.INVALID_INPUT, field, 'The URL must not contain a user name or password', { reason: 'URL_CREDENTIALS' });
    return '';
  }
  if (parsed.hash || text.includes('#')) {
    v.check(false, UserErrorCode.INVALID_INPUT, field, 'The URL must not contain a fragment (#…)', { reason: 'URL_FRAGMENT' });
    return '';
  }
  if (!allowPrivate && isPrivateHost(parsed.hostname)) {
    v.check(
      false,
      UserErrorCode.INVALID_INPUT,
      field,
      'The URL must name a public host: loopback, private and link-local addresses are refused (WEBHOOK_PRIVATE_TARGETS)',
      { reason: 'URL_PRIVATE' },
    );
    return '';
  }
  return parsed.href;
}

function webhookEventTypes(v: InputValidator, field: string, types: readonly OrderEventType[] | null | undefined): OrderEventType[] {
  const known = Object.values(OrderEventType);
  const chosen = [...new Set(types ?? [])].filter((t) => known.includes(t));
  v.check(chosen.length > 0, UserErrorCode.INVALID_INPUT, field, 'Choose at least one event type', { reason: 'REQUIRED', label: 'Event types' });
  return known.filter((t) => chosen.includes(t));
}
