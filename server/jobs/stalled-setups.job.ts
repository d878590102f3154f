import { EscalationKind } from '../escalations/escalation.entity.js';
import { stalledSetup } from '../orders/order-predicates.js';
import { sweepOrders, type JobDependencies, type SweepOptions, type SweepResult } from './sweep.js';

import { STALLED_SETUPS_JOB } from './job-names.js';

export { STALLED_SETUPS_JOB };

/**
 * Opens a STALLED_SETUP escalation (and its notice to REPS_EMAIL, in REPS_LOCALE) for every order whose
 * setup was started and that nobody has acted on for `STALLED_SETUP_AFTER` (default 3 days) since its
 * last activity (`stalledSetup` in order-predicates.ts): SETUP_IN_PROGRESS, HANDED_OVER, or SET_UP
 * and reminded (`orders:remind-unfinished`) in this idle spell. Not again for the same idle spell: an
 * order with an open STALLED_SETUP, or one opened since its last activity (a rep resolved it and
 * nothing happened since), is not claimed. An open escalation of another kind (overdue) is superseded
 * by this one (one open escalation per order: `escalation_one_open_per_order`). A rep resolves it, or
 * it resolves itself when the order is set up or provisioned.
 */
export function runStalledSetups(deps: JobDependencies, options?: SweepOptions): Promise<SweepResult> {
  const afterMs = Math.round(deps.config.stalledSetupAfterMs);
  return sweepOrders(
    deps,
    {
      name: STALLED_SETUPS_JOB,
      due: `${stalledSetup.sql(`(?::timestamptz - ${afterMs} * interval '1 millisecond')`, 'o')}
        and not exists (select 1 from escalation e where e.order_id = o.id and e.kind = 'STALLED_SETUP'
                         and (e.status <> 'RESOLVED' or e.created_at >= coalesce(o.activity_at, o.setup_started_at)))`,
      orderBy: 'o.activity_at, o.id',
      async handle(tx, order) {
        await deps.services.escalations.open(tx, order, EscalationKind.STALLED_SETUP);
      },
    },
    options,
  );
}
