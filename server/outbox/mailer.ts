import nodemailer from 'nodemailer';

/** What the sender needs of a queued message (a row of `outbox_message`). */
export interface OutgoingEmail {
  id: string;
  messageKey: string;
  recipient: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends one message; rejects with the transport's error. */
export interface Mailer {
  send(message: OutgoingEmail): Promise<void>;
  close(): void;
}

/**
 * The message's `Message-ID`, derived from its outbox key: a resend after a crash carries the same
 * id, so a receiving system (or a person) can recognise the duplicate. `:` is not allowed in a
 * Message-ID's left part, so it becomes `.`.
 */
export function messageIdOf(messageKey: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'provisioning-hub.invalid';
  return `<${messageKey.replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/g, '.')}@${domain}>`;
}

/**
 * A pooled nodemailer transport over `SMTP_URL`. Pooling matters: a fresh connection per message
 * costs a greeting round trip (see docs/developers.md, "The stack, as measured"). Timeouts are bounded so a hung server
 * fails the attempt (a temporary failure, retried) well inside the delivery lease.
 */
export function createSmtpMailer(smtpUrl: string, from: string, options: { maxConnections?: number } = {}): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: options.maxConnections ?? 5,
    maxMessages: 1000,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  });
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: messageIdOf(message.messageKey, from),
        headers: { 'Content-Language': message.locale },
      });
    },
    close() {
      transport.close();
    },
  };
}

export type SendFailure = { permanent: boolean; reason: string };

/**
 * Whether a failed send can succeed later. The server's verdict decides when there is one: 5xx is
 * permanent (the recipient or message is refused), 4xx is temporary. Without a reply (connection
 * refused, reset, timeout, DNS) the server may come back: temporary. Authentication failures are
 * a configuration problem an operator fixes, so they are retried too, not blamed on the message.
 */
export function classifySendError(error: unknown): SendFailure {
  const e = error as { responseCode?: number; code?: string; message?: string; response?: string };
  const reason = [e.code, e.responseCode, e.response ?? e.message].filter((part) => part !== undefined && part !== '').join(' ') || String(error);
  const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600 && e.code !== 'EAUTH';
  return { permanent, reason: reason.slice(0, 1000) };
}

export const RETRY_BASE_MS = 30_000;
export const RETRY_MAX_MS = 60 * 60_000;

/** Exponential backoff after the n-th failed attempt: 30 s, 1 min, 2 min, … capped at an hour. */
export function retryDelay(attempts: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
}
