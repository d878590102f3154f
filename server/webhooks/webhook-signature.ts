import { createHmac, randomBytes } from 'node:crypto';

/**
 * The signature scheme (docs/integrators.md, "Webhooks"): `X-PH-Signature: v1=<hex>[, v1=<hex>]`, each value the
 * HMAC-SHA256, keyed by a subscription secret (its UTF-8 text, `whsec_` included), of
 * `${timestamp}.${body}`, where `timestamp` is the `X-PH-Timestamp` header (Unix seconds) and `body`
 * the raw request body. During a rotation's overlap there are two values: the new secret's first.
 */
export const SIGNATURE_HEADER = 'x-ph-signature';
export const TIMESTAMP_HEADER = 'x-ph-timestamp';
export const EVENT_ID_HEADER = 'x-ph-event-id';
export const EVENT_TYPE_HEADER = 'x-ph-event-type';
export const DELIVERY_ID_HEADER = 'x-ph-delivery-id';

/** A new secret: 32 random bytes, base64url, with a prefix that tells what it is in a secret store. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signPayload(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/** The header's value for the secrets that sign now (the current one first). */
export function signatureHeader(secrets: readonly string[], timestamp: string, body: string): string {
  return secrets.map((secret) => `v1=${signPayload(secret, timestamp, body)}`).join(', ');
}
