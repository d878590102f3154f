import { sweepOrders, type JobDependencies, type SweepOptions, type SweepResult } from './sweep.js';
import { SUBSCRIPTION_CHANGES_JOB } from './job-names.js';

export { SUBSCRIPTION_CHANGES_JOB };

/**
 * Applies the subscriptions' scheduled changes (a cancellation, new quantities: `effectiveDate` in
 * the future, #26) once their `effectiveAt` has come, as SYSTEM: each audited and a
 * `SUBSCRIPTION_CHANGED` event, like the change made at once. Claims the orders that have a due change
 * (`FOR UPDATE SKIP LOCKED`, so it never races a request changing the same subscription, which locks
 * the order first). Idempotent by the change's status: an applied change no longer matches.
 */
export function runSubscriptionChanges(deps: JobDependencies, options?: SweepOptions): Promise<SweepResult> {
  return sweepOrders(
    deps,
    {
      name: SUBSCRIPTION_CHANGES_JOB,
      due: `exists (select 1 from subscription_change c where c.order_id = o.id and c.status = 'SCHEDULED' and c.effective_at <= ?)`,
      orderBy: 'o.id',
      async handle(tx, order) {
        await deps.services.subscriptionLifecycle.applyDue(tx, order);
      },
    },
    options,
  );
}
