import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { audit } from '../audit/audit.js';
import { type TxScope } from '../common/tx-scope.js';
import type { Config } from '../common/config.js';
import { generateToken, hashToken } from '../common/tokens.js';
import { executeInTransaction } from '../db/prepared.js';
import type { Row } from '../db/plain-rows.js';
import { Order } from '../orders/order.entity.js';
import type { OrderLifecycle } from '../orders/order-lifecycle.js';
import { OrderStatus } from '../orders/order-status.js';
import { Offer } from '../orders/service-line.js';
import type { User } from '../organizations/user.entity.js';
import { activationEmail, emailLanguage, enqueueEmail, enqueueEmails, formatDay, setupLinkEmail, setupReminderEmail } from '../outbox/emails.js';
import { LinkAudience, LinkKind, SetupStep } from './setup-enums.js';
import { revokeLinks, revokeSetupLinksTo } from './link-revocation.js';
import { SetupSession } from './setup-session.entity.js';
import { SetupLink } from './setup-link.entity.js';

const DAY = 24 * 60 * 60 * 1000;

/** A link not used to finish setup within 30 days of the email closes the order (7 for A-FLEX). */
export function linkLifetime(offer: Offer): number {
  return (offer === Offer.A_FLEX ? 7 : 30) * DAY;
}

export const ACTIVATION_LIFETIME = 7 * DAY;

export interface IssuedLink {
  link: SetupLink;
  /** The secret; it exists only in the email and in this return value. */
  token: string;
  url: string;
}

/**
 * Issues "Set up now" and activation links. The only place that creates links: the scheduler (on the
 * requested start date), intake and reps (resend, contact change), hand-overs and hold releases use it.
 * Always inside the caller's transaction, so link, revocations, order state, email and audit commit together.
 */
export class SetupLinkService {
  constructor(
    private readonly config: Config,
    private readonly lifecycle: OrderLifecycle,
  ) {}

  async issueSetupLink(
    tx: TxScope,
    order: Order,
    recipient: string,
    options: {
      audience?: LinkAudience;
      revokeAllOthers?: boolean;
      handedOverBy?: string;
      /** The new link expires no later than the order's current deadline (a link asked for from the expired-link page). */
      keepDeadline?: boolean;
      /** The reminder to finish a set-up order (its own email, `SETUP_REMINDER`). */
      reminder?: boolean;
    } = {},
  ): Promise<IssuedLink> {
    const { em, now } = tx;
    await em.lock(order, LockMode.PESSIMISTIC_WRITE);
    const active = await em.find(SetupLink, {
      order,
      kind: LinkKind.SETUP,
      revokedAt: null,
      usedAt: null,
      ...(options.revokeAllOthers ? {} : { recipientEmail: recipient }),
    });
    // A revoked link's wizard sessions end with it.
    await revokeLinks(tx, active);
    // The revocations must reach the database before the new link takes the recipient's slot
    // in the one-active-link-per-recipient unique index. With nothing revoked there is nothing to
    // order, and not flushing lets a sweep issuing many links insert them in a few batched statements.
    if (active.length) await em.flush();

    const token = generateToken('link');
    const link = em.create(SetupLink, {
      kind: LinkKind.SETUP,
      order,
      tokenHash: hashToken(token),
      recipientEmail: recipient,
      audience: options.audience ?? LinkAudience.PARTNER,
      expiresAt: new Date(
        Math.min(now.getTime() + linkLifetime(order.offer), options.keepDeadline && order.linkExpiresAt ? order.linkExpiresAt.getTime() : Infinity),
      ),
      createdAt: now,
    });
    em.persist(link);

    if (!order.linkSentAt) {
      // Overdue counts a full day from the first Set up now email, never less (an order placed after its
      // start date is not overdue minutes after its email); the sender moves it on when the email goes out.
      order.linkSentAt = now;
      order.overdueAt = new Date(Math.max(order.overdueAt.getTime(), now.getTime() + DAY));
    }
    order.linkExpiresAt = link.expiresAt;

    const url = `${this.config.portalUrl}/setup?token=${token}`;
    const language = emailLanguage(order.locale);
    const expiresOn = formatDay(link.expiresAt, language, order.timeZone);
    enqueueEmail(tx, {
      messageKey: `setup-link:${link.id}`,
      template: options.reminder ? 'SETUP_REMINDER' : 'SETUP_LINK',
      recipient,
      locale: language,
      orderId: order.id,
      ...(options.reminder
        ? setupReminderEmail(language, { ccwOrderNumber: order.ccwOrderNumber, customerName: order.customerName, url, expiresOn })
        : setupLinkEmail(language, {
            ccwOrderNumber: order.ccwOrderNumber,
            customerName: order.customerName,
            url,
            expiresOn,
            handedOverBy: options.handedOverBy,
          })),
    });
    // A new link puts a PLACED order (first email) or an ON_HOLD one (hold released) in AWAITING_SETUP.
    const waiting = order.status === OrderStatus.PLACED || order.status === OrderStatus.ON_HOLD;
    await this.lifecycle.transition(tx, order, waiting ? OrderStatus.AWAITING_SETUP : order.status, {
      action: 'setup_link.issued',
      orStay: !waiting,
      before: { revokedLinks: active.map((l) => l.id) },
      after: { linkId: link.id, recipient, audience: link.audience, expiresAt: link.expiresAt.toISOString() },
    });
    return { link, token, url };
  }

  /**
   * `issueSetupLink` for a batch of PLACED orders locked by the caller (the due-links sweep), each to
   * its provisioning contact, as partner links: the same links, revocations, order states, emails,
   * audit events and order events, written in one statement per table (`lifecycle.transitionBatch`
   * moves the orders). A refused transition refuses the batch; the caller's transaction rolls back.
   */
  async issueDueSetupLinks(tx: TxScope, orders: readonly Row<Order>[]): Promise<void> {
    if (!orders.length) return;
    const { em, now } = tx;
    const revoked = await revokeSetupLinksTo(
      tx,
      orders.map((order) => ({ orderId: order.id, recipient: order.provisioningContactEmail })),
    );
    const issued = orders.map((order) => {
      const token = generateToken('link');
      const language = emailLanguage(order.locale);
      const expiresAt = new Date(now.getTime() + linkLifetime(order.offer));
      const link = {
        id: randomUUID(),
        tokenHash: hashToken(token),
        recipient: order.provisioningContactEmail,
        audience: LinkAudience.PARTNER,
        expiresAt,
      };
      const url = `${this.config.portalUrl}/setup?token=${token}`;
      const email = {
        id: randomUUID(),
        messageKey: `setup-link:${link.id}`,
        template: 'SETUP_LINK',
        recipient: link.recipient,
        locale: language,
        orderId: order.id,
        ...setupLinkEmail(language, {
          ccwOrderNumber: order.ccwOrderNumber,
          customerName: order.customerName,
          url,
          expiresOn: formatDay(expiresAt, language, order.timeZone),
        }),
      };
      return { order, link, email };
    });
    await executeInTransaction(
      em,
      `insert into setup_link (id, kind, order_id, token_hash, recipient_email, audience, expires_at, created_at)
       select (l->>'id')::uuid, ?, (l->>'orderId')::uuid, l->>'tokenHash', l->>'recipient', l->>'audience', (l->>'expiresAt')::timestamptz, ?
       from jsonb_array_elements(?::jsonb) with ordinality as batch(l, n) order by n`,
      [LinkKind.SETUP, now, JSON.stringify(issued.map(({ order, link }) => ({ ...link, orderId: order.id })))],
    );
    await enqueueEmails(
      tx,
      issued.map(({ email }) => email),
    );
    await this.lifecycle.transitionBatch(
      tx,
      OrderStatus.AWAITING_SETUP,
      issued.map(({ order, link }) => ({
        order,
        linkExpiresAt: link.expiresAt,
        details: {
          action: 'setup_link.issued',
          before: { revokedLinks: revoked.get(order.id) ?? [] },
          after: { linkId: link.id, recipient: link.recipient, audience: link.audience, expiresAt: link.expiresAt.toISOString() },
        },
      })),
    );
  }

  /**
   * Who can finish an order past step 8: the recipient of the link whose session completed step 8
   * (their next session resumes the service setup). Null when no session completed it (a rep's act).
   */
  async finisherOf(em: TxScope['em'], order: Order): Promise<{ email: string; audience: LinkAudience } | null> {
    const sessions = await em.find(SetupSession, { order }, { populate: ['link'], orderBy: { createdAt: 'desc', id: 'desc' } });
    const done = sessions.find((s) => s.completedSteps.includes(SetupStep.REVIEW_ORDER));
    if (!done) return null;
    const link = done.link.getEntity();
    return { email: link.recipientEmail, audience: link.audience };
  }

  /**
   * The reminder to finish an order that is set up but not provisioned (`orders:remind-unfinished`): a
   * fresh link, by email, to whoever completed step 8. The idle spell counts as reminded either way.
   */
  async remindToFinish(tx: TxScope, order: Order): Promise<void> {
    const finisher = await this.finisherOf(tx.em, order);
    if (finisher) await this.issueSetupLink(tx, order, finisher.email, { audience: finisher.audience, reminder: true });
    order.remindedAt = tx.now;
  }

  async issueActivationLink(tx: TxScope, order: Order, user: User, organizationName: string): Promise<IssuedLink> {
    const { em, now } = tx;
    const token = generateToken('activation');
    const link = em.create(SetupLink, {
      kind: LinkKind.ACTIVATION,
      order,
      tokenHash: hashToken(token),
      recipientEmail: user.email,
      audience: LinkAudience.CUSTOMER,
      user,
      expiresAt: new Date(now.getTime() + ACTIVATION_LIFETIME),
      createdAt: now,
    });
    em.persist(link);
    const url = `${this.config.portalUrl}/activate?token=${token}`;
    const language = emailLanguage(order.locale);
    enqueueEmail(tx, {
      messageKey: `activation:${link.id}`,
      template: 'ACTIVATION',
      recipient: user.email,
      locale: language,
      orderId: order.id,
      ...activationEmail(language, { organizationName, url, expiresOn: formatDay(link.expiresAt, language, order.timeZone) }),
    });
    audit(tx, {
      action: 'activation_link.issued',
      targetType: 'User',
      targetId: user.id,
      orderId: order.id,
      after: { linkId: link.id, recipient: user.email },
    });
    return { link, token, url };
  }
}
