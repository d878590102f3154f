import { LockMode } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { audit, auditMany, type AuditChange, type TxScope } from '../audit/audit.js';
import { Rep } from '../auth/rep.entity.js';
import type { Config } from '../common/config.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { executeInTransaction } from '../db/prepared.js';
import type { Row } from '../db/plain-rows.js';
import { assertEscalationTransition } from '../escalations/escalation-status.js';
import { Escalation, EscalationKind, EscalationStatus } from '../escalations/escalation.entity.js';
import { emailLanguage, enqueueEmail, repNoticeEmail } from '../outbox/emails.js';
import { LinkKind } from '../setup/setup-enums.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import { SetupSession } from '../setup/setup-session.entity.js';
import { OrderEvent, OrderEventType } from './order-event.entity.js';
import { Order } from './order.entity.js';
import { SubscriptionStatus, type Subscription } from '../subscriptions/subscription.entity.js';
import { isClosed, isOpenForSetup, LINK_OUT } from './order-predicates.js';
import { assertTransition, canTransition, OrderStatus } from './order-status.js';

/** What the caller says about a transition: the audit event's name and extra content, and the side effects' parameters. */
export interface TransitionDetails {
  /** The audit action, e.g. `order.cancelled`. */
  action: string;
  /** The audited target when it is not the order itself (a session, a subscription). */
  target?: { type: string; id: string };
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** The target may equal the current status: then nothing but the audit happens (a resend, a re-opened link). */
  orStay?: boolean;
  /** CANCELLED: the reason the open escalations are settled with, and the rep who settles them. */
  resolution?: { text: string; repId?: string };
  /** ON_HOLD: the escalation opened for the reps. */
  escalation?: EscalationKind;
  /** SET_UP: who set the order up (the automatic resolution of an overdue escalation says so). */
  setUpBy?: string;
}

/** One order of a batch transition (`transitionBatch`): the row as its caller locked it, and what it says about the change. */
export interface BatchTransition {
  order: Pick<Row<Order>, 'id' | 'ccwOrderNumber' | 'status'>;
  details: Pick<TransitionDetails, 'action' | 'target' | 'before' | 'after'>;
  /** A link went out with the change: `linkSentAt` is set if it was not, `linkExpiresAt` to this. */
  linkExpiresAt?: Date;
}

/** What a batch may move orders to: the states whose transition has no side effect beyond the record and the timestamps. */
const BATCHABLE: readonly OrderStatus[] = [OrderStatus.AWAITING_SETUP, OrderStatus.SETUP_IN_PROGRESS, OrderStatus.HANDED_OVER, OrderStatus.PROVISIONED];

/** What a rep may do with an order now (the console's buttons come from here, not from a copy of the table). */
export enum OrderAction {
  RESEND_LINK = 'RESEND_LINK',
  CHANGE_CONTACT = 'CHANGE_CONTACT',
  TAKE_BACK = 'TAKE_BACK',
  CANCEL = 'CANCEL',
}

export function availableActions(order: Pick<Order, 'status' | 'handedOverTo'>): OrderAction[] {
  const actions: OrderAction[] = [];
  if (LINK_OUT.includes(order.status)) actions.push(OrderAction.RESEND_LINK);
  if (isOpenForSetup(order)) actions.push(OrderAction.CHANGE_CONTACT);
  if (isOpenForSetup(order) && order.handedOverTo) actions.push(OrderAction.TAKE_BACK);
  if (canTransition(order.status, OrderStatus.CANCELLED)) actions.push(OrderAction.CANCEL);
  return actions;
}

/**
 * Before the point of no return the contact can change, links can be resent and a hand-over taken
 * back; otherwise each state answers its own code: ORDER_ON_HOLD, ORDER_CLOSED, ORDER_ALREADY_SET_UP.
 */
export function assertOpenForSetup(order: Order, field: string[] = ['input', 'orderId']): void {
  if (order.status === OrderStatus.ON_HOLD) throw userError(UserErrorCode.ORDER_ON_HOLD, 'The order is on hold until a Cisco rep resolves it', field);
  if (isClosed(order)) throw userError(UserErrorCode.ORDER_CLOSED, `The order is ${order.status.toLowerCase()}; nothing more can change`, field);
  if (!isOpenForSetup(order)) throw userError(UserErrorCode.ORDER_ALREADY_SET_UP, 'The order is already set up; its contact can no longer change', field);
}

/**
 * The order's life, and its escalations'. `transition` is the only writer of `order.status`: it checks
 * the transition table, sets the status and its timestamps, performs the side effects that belong to
 * the new state (links and wizard sessions revoked, escalations opened or settled, the reps' notice
 * queued) and records the change. Services, jobs, console actions and the demo seed all call it.
 */
export class OrderLifecycle {
  constructor(private readonly config: Pick<Config, 'repsEmail' | 'repsLocale' | 'portalUrl'>) {}

  async transition(tx: TxScope, order: Order, to: OrderStatus, details: TransitionDetails): Promise<void> {
    const from = order.status;
    const stays = from === to && details.orStay;
    if (!stays) assertTransition(from, to);
    const effects: Record<string, unknown> = {};

    if (!stays) {
      order.status = to;
      if (to === OrderStatus.SETUP_IN_PROGRESS) order.setupStartedAt ??= tx.now;
      if (to === OrderStatus.SET_UP) order.setUpAt = tx.now;
      if (to === OrderStatus.PROVISIONED) order.provisionedAt = tx.now;
    }
    order.updatedAt = tx.now;

    if (!stays && (to === OrderStatus.EXPIRED || to === OrderStatus.CANCELLED)) {
      const links = await tx.em.find(SetupLink, { order, revokedAt: null, usedAt: null });
      const sessions = await this.revokeLinks(tx, links);
      effects.revokedLinks = links.map((l) => l.id);
      effects.revokedSessions = sessions.map((s) => s.id);
    }
    if (!stays && to === OrderStatus.SET_UP) {
      // The overdue and stalled-setup escalations, if any, close themselves with the reason on record.
      const overdue = await tx.em.find(Escalation, {
        order,
        kind: { $in: [EscalationKind.OVERDUE_PROVISIONING, EscalationKind.STALLED_SETUP] },
        status: { $ne: EscalationStatus.RESOLVED },
      });
      for (const escalation of overdue) {
        escalation.status = EscalationStatus.RESOLVED;
        escalation.resolvedAt = tx.now;
        escalation.resolution = `Resolved automatically: the order was set up on ${tx.now.toISOString()} by ${details.setUpBy ?? 'the wizard'}.`;
        audit(tx, {
          action: 'escalation.auto_resolved',
          targetType: 'Escalation',
          targetId: escalation.id,
          orderId: order.id,
          after: { status: escalation.status, resolution: escalation.resolution },
        });
        this.recordEvent(tx, order, OrderEventType.ESCALATION_RESOLVED, {
          escalationId: escalation.id,
          kind: escalation.kind,
          resolution: escalation.resolution,
        });
      }
    }
    if (!stays && to === OrderStatus.ON_HOLD && details.escalation) await this.openEscalation(tx, order, details.escalation);

    this.record(tx, order, from, details, effects, !stays);

    if (!stays && to === OrderStatus.CANCELLED && details.resolution) {
      await this.settleOpenEscalations(tx, order, null, details.resolution.text, details.resolution.repId);
    }
  }

  /**
   * `transition` for a batch of orders locked by the caller, all to one state, written at once (for
   * the sweeps): one statement for the orders' status, timestamps and link dates, one for the audit
   * events, one for the order events — the same rows `transition` writes for each. Only for targets
   * whose transition has no further side effect (`BATCHABLE`); a refused transition refuses the
   * whole batch (the caller's transaction rolls back). Nothing goes through the unit of work: the
   * caller must not hold these orders as managed entities.
   */
  async transitionBatch(tx: TxScope, to: OrderStatus, batch: readonly BatchTransition[]): Promise<void> {
    if (!batch.length) return;
    if (!BATCHABLE.includes(to)) throw new Error(`transitionBatch: a transition to ${to} has side effects; use transition()`);
    for (const { order } of batch) assertTransition(order.status, to);
    const stamps =
      to === OrderStatus.SETUP_IN_PROGRESS
        ? ', setup_started_at = coalesce(o.setup_started_at, ?)'
        : to === OrderStatus.PROVISIONED
          ? ', provisioned_at = ?'
          : '';
    const changed = await executeInTransaction<{ id: string }>(
      tx.em,
      `update customer_order o
       set status = ?, updated_at = ?${stamps},
         link_sent_at = case when c->>'linkExpiresAt' is null then o.link_sent_at else coalesce(o.link_sent_at, ?) end,
         link_expires_at = coalesce((c->>'linkExpiresAt')::timestamptz, o.link_expires_at)
       from jsonb_array_elements(?::jsonb) as batch(c)
       where o.id = (c->>'id')::uuid and o.status = c->>'from'
       returning o.id`,
      [
        to,
        tx.now,
        ...(stamps ? [tx.now] : []),
        tx.now,
        JSON.stringify(batch.map(({ order, linkExpiresAt }) => ({ id: order.id, from: order.status, linkExpiresAt }))),
      ],
    );
    // The caller holds the rows locked; a row that moved meanwhile would be a bug, and the batch must not half-apply.
    if (changed.length !== batch.length)
      throw new Error(`transitionBatch: ${batch.length - changed.length} of ${batch.length} orders were not in the state read`);

    const changes: AuditChange[] = [];
    const events: { orderId: string; ccwOrderNumber: string; changes: Record<string, unknown> }[] = [];
    for (const { order, details } of batch) {
      changes.push({
        action: details.action,
        targetType: details.target?.type ?? 'Order',
        targetId: details.target?.id ?? order.id,
        orderId: order.id,
        before: { status: order.status, ...details.before },
        after: { status: to, ...details.after },
      });
      events.push({ orderId: order.id, ccwOrderNumber: order.ccwOrderNumber, changes: { from: order.status, to, action: details.action } });
    }
    await auditMany(tx, changes);
    await this.recordEvents(tx, OrderEventType.ORDER_STATUS_CHANGED, events);
  }

  /**
   * Revokes, in one statement, the active setup links of each (order, recipient) pair and ends their
   * wizard sessions (`revokeLinks` for a batch). Returns the revoked links' ids by order.
   */
  async revokeSetupLinksTo(tx: TxScope, pairs: readonly { orderId: string; recipient: string }[]): Promise<Map<string, string[]>> {
    const revoked = new Map<string, string[]>();
    if (!pairs.length) return revoked;
    const rows = await executeInTransaction<{ id: string; order_id: string }>(
      tx.em,
      `with wanted as (
         select (p->>'orderId')::uuid as order_id, p->>'recipient' as recipient from jsonb_array_elements(?::jsonb) as batch(p)
       ), links as (
         update setup_link l set revoked_at = ? from wanted w
         where l.order_id = w.order_id and l.recipient_email = w.recipient and l.kind = ? and l.revoked_at is null and l.used_at is null
         returning l.id, l.order_id
       ), sessions as (
         update setup_session s set revoked_at = ? from links where s.link_id = links.id and s.revoked_at is null
       )
       select id, order_id from links order by id`,
      [JSON.stringify(pairs), tx.now, LinkKind.SETUP, tx.now],
    );
    for (const row of rows) revoked.set(row.order_id, [...(revoked.get(row.order_id) ?? []), row.id]);
    return revoked;
  }

  /**
   * The record of a transition, in its transaction: the audit event and, when the status changed,
   * the order event the integrators' feed hands out (`ORDER_STATUS_CHANGED`).
   */
  private record(tx: TxScope, order: Order, from: OrderStatus, details: TransitionDetails, effects: Record<string, unknown>, changed: boolean): void {
    audit(tx, {
      action: details.action,
      targetType: details.target?.type ?? 'Order',
      targetId: details.target?.id ?? order.id,
      orderId: order.id,
      before: { status: from, ...details.before },
      after: { status: order.status, ...details.after, ...effects },
    });
    if (changed) this.recordEvent(tx, order, OrderEventType.ORDER_STATUS_CHANGED, { from, to: order.status, action: details.action });
  }

  /**
   * Writes an order event in the caller's transaction (it commits or rolls back with the change).
   * Only order facts go in `changes`: the machine keys read them (README, "Order events").
   */
  recordEvent(tx: TxScope, order: Pick<Order, 'id' | 'ccwOrderNumber'>, type: OrderEventType, changes: Record<string, unknown>): void {
    tx.em.persist(tx.em.create(OrderEvent, { type, at: tx.now, orderId: order.id, ccwOrderNumber: order.ccwOrderNumber, changes }));
  }

  /** `recordEvent` for a batch, one statement, at once (the batched sweeps write without the unit of work). */
  private async recordEvents(
    tx: TxScope,
    type: OrderEventType,
    events: readonly { orderId: string; ccwOrderNumber: string; changes: Record<string, unknown> }[],
  ): Promise<void> {
    if (!events.length) return;
    await executeInTransaction(
      tx.em,
      `insert into order_event (type, at, order_id, ccw_order_number, changes)
       select ?, ?, (e->>'orderId')::uuid, e->>'ccwOrderNumber', e->'changes'
       from jsonb_array_elements(?::jsonb) with ordinality as batch(e, n) order by n`,
      [type, tx.now, JSON.stringify(events)],
    );
  }

  /**
   * Revokes links and ends every wizard session opened from them: a revoked link's session answers
   * SESSION_EXPIRED at its next step. Resends, contact changes, hand-overs, take-backs, expiry and
   * cancellation all revoke through here. Returns the sessions ended.
   */
  async revokeLinks(tx: TxScope, links: readonly SetupLink[]): Promise<SetupSession[]> {
    if (!links.length) return [];
    for (const link of links) link.revokedAt = tx.now;
    const sessions = await tx.em.find(SetupSession, { link: { $in: links.map((l) => l.id) }, revokedAt: null });
    for (const session of sessions) session.revokedAt = tx.now;
    return sessions;
  }

  /**
   * "Provision": the subscription becomes ACTIVE and billing starts for every purchased service, and
   * the order becomes PROVISIONED, with the audit event and the integrators' SUBSCRIPTION_ACTIVATED
   * event, in the caller's transaction (the subscription row locked by the caller).
   */
  async provision(tx: TxScope, order: Order, subscription: Subscription): Promise<void> {
    const before = subscription.status;
    subscription.status = SubscriptionStatus.ACTIVE;
    subscription.billingStartedAt = tx.now;
    const billedServices = subscription.services.map((s) => s.kind);
    await this.transition(tx, order, OrderStatus.PROVISIONED, {
      action: 'subscription.provisioned',
      target: { type: 'Subscription', id: subscription.id },
      before: { status: before, orderStatus: order.status },
      after: { status: subscription.status, orderStatus: OrderStatus.PROVISIONED, billingStartedAt: tx.now.toISOString(), billedServices },
    });
    this.recordEvent(tx, order, OrderEventType.SUBSCRIPTION_ACTIVATED, {
      subscriptionId: subscription.id,
      billingStartedAt: tx.now.toISOString(),
      billedServices,
    });
  }

  // ── Escalations ───────────────────────────────────────────────────────────────────────────

  /**
   * Opens an escalation and queues the notice to the reps. Returns null when the database already
   * holds one (its partial unique indexes decide, so concurrent sweeps or clicks open exactly one).
   */
  async openEscalation(tx: TxScope, order: Order, kind: EscalationKind): Promise<Escalation | null> {
    const { em, now } = tx;
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
    this.recordEvent(tx, order, OrderEventType.ESCALATION_OPENED, { escalationId: stored.id, kind });
    if (this.config.repsEmail) {
      const language = emailLanguage(this.config.repsLocale);
      enqueueEmail(tx, {
        messageKey: `rep-notice:${stored.id}`,
        template: 'REP_NOTICE',
        recipient: this.config.repsEmail,
        locale: language,
        orderId: order.id,
        ...repNoticeEmail(language, {
          ccwOrderNumber: order.ccwOrderNumber,
          kind,
          partnerName: order.partnerName,
          customerName: order.customerName,
          consoleUrl: `${new URL(this.config.portalUrl).origin}/admin/#/escalations/${stored.id}/show`,
        }),
      });
    }
    return stored;
  }

  /**
   * Settles the order's unresolved escalations of these kinds (none by a rep), oldest first, each
   * audited and an event; answers their ids. The cancellation and a start date moved later use it.
   */
  async settleOpenEscalations(tx: TxScope, order: Order, kinds: readonly EscalationKind[] | null, resolution: string, repId?: string): Promise<string[]> {
    const open = await tx.em.find(
      Escalation,
      { order, status: { $ne: EscalationStatus.RESOLVED }, ...(kinds ? { kind: { $in: [...kinds] } } : {}) },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    for (const escalation of open) await this.settleEscalation(tx, escalation, resolution, repId);
    return open.map((e) => e.id);
  }

  /** A rep picks up an open escalation (assigning it, writing a note, contacting the partner). */
  static pickUp(escalation: Escalation): void {
    if (escalation.status !== EscalationStatus.OPEN) return;
    assertEscalationTransition(escalation.status, EscalationStatus.IN_PROGRESS);
    escalation.status = EscalationStatus.IN_PROGRESS;
  }

  /** Marks a (locked) escalation resolved by a rep. Releasing a hold is the escalation service's next step. */
  async settleEscalation(tx: TxScope, escalation: Escalation, resolution: string, repId?: string): Promise<void> {
    const before = escalation.status;
    assertEscalationTransition(before, EscalationStatus.RESOLVED);
    escalation.status = EscalationStatus.RESOLVED;
    escalation.resolvedAt = tx.now;
    escalation.resolution = resolution;
    // A cancellation from CCW settles escalations without a rep.
    escalation.resolvedBy = repId ? tx.em.getReference(Rep, repId, { wrapped: true }) : undefined;
    audit(tx, {
      action: 'escalation.resolved',
      targetType: 'Escalation',
      targetId: escalation.id,
      orderId: escalation.order.id,
      before: { status: before },
      after: { status: escalation.status, resolution },
    });
    const order = await tx.em.findOneOrFail(Order, escalation.order.id);
    this.recordEvent(tx, order, OrderEventType.ESCALATION_RESOLVED, { escalationId: escalation.id, kind: escalation.kind, resolution });
  }
}

export const pickUpEscalation = (escalation: Escalation) => OrderLifecycle.pickUp(escalation);
