import { registerEnumType } from 'type-graphql';
import { userError, UserErrorCode } from '../common/errors.js';

export enum OrderStatus {
  PLACED = 'PLACED',
  AWAITING_SETUP = 'AWAITING_SETUP',
  SETUP_IN_PROGRESS = 'SETUP_IN_PROGRESS',
  HANDED_OVER = 'HANDED_OVER',
  ON_HOLD = 'ON_HOLD',
  SET_UP = 'SET_UP',
  PROVISIONED = 'PROVISIONED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderStatus, { name: 'OrderStatus' });

const S = OrderStatus;

/**
 * The order's life as an explicit transition table. Anything not listed is refused with
 * `INVALID_TRANSITION`, naming both states. A same-state "transition" is not a change and is
 * never listed: callers that mean "stay" simply don't transition.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  // The setup link is issued on the requested start date (or at once, for a late order).
  [S.PLACED]: [S.AWAITING_SETUP, S.CANCELLED],
  // Somebody opened the link; or it was never used (expiry).
  [S.AWAITING_SETUP]: [S.SETUP_IN_PROGRESS, S.EXPIRED, S.CANCELLED],
  [S.SETUP_IN_PROGRESS]: [S.HANDED_OVER, S.ON_HOLD, S.SET_UP, S.EXPIRED, S.CANCELLED],
  // The colleague or customer administrator opens their own link.
  [S.HANDED_OVER]: [S.SETUP_IN_PROGRESS, S.EXPIRED, S.CANCELLED],
  // A rep resolves the unrecognized organization: a fresh link goes out; or the rep cancels.
  [S.ON_HOLD]: [S.AWAITING_SETUP, S.CANCELLED],
  // The point of no return: from here on setup goes on in the organization's own tools.
  [S.SET_UP]: [S.PROVISIONED],
  [S.PROVISIONED]: [],
  [S.EXPIRED]: [],
  [S.CANCELLED]: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw userError(UserErrorCode.INVALID_TRANSITION, `An order cannot go from ${from} to ${to}`, undefined, { reason: 'ORDER', from, to });
  }
}
