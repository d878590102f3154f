import { audit, SYSTEM_ACTOR } from '../audit/audit.js';
import { assertTransition, OrderStatus } from '../orders/order-status.js';
import { LinkKind } from '../setup/setup-enums.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import { SetupSession } from '../setup/setup-session.entity.js';
import { sweepOrders, type JobDependencies, type SweepOptions, type SweepResult } from './sweep.js';

export const LINK_EXPIRY_JOB = 'setup-links:expire';

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
      due: `o.status in ('AWAITING_SETUP', 'SETUP_IN_PROGRESS', 'HANDED_OVER') and o.link_expires_at <= ?`,
      orderBy: 'o.link_expires_at, o.id',
      async handle(em, now, order) {
        const before = order.status;
        assertTransition(before, OrderStatus.EXPIRED);
        order.status = OrderStatus.EXPIRED;
        order.updatedAt = now;
        const links = await em.find(SetupLink, { order, kind: LinkKind.SETUP, revokedAt: null, usedAt: null });
        for (const link of links) link.revokedAt = now;
        const sessions = await em.find(SetupSession, { order, revokedAt: null });
        for (const session of sessions) session.revokedAt = now;
        audit(em, SYSTEM_ACTOR, now, {
          action: 'order.expired',
          targetType: 'Order',
          targetId: order.id,
          orderId: order.id,
          before: { status: before, linkExpiresAt: order.linkExpiresAt?.toISOString() },
          after: { status: order.status, revokedLinks: links.map((l) => l.id), revokedSessions: sessions.map((s) => s.id) },
        });
      },
    },
    options,
  );
}
