import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../common/request-context.js';
import { executeInTransaction } from '../db/prepared.js';
import { AuditEvent } from './audit-event.entity.js';

/** Who did it, from where. Jobs act as `SYSTEM`. */
export interface Actor {
  kind: string;
  id?: string;
  label?: string;
  requestId?: string;
  ip?: string;
}

export const SYSTEM_ACTOR: Actor = { kind: 'SYSTEM', label: 'provisioning-hub' };

export function actorOf(ctx: RequestContext): Actor {
  return {
    kind: ctx.viewer?.kind ?? 'ANONYMOUS',
    id: ctx.viewer?.id,
    label: ctx.viewer?.label,
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
}

export interface AuditChange {
  action: string;
  targetType: string;
  targetId: string;
  orderId?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/**
 * The one in-transaction scope: the transaction's EntityManager, who acts, and the instant. Services
 * open it at the start of a transaction (`scopeOf`, or `{ em, actor: SYSTEM_ACTOR, now }` in a job)
 * and hand it to everything that changes data in that transaction: the lifecycle, links, escalations,
 * the outbox and the audit trail.
 */
export interface TxScope {
  em: EntityManager;
  actor: Actor;
  now: Date;
}

/** The scope of a request's transaction: its EntityManager, the request's actor, and the instant (the request's clock unless given). */
export function scopeOf(ctx: RequestContext, em: EntityManager, now: Date = ctx.clock.now()): TxScope {
  return { em, actor: actorOf(ctx), now };
}

/** Records a change in the transaction that makes it: the trail and the change commit together. */
export function audit(tx: TxScope, change: AuditChange): void {
  const { em, actor } = tx;
  em.persist(
    em.create(AuditEvent, {
      at: tx.now,
      actorKind: actor.kind,
      actorId: actor.id,
      actorLabel: actor.label,
      requestId: actor.requestId,
      ip: actor.ip,
      ...change,
    }),
  );
}

/**
 * Records the changes of a batch (the scope's actor and instant) in one statement, at once, in its open
 * transaction: the same rows `audit` writes, in the order given. For the batched sweeps, which
 * write without the unit of work.
 */
export async function auditMany(tx: TxScope, changes: readonly AuditChange[]): Promise<void> {
  if (!changes.length) return;
  const { em, actor, now: at } = tx;
  await executeInTransaction(
    em,
    `insert into audit_event (at, actor_kind, actor_id, actor_label, request_id, ip, action, target_type, target_id, order_id, before, after)
     select ?, ?, ?, ?, ?, ?, c->>'action', c->>'targetType', c->>'targetId', (c->>'orderId')::uuid, c->'before', c->'after'
     from jsonb_array_elements(?::jsonb) with ordinality as batch(c, n) order by n`,
    [at, actor.kind, actor.id ?? null, actor.label ?? null, actor.requestId ?? null, actor.ip ?? null, JSON.stringify(changes)],
  );
}
