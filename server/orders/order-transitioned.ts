import type { TxScope } from '../common/tx-scope.js';
import type { Order } from './order.entity.js';
import type { OrderStatus } from './order-status.js';

/**
 * Why an order goes ON_HOLD: an organization the wizard could not recognize. escalations/ opens the
 * escalation of the same name for the reps (orders/ does not know the escalations).
 */
export enum HoldReason {
  UNRECOGNIZED_PARTNER_ORGANIZATION = 'UNRECOGNIZED_PARTNER_ORGANIZATION',
  UNRECOGNIZED_CUSTOMER_ORGANIZATION = 'UNRECOGNIZED_CUSTOMER_ORGANIZATION',
}

/** What the caller says about a transition: the audit event's name and extra content, and what the subscribers concerned read. */
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
  /** ON_HOLD: why; the escalation of that name is opened for the reps. */
  hold?: HoldReason;
  /** SET_UP: who set the order up (the automatic resolution of an overdue escalation says so). */
  setUpBy?: string;
}

/**
 * The event a transition publishes, in its transaction and scope (`OrderLifecycle.transition`, once
 * the status and its timestamps are set; not when the order stays where it is).
 */
export interface OrderTransitioned {
  order: Order;
  from: OrderStatus;
  to: OrderStatus;
  details: TransitionDetails;
  /** What the subscribers of the `effects` stage did, by name (e.g. `revokedLinks`): it goes in the transition's audit event. */
  effects: Record<string, unknown>;
}

/**
 * When a subscriber runs: `effects` before the transition is recorded (what it did, and its own audit
 * and order events, come before the transition's), `recorded` after it.
 */
export type TransitionStage = 'effects' | 'recorded';

export type OrderTransitionedHandler = (tx: TxScope, event: OrderTransitioned) => Promise<void>;

/**
 * The order's transactional event bus (as Vendure's): subscribers run synchronously, one after the
 * other in the order they subscribed, in the transition's transaction and scope, so what they change
 * commits or rolls back with it. The aggregates subscribe in server/services.ts: setup/ revokes the
 * links of an expired or cancelled order, escalations/ opens, settles and resolves escalations.
 */
export class OrderTransitions {
  private readonly handlers: Record<TransitionStage, OrderTransitionedHandler[]> = { effects: [], recorded: [] };

  subscribe(stage: TransitionStage, handler: OrderTransitionedHandler): void {
    this.handlers[stage].push(handler);
  }

  async publish(tx: TxScope, stage: TransitionStage, event: OrderTransitioned): Promise<void> {
    for (const handler of this.handlers[stage]) await handler(tx, event);
  }
}
