import { LockMode } from '@mikro-orm/core';
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
export class EmailResendService {
  async resend(ctx: RequestContext, emailId: string): Promise<OutboxMessage> {
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const message = isUuid(emailId) ? await em.findOne(OutboxMessage, emailId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
      if (!message) throw userError(UserErrorCode.NOT_FOUND, 'No such email', ['input', 'emailId']);
      if (message.status !== OutboxStatus.FAILED) {
        throw userError(UserErrorCode.INVALID_TRANSITION, `Only an email that failed can be sent again; this one is ${message.status}`, ['input', 'emailId']);
      }
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
