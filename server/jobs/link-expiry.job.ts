import { LINK_OUT, statusIn } from '../orders/order-predicates.js';
import { OrderStatus } from '../orders/order-status.js';
import { sweepOrders, type JobDependencies, type SweepOptions, type SweepResult } from './sweep.js';

import { LINK_EXPIRY_JOB } from './job-names.js';

export { LINK_EXPIRY_JOB };

export type LinkExpiryPayload = Record<string, never>;

/**
 * Closes orders whose Set up now link was not used to finish setup in time (`linkExpiresAt`: 30 days
 * after the latest email, 7 for A-FLEX — see `linkLifetime`): the order becomes EXPIRED, its active
 * links and wizard sessions are revoked (the link then answers TOKEN_EXPIRED), and the change is
 * audited. Idempotent by the order's status: an EXPIRED order no longer matches.
 */
export function runLinkExpiry(deps: JobDependencies, options?: SweepOptions): Promise<SweepResult> {
  return sweepOrders(
    deps,
    {
      name: LINK_EXPIRY_JOB,
      due: `${statusIn.sql(LINK_OUT, 'o')} and o.link_expires_at <= ?`,
      orderBy: 'o.link_expires_at, o.id',
      async handle(tx, order) {
        // Links and wizard sessions are revoked by the transition itself.
        await deps.services.lifecycle.transition(tx, order, OrderStatus.EXPIRED, {
          action: 'order.expired',
          before: { linkExpiresAt: order.linkExpiresAt?.toISOString() },
        });
      },
    },
    options,
  );
}
