import type { FilterQuery } from '@mikro-orm/core';
import { DateTime } from 'luxon';
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

/** Statuses in which a started setup can stall: started, not yet past step 8, not on hold (a rep already has it). */
export const STALLED_CANDIDATES: readonly OrderStatus[] = [S.SETUP_IN_PROGRESS, S.HANDED_OVER];

type Status = Pick<Order, 'status'>;

export const isOpenForSetup = (order: Status) => OPEN_FOR_SETUP.includes(order.status);
export const isSetUp = (order: Status) => SET_UP.includes(order.status);
export const isClosed = (order: Status) => CLOSED.includes(order.status);

/**
 * From when an order nobody has started is overdue (stored as `overdue_at` at intake): a full day after
 * its setup email was due, i.e. the same local hour (`SETUP_EMAIL_LOCAL_HOUR`) of the day after the
 * requested start date, in its time zone. With the default hour 0 that is the start of the day after the
 * requested start date (API.md's sentence); with a later hour the partner still gets a full day, not
 * `24 - hour` hours (#15 item 5).
 */
export function overdueFrom(requestedStartDate: string, timeZone: string, setupEmailLocalHour: number): Date {
  const day = DateTime.fromISO(requestedStartDate, { zone: timeZone }).startOf('day');
  return day.set({ hour: setupEmailLocalHour }).plus({ days: 1 }).toJSDate();
}

/** Overdue: nobody has started setup, and a full day has passed since the setup email was due (`overdueFrom`). */
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

/**
 * Stalled setup: setup was started (the link was opened), the order is not set up, and
 * `STALLED_SETUP_AFTER` has passed since the requested start date began in its time zone (with
 * `1 day` that is the overdue instant). The sweep `orders:escalate-stalled` opens STALLED_SETUP for these.
 */
export const stalledSetup = {
  /** The instant from which the order counts as stalled. */
  from(order: Pick<Order, 'requestedStartDate' | 'timeZone'>, afterMs: number): Date {
    return new Date(DateTime.fromISO(order.requestedStartDate, { zone: order.timeZone }).startOf('day').toMillis() + afterMs);
  },
  test(order: Pick<Order, 'status' | 'setupStartedAt' | 'requestedStartDate' | 'timeZone'>, at: Date, afterMs: number): boolean {
    return !!order.setupStartedAt && STALLED_CANDIDATES.includes(order.status) && stalledSetup.from(order, afterMs).getTime() <= at.getTime();
  },
  /**
   * SQL; `dayBegunBefore` is the SQL for the instant `at - STALLED_SETUP_AFTER`: the requested start
   * date must have begun (in the order's time zone) at or before it.
   */
  sql(dayBegunBefore: string, alias?: string): string {
    return `${column(alias, 'setup_started_at')} is not null and ${column(alias, 'status')} in (${sqlList(STALLED_CANDIDATES)}) and (${column(alias, 'requested_start_date')}::timestamp at time zone ${column(alias, 'time_zone')}) <= ${dayBegunBefore}`;
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
