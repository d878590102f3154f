import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomUUID } from 'node:crypto';
import { userError, UserErrorCode } from '../common/errors.js';

/**
 * Replay-safe writes of the intake key (`clientRequestId`): one row per (actor, client request id) in
 * `order_amendment`, claimed inside the write's transaction on the locked order. A retry with the same
 * id and the same content finds its row (a replay: nothing changes, the caller answers `replayed`);
 * the same id with other content is INVALID_INPUT (`reason: REQUEST_ID_REUSED`). A user error rolls
 * the claim back with the change. CCW's amendments, the subscription's lifecycle and the contact
 * change all claim through here, and so do the webhook subscriptions' writes, which name no order but
 * the object they created or changed (`targetId`, read back by `clientRequestTarget` on a replay).
 */
export function requestFingerprint(kind: string, orderId: string, content: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([kind, orderId, content]))
    .digest('hex');
}

/** Claims the request id (true), or finds it claimed by the same request (false: a replay) or by another (a user error). */
export async function claimClientRequest(
  em: EntityManager,
  claim: { actorId: string; clientRequestId: string; orderId: string | null; kind: string; fingerprint: string; now: Date; targetId?: string | null },
): Promise<boolean> {
  const connection = em.getConnection();
  const inserted: unknown[] = await connection.execute(
    `insert into order_amendment (id, actor_id, client_request_id, order_id, kind, fingerprint, created_at, target_id) values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (actor_id, client_request_id) do nothing returning id`,
    [randomUUID(), claim.actorId, claim.clientRequestId, claim.orderId, claim.kind, claim.fingerprint, claim.now, claim.targetId ?? null],
    'all',
    em.getTransactionContext(),
  );
  if (inserted.length) return true;
  const [earlier]: { fingerprint: string }[] = await connection.execute(
    `select fingerprint from order_amendment where actor_id = ? and client_request_id = ?`,
    [claim.actorId, claim.clientRequestId],
    'all',
    em.getTransactionContext(),
  );
  if (earlier?.fingerprint === claim.fingerprint) return false;
  throw userError(UserErrorCode.INVALID_INPUT, 'This client request id was already used for another request', ['input', 'clientRequestId'], {
    reason: 'REQUEST_ID_REUSED',
  });
}

/** What a claimed request named as its object (`targetId` at the claim); null when none. */
export async function clientRequestTarget(em: EntityManager, actorId: string, clientRequestId: string): Promise<string | null> {
  const [row]: { target_id: string | null }[] = await em
    .getConnection()
    .execute(
      `select target_id from order_amendment where actor_id = ? and client_request_id = ?`,
      [actorId, clientRequestId],
      'all',
      em.getTransactionContext(),
    );
  return row?.target_id ?? null;
}
