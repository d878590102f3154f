import { PRIVATE_TARGET_REFUSED, privateAddressOf } from './private-targets.js';
import { DELIVERY_ID_HEADER, EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, signatureHeader, TIMESTAMP_HEADER } from './webhook-signature.js';

/**
 * One signed POST of an order event to a subscriber: the body, the headers and what the answer means.
 * The delivery job (jobs/webhook-delivery.job.ts) sends its claimed deliveries through it, and the test
 * event (webhook-test-event.ts) its one request: one way to send a webhook.
 */

/** What a POST needs: the delivery's and the event's ids, the event, where to, and the secrets to sign with. */
export interface DeliveryToSend {
  id: string;
  eventId: string;
  type: string;
  at: Date;
  orderId: string;
  ccwOrderNumber: string;
  changes: Record<string, unknown>;
  actorKind: string | null;
  reason: string | null;
  snapshot: Record<string, unknown> | null;
  url: string;
  secrets: string[];
}

/**
 * The request body: the order event, as the feed `orderEvents` hands it out, with the feed's field names
 * (`at`; `time` is kept, the same instant, for receivers written before #26). The same bytes on every attempt.
 */
export function webhookBody(
  event: Pick<DeliveryToSend, 'eventId' | 'type' | 'at' | 'orderId' | 'ccwOrderNumber' | 'changes'> &
    Partial<Pick<DeliveryToSend, 'actorKind' | 'reason' | 'snapshot'>>,
): string {
  return JSON.stringify({
    id: event.eventId,
    type: event.type,
    time: event.at.toISOString(),
    at: event.at.toISOString(),
    orderId: event.orderId,
    ccwOrderNumber: event.ccwOrderNumber,
    changes: event.changes,
    actorKind: event.actorKind ?? null,
    reason: event.reason ?? null,
    snapshot: event.snapshot ?? null,
  });
}

export interface AttemptOutcome {
  ok: boolean;
  status: number | null;
  error: string | null;
  /** The private address a refused target resolved to: for the server log only. */
  refusedAddress?: string;
}

/**
 * One POST. A 2xx answer delivers; anything else (another status, a redirect — never followed —, a
 * refused connection, no answer within `WEBHOOK_TIMEOUT`) is a failed attempt. The answer's body is
 * not read.
 */
export async function attempt(
  delivery: Pick<DeliveryToSend, 'id' | 'eventId' | 'type' | 'url' | 'secrets'> & Parameters<typeof webhookBody>[0],
  now: Date,
  timeoutMs: number,
  allowPrivate: boolean,
  body: string = webhookBody(delivery),
): Promise<AttemptOutcome> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  try {
    // Where the name leads now (it may have changed since the subscription was made).
    const inside = allowPrivate ? null : await privateAddressOf(new URL(delivery.url).hostname);
    if (inside) return { ok: false, status: null, error: PRIVATE_TARGET_REFUSED, refusedAddress: inside };
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
