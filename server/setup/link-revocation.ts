import type { TxScope } from '../common/tx-scope.js';
import { executeInTransaction } from '../db/prepared.js';
import type { OrderTransitioned } from '../orders/order-transitioned.js';
import { OrderStatus } from '../orders/order-status.js';
import { emailLanguage, enqueueEmail, orderCancelledEmail } from '../outbox/emails.js';
import { LinkKind } from './setup-enums.js';
import { SetupLink } from './setup-link.entity.js';
import { SetupSession } from './setup-session.entity.js';

/**
 * Revokes links and ends every wizard session opened from them: a revoked link's session answers
 * SESSION_EXPIRED at its next step. Resends, contact changes, hand-overs, take-backs, expiry and
 * cancellation all revoke through here. Returns the sessions ended.
 */
export async function revokeLinks(tx: TxScope, links: readonly SetupLink[]): Promise<SetupSession[]> {
  if (!links.length) return [];
  for (const link of links) link.revokedAt = tx.now;
  const sessions = await tx.em.find(SetupSession, { link: { $in: links.map((l) => l.id) }, revokedAt: null });
  for (const session of sessions) session.revokedAt = tx.now;
  return sessions;
}

/**
 * Revokes, in one statement, the active setup links of each (order, recipient) pair and ends their
 * wizard sessions (`revokeLinks` for a batch). Returns the revoked links' ids by order.
 */
export async function revokeSetupLinksTo(tx: TxScope, pairs: readonly { orderId: string; recipient: string }[]): Promise<Map<string, string[]>> {
  const revoked = new Map<string, string[]>();
  if (!pairs.length) return revoked;
  const rows = await executeInTransaction<{ id: string; order_id: string }>(
    tx.em,
    `with wanted as (
       select (p->>'orderId')::uuid as order_id, p->>'recipient' as recipient from jsonb_array_elements(?::jsonb) as batch(p)
     ), links as (
       update setup_link l set revoked_at = ? from wanted w
       where l.order_id = w.order_id and l.recipient_email = w.recipient and l.kind = ? and l.revoked_at is null and l.used_at is null
       returning l.id, l.order_id
     ), sessions as (
       update setup_session s set revoked_at = ? from links where s.link_id = links.id and s.revoked_at is null
     )
     select id, order_id from links order by id`,
    [JSON.stringify(pairs), tx.now, LinkKind.SETUP, tx.now],
  );
  for (const row of rows) revoked.set(row.order_id, [...(revoked.get(row.order_id) ?? []), row.id]);
  return revoked;
}

/**
 * `OrderTransitioned` (stage `effects`): an expired or cancelled order's open links are revoked and
 * their sessions end (named in the transition's audit event); on a cancellation, whoever holds a Set up
 * now link is told, rather than finding a dead link (#22).
 */
export async function revokeLinksOfClosedOrder(tx: TxScope, { order, to, effects }: OrderTransitioned): Promise<void> {
  if (to !== OrderStatus.EXPIRED && to !== OrderStatus.CANCELLED) return;
  const links = await tx.em.find(SetupLink, { order, revokedAt: null, usedAt: null });
  const sessions = await revokeLinks(tx, links);
  effects.revokedLinks = links.map((l) => l.id);
  effects.revokedSessions = sessions.map((s) => s.id);
  if (to !== OrderStatus.CANCELLED) return;
  const language = emailLanguage(order.locale);
  for (const recipient of new Set(links.filter((l) => l.kind === LinkKind.SETUP).map((l) => l.recipientEmail))) {
    enqueueEmail(tx, {
      messageKey: `order-cancelled:${order.id}:${recipient}`,
      template: 'ORDER_CANCELLED',
      recipient,
      locale: language,
      orderId: order.id,
      ...orderCancelledEmail(language, { ccwOrderNumber: order.ccwOrderNumber, customerName: order.customerName }),
    });
  }
}
