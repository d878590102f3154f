import type { Actor } from '../common/tx-scope.js';
import { EventActorKind } from './order-event.entity.js';

/** What an order event says about its change besides `changes` (#26): who, and why where the machines may read it. */
export interface EventContext {
  /** A stable code (an escalation's kind) or CCW's own words; `machineReason` filters free text. */
  reason?: string | null;
}

/**
 * The actor kind an event names, from the transaction's actor: the intake key is CCW, reps and admins
 * REP, organization administrators PARTNER or CUSTOMER, a wizard session CUSTOMER on an order handed
 * over to its customer (`customerSelfSetup`) and PARTNER otherwise, jobs SYSTEM.
 */
export function eventActorKind(actor: Pick<Actor, 'kind'>, order?: { customerSelfSetup?: boolean }): EventActorKind {
  switch (actor.kind) {
    case 'API_KEY':
      return EventActorKind.CCW;
    case 'REP':
    case 'ADMIN':
      return EventActorKind.REP;
    case 'PARTNER_ADMIN':
      return EventActorKind.PARTNER;
    case 'CUSTOMER_ADMIN':
      return EventActorKind.CUSTOMER;
    case 'SETUP_SESSION':
      return order?.customerSelfSetup ? EventActorKind.CUSTOMER : EventActorKind.PARTNER;
    default:
      return EventActorKind.SYSTEM;
  }
}

/**
 * A reason text the machine keys may read: only what the intake key (CCW) sent itself. A rep's, a
 * partner's or a customer's own words stay in the audit trail (docs/integrators.md, "Security rules").
 */
export function machineReason(actor: Pick<Actor, 'kind'> | { kind: string }, text: unknown): string | null {
  return actor.kind === 'API_KEY' && typeof text === 'string' && text ? text : null;
}
