import { EscalationKind } from '../escalations/escalation.entity.js';
import { stalledSetup } from '../orders/order-predicates.js';
import { sweepOrders, type JobDependencies, type SweepOptions, type SweepResult } from './sweep.js';

import { STALLED_SETUPS_JOB } from './job-names.js';

export { STALLED_SETUPS_JOB };

/**
 * Opens the one STALLED_SETUP escalation (and its notice to REPS_EMAIL, in REPS_LOCALE) of every order
 * whose setup was started but that is not set up `STALLED_SETUP_AFTER` (default 3 days) after its
 * requested start date began, in its time zone (`stalledSetup` in order-predicates.ts): SETUP_IN_PROGRESS
 * or HANDED_OVER. Idempotency key: the partial unique index `escalation_one_stalled_setup_per_order`
 * (one per order, ever) behind `openEscalation`'s INSERT … ON CONFLICT DO NOTHING; the notice is keyed
 * `rep-notice:<escalationId>`. A rep resolves it, or it resolves itself when the order is set up.
 */
export function runStalledSetups(deps: JobDependencies, options?: SweepOptions): Promise<SweepResult> {
  const afterMs = Math.round(deps.config.stalledSetupAfterMs);
  return sweepOrders(
    deps,
    {
      name: STALLED_SETUPS_JOB,
      due: `${stalledSetup.sql(`(?::timestamptz - ${afterMs} * interval '1 millisecond')`, 'o')}
        and not exists (select 1 from escalation e where e.order_id = o.id and e.kind = 'STALLED_SETUP')`,
      orderBy: 'o.requested_start_date, o.id',
      async handle(tx, order) {
        await deps.services.escalations.open(tx, order, EscalationKind.STALLED_SETUP);
      },
    },
    options,
  );
}
