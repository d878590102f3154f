import { setupReminder } from '../orders/order-predicates.js';
import { sweepOrders, type JobDependencies, type SweepOptions, type SweepResult } from './sweep.js';

import { SETUP_REMINDERS_JOB } from './job-names.js';

export { SETUP_REMINDERS_JOB };

/**
 * Reminds whoever can finish an order that is set up (past step 8) but not provisioned, once per idle
 * spell of `SETUP_REMINDER_AFTER` (default 1 day; `setupReminder` in order-predicates.ts): a fresh Set
 * up now link by email to the person who completed step 8, which brings them back to the service setup
 * with the settings already saved, without a password. Idempotency: `reminded_at` is set in the same
 * transaction, on a row claimed with SKIP LOCKED; the email is keyed by its new link. If the order is
 * still idle `STALLED_SETUP_AFTER` after its last activity, `orders:escalate-stalled` tells the reps.
 */
export function runSetupReminders(deps: JobDependencies, options?: SweepOptions): Promise<SweepResult> {
  const afterMs = Math.round(deps.config.setupReminderAfterMs);
  return sweepOrders(
    deps,
    {
      name: SETUP_REMINDERS_JOB,
      due: setupReminder.sql(`(?::timestamptz - ${afterMs} * interval '1 millisecond')`, 'o'),
      orderBy: 'o.activity_at, o.id',
      async handle(tx, order) {
        await deps.services.links.remindToFinish(tx, order);
      },
    },
    options,
  );
}
