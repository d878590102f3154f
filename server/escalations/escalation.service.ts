import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { scopeOf, type TxScope } from '../audit/audit.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { InputValidator } from '../common/validation.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../graphql/connection.js';
import type { RequestContext } from '../common/request-context.js';
import { Order } from '../orders/order.entity.js';
import type { OrderLifecycle } from '../orders/order-lifecycle.js';
import { isUuid } from '../orders/order.service.js';
import { OrderStatus } from '../orders/order-status.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import { LinkAudience, LinkKind } from '../setup/setup-enums.js';
import type { SetupLinkService } from '../setup/setup-link.service.js';
import { Escalation, HOLD_KINDS, type EscalationKind, type EscalationStatus } from './escalation.entity.js';

export interface EscalationFilterArgs {
  kind?: EscalationKind[] | null;
  status?: EscalationStatus[] | null;
  orderId?: string | null;
}

export class EscalationService {
  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly links: SetupLinkService,
  ) {}

  /**
   * Opens an escalation and queues the notice to the reps, in the caller's transaction.
   * Returns null when the database already holds one (its partial unique indexes decide, so
   * concurrent sweeps or clicks open exactly one): an INSERT … ON CONFLICT DO NOTHING.
   */
  async open(tx: TxScope, order: Order, kind: EscalationKind): Promise<Escalation | null> {
    return this.lifecycle.openEscalation(tx, order, kind);
  }

  async list(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; filter?: EscalationFilterArgs | null },
  ): Promise<Connection<Escalation>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['date', 'uuid']);
    const conditions: FilterQuery<Escalation>[] = [];
    const filter = args.filter ?? {};
    if (filter.kind?.length) conditions.push({ kind: { $in: filter.kind } });
    if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
    if (filter.orderId) conditions.push(isUuid(filter.orderId) ? { order: filter.orderId } : { id: null });
    const where: FilterQuery<Escalation> = conditions.length ? { $and: conditions } : {};
    const page: FilterQuery<Escalation> = cursor
      ? { $and: [where, { $or: [{ createdAt: { $gt: new Date(cursor[0]) } }, { createdAt: new Date(cursor[0]), id: { $gt: String(cursor[1]) } }] }] }
      : where;
    const rows = await ctx.em.find(Escalation, page, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: size + 1 });
    return toConnection(
      rows,
      size,
      () => ctx.em.count(Escalation, where),
      (e) => [e.createdAt.toISOString(), e.id],
    );
  }

  /**
   * Resolves an escalation. On an unrecognized-organization escalation this releases the hold:
   * the order returns to AWAITING_SETUP and a fresh link goes to the holder of the last link.
   * On an overdue escalation the order is left as it is.
   */
  async resolve(ctx: RequestContext, input: { escalationId: string; resolution: string }): Promise<Escalation> {
    const v = new InputValidator();
    const resolution = v.text('resolution', input.resolution, { max: 2000, label: 'The resolution' });
    v.done();
    if (!isUuid(input.escalationId)) throw userError(UserErrorCode.NOT_FOUND, 'No such escalation', ['input', 'escalationId']);
    return ctx.em.transactional(async (em) => {
      const escalation = await em.findOne(Escalation, input.escalationId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!escalation) throw userError(UserErrorCode.NOT_FOUND, 'No such escalation', ['input', 'escalationId']);
      await this.settle(scopeOf(ctx, em), escalation, resolution, ctx.viewer!.id);
      return escalation;
    });
  }

  /**
   * Marks a (locked) escalation resolved inside the caller's transaction, and releases the hold of
   * an unrecognized-organization escalation whose order is still ON_HOLD. Reps' other resolutions
   * (reassigning the organization, cancelling the order) end here too.
   */
  async settle(tx: TxScope, escalation: Escalation, resolution: string, repId: string): Promise<void> {
    await this.lifecycle.settleEscalation(tx, escalation, resolution, repId);
    if (HOLD_KINDS.includes(escalation.kind)) {
      const order = await tx.em.findOneOrFail(Order, escalation.order.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (order.status === OrderStatus.ON_HOLD) await this.releaseHold(tx, order);
    }
  }

  /** Sends a fresh link to whoever held the last one (same audience), which moves the order to AWAITING_SETUP. */
  async releaseHold(tx: TxScope, order: Order): Promise<void> {
    const last = await tx.em.findOne(SetupLink, { order, kind: LinkKind.SETUP }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    await this.links.issueSetupLink(tx, order, last?.recipientEmail ?? order.provisioningContactEmail, {
      audience: last?.audience ?? LinkAudience.PARTNER,
      revokeAllOthers: true,
    });
  }
}
