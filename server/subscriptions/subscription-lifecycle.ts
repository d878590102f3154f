import { LockMode } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import { audit } from '../audit/audit.js';
import { actorOf, type TxScope } from '../common/tx-scope.js';
import { ViewerKind } from '../auth/viewer.js';
import { userError, UserErrorCode } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { InputValidator, isUuid } from '../common/validation.js';
import { claimClientRequest, requestFingerprint } from '../orders/client-request.js';
import { machineReason } from '../orders/event-context.js';
import { OrderEventType } from '../orders/order-event.entity.js';
import type { OrderLifecycle } from '../orders/order-lifecycle.js';
import { isClosed } from '../orders/order-predicates.js';
import { Order } from '../orders/order.entity.js';
import { MAX_QUANTITY } from '../orders/order.service.js';
import type { ServiceKind, ServiceLine } from '../orders/service-line.js';
import { SubscriptionChange, SubscriptionChangeKind, SubscriptionChangeStatus } from './subscription-change.entity.js';
import { Subscription, SubscriptionStatus } from './subscription.entity.js';
import { User } from '../organizations/user.entity.js';
import { emailLanguage, enqueueEmail, formatDay, subscriptionChangedEmail } from '../outbox/emails.js';

const S = SubscriptionStatus;

/**
 * The subscription's life as an explicit transition table (#26). PENDING → ACTIVE is provisioning
 * (`OrderLifecycle.provision`, the wizard's last step); after it a subscription is suspended and
 * resumed, and cancelled (final). Anything not listed is INVALID_TRANSITION, naming both states.
 */
export const SUBSCRIPTION_TRANSITIONS: Readonly<Record<SubscriptionStatus, readonly SubscriptionStatus[]>> = {
  [S.PENDING]: [S.ACTIVE],
  [S.ACTIVE]: [S.SUSPENDED, S.CANCELLED],
  [S.SUSPENDED]: [S.ACTIVE, S.CANCELLED],
  [S.CANCELLED]: [],
};

export function canTransitionSubscription(from: SubscriptionStatus, to: SubscriptionStatus): boolean {
  return SUBSCRIPTION_TRANSITIONS[from].includes(to);
}

export function assertSubscriptionTransition(from: SubscriptionStatus, to: SubscriptionStatus): void {
  if (!canTransitionSubscription(from, to)) {
    throw userError(UserErrorCode.INVALID_TRANSITION, `The subscription is ${from.toLowerCase()}; it cannot become ${to.toLowerCase()}`, ['input', 'orderId'], {
      reason: 'SUBSCRIPTION',
      from,
      to,
    });
  }
}

/** The requests of the lifecycle, as their client request ids are claimed (`order_amendment.kind`). */
export enum SubscriptionRequestKind {
  SUSPEND = 'SUBSCRIPTION_SUSPEND',
  RESUME = 'SUBSCRIPTION_RESUME',
  CANCEL = 'SUBSCRIPTION_CANCEL',
  QUANTITIES = 'SUBSCRIPTION_QUANTITIES',
}

/** What `SUBSCRIPTION_CHANGED` events say happened (`changes.change`). */
export enum SubscriptionChangeEvent {
  SUSPENDED = 'SUSPENDED',
  RESUMED = 'RESUMED',
  CANCELLED = 'CANCELLED',
  CANCELLATION_SCHEDULED = 'CANCELLATION_SCHEDULED',
  QUANTITIES_CHANGED = 'QUANTITIES_CHANGED',
  QUANTITIES_SCHEDULED = 'QUANTITIES_SCHEDULED',
  /** A rep moved the customer organization to another partner (`before`/`after.partnerOrganizationId`). */
  TRANSFERRED = 'TRANSFERRED',
}

export interface SuspendSubscriptionRequest {
  orderId: string;
  clientRequestId?: string | null;
  reason: string;
}
export interface ResumeSubscriptionRequest {
  orderId: string;
  clientRequestId?: string | null;
  reason?: string | null;
}
export interface CancelSubscriptionRequest {
  orderId: string;
  clientRequestId?: string | null;
  reason: string;
  effectiveDate?: string | null;
}
export interface ChangeSubscriptionQuantitiesRequest {
  orderId: string;
  clientRequestId?: string | null;
  services: { kind: ServiceKind; quantity: number }[];
  effectiveDate?: string | null;
}

export interface SubscriptionChangeResult {
  order: Order;
  subscription: Subscription;
  /** The change scheduled by this request (also on a replay); null when it took effect at once. */
  scheduledChange: SubscriptionChange | null;
  replayed: boolean;
}

interface Work {
  tx: TxScope;
  order: Order;
  subscription: Subscription;
  /** The subscription's changes still SCHEDULED, locked. */
  waiting: SubscriptionChange[];
}

/**
 * Suspend, resume, cancel and change quantities of a provisioned subscription, from the intake key
 * (on the orders it placed, with a `clientRequestId`: replay-safe like CCW's amendments) and from
 * reps. Each runs in one transaction on the locked order and subscription: the request id is claimed
 * first, then the change (or, with a later `effectiveDate`, the scheduled change), its audit event
 * and its `SUBSCRIPTION_CHANGED` order event. A user mistake rolls everything back, the claim
 * included. Scheduled changes are applied by `applyDue` (the `subscriptions:apply-scheduled` sweep).
 */
export class SubscriptionLifecycle {
  constructor(private readonly orders: OrderLifecycle) {}

  suspend(ctx: RequestContext, input: SuspendSubscriptionRequest): Promise<SubscriptionChangeResult> {
    const v = new InputValidator();
    const reason = v.text('reason', input.reason, { max: 2000, label: 'The reason' });
    const clientRequestId = this.requestId(ctx, v, input.clientRequestId);
    v.done();
    return this.run(ctx, input.orderId, clientRequestId, SubscriptionRequestKind.SUSPEND, { reason }, async ({ tx, order, subscription, waiting }) => {
      await this.transition(tx, order, subscription, waiting, S.SUSPENDED, SubscriptionChangeEvent.SUSPENDED, reason);
      return null;
    });
  }

  resume(ctx: RequestContext, input: ResumeSubscriptionRequest): Promise<SubscriptionChangeResult> {
    const v = new InputValidator();
    const reason = v.optionalText('reason', input.reason, { max: 2000, label: 'The reason' });
    const clientRequestId = this.requestId(ctx, v, input.clientRequestId);
    v.done();
    return this.run(ctx, input.orderId, clientRequestId, SubscriptionRequestKind.RESUME, { reason }, async ({ tx, order, subscription, waiting }) => {
      await this.transition(tx, order, subscription, waiting, S.ACTIVE, SubscriptionChangeEvent.RESUMED, reason);
      return null;
    });
  }

  /** At once (no date, or today in the order's time zone), or scheduled for the start of a later day. */
  cancel(ctx: RequestContext, input: CancelSubscriptionRequest): Promise<SubscriptionChangeResult> {
    const v = new InputValidator();
    const reason = v.text('reason', input.reason, { max: 2000, label: 'The reason' });
    const clientRequestId = this.requestId(ctx, v, input.clientRequestId);
    const effectiveDate = input.effectiveDate == null ? null : v.date('effectiveDate', input.effectiveDate, 'The effective date');
    v.done();
    const content = { reason, effectiveDate };
    return this.run(ctx, input.orderId, clientRequestId, SubscriptionRequestKind.CANCEL, content, async ({ tx, order, subscription, waiting }) => {
      const effectiveAt = effectiveInstant(effectiveDate, order.timeZone, tx.now);
      if (!effectiveAt) {
        await this.transition(tx, order, subscription, waiting, S.CANCELLED, SubscriptionChangeEvent.CANCELLED, reason);
        return null;
      }
      assertSubscriptionTransition(subscription.status, S.CANCELLED);
      return this.schedule(tx, order, subscription, waiting, { kind: SubscriptionChangeKind.CANCEL, effectiveAt, reason, clientRequestId });
    });
  }

  /** The subscription's own services, each with its new quantity; at once or on a later day. */
  changeQuantities(ctx: RequestContext, input: ChangeSubscriptionQuantitiesRequest): Promise<SubscriptionChangeResult> {
    const v = new InputValidator();
    const clientRequestId = this.requestId(ctx, v, input.clientRequestId);
    const services = (input.services ?? []).map((line, index) => ({
      kind: line.kind,
      quantity: v.integer(`services.${index}.quantity`, line.quantity, { min: 1, max: MAX_QUANTITY, label: 'The quantity' }),
    }));
    v.check(services.length > 0, UserErrorCode.INVALID_INPUT, 'services', 'List at least one service');
    v.check(new Set(services.map((s) => s.kind)).size === services.length, UserErrorCode.INVALID_INPUT, 'services', 'Each service may be listed only once');
    const effectiveDate = input.effectiveDate == null ? null : v.date('effectiveDate', input.effectiveDate, 'The effective date');
    v.done();
    const wanted = [...services].sort((a, b) => a.kind.localeCompare(b.kind));
    const content = { services: wanted, effectiveDate };
    return this.run(ctx, input.orderId, clientRequestId, SubscriptionRequestKind.QUANTITIES, content, async ({ tx, order, subscription, waiting }) => {
      assertChangeable(subscription);
      const held = new Set(subscription.services.map((s) => s.kind));
      const foreign = wanted.filter((s) => !held.has(s.kind)).map((s) => s.kind);
      if (foreign.length || wanted.length !== held.size) {
        throw userError(
          UserErrorCode.INVALID_INPUT,
          'List the services of the subscription, each with its new quantity: services cannot be added or removed',
          ['input', 'services'],
          { reason: 'NOT_PURCHASED', services: foreign.join(', ') },
        );
      }
      const effectiveAt = effectiveInstant(effectiveDate, order.timeZone, tx.now);
      if (effectiveAt) {
        return this.schedule(tx, order, subscription, waiting, { kind: SubscriptionChangeKind.QUANTITIES, effectiveAt, services: wanted, clientRequestId });
      }
      this.setQuantities(tx, order, subscription, wanted, null);
      return null;
    });
  }

  /**
   * Applies the order's scheduled changes that are due, oldest first, as the sweep's actor (SYSTEM),
   * each audited and an event like the change made at once. A quantity change due after the
   * subscription was cancelled is voided. Runs in the sweep's transaction on the claimed order.
   */
  async applyDue(tx: TxScope, order: Order): Promise<number> {
    const subscription = await tx.em.findOne(Subscription, { order: order.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const waiting = await tx.em.find(
      SubscriptionChange,
      { orderId: order.id, status: SubscriptionChangeStatus.SCHEDULED },
      { orderBy: { effectiveAt: 'asc', createdAt: 'asc', id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    const due = waiting.filter((c) => c.effectiveAt.getTime() <= tx.now.getTime());
    for (const change of due) {
      if (change.status !== SubscriptionChangeStatus.SCHEDULED) continue;
      change.settledAt = tx.now;
      if (!subscription || subscription.status === S.CANCELLED || subscription.status === S.PENDING) {
        change.status = SubscriptionChangeStatus.VOIDED;
        continue;
      }
      change.status = SubscriptionChangeStatus.APPLIED;
      if (change.kind === SubscriptionChangeKind.CANCEL) {
        await this.transition(tx, order, subscription, waiting, S.CANCELLED, SubscriptionChangeEvent.CANCELLED, change.reason ?? null, change);
      } else if (change.services) {
        this.setQuantities(tx, order, subscription, change.services, change);
      }
    }
    return due.length;
  }

  /** The scheduled changes still waiting, soonest first. */
  scheduledChanges(ctx: RequestContext, subscriptionId: string): Promise<SubscriptionChange[]> {
    return ctx.em.find(SubscriptionChange, { subscriptionId, status: SubscriptionChangeStatus.SCHEDULED }, { orderBy: { effectiveAt: 'asc', id: 'asc' } });
  }

  private async transition(
    tx: TxScope,
    order: Order,
    subscription: Subscription,
    waiting: readonly SubscriptionChange[],
    to: SubscriptionStatus,
    change: SubscriptionChangeEvent,
    reason: string | null,
    scheduled?: SubscriptionChange,
  ): Promise<void> {
    const from = subscription.status;
    assertSubscriptionTransition(from, to);
    subscription.status = to;
    if (to === S.SUSPENDED) {
      subscription.suspendedAt = tx.now;
      subscription.suspensionReason = reason;
    } else {
      subscription.suspendedAt = null;
      subscription.suspensionReason = null;
    }
    if (to === S.CANCELLED) {
      subscription.cancelledAt = tx.now;
      subscription.cancellationReason = reason;
    }
    order.updatedAt = tx.now;
    let voided: string[] = [];
    if (to === S.CANCELLED) voided = settleScheduled(tx, waiting, SubscriptionChangeStatus.VOIDED, null, scheduled?.id);
    this.record(tx, order, subscription, change, reason, {
      before: { status: from },
      after: { status: to, ...(voided.length ? { voidedChanges: voided } : {}) },
      scheduledChangeId: scheduled?.id,
      reasonBy: scheduled?.actorKind,
    });
    if (to === S.SUSPENDED || to === S.CANCELLED) await this.tellPartner(tx, order, subscription, to);
  }

  /**
   * The partner's administrators (the order's partner organization; before any, its provisioning
   * contact) get an email in the order's language when the subscription is suspended or cancelled.
   * The reason is not in it: a rep's words stay in the audit trail.
   */
  private async tellPartner(tx: TxScope, order: Order, subscription: Subscription, change: SubscriptionStatus.SUSPENDED | SubscriptionStatus.CANCELLED) {
    const partnerId = order.partnerOrganization?.id;
    const users = partnerId ? await tx.em.find(User, { organization: partnerId }, { orderBy: { email: 'asc' } }) : [];
    const recipients = users.length ? users.map((u) => u.email) : [order.provisioningContactEmail];
    const language = emailLanguage(order.locale);
    const content = subscriptionChangedEmail(language, {
      change,
      ccwOrderNumber: order.ccwOrderNumber,
      customerName: order.customerName,
      effectiveOn: formatDay(tx.now, language, order.timeZone),
    });
    for (const recipient of recipients) {
      enqueueEmail(tx, {
        messageKey: `subscription-${change.toLowerCase()}:${subscription.id}:${tx.now.toISOString()}:${recipient}`,
        template: `SUBSCRIPTION_${change}`,
        recipient,
        locale: language,
        orderId: order.id,
        ...content,
      });
    }
  }

  private setQuantities(tx: TxScope, order: Order, subscription: Subscription, wanted: readonly ServiceLine[], scheduled: SubscriptionChange | null): void {
    const current = [...subscription.services].sort((a, b) => a.kind.localeCompare(b.kind));
    const next = [...wanted].sort((a, b) => a.kind.localeCompare(b.kind));
    // The same quantities again change nothing: no event, no audit.
    if (current.length === next.length && current.every((s, i) => s.kind === next[i].kind && s.quantity === next[i].quantity)) return;
    const before = { services: subscription.services };
    subscription.services = next.map((s) => ({ kind: s.kind, quantity: s.quantity }));
    // The order's services follow its subscription, as CCW's quantity amendment keeps them.
    order.services = subscription.services.map((s) => ({ ...s }));
    order.updatedAt = tx.now;
    this.record(tx, order, subscription, SubscriptionChangeEvent.QUANTITIES_CHANGED, null, {
      before,
      after: { services: subscription.services },
      scheduledChangeId: scheduled?.id,
    });
  }

  private async schedule(
    tx: TxScope,
    order: Order,
    subscription: Subscription,
    waiting: readonly SubscriptionChange[],
    wanted: { kind: SubscriptionChangeKind; effectiveAt: Date; reason?: string; services?: ServiceLine[]; clientRequestId: string | null },
  ): Promise<SubscriptionChange> {
    // One scheduled change of a kind waits per subscription (a partial unique index): a later request
    // supersedes it, written before the new row.
    const superseded = settleScheduled(tx, waiting, SubscriptionChangeStatus.SUPERSEDED, wanted.kind);
    if (superseded.length) await tx.em.flush();
    const change = tx.em.create(SubscriptionChange, {
      subscriptionId: subscription.id,
      orderId: order.id,
      kind: wanted.kind,
      effectiveAt: wanted.effectiveAt,
      services: wanted.services ?? null,
      reason: wanted.reason ?? null,
      actorKind: tx.actor.kind,
      actorId: tx.actor.id ?? null,
      clientRequestId: wanted.clientRequestId,
      createdAt: tx.now,
    });
    tx.em.persist(change);
    const event = wanted.kind === SubscriptionChangeKind.CANCEL ? SubscriptionChangeEvent.CANCELLATION_SCHEDULED : SubscriptionChangeEvent.QUANTITIES_SCHEDULED;
    this.record(tx, order, subscription, event, wanted.reason ?? null, {
      before: { status: subscription.status, ...(wanted.services ? { services: subscription.services } : {}) },
      after: {
        status: subscription.status,
        ...(wanted.services ? { services: wanted.services } : {}),
        ...(superseded.length ? { supersededChanges: superseded } : {}),
      },
      scheduledChangeId: change.id,
      effectiveAt: wanted.effectiveAt,
    });
    return change;
  }

  private record(
    tx: TxScope,
    order: Order,
    subscription: Subscription,
    change: SubscriptionChangeEvent,
    reason: string | null,
    details: {
      before: Record<string, unknown>;
      after: Record<string, unknown>;
      scheduledChangeId?: string;
      effectiveAt?: Date;
      /** Who gave the reason, when not this transaction's actor (a scheduled change applied by the sweep). */
      reasonBy?: string;
    },
  ): void {
    audit(tx, {
      action: `subscription.${change.toLowerCase()}`,
      targetType: 'Subscription',
      targetId: subscription.id,
      orderId: order.id,
      before: details.before,
      after: {
        ...details.after,
        ...(reason ? { reason } : {}),
        ...(details.scheduledChangeId ? { scheduledChangeId: details.scheduledChangeId } : {}),
        ...(details.effectiveAt ? { effectiveAt: details.effectiveAt.toISOString() } : {}),
      },
    });
    this.orders.recordEvent(
      tx,
      order,
      OrderEventType.SUBSCRIPTION_CHANGED,
      {
        subscriptionId: subscription.id,
        change,
        before: details.before,
        after: details.after,
        scheduledChangeId: details.scheduledChangeId,
        effectiveAt: (details.effectiveAt ?? tx.now).toISOString(),
      },
      { reason: machineReason(details.reasonBy ? { kind: details.reasonBy } : tx.actor, reason) },
    );
  }

  /** The intake key must name its request; a rep may (the console sends one to make a double click harmless). */
  private requestId(ctx: RequestContext, v: InputValidator, value: string | null | undefined): string | null {
    if (ctx.viewer?.kind === ViewerKind.API_KEY || value != null) return v.text('clientRequestId', value, { max: 100, label: 'The client request id' });
    return null;
  }

  private async run(
    ctx: RequestContext,
    orderId: string,
    clientRequestId: string | null,
    kind: SubscriptionRequestKind,
    content: Record<string, unknown>,
    /** The change; answers the change it scheduled, or null when it took effect at once. */
    work: (w: Work) => Promise<SubscriptionChange | null>,
  ): Promise<SubscriptionChangeResult> {
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const order = isUuid(orderId) ? await em.findOne(Order, orderId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
      if (!order) throw userError(UserErrorCode.NOT_FOUND, 'No such order', ['input', 'orderId']);
      const actor = actorOf(ctx);
      const actorId = actor.id ?? actor.kind;
      const subscription = await em.findOne(Subscription, { order: order.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (clientRequestId) {
        const fingerprint = requestFingerprint(kind, order.id, content);
        if (!(await claimClientRequest(em, { actorId, clientRequestId, orderId: order.id, kind, fingerprint, now }))) {
          if (!subscription) throw new Error(`replayed request ${clientRequestId} of an order without subscription`);
          const scheduledChange = await em.findOne(SubscriptionChange, { orderId: order.id, actorId: actor.id ?? null, clientRequestId });
          return { order, subscription, scheduledChange, replayed: true };
        }
      }
      if (!subscription || subscription.status === S.PENDING) {
        if (isClosed(order))
          throw userError(UserErrorCode.ORDER_CLOSED, `The order is ${order.status.toLowerCase()}; nothing more can change`, ['input', 'orderId']);
        throw userError(
          UserErrorCode.INVALID_TRANSITION,
          'The subscription is not provisioned yet: until the order is set up, cancel the order itself (amendOrderCancel, cancelOrder); its quantities change with amendOrderQuantities',
          ['input', 'orderId'],
          { reason: 'NOT_PROVISIONED', from: subscription?.status ?? 'NONE' },
        );
      }
      const waiting = await em.find(
        SubscriptionChange,
        { subscriptionId: subscription.id, status: SubscriptionChangeStatus.SCHEDULED },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      const scheduledChange = await work({ tx: { em, actor, now }, order, subscription, waiting });
      return { order, subscription, scheduledChange, replayed: false };
    });
  }
}

/** Settles waiting changes (of a kind, or all) as superseded or voided; answers their ids. */
function settleScheduled(
  tx: TxScope,
  waiting: readonly SubscriptionChange[],
  status: SubscriptionChangeStatus,
  kind: SubscriptionChangeKind | null,
  except?: string,
): string[] {
  const settled: string[] = [];
  for (const change of waiting) {
    if (change.status !== SubscriptionChangeStatus.SCHEDULED || change.id === except || (kind && change.kind !== kind)) continue;
    change.status = status;
    change.settledAt = tx.now;
    settled.push(change.id);
  }
  return settled;
}

/** A cancellation or quantity change of a CANCELLED subscription is refused. */
function assertChangeable(subscription: Subscription): void {
  if (subscription.status === S.CANCELLED) {
    throw userError(UserErrorCode.INVALID_TRANSITION, 'The subscription is cancelled; nothing more can change', ['input', 'orderId'], {
      reason: 'SUBSCRIPTION',
      from: subscription.status,
      to: subscription.status,
    });
  }
}

/**
 * The instant a change takes effect: null for "now" (no date, or a date that has begun in the order's
 * time zone, i.e. today); the start of that day in the order's time zone for a later one. A date
 * before today is INVALID_INPUT (`reason: EFFECTIVE_DATE_PAST`).
 */
export function effectiveInstant(effectiveDate: string | null, timeZone: string, now: Date): Date | null {
  if (!effectiveDate) return null;
  const start = DateTime.fromISO(effectiveDate, { zone: timeZone }).startOf('day');
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  if (start < today) {
    throw userError(UserErrorCode.INVALID_INPUT, 'The effective date is in the past: send today’s date, or a later one', ['input', 'effectiveDate'], {
      reason: 'EFFECTIVE_DATE_PAST',
    });
  }
  return start <= DateTime.fromJSDate(now) ? null : start.toJSDate();
}
