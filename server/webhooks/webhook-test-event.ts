import { randomUUID } from 'node:crypto';
import { audit } from '../audit/audit.js';
import { scopeOf } from '../common/tx-scope.js';
import { userError, UserErrorCode } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { attempt } from './webhook-attempt.js';
import type { WebhookService } from './webhook.service.js';

/** The event type of a test delivery: never an order event, never in the feed (docs/integrators.md, "Webhooks"). */
export const WEBHOOK_TEST_EVENT = 'WEBHOOK_TEST';

export interface WebhookTestResult {
  delivered: boolean;
  responseStatus: number | null;
  error: string | null;
  eventId: string;
}

/**
 * A test event for one webhook subscription (#26): POSTed at once, signed like any delivery (the
 * current secret, and the previous one during a rotation's overlap), to the subscription's URL with the
 * same refusal of private targets and the same timeout; nothing is queued or retried, the answer says
 * how it went. Its body has the deliveries' shape with `type: WEBHOOK_TEST`, an id starting `test-`,
 * no order (`orderId`, `ccwOrderNumber`, `snapshot` null). Audited (`webhook.test_sent`).
 */
export class WebhookTestEvents {
  constructor(private readonly webhooks: WebhookService) {}

  async send(ctx: RequestContext, subscriptionId: string): Promise<WebhookTestResult> {
    const subscription = await this.webhooks.get(ctx, subscriptionId);
    if (!subscription) throw userError(UserErrorCode.NOT_FOUND, 'No such webhook subscription', ['input', 'subscriptionId']);
    const now = ctx.clock.now();
    const secrets = [subscription.secret];
    if (subscription.previousSecret && subscription.previousSecretExpiresAt && subscription.previousSecretExpiresAt > now)
      secrets.push(subscription.previousSecret);
    const eventId = `test-${randomUUID()}`;
    const body = JSON.stringify({
      id: eventId,
      type: WEBHOOK_TEST_EVENT,
      time: now.toISOString(),
      at: now.toISOString(),
      orderId: null,
      ccwOrderNumber: null,
      changes: {},
      actorKind: ctx.viewer?.kind === 'API_KEY' ? 'CCW' : 'REP',
      reason: null,
      snapshot: null,
    });
    const { timeoutMs, allowPrivateTargets } = ctx.config.webhooks;
    const outcome = await attempt(
      { id: eventId, eventId, type: WEBHOOK_TEST_EVENT, url: subscription.url, secrets, at: now, orderId: '', ccwOrderNumber: '', changes: {} },
      now,
      timeoutMs,
      allowPrivateTargets,
      body,
    );
    if (outcome.refusedAddress) ctx.log.warn({ subscriptionId, address: outcome.refusedAddress }, 'webhook test event refused: private target');
    await ctx.em.transactional(async (em) => {
      audit(scopeOf(ctx, em, now), {
        action: 'webhook.test_sent',
        targetType: 'WebhookSubscription',
        targetId: subscription.id,
        after: { eventId, delivered: outcome.ok, responseStatus: outcome.status, error: outcome.error },
      });
    });
    return { delivered: outcome.ok, responseStatus: outcome.status, error: outcome.error, eventId };
  }
}
