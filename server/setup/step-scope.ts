import type { AuditChange } from '../audit/audit.js';
import type { TxScope } from '../common/tx-scope.js';
import type { Order } from '../orders/order.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import type { SetupLink } from './setup-link.entity.js';
import type { SetupSession } from './setup-session.entity.js';

/** What a wizard step's work function gets: the transaction's scope, and everything locked and loaded in it. */
export interface StepScope extends TxScope {
  session: SetupSession;
  order: Order;
  link: SetupLink;
  /**
   * Audit rows written with the step's end (`endStep`, step-end.ts: one statement with the session's and order's
   * changes), before the step's own event. `audit(scope, …)` still works in a step; it costs a statement of its own.
   */
  endAudit: AuditChange[];
  /**
   * The order's subscription and its customer organization as the step left them, when it holds both (step 8, which
   * creates the subscription): the step's answer is built from them once the transaction has committed (`primeStepAnswer`).
   */
  held?: { subscription: Subscription; organization: Organization };
}
