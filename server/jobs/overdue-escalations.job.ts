import { EscalationKind } from '../escalations/escalation.entity.js';
import { overdue } from '../orders/order-predicates.js';
import { sweepOrders, type JobDependencies, type SweepOptions, type SweepResult } from './sweep.js';

import { OVERDUE_ESCALATIONS_JOB } from './job-names.js';

export { OVERDUE_ESCALATIONS_JOB };

export type OverdueEscalationsPayload = Record<string, never>;

/**
 * Opens the one OVERDUE_PROVISIONING escalation (and its notice to REPS_EMAIL) of every order that
 * is overdue now — the predicate of `overdueOrders` (`OrderService.overdue`): nobody has started setup,
 * the order is PLACED or AWAITING_SETUP, and the day after its requested start date has begun in its
 * time zone. Orders that already have an overdue escalation are not claimed again. Idempotency key:
 * the partial unique index `escalation_one_overdue_per_order` (one per order, ever), behind
 * `EscalationService.open`'s INSERT … ON CONFLICT DO NOTHING; the notice is keyed `rep-notice:<escalationId>`.
 *
 * Starting setup later does not close the escalation: a rep resolves it, or it auto-resolves with a
 * recorded reason when the order is set up (completeOrderSetup, in the wizard).
 */
export function runOverdueEscalations(deps: JobDependencies, options?: SweepOptions): Promise<SweepResult> {
  return sweepOrders(
    deps,
    {
      name: OVERDUE_ESCALATIONS_JOB,
      due: `${overdue.sql('?', 'o')}
        and not exists (select 1 from escalation e where e.order_id = o.id and e.kind = 'OVERDUE_PROVISIONING')`,
      orderBy: 'o.overdue_at, o.id',
      async handle(tx, order) {
        await deps.services.escalations.open(tx, order, EscalationKind.OVERDUE_PROVISIONING);
      },
    },
    options,
  );
}
