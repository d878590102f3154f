import { audit, auditMany, type AuditChange } from '../audit/audit.js';
import { type TxScope } from '../common/tx-scope.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { executeInTransaction } from '../db/prepared.js';
import type { Row } from '../db/plain-rows.js';
import { OrderEvent, OrderEventType } from './order-event.entity.js';
import { orderEventChanges } from './order-event-changes.js';
import { eventActorKind, machineReason, type EventContext } from './event-context.js';
import { Order } from './order.entity.js';
import { isClosed, isOpenForSetup, LINK_OUT } from './order-predicates.js';
import { assertTransition, canTransition, OrderStatus, STATUS_TIMESTAMPS } from './order-status.js';
import { OrderTransitions, type OrderTransitioned, type TransitionDetails, type TransitionStage, type OrderTransitionedHandler } from './order-transitioned.js';

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
 * The order's life. `transition` is the only writer of `order.status`: it checks the transition
 * table, sets the status and its timestamps (`STATUS_TIMESTAMPS`), publishes `OrderTransitioned` in
 * the transaction (the aggregates concerned subscribe: setup/ revokes links, escalations/ opens,
 * settles and resolves escalations) and records the change. Services, jobs, console actions and the
 * demo seed all call it.
 */
export class OrderLifecycle {
  private readonly transitions = new OrderTransitions();

  /** Subscribes to `OrderTransitioned` (wired once, in server/services.ts). */
  subscribe(stage: TransitionStage, handler: OrderTransitionedHandler): void {
    this.transitions.subscribe(stage, handler);
  }

  async transition(tx: TxScope, order: Order, to: OrderStatus, details: TransitionDetails): Promise<void> {
    const from = order.status;
    const stays = from === to && details.orStay;
    if (!stays) assertTransition(from, to);

    if (!stays) {
      order.status = to;
      const stamp = STATUS_TIMESTAMPS[to];
      if (stamp) order[stamp.property] = stamp.first ? (order[stamp.property] ?? tx.now) : tx.now;
    }
    order.updatedAt = tx.now;

    const event: OrderTransitioned = { order, from, to, details, effects: {} };
    if (!stays) await this.transitions.publish(tx, 'effects', event);
    this.record(tx, order, from, details, event.effects, !stays);
    if (!stays) await this.transitions.publish(tx, 'recorded', event);
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
    const stamp = STATUS_TIMESTAMPS[to];
    const stamps = stamp ? `, ${stamp.column} = ${stamp.first ? `coalesce(o.${stamp.column}, ?)` : '?'}` : '';
    const changed = await executeInTransaction<{ id: string }>(
      tx.em,
      `update customer_order o
       set status = ?, updated_at = ?${stamps},
         link_sent_at = case when c->>'linkExpiresAt' is null then o.link_sent_at else coalesce(o.link_sent_at, ?) end,
         overdue_at = case when c->>'linkExpiresAt' is null or o.link_sent_at is not null then o.overdue_at
                           else greatest(o.overdue_at, ?::timestamptz + interval '1 day') end,
         link_expires_at = coalesce((c->>'linkExpiresAt')::timestamptz, o.link_expires_at)
       from jsonb_array_elements(?::jsonb) as batch(c)
       where o.id = (c->>'id')::uuid and o.status = c->>'from'
       returning o.id`,
      [
        to,
        tx.now,
        ...(stamps ? [tx.now] : []),
        tx.now,
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
    if (changed)
      this.recordEvent(
        tx,
        order,
        OrderEventType.ORDER_STATUS_CHANGED,
        { from, to: order.status, action: details.action },
        { reason: machineReason(tx.actor, details.after?.reason) },
      );
  }

  /**
   * Writes an order event in the caller's transaction (it commits or rolls back with the change).
   * Only order facts go in `changes`: the machine keys read them (docs/integrators.md, "Order events for integrators"); keys outside
   * the type's allow-list (`ORDER_EVENT_CHANGES`: never free text a rep wrote) are dropped here.
   */
  recordEvent(
    tx: TxScope,
    order: Pick<Order, 'id' | 'ccwOrderNumber'> & { customerSelfSetup?: boolean },
    type: OrderEventType,
    changes: Record<string, unknown>,
    context: EventContext = {},
  ): void {
    tx.em.persist(
      tx.em.create(OrderEvent, {
        type,
        at: tx.now,
        orderId: order.id,
        ccwOrderNumber: order.ccwOrderNumber,
        changes: orderEventChanges(type, changes),
        // Who and why (#26); the order's facts after the change are taken at commit (trigger `order_event_snapshot`).
        actorKind: eventActorKind(tx.actor, order),
        reason: context.reason ?? null,
      }),
    );
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
      `insert into order_event (type, at, order_id, ccw_order_number, changes, actor_kind)
       select ?, ?, (e->>'orderId')::uuid, e->>'ccwOrderNumber', e->'changes', ?
       from jsonb_array_elements(?::jsonb) with ordinality as batch(e, n) order by n`,
      [type, tx.now, eventActorKind(tx.actor), JSON.stringify(events.map((e) => ({ ...e, changes: orderEventChanges(type, e.changes) })))],
    );
  }
}
