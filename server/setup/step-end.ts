import { helper, QueryFlag } from '@mikro-orm/core';
import { auditInsert, type AuditChange } from '../audit/audit.js';
import type { TxScope } from '../common/tx-scope.js';
import { executeInTransaction } from '../db/prepared.js';

/** What a step ends with: the rows it locked and changed (the session, the order, …) and its audit rows. */
export interface StepEnd {
  /** Managed entities, each written with the columns changed since it was read or last written; null is skipped. */
  rows: readonly (object | null | undefined)[];
  /** The step's own audit rows (the scope's actor and instant), in the order given. */
  audit: readonly AuditChange[];
}

/**
 * The end of a wizard step (steps 3–9 and the service setup): the changed columns of the rows it holds
 * locked and its audit rows, in one statement (an `update` per row and the `insert into audit_event` in one
 * data-modifying `with`), not through the unit of work. Whatever else the step changed through the unit of
 * work (rows it created, audit rows of a transition) is flushed first, so the trail keeps the order the
 * step recorded it in. Each row written is read back into its entity (`returning`, `em.map`): the answer is
 * built from the row as written, and the unit of work holds it as unchanged, so the commit's flush sends no
 * second update. The rows were locked when the step began (`step-rows.ts`; the service setup's own locks for a
 * login), so the order of the updates here takes no new lock.
 */
export async function endStep(tx: TxScope, end: StepEnd): Promise<void> {
  const { em } = tx;
  const comparator = em.getComparator();
  const parts: string[] = [];
  const values: unknown[] = [];
  const written: { className: string; alias: string }[] = [];
  for (const entity of end.rows) {
    if (!entity) continue;
    const wrapped = helper(entity);
    const meta = wrapped.__meta;
    if (!wrapped.__originalEntityData) throw new Error(`endStep: ${meta.className} ${String(wrapped.getPrimaryKey())} was never read or written`);
    const current = comparator.prepareEntity(entity);
    const changed = comparator.getEntityComparator(meta.className)(wrapped.__originalEntityData, current);
    // Out of the unit of work: the flush below and the commit's do not write these columns again.
    wrapped.__originalEntityData = current;
    if (!Object.keys(changed).length) continue;
    // The query builder maps properties to columns as the unit of work's update does (values as the snapshot holds them).
    const qb = em.createQueryBuilder(meta.className);
    qb.unsetFlag(QueryFlag.CONVERT_CUSTOM_TYPES);
    const update = qb
      .update(changed)
      .where({ [meta.primaryKeys[0]]: wrapped.getPrimaryKey() })
      .getKnexQuery()
      .toSQL();
    const alias = `w${written.length}`;
    parts.push(`${alias} as (${update.sql} returning ${written.length} as n, to_jsonb(${em.getPlatform().quoteIdentifier(meta.tableName)}) as r)`);
    values.push(...update.bindings);
    written.push({ className: meta.className, alias });
  }
  await em.flush();
  if (end.audit.length) {
    const insert = auditInsert(tx, end.audit);
    parts.unshift(`audit as (${insert.sql})`);
    values.unshift(...insert.values);
  }
  if (!parts.length) return;
  const read = written.length ? written.map((w) => `select n, r from ${w.alias}`).join(' union all ') : 'select 0 as n, null::jsonb as r where false';
  // A violation (a subdomain claimed meanwhile) is raised as the unit of work would raise it, so the callers' user errors stay (db/migrations/constraints.ts).
  const rows = await executeInTransaction<{ n: number; r: object }>(em, `with ${parts.join(', ')} ${read}`, values).catch((error: Error) => {
    throw em.getDriver().convertException(error);
  });
  for (const row of rows) em.map(written[row.n].className, row.r);
}
