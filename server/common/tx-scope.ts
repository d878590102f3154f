import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from './request-context.js';

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
