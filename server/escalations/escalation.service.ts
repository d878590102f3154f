import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { audit } from '../audit/audit.js';
import { Rep } from '../auth/rep.entity.js';
import type { Config } from '../common/config.js';
import { scopeOf, type TxScope } from '../common/tx-scope.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { InputValidator, isUuid } from '../common/validation.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/paging.js';
import type { RequestContext } from '../common/request-context.js';
import { Order } from '../orders/order.entity.js';
import { OrderEventType } from '../orders/order-event.entity.js';
import type { OverdueEscalations } from '../orders/order-amendment.service.js';
import type { OrderLifecycle } from '../orders/order-lifecycle.js';
import { HoldReason, type OrderTransitioned } from '../orders/order-transitioned.js';
import { OrderStatus } from '../orders/order-status.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import { LinkAudience, LinkKind } from '../setup/setup-enums.js';
import type { SetupLinkService } from '../setup/setup-link.service.js';
import { emailLanguage, enqueueEmail, repNoticeEmail } from '../outbox/emails.js';
import { assertEscalationTransition } from './escalation-status.js';
import { Escalation, EscalationKind, EscalationStatus, HOLD_KINDS } from './escalation.entity.js';

export interface EscalationFilterArgs {
  kind?: EscalationKind[] | null;
  status?: EscalationStatus[] | null;
  orderId?: string | null;
}

/** The escalation an order's hold opens. */
const HOLD_ESCALATIONS: Readonly<Record<HoldReason, EscalationKind>> = {
  [HoldReason.UNRECOGNIZED_PARTNER_ORGANIZATION]: EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION,
  [HoldReason.UNRECOGNIZED_CUSTOMER_ORGANIZATION]: EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION,
};

/** How a settled escalation is recorded: a rep's (or CCW's) resolution, or one the order's progress made. */
interface Settlement {
  resolution: string;
  repId?: string;
  action?: 'escalation.resolved' | 'escalation.auto_resolved';
}

/**
 * The escalations' life and the reps' work on them: open (with the reps' notice), pick up, give back,
 * settle, and the automatic resolution when the order moves on. The only writer of `escalation.status`.
 * It follows the order through `OrderTransitioned` (`onOrderTransitioned`, `afterOrderTransitioned`).
 */
export class EscalationService implements OverdueEscalations {
  constructor(
    private readonly config: Pick<Config, 'repsEmail' | 'repsLocale' | 'portalUrl'>,
    private readonly lifecycle: OrderLifecycle,
    private readonly links: SetupLinkService,
  ) {}

  /**
   * Opens an escalation and queues the notice to the reps, in the caller's transaction. Returns null
   * when the database already holds one (its partial unique indexes decide, so concurrent sweeps or
   * clicks open exactly one): an INSERT … ON CONFLICT DO NOTHING.
   */
  async open(tx: TxScope, order: Order, kind: EscalationKind): Promise<Escalation | null> {
    const { em, now } = tx;
    // One open escalation per order (`escalation_one_open_per_order`): a newer cause supersedes the
    // older one, which is resolved with a note saying so; the same cause again opens nothing.
    const current = await em.findOne(
      Escalation,
      { order, status: { $ne: EscalationStatus.RESOLVED } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (current) {
      if (current.kind === kind) return null;
      await this.markResolved(tx, current, { resolution: `Superseded by a newer escalation of this order (${kind}).` });
      await em.flush();
    }
    const inserted: { id: string }[] = await em
      .getConnection()
      .execute(
        `insert into escalation (id, kind, status, order_id, created_at) values (?, ?, ?, ?, ?) on conflict do nothing returning id`,
        [randomUUID(), kind, EscalationStatus.OPEN, order.id, now],
        'all',
        em.getTransactionContext(),
      );
    if (inserted.length === 0) return null;
    const stored = await em.findOneOrFail(Escalation, inserted[0].id);
    audit(tx, {
      action: 'escalation.opened',
      targetType: 'Escalation',
      targetId: stored.id,
      orderId: order.id,
      after: { kind, status: stored.status },
    });
    this.lifecycle.recordEvent(tx, order, OrderEventType.ESCALATION_OPENED, { escalationId: stored.id, kind }, { reason: kind });
    this.noticeToReps(tx, order, stored);
    return stored;
  }

  /** The reps' notice of a new escalation (when `REPS_EMAIL` is set), in the transaction that opens it. */
  private noticeToReps(tx: TxScope, order: Order, escalation: Escalation): void {
    if (!this.config.repsEmail) return;
    const language = emailLanguage(this.config.repsLocale);
    enqueueEmail(tx, {
      messageKey: `rep-notice:${escalation.id}`,
      template: 'REP_NOTICE',
      recipient: this.config.repsEmail,
      locale: language,
      orderId: order.id,
      ...repNoticeEmail(language, {
        ccwOrderNumber: order.ccwOrderNumber,
        kind: escalation.kind,
        partnerName: order.partnerName,
        customerName: order.customerName,
        consoleUrl: `${new URL(this.config.portalUrl).origin}/admin/#/escalations/${escalation.id}/show`,
      }),
    });
  }

  /**
   * `OrderTransitioned` (stage `effects`): an order put ON_HOLD opens the escalation its caller names;
   * an order set up or provisioned resolves its overdue and stalled-setup escalations, with the reason
   * on record (a stall after step 8 closes when the order is provisioned), by the one settle rule.
   */
  readonly onOrderTransitioned = async (tx: TxScope, { order, to, details }: OrderTransitioned): Promise<void> => {
    if (to === OrderStatus.ON_HOLD && details.hold) await this.open(tx, order, HOLD_ESCALATIONS[details.hold]);
    if (to !== OrderStatus.SET_UP && to !== OrderStatus.PROVISIONED) return;
    const unresolved = await tx.em.find(Escalation, {
      order,
      kind: { $in: [EscalationKind.OVERDUE_PROVISIONING, EscalationKind.STALLED_SETUP] },
      status: { $ne: EscalationStatus.RESOLVED },
    });
    const resolution =
      to === OrderStatus.SET_UP
        ? `Resolved automatically: the order was set up on ${tx.now.toISOString()} by ${details.setUpBy ?? 'the wizard'}.`
        : `Resolved automatically: the subscription was provisioned on ${tx.now.toISOString()}.`;
    for (const escalation of unresolved) await this.markResolved(tx, escalation, { resolution, action: 'escalation.auto_resolved' });
  };

  /** `OrderTransitioned` (stage `recorded`): a cancellation settles the order's open escalations with its reason. */
  readonly afterOrderTransitioned = async (tx: TxScope, { order, to, details }: OrderTransitioned): Promise<void> => {
    if (to === OrderStatus.CANCELLED && details.resolution) await this.settleOpen(tx, order, null, details.resolution.text, details.resolution.repId);
  };

  /**
   * Settles the order's unresolved escalations of these kinds (none: all; by a rep or not), oldest
   * first, each audited and an event; answers their ids. The cancellation uses it.
   */
  async settleOpen(tx: TxScope, order: Order, kinds: readonly EscalationKind[] | null, resolution: string, repId?: string): Promise<string[]> {
    const open = await tx.em.find(
      Escalation,
      { order, status: { $ne: EscalationStatus.RESOLVED }, ...(kinds ? { kind: { $in: [...kinds] } } : {}) },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    for (const escalation of open) await this.markResolved(tx, escalation, { resolution, repId });
    return open.map((e) => e.id);
  }

  /** A start date moved later: the order's overdue escalations are settled (the amendments' `OverdueEscalations`). */
  settleOverdue(tx: TxScope, order: Order, resolution: string): Promise<string[]> {
    return this.settleOpen(tx, order, [EscalationKind.OVERDUE_PROVISIONING], resolution);
  }

  /** A rep gives an escalation in progress back to the queue (unassigned): open again. */
  static giveBack(escalation: Escalation): void {
    if (escalation.status === EscalationStatus.OPEN) return;
    assertEscalationTransition(escalation.status, EscalationStatus.OPEN);
    escalation.status = EscalationStatus.OPEN;
  }

  /** A rep picks up an open escalation (assigning it, writing a note, contacting the partner). */
  static pickUp(escalation: Escalation): void {
    if (escalation.status !== EscalationStatus.OPEN) return;
    assertEscalationTransition(escalation.status, EscalationStatus.IN_PROGRESS);
    escalation.status = EscalationStatus.IN_PROGRESS;
  }

  /**
   * The one settle rule: marks an escalation resolved (by a rep, CCW's cancellation, a newer cause or
   * the order's progress), with its audit event and the integrators' ESCALATION_RESOLVED event.
   */
  private async markResolved(tx: TxScope, escalation: Escalation, { resolution, repId, action = 'escalation.resolved' }: Settlement): Promise<void> {
    const before = escalation.status;
    assertEscalationTransition(before, EscalationStatus.RESOLVED);
    escalation.status = EscalationStatus.RESOLVED;
    escalation.resolvedAt = tx.now;
    escalation.resolution = resolution;
    // A cancellation from CCW, and the automatic resolutions, settle escalations without a rep.
    escalation.resolvedBy = repId ? tx.em.getReference(Rep, repId, { wrapped: true }) : undefined;
    audit(tx, {
      action,
      targetType: 'Escalation',
      targetId: escalation.id,
      orderId: escalation.order.id,
      before: { status: before },
      after: { status: escalation.status, resolution },
    });
    const order = await tx.em.findOneOrFail(Order, escalation.order.id);
    // The resolution is a rep's text: it stays in the audit trail and the escalation, not in the machine keys' event.
    this.lifecycle.recordEvent(
      tx,
      order,
      OrderEventType.ESCALATION_RESOLVED,
      { escalationId: escalation.id, kind: escalation.kind },
      { reason: escalation.kind },
    );
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
    await this.markResolved(tx, escalation, { resolution, repId });
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
