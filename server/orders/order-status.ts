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
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order stands; docs/integrators.md shows the transitions.',
  valuesConfig: {
    AWAITING_SETUP: { description: 'The Set up now link was sent; nobody has opened it yet.' },
    CANCELLED: { description: 'Cancelled by CCW or a rep before it was set up; closed.' },
    EXPIRED: { description: 'Not set up before its link expired (30 days after the latest email, 7 for A-FLEX); closed.' },
    HANDED_OVER: { description: 'Handed over to a colleague or the customer, who got their own link.' },
    ON_HOLD: { description: 'Somebody did not recognize an organization: waits for a rep.' },
    PLACED: { description: 'Placed; the Set up now link goes out on the requested start date.' },
    PROVISIONED: { description: 'The subscription is active and billing started.' },
    SETUP_IN_PROGRESS: { description: 'Somebody opened the wizard.' },
    SET_UP: { description: 'Step 8 confirmed: the organizations and the subscription exist; service setup remains.' },
  },
});

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

/**
 * Which timestamp a status sets, once for both paths: the entity (`OrderLifecycle.transition`) and the
 * batch SQL (`transitionBatch`). `first`: only the first time (a setup started again keeps its start).
 */
export const STATUS_TIMESTAMPS: Readonly<
  Partial<Record<OrderStatus, { property: 'setupStartedAt' | 'setUpAt' | 'provisionedAt'; column: string; first: boolean }>>
> = {
  [S.SETUP_IN_PROGRESS]: { property: 'setupStartedAt', column: 'setup_started_at', first: true },
  [S.SET_UP]: { property: 'setUpAt', column: 'set_up_at', first: false },
  [S.PROVISIONED]: { property: 'provisionedAt', column: 'provisioned_at', first: false },
};
