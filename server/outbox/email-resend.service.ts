import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { userError, UserErrorCode } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { isUuid } from '../common/validation.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { sendAgain } from './outbox-states.js';
import { sendAgainFailed } from './send-again.js';

/**
 * Whether the link an email carries still works (Set up now, activation, password reset), by the
 * email's key: an email with a dead link is not sent again. Implemented above outbox/ (auth/email-links.ts),
 * where the token entities are.
 */
export type LinkInEmailCheck = (em: EntityManager, messageKey: string, now: Date) => Promise<boolean>;

/**
 * "Send again" for an email the SMTP server refused for good (`FAILED`), by the one rule
 * (`sendAgainFailed`): the same message (same key, so the same Message-ID downstream) goes back to
 * `PENDING` with a fresh count of attempts, and the sender is woken at once; an email whose link no
 * longer works is refused. Audited against the order, so it shows in the order's timeline.
 */
export class EmailResendService {
  constructor(private readonly linkStillWorks: LinkInEmailCheck) {}

  resend(ctx: RequestContext, emailId: string): Promise<OutboxMessage> {
    return sendAgainFailed<OutboxMessage>(ctx, {
      findLocked: (em) =>
        isUuid(emailId) ? em.findOne(OutboxMessage, emailId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : Promise.resolve(null),
      notFound: () => userError(UserErrorCode.NOT_FOUND, 'No such email', ['input', 'emailId']),
      notFailed: (message) =>
        userError(UserErrorCode.INVALID_TRANSITION, `Only an email that failed can be sent again; this one is ${message.status}`, ['input', 'emailId']),
      // A new link is the order's "Resend link", the person's "new activation link", or a new reset request.
      check: async (em, message, now) => {
        if (await this.linkStillWorks(em, message.messageKey, now)) return;
        throw userError(
          UserErrorCode.INVALID_TRANSITION,
          'The link in this email no longer works (it was replaced, used or has expired); send a new link instead of this email',
          ['input', 'emailId'],
          { reason: 'LINK_NO_LONGER_VALID' },
        );
      },
      before: (message) => ({ status: message.status, attempts: message.attempts, lastError: message.lastError ?? null }),
      reset: (em, message, now) => sendAgain(em, message.id, now),
      audit: {
        action: 'email.resent',
        targetType: 'EmailMessage',
        after: (message) => ({ status: message.status, template: message.template, recipient: message.recipient }),
      },
      // The insert trigger wakes the sender on new messages; a message made due again needs the same call.
      channel: 'outbox_message_pending',
    });
  }
}
