import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../common/request-context.js';
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

/** Records a change in the transaction that makes it: the trail and the change commit together. */
export function audit(em: EntityManager, actor: Actor, at: Date, change: AuditChange): void {
  em.persist(
    em.create(AuditEvent, {
      at,
      actorKind: actor.kind,
      actorId: actor.id,
      actorLabel: actor.label,
      requestId: actor.requestId,
      ip: actor.ip,
      ...change,
    }),
  );
}
