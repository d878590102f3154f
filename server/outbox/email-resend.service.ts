import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PasswordReset } from '../auth/password-reset.entity.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import { audit, scopeOf } from '../audit/audit.js';
import { userError, UserErrorCode } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { isUuid } from '../orders/order.service.js';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity.js';
import { sendAgain } from './outbox-states.js';

/**
 * "Send again" for an email the SMTP server refused for good (`FAILED`): the same message (same
 * key, so the same Message-ID downstream) goes back to `PENDING` with a fresh count of attempts, and
 * the sender is woken at once. Audited against the order, so it shows in the order's timeline.
 */
/**
 * An email that carries a link (Set up now, activation, password reset) is sent again only while its
 * link still works: once replaced, used or expired, the same email would hand out a dead link (a new
 * link is the order's "Resend link", the person's "new activation link", or a new reset request).
 */
async function assertLinkStillValid(em: EntityManager, message: OutboxMessage, now: Date): Promise<void> {
  const [kind, id] = message.messageKey.split(':', 2);
  const link =
    kind === 'setup-link' || kind === 'activation'
      ? await em.findOne(SetupLink, id)
      : kind === 'password-reset'
        ? await em.findOne(PasswordReset, id)
        : undefined;
  if (link === undefined) return;
  if (!link || link.revokedAt || link.usedAt || link.expiresAt <= now) {
    throw userError(
      UserErrorCode.INVALID_TRANSITION,
      'The link in this email no longer works (it was replaced, used or has expired); send a new link instead of this email',
      ['input', 'emailId'],
      { reason: 'LINK_NO_LONGER_VALID' },
    );
  }
}

export class EmailResendService {
  async resend(ctx: RequestContext, emailId: string): Promise<OutboxMessage> {
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const message = isUuid(emailId) ? await em.findOne(OutboxMessage, emailId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
      if (!message) throw userError(UserErrorCode.NOT_FOUND, 'No such email', ['input', 'emailId']);
      if (message.status !== OutboxStatus.FAILED) {
        throw userError(UserErrorCode.INVALID_TRANSITION, `Only an email that failed can be sent again; this one is ${message.status}`, ['input', 'emailId']);
      }
      await assertLinkStillValid(em, message, now);
      const before = { status: message.status, attempts: message.attempts, lastError: message.lastError ?? null };
      await sendAgain(em, message.id, now);
      await em.refresh(message);
      audit(scopeOf(ctx, em, now), {
        action: 'email.resent',
        targetType: 'EmailMessage',
        targetId: message.id,
        orderId: message.orderId,
        before,
        after: { status: message.status, template: message.template, recipient: message.recipient },
      });
      // The insert trigger wakes the sender on new messages; a message made due again needs the same call.
      await em.execute(`select pg_notify('outbox_message_pending', '')`);
      return message;
    });
  }
}
