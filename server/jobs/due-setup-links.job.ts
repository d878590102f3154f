import { statusIn } from '../orders/order-predicates.js';
import { OrderStatus } from '../orders/order-status.js';
import { sweepOrders, type JobDependencies, type SweepOptions, type SweepResult } from './sweep.js';

import { DUE_SETUP_LINKS_JOB } from './job-names.js';

export { DUE_SETUP_LINKS_JOB };

/** Recurring; no payload: it looks for what is due. */
export type DueSetupLinksPayload = Record<string, never>;

/**
 * Sends the Set up now link of every order whose requested start date has begun (its `setupDueAt`,
 * the configured local hour of that date in the order's time zone) to its current provisioning
 * contact. Idempotent by the order's status: the link is issued in the transaction that moves the
 * order out of PLACED, on a row claimed with SKIP LOCKED, so however many workers run, an order gets
 * one link and one email (`setup-link:<linkId>` in the outbox). Orders placed on or after their date
 * never wait for this sweep: `OrderService.place` issues their link in the placing transaction.
 * A batch is handled at once (`issueDueSetupLinks`: one statement per table, one transaction), so
 * the sweep keeps up with email delivery; a failed batch is retried order by order.
 */
export function runDueSetupLinks(deps: JobDependencies, options?: SweepOptions): Promise<SweepResult> {
  return sweepOrders(
    deps,
    {
      name: DUE_SETUP_LINKS_JOB,
      due: `${statusIn.sql([OrderStatus.PLACED], 'o')} and o.setup_due_at <= ?`,
      orderBy: 'o.setup_due_at, o.id',
      async handleBatch(tx, orders) {
        await deps.services.links.issueDueSetupLinks(tx, orders);
      },
    },
    options,
  );
}
