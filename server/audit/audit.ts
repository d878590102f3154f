import type { TxScope } from '../common/tx-scope.js';
import { executeInTransaction } from '../db/prepared.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditChange {
  action: string;
  targetType: string;
  targetId: string;
  orderId?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
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
  const insert = auditInsert(tx, changes);
  await executeInTransaction(tx.em, insert.sql, insert.values);
}

/**
 * The statement `auditMany` sends (the rows `audit` writes, the scope's actor and instant, in the order given), for
 * a writer that sends it inside a statement of its own (a data-modifying `with`): its text (`?` for its values) and values.
 */
export function auditInsert(tx: TxScope, changes: readonly AuditChange[]): { sql: string; values: unknown[] } {
  const { actor, now: at } = tx;
  return {
    sql: `insert into audit_event (at, actor_kind, actor_id, actor_label, request_id, ip, action, target_type, target_id, order_id, before, after)
     select ?, ?, ?, ?, ?, ?, c->>'action', c->>'targetType', c->>'targetId', (c->>'orderId')::uuid, c->'before', c->'after'
     from jsonb_array_elements(?::jsonb) with ordinality as batch(c, n) order by n`,
    values: [at, actor.kind, actor.id ?? null, actor.label ?? null, actor.requestId ?? null, actor.ip ?? null, JSON.stringify(changes)],
  };
}
