import { EscalationKind } from '../escalations/escalation.entity.js';
import { overdue } from '../orders/order-predicates.js';
import { sweepOrders, type JobDependencies, type SweepOptions, type SweepResult } from './sweep.js';

import { OVERDUE_ESCALATIONS_JOB } from './job-names.js';

export { OVERDUE_ESCALATIONS_JOB };

export type OverdueEscalationsPayload = Record<string, never>;

/**
 * Opens an OVERDUE_PROVISIONING escalation (and its notice to REPS_EMAIL) for every order that is
 * overdue now — the predicate of `overdueOrders` (`OrderService.overdue`): nobody has started setup,
 * the order is PLACED or AWAITING_SETUP, and a full day has passed since its setup email was due — and
 * that has no overdue escalation yet, or whose last one a rep resolved at least `OVERDUE_AGAIN_AFTER`
 * (default 3 days) ago while still nobody started: a rep's resolution buys the partner that time, and
 * then the order comes back to the reps instead of sitting unseen until its link expires.
 * Idempotency: the partial unique index `escalation_one_open_per_order` (one open escalation per order,
 * any kind), behind `EscalationService.open`'s INSERT … ON CONFLICT DO NOTHING; the notice is keyed
 * `rep-notice:<escalationId>`.
 *
 * Starting setup later does not close the escalation: a rep resolves it, or it auto-resolves with a
 * recorded reason when the order is set up (completeOrderSetup, in the wizard).
 */
export function runOverdueEscalations(deps: JobDependencies, options?: SweepOptions): Promise<SweepResult> {
  const againMs = Math.round(deps.config.overdueAgainAfterMs);
  return sweepOrders(
    deps,
    {
      name: OVERDUE_ESCALATIONS_JOB,
      due: `${overdue.sql('?', 'o')}
        and not exists (select 1 from escalation e where e.order_id = o.id and e.kind = 'OVERDUE_PROVISIONING'
                         and (e.status <> 'RESOLVED' or e.resolved_at > ?::timestamptz - ${againMs} * interval '1 millisecond'))`,
      orderBy: 'o.overdue_at, o.id',
      async handle(tx, order) {
        await deps.services.escalations.open(tx, order, EscalationKind.OVERDUE_PROVISIONING);
      },
    },
    options,
  );
}
