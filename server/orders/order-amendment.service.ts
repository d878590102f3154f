import { LockMode } from '@mikro-orm/core';
import { audit } from '../audit/audit.js';
import { actorOf, type TxScope } from '../common/tx-scope.js';
import { userError, UserErrorCode } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { InputValidator, isUuid } from '../common/validation.js';
import type { SetupLinkService } from '../setup/setup-link.service.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { claimClientRequest, requestFingerprint } from './client-request.js';
import { OrderEventType } from './order-event.entity.js';
import type { OrderLifecycle } from './order-lifecycle.js';
import { isClosed, overdue } from './order-predicates.js';
import { OrderStatus } from './order-status.js';
import { Order } from './order.entity.js';
import { MAX_QUANTITY, orderSchedule, startDateTooOld } from './order.service.js';
import type { ServiceLine } from './service-line.js';
import type { AmendOrderCancelInput, AmendOrderQuantitiesInput, AmendOrderStartDateInput } from './order-amendment.types.js';

export enum AmendmentKind {
  START_DATE = 'START_DATE',
  CANCEL = 'CANCEL',
  QUANTITIES = 'QUANTITIES',
}

const AFTER_POINT_OF_NO_RETURN: readonly OrderStatus[] = [OrderStatus.SET_UP, OrderStatus.PROVISIONED];

/**
 * CCW's amendments of the orders its key placed (the resolver checks that). Each runs in one
 * transaction on the locked order: the client request id is claimed first (a retry with the same id
 * and the same content changes nothing and answers `replayed`), then the change, its audit event with
 * before and after, and its order event. A user mistake rolls everything back, the claim included.
 */
/** What the amendments need of the escalations: escalations/ implements it (orders/ does not import escalations/). */
export interface OverdueEscalations {
  /** Settles the order's open overdue escalations with this resolution; answers their ids. */
  settleOverdue(tx: TxScope, order: Order, resolution: string): Promise<string[]>;
}

export class OrderAmendmentService {
  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly links: SetupLinkService,
    private readonly escalations: OverdueEscalations,
  ) {}

  /** The start date moves the setup email (still unsent) or only the overdue time (already sent: the link stays valid). */
  changeStartDate(ctx: RequestContext, input: AmendOrderStartDateInput) {
    const v = new InputValidator();
    const requestedStartDate = v.date('requestedStartDate', input.requestedStartDate, 'The requested start date');
    const clientRequestId = requestId(v, input.clientRequestId);
    v.done();
    return this.amend(ctx, input.orderId, clientRequestId, AmendmentKind.START_DATE, { requestedStartDate }, async (tx, order) => {
      assertBeforePointOfNoReturn(order);
      // The same date again changes nothing: no event, no audit (the request id is still claimed).
      if (requestedStartDate === order.requestedStartDate) return null;
      const tooOld = startDateTooOld(requestedStartDate, order.timeZone, tx.now, ctx.config.startDateMaxPastMs);
      if (tooOld) throw tooOld;
      const before = { requestedStartDate: order.requestedStartDate, setupDueAt: order.setupDueAt.toISOString(), overdueAt: order.overdueAt.toISOString() };
      const schedule = orderSchedule(requestedStartDate, order.timeZone, ctx.config.setupEmailLocalHour);
      order.requestedStartDate = requestedStartDate;
      order.setupDueAt = schedule.setupDueAt;
      // A link already out keeps its full day: never overdue sooner than a day after the first email.
      order.overdueAt = order.linkSentAt ? new Date(Math.max(schedule.overdueAt.getTime(), order.linkSentAt.getTime() + 86_400_000)) : schedule.overdueAt;
      order.updatedAt = tx.now;
      // Not sent yet: the due-links sweep sends it on the new date; a date already begun sends it now,
      // in this transaction, on the locked order (the sweep skips locked rows and then finds it AWAITING_SETUP).
      let setupEmail = order.status === OrderStatus.PLACED ? 'MOVED' : 'ALREADY_SENT';
      if (order.status === OrderStatus.PLACED && order.setupDueAt.getTime() <= tx.now.getTime()) {
        await this.links.issueSetupLink(tx, order, order.provisioningContactEmail);
        setupEmail = 'SENT_NOW';
      }
      // An overdue escalation opened on the old date is settled when the new date makes the order not overdue.
      const settled = overdue.test(order, tx.now)
        ? []
        : await this.escalations.settleOverdue(
            tx,
            order,
            `Resolved automatically: CCW moved the requested start date to ${requestedStartDate}; the order is not overdue any more.`,
          );
      return {
        before,
        after: {
          requestedStartDate,
          setupDueAt: order.setupDueAt.toISOString(),
          overdueAt: order.overdueAt.toISOString(),
          setupEmail,
          ...(settled.length ? { resolvedEscalations: settled } : {}),
        },
      };
    });
  }

  /** Cancels through the lifecycle: links and sessions revoked, open escalations resolved with the reason, an event. */
  cancel(ctx: RequestContext, input: AmendOrderCancelInput) {
    const v = new InputValidator();
    const reason = v.text('reason', input.reason, { max: 2000, label: 'The reason' });
    const clientRequestId = requestId(v, input.clientRequestId);
    v.done();
    return this.amend(ctx, input.orderId, clientRequestId, AmendmentKind.CANCEL, { reason }, async (tx, order) => {
      assertBeforePointOfNoReturn(order);
      const before = { status: order.status };
      await this.lifecycle.transition(tx, order, OrderStatus.CANCELLED, {
        action: 'order.cancelled',
        after: { reason, clientRequestId, by: 'CCW' },
        resolution: { text: `Order cancelled in CCW: ${reason}` },
      });
      return { before, after: { status: order.status, reason }, eventWritten: true };
    });
  }

  /** New quantities of the purchased services; after step 8 the subscription records them too (the wizard is not reopened). */
  changeQuantities(ctx: RequestContext, input: AmendOrderQuantitiesInput) {
    const v = new InputValidator();
    const clientRequestId = requestId(v, input.clientRequestId);
    const services = (input.services ?? []).map((line, index) => ({
      kind: line.kind,
      quantity: v.integer(`services.${index}.quantity`, line.quantity, { min: 1, max: MAX_QUANTITY, label: 'The quantity' }),
    }));
    v.check(services.length > 0, UserErrorCode.INVALID_INPUT, 'services', 'List at least one service');
    v.check(new Set(services.map((s) => s.kind)).size === services.length, UserErrorCode.INVALID_INPUT, 'services', 'Each service may be listed only once');
    v.done();
    const wanted = [...services].sort((a, b) => a.kind.localeCompare(b.kind));
    return this.amend(ctx, input.orderId, clientRequestId, AmendmentKind.QUANTITIES, { services: wanted }, async (tx, order) => {
      if (isClosed(order))
        throw userError(UserErrorCode.ORDER_CLOSED, `The order is ${order.status.toLowerCase()}; nothing more can change`, ['input', 'orderId']);
      const purchased = new Set(order.services.map((s) => s.kind));
      const foreign = wanted.filter((s) => !purchased.has(s.kind)).map((s) => s.kind);
      if (foreign.length || wanted.length !== purchased.size) {
        throw userError(
          UserErrorCode.INVALID_INPUT,
          'List the services of the order, each with its new quantity: services cannot be added or removed',
          ['input', 'services'],
          {
            reason: 'NOT_PURCHASED',
            services: foreign.join(', '),
          },
        );
      }
      // The same quantities again change nothing: no event, no audit (the request id is still claimed).
      const current = [...order.services].sort((a, b) => a.kind.localeCompare(b.kind));
      if (current.length === wanted.length && current.every((s, i) => s.kind === wanted[i].kind && s.quantity === wanted[i].quantity)) return null;
      const before = { services: order.services };
      order.services = wanted.map((s): ServiceLine => ({ kind: s.kind, quantity: s.quantity }));
      order.updatedAt = tx.now;
      let subscriptionId: string | null = null;
      if (AFTER_POINT_OF_NO_RETURN.includes(order.status)) {
        const subscription = await tx.em.findOne(Subscription, { order: order.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (subscription) {
          subscription.services = order.services.map((s) => ({ ...s }));
          subscriptionId = subscription.id;
        }
      }
      return { before, after: { services: order.services, subscriptionId } };
    });
  }

  private async amend(
    ctx: RequestContext,
    orderId: string,
    clientRequestId: string,
    kind: AmendmentKind,
    content: Record<string, unknown>,
    /** The change; null when the amendment asks for what the order already is (nothing is recorded). */
    work: (tx: TxScope, order: Order) => Promise<{ before: Record<string, unknown>; after: Record<string, unknown>; eventWritten?: boolean } | null>,
  ): Promise<{ order: Order; replayed: boolean }> {
    const fingerprint = requestFingerprint(kind, orderId, content);
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const order = isUuid(orderId) ? await em.findOne(Order, orderId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
      if (!order) throw userError(UserErrorCode.NOT_FOUND, 'No such order', ['input', 'orderId']);
      const actor = actorOf(ctx);
      if (!(await claimClientRequest(em, { actorId: actor.id ?? actor.kind, clientRequestId, orderId: order.id, kind, fingerprint, now }))) {
        return { order, replayed: true };
      }
      const tx: TxScope = { em, actor, now };
      const change = await work(tx, order);
      if (!change) return { order, replayed: false };
      const { before, after, eventWritten } = change;
      audit(tx, {
        action: `order.amended.${kind.toLowerCase()}`,
        targetType: 'Order',
        targetId: order.id,
        orderId: order.id,
        before,
        after: { ...after, clientRequestId },
      });
      if (!eventWritten) this.lifecycle.recordEvent(tx, order, OrderEventType.ORDER_AMENDED, { amendment: kind, before, after });
      return { order, replayed: false };
    });
  }
}

function requestId(v: InputValidator, value: string): string {
  return v.text('clientRequestId', value, { max: 100, label: 'The client request id' });
}

/** Until step 8: a closed order answers ORDER_CLOSED, a set-up one ORDER_ALREADY_SET_UP. */
function assertBeforePointOfNoReturn(order: Order): void {
  if (isClosed(order)) throw userError(UserErrorCode.ORDER_CLOSED, `The order is ${order.status.toLowerCase()}; nothing more can change`, ['input', 'orderId']);
  if (AFTER_POINT_OF_NO_RETURN.includes(order.status))
    throw userError(UserErrorCode.ORDER_ALREADY_SET_UP, 'The order is already set up; this can no longer change', ['input', 'orderId']);
}
