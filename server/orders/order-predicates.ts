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

type Status = Pick<Order, 'status'>;

export const isOpenForSetup = (order: Status) => OPEN_FOR_SETUP.includes(order.status);
export const isSetUp = (order: Status) => SET_UP.includes(order.status);
export const isClosed = (order: Status) => CLOSED.includes(order.status);

/**
 * From when an order nobody has started is overdue (stored as `overdue_at` at intake): a full day after
 * its setup email was due, i.e. the same local hour (`SETUP_EMAIL_LOCAL_HOUR`) of the day after the
 * requested start date, in its time zone. With the default hour 0 that is the start of the day after the
 * requested start date (the contract's sentence, docs/integrators.md); with a later hour the partner still gets a full day, not
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

/** Statuses in which a started setup can stall: started and not on hold (a rep already has it), not yet provisioned. */
export const IDLE_CANDIDATES: readonly OrderStatus[] = [S.SETUP_IN_PROGRESS, S.HANDED_OVER, S.SET_UP];

type Idle = Pick<Order, 'status' | 'setupStartedAt' | 'activityAt' | 'remindedAt'>;

/**
 * Stalled setup: setup was started, the order is not provisioned, and nobody has acted on it for
 * `STALLED_SETUP_AFTER` since its last activity (`activity_at`: a session opened, a step, a setting
 * saved) — not since the requested start date, so a partner who starts late is not escalated while
 * filling in the wizard. An order past step 8 (SET_UP) stalls only once its reminder went out
 * (`setupReminder`). The sweep `orders:escalate-stalled` opens STALLED_SETUP for these.
 */
export const stalledSetup = {
  /** The instant from which the order counts as stalled (null: it cannot stall now). */
  from(order: Idle, afterMs: number): Date | null {
    if (!order.setupStartedAt || !IDLE_CANDIDATES.includes(order.status)) return null;
    const since = order.activityAt ?? order.setupStartedAt;
    if (order.status === S.SET_UP && (!order.remindedAt || order.remindedAt < since)) return null;
    return new Date(since.getTime() + afterMs);
  },
  test(order: Idle, at: Date, afterMs: number): boolean {
    const from = stalledSetup.from(order, afterMs);
    return !!from && from.getTime() <= at.getTime();
  },
  /** SQL; `idleSince` is the SQL for the instant `at - STALLED_SETUP_AFTER`. */
  sql(idleSince: string, alias?: string): string {
    const c = (name: string) => column(alias, name);
    return `${c('setup_started_at')} is not null and ${c('status')} in (${sqlList(IDLE_CANDIDATES)})
      and coalesce(${c('activity_at')}, ${c('setup_started_at')}) <= ${idleSince}
      and (${c('status')} <> '${S.SET_UP}' or ${c('reminded_at')} >= coalesce(${c('activity_at')}, ${c('setup_started_at')}))`;
  },
};

/**
 * Reminder: an order past step 8 (SET_UP) that nobody has acted on for `SETUP_REMINDER_AFTER` and that
 * was not reminded in this idle spell gets one email, with a fresh link, to whoever can finish.
 */
export const setupReminder = {
  test(order: Idle, at: Date, afterMs: number): boolean {
    const since = order.activityAt ?? order.setupStartedAt;
    return order.status === S.SET_UP && !!since && since.getTime() + afterMs <= at.getTime() && (!order.remindedAt || order.remindedAt < since);
  },
  /** SQL; `idleSince` is the SQL for the instant `at - SETUP_REMINDER_AFTER`. */
  sql(idleSince: string, alias?: string): string {
    const c = (name: string) => column(alias, name);
    return `${c('setup_started_at')} is not null and ${c('status')} = '${S.SET_UP}'
      and coalesce(${c('activity_at')}, ${c('setup_started_at')}) <= ${idleSince}
      and (${c('reminded_at')} is null or ${c('reminded_at')} < coalesce(${c('activity_at')}, ${c('setup_started_at')}))`;
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
