import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, ConfigError } from '../server/common/config.js';
import { createSmtpMailer } from '../server/outbox/mailer.js';
import {
  activationEmail,
  escalationAssignedEmail,
  orderCancelledEmail,
  passwordResetEmail,
  repNoticeEmail,
  setupLinkEmail,
  setupReminderEmail,
  subscriptionChangedEmail,
  customerTransferredEmail,
  webhookPausedEmail,
  type EmailContent,
  type EmailLanguage,
} from '../server/outbox/emails.js';
import { SmtpSink } from './support/smtp-sink.js';

/**
 * Every email in every language, word for word, in test/golden/emails/ (subject and text in
 * `<name>.<lang>.txt`, the HTML part in `<name>.<lang>.html`): a change of wording shows up in
 * review as a diff of those files. After changing a template on purpose, regenerate them with
 * `UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest test/email-golden.test.ts`.
 */

const GOLDEN = 'test/golden/emails';
const LANGUAGES: EmailLanguage[] = ['en', 'it'];
const URL_BASE = 'https://hub.example/portal';

const EMAILS: Record<string, (language: EmailLanguage) => EmailContent> = {
  'setup-link': (l) =>
    setupLinkEmail(l, {
      ccwOrderNumber: 'CCW-1001',
      customerName: 'Studio Legale Verdi',
      url: `${URL_BASE}/setup?token=phs_EXAMPLE`,
      expiresOn: l === 'it' ? '8 dicembre 2026' : '8 December 2026',
    }),
  'setup-link-handed-over': (l) =>
    setupLinkEmail(l, {
      ccwOrderNumber: 'CCW-1001',
      customerName: 'Studio Legale Verdi',
      url: `${URL_BASE}/setup?token=phs_EXAMPLE`,
      expiresOn: l === 'it' ? '8 dicembre 2026' : '8 December 2026',
      handedOverBy: 'anna.ferri@rossi-networks.example',
    }),
  activation: (l) =>
    activationEmail(l, {
      organizationName: 'Studio Legale Verdi',
      url: `${URL_BASE}/activate?token=pha_EXAMPLE`,
      expiresOn: l === 'it' ? '8 dicembre 2026' : '8 December 2026',
    }),
  'setup-reminder': (l) =>
    setupReminderEmail(l, {
      ccwOrderNumber: 'CCW-1001',
      customerName: 'Studio Legale Verdi',
      url: `${URL_BASE}/setup?token=phs_EXAMPLE`,
      expiresOn: l === 'it' ? '8 dicembre 2026' : '8 December 2026',
    }),
  'order-cancelled': (l) => orderCancelledEmail(l, { ccwOrderNumber: 'CCW-1001', customerName: 'Studio Legale Verdi' }),
  'subscription-suspended': (l) =>
    subscriptionChangedEmail(l, {
      change: 'SUSPENDED',
      ccwOrderNumber: 'CCW-1001',
      customerName: 'Studio Legale Verdi',
      effectiveOn: l === 'it' ? '8 dicembre 2026' : '8 December 2026',
    }),
  'subscription-cancelled': (l) =>
    subscriptionChangedEmail(l, {
      change: 'CANCELLED',
      ccwOrderNumber: 'CCW-1001',
      customerName: 'Studio Legale Verdi',
      effectiveOn: l === 'it' ? '31 dicembre 2026' : '31 December 2026',
    }),
  'customer-transferred-in': (l) =>
    customerTransferredEmail(l, {
      direction: 'IN',
      customerName: 'Studio Legale Verdi',
      partnerName: 'Bianchi Telecom',
      subscriptionCount: 2,
      effectiveOn: l === 'it' ? '8 dicembre 2026' : '8 December 2026',
    }),
  'customer-transferred-out': (l) =>
    customerTransferredEmail(l, {
      direction: 'OUT',
      customerName: 'Studio Legale Verdi',
      partnerName: 'Rossi Networks',
      subscriptionCount: 1,
      effectiveOn: l === 'it' ? '8 dicembre 2026' : '8 December 2026',
    }),
  'escalation-assigned': (l) =>
    escalationAssignedEmail(l, {
      ccwOrderNumber: 'CCW-1001',
      kind: 'OVERDUE_PROVISIONING',
      partnerName: 'Rossi Networks',
      customerName: 'Studio Legale Verdi',
      assignedBy: 'Lucia Verdi',
      consoleUrl: 'https://hub.example/admin/#/escalations/ID/show',
    }),
  'webhook-paused': (l) =>
    webhookPausedEmail(l, {
      subscriptionId: '3f0c2b1e-0000-4000-8000-000000000001',
      url: 'https://hooks.example.com/provisioning',
      description: 'ERP sync',
      failures: 3,
      lastError: 'HTTP 500',
      consoleUrl: 'https://hub.example/admin/#/webhooks/3f0c2b1e-0000-4000-8000-000000000001/show',
    }),
  'password-reset': (l) => passwordResetEmail(l, { url: `${URL_BASE}/reset-password?token=phr_EXAMPLE`, validMinutes: 60 }),
  ...Object.fromEntries(
    ['OVERDUE_PROVISIONING', 'UNRECOGNIZED_PARTNER_ORGANIZATION', 'UNRECOGNIZED_CUSTOMER_ORGANIZATION', 'STALLED_SETUP'].map((kind) => [
      `rep-notice-${kind.toLowerCase().replace(/_/g, '-')}`,
      (l: EmailLanguage) =>
        repNoticeEmail(l, {
          ccwOrderNumber: 'CCW-1001',
          kind,
          partnerName: 'Rossi Networks',
          customerName: 'Studio Legale Verdi',
          consoleUrl: 'https://hub.example/admin/#/escalations/ID/show',
        }),
    ]),
  ),
};

const CASES = Object.keys(EMAILS).flatMap((name) => LANGUAGES.map((language) => [name, language] as const));

function golden(file: string, actual: string): void {
  const full = path.join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(full, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(full, 'utf8');
  } catch {
    throw new Error(`${full} is missing: run with UPDATE_GOLDEN=1 to write it, and review it`);
  }
  expect(actual).toBe(expected);
}

describe('emails, word for word', () => {
  it.each(CASES)('%s in %s reads as its golden file', (name, language) => {
    const email = EMAILS[name](language);
    golden(`${name}.${language}.txt`, `Subject: ${email.subject}\n\n${email.text}`);
    golden(`${name}.${language}.html`, email.html);
  });

  it('the Italian setup email never calls the partner "cliente" in its greeting', () => {
    for (const name of ['setup-link', 'setup-link-handed-over']) {
      const { text } = EMAILS[name]('it');
      expect(text.split('\n')[0]).toBe('Buongiorno,');
      expect(text).not.toMatch(/gentile cliente/i);
    }
  });

  it.each(CASES)('%s in %s has an HTML part that names its language and charset', (name, language) => {
    const { html, text } = EMAILS[name](language);
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${language}">\\n<head><meta charset="utf-8">`));
    expect(text.length).toBeGreaterThan(0);
  });
});

describe('emails as delivered', () => {
  let sink: SmtpSink;
  beforeAll(async () => (sink = await SmtpSink.start()));
  afterAll(() => sink.stop());

  it('go out as multipart/alternative with a UTF-8 text part and a UTF-8 HTML part, and Content-Language', async () => {
    const mailer = createSmtpMailer(sink.url, 'Provisioning Hub <no-reply@hub.example>');
    try {
      const email = EMAILS['password-reset']('it');
      await mailer.send({ id: 'x', messageKey: 'password-reset:golden', recipient: 'persona@example.com', locale: 'it', ...email });
      const [received] = await sink.waitFor(1);
      expect(received.header('content-type')).toMatch(/^multipart\/alternative;/);
      expect(received.raw).toMatch(/Content-Type: text\/plain; charset=utf-8/);
      expect(received.raw).toMatch(/Content-Type: text\/html; charset=utf-8/);
      expect(received.contentLanguage).toBe('it');
      expect(received.html).toContain('<html lang="it">');
      expect(received.text).toContain('Scegli una nuova password: https://hub.example/portal/reset-password?token=phr_EXAMPLE');
    } finally {
      mailer.close();
    }
  });
});

describe('REPS_LOCALE', () => {
  it('is English unless set, Italian when set to it, and refused when it names a language we do not write', () => {
    expect(loadConfig({}).repsLocale).toBe('en');
    expect(loadConfig({ REPS_LOCALE: 'it' }).repsLocale).toBe('it');
    expect(() => loadConfig({ REPS_LOCALE: 'fr' })).toThrow(ConfigError);
  });
});
