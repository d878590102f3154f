import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/audit.js';
import type { UserFacingError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { scopeOf } from '../common/tx-scope.js';

/** A row delivered by a sender that drains it (an email, a webhook delivery). */
interface Delivered {
  id: string;
  status: string;
  orderId?: string | null;
}

/** What differs between the emails' and the webhooks' "send again". */
export interface SendAgainRule<T extends Delivered> {
  /** The row, locked, if the caller may see it. */
  findLocked(em: EntityManager): Promise<T | null>;
  notFound(): UserFacingError;
  /** The refusal of a row that did not fail. */
  notFailed(row: T): UserFacingError;
  /** A further condition (an email's link must still work). */
  check?(em: EntityManager, row: T, now: Date): Promise<void>;
  /** What the audit event's `before` keeps of the row. */
  before(row: T): Record<string, unknown>;
  /** Back to PENDING with a fresh count of attempts, in SQL as the sender writes its states. */
  reset(em: EntityManager, row: T, now: Date): Promise<unknown>;
  audit: { action: string; targetType: string; after(row: T): Record<string, unknown> };
  /** The sender's channel: a row made due again wakes it as a new one does. */
  channel: string;
  /** A retry of a request already applied (its client request id claimed before): answered as the row is, nothing changed. */
  replayed?(em: EntityManager, row: T): Promise<boolean>;
  /** What the answer loads besides (a delivery's event). */
  finish?(em: EntityManager, row: T): Promise<void>;
}

/**
 * The one "send again" rule: only a row that FAILED for good goes back to PENDING (same row, so the
 * same message id or delivery id downstream) with a fresh count of attempts, in one transaction with
 * its audit event (against the order, so it shows in the order's timeline), and the sender is woken.
 */
export function sendAgainFailed<T extends Delivered>(ctx: RequestContext, rule: SendAgainRule<T>): Promise<T> {
  const now = ctx.clock.now();
  return ctx.em.transactional(async (em) => {
    const row = await rule.findLocked(em);
    if (!row) throw rule.notFound();
    if (await rule.replayed?.(em, row)) {
      await rule.finish?.(em, row);
      return row;
    }
    if (row.status !== 'FAILED') throw rule.notFailed(row);
    await rule.check?.(em, row, now);
    const before = rule.before(row);
    await rule.reset(em, row, now);
    await em.refresh(row);
    audit(scopeOf(ctx, em, now), {
      action: rule.audit.action,
      targetType: rule.audit.targetType,
      targetId: row.id,
      orderId: row.orderId ?? undefined,
      before,
      after: rule.audit.after(row),
    });
    await em.execute(`select pg_notify('${rule.channel}', '')`);
    await rule.finish?.(em, row);
    return row;
  });
}
