import type { FilterQuery } from '@mikro-orm/core';
import type { Order } from './order.entity.js';
import { OrderStatus } from './order-status.js';

/**
 * The order's predicates, each written once and given three ways: a test on an entity (or plain
 * row), a MikroORM filter and a SQL fragment on `customer_order` under an alias. Every list, job,
 * dashboard count and guard uses these; the migrations' partial indexes follow `overdue`.
 */

const S = OrderStatus;
const sqlList = (statuses: readonly OrderStatus[]) => statuses.map((s) => `'${s}'`).join(', ');
const column = (alias: string | undefined, name: string) => (alias ? `${alias}.${name}` : name);

/** Before the point of no return (step 8): the contact can change and links can be resent. */
export const OPEN_FOR_SETUP: readonly OrderStatus[] = [S.PLACED, S.AWAITING_SETUP, S.SETUP_IN_PROGRESS, S.HANDED_OVER];
/** Past the point of no return. */
export const SET_UP: readonly OrderStatus[] = [S.SET_UP, S.PROVISIONED];
/** Ended without being set up: nothing more happens to them. */
export const CLOSED: readonly OrderStatus[] = [S.EXPIRED, S.CANCELLED];
/** A link is out and not yet used to finish setup: the link expiry watches these. */
export const LINK_OUT: readonly OrderStatus[] = [S.AWAITING_SETUP, S.SETUP_IN_PROGRESS, S.HANDED_OVER];
/** Statuses in which an order that nobody has started can be overdue. */
export const OVERDUE_CANDIDATES: readonly OrderStatus[] = [S.PLACED, S.AWAITING_SETUP];

type Status = Pick<Order, 'status'>;

export const isOpenForSetup = (order: Status) => OPEN_FOR_SETUP.includes(order.status);
export const isSetUp = (order: Status) => SET_UP.includes(order.status);
export const isClosed = (order: Status) => CLOSED.includes(order.status);

/** Overdue: nobody has started setup, and the day after the requested start date has begun (in its time zone). */
export const overdue = {
  test(order: Pick<Order, 'status' | 'setupStartedAt' | 'overdueAt'>, at: Date): boolean {
    return !order.setupStartedAt && OVERDUE_CANDIDATES.includes(order.status) && order.overdueAt.getTime() <= at.getTime();
  },
  filter(at: Date): FilterQuery<Order> {
    return { setupStartedAt: null, status: { $in: [...OVERDUE_CANDIDATES] }, overdueAt: { $lte: at } };
  },
  /** The predicate of the partial index `customer_order_overdue_idx`; `instant` is the SQL for the instant (`?`, `$1`). */
  sql(instant: string, alias?: string): string {
    return `${column(alias, 'setup_started_at')} is null and ${column(alias, 'status')} in (${sqlList(OVERDUE_CANDIDATES)}) and ${column(alias, 'overdue_at')} <= ${instant}`;
  },
};

export const statusIn = {
  filter(statuses: readonly OrderStatus[]): FilterQuery<Order> {
    return { status: { $in: [...statuses] } };
  },
  sql(statuses: readonly OrderStatus[], alias?: string): string {
    return `${column(alias, 'status')} in (${sqlList(statuses)})`;
  },
};
