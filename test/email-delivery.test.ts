import { hashToken } from '../server/common/tokens.js';
import { Order } from '../server/orders/order.entity.js';
import { OutboxSender } from '../server/jobs/outbox-sender.js';
import { runOutboxDelivery } from '../server/jobs/outbox-delivery.job.js';
import { createSmtpMailer, type Mailer } from '../server/outbox/mailer.js';
import { OutboxMessage, OutboxStatus } from '../server/outbox/outbox-message.entity.js';
import { SetupLink } from '../server/setup/setup-link.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, unique } from './support/factories.js';
import { capturingLogger, jobDependencies, placeOrder, queueEmails } from './support/scheduling.js';
import { SmtpSink } from './support/smtp-sink.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';

const NOW = '2026-12-03T09:00:00.000Z';

let app: TestApp;
let sink: SmtpSink;
let mailer: Mailer;
let intakeKey: string;

beforeAll(async () => {
  app = await startTestApp({ now: NOW });
  sink = await SmtpSink.start();
  mailer = createSmtpMailer(sink.url, app.config.emailFrom);
  intakeKey = await createApiKey(app.em(), ['orders:write']);
});
afterAll(async () => {
  mailer.close();
  await sink.stop();
  await app.stop();
});
beforeEach(() => {
  app.clock.set(NOW);
  sink.rejectRecipient = undefined;
});

const deliver = (options: Parameters<typeof runOutboxDelivery>[2] = {}, config = {}) => runOutboxDelivery(jobDependencies(app, { config }), mailer, options);
const outboxOf = (recipient: string) => app.em().find(OutboxMessage, { recipient }, { orderBy: { createdAt: 'asc', id: 'asc' } });

describe('email delivery', () => {
  it('delivers a queued setup email once, with a Message-ID derived from its key, Content-Language, a text and an HTML part', async () => {
    const contact = `${unique('contact')}@rossi.example`;
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-01', provisioningContactEmail: contact, locale: 'en' });
    const [queued] = await outboxOf(contact);

    await deliver();
    await deliver();

    const received = sink.to(contact);
    expect(received).toHaveLength(1);
    const link = await app.em().findOneOrFail(SetupLink, { order: order.id });
    expect(queued.messageKey).toBe(`setup-link:${link.id}`);
    expect(received[0].messageId).toBe(`<setup-link.${link.id}@portal.test>`);
    expect(received[0].contentLanguage).toBe('en');
    expect(received[0].header('from')).toBe('Provisioning Hub <no-reply@portal.test>');
    expect(received[0].text).toContain('Set up now: http://portal.test/portal/setup?token=phs_');
    expect(received[0].html).toContain('href="http://portal.test/portal/setup?token=phs_');
    const [stored] = await outboxOf(contact);
    expect(stored).toMatchObject({ status: OutboxStatus.SENT, attempts: 1, lastError: null, sentAt: new Date(NOW) });
  });

  it('writes the setup email in Italian for an Italian order, with its Set up now link in both parts', async () => {
    const contact = `${unique('it')}@rossi.example`;
    const order = await placeOrder(app, intakeKey, {
      requestedStartDate: '2026-12-01',
      provisioningContactEmail: contact,
      locale: 'it-IT',
      ccwOrderNumber: unique('CCW-IT-'),
    });
    await deliver();

    const [email] = sink.to(contact);
    const { ccwOrderNumber } = await app.em().findOneOrFail(Order, order.id);
    expect(email.subject).toBe(`Configura il tuo ordine Webex ${ccwOrderNumber}`);
    expect(email.contentLanguage).toBe('it');
    expect(email.text).toContain(`l'ordine Webex ${ccwOrderNumber} per Acme Italia S.p.A. è pronto per il provisioning.`);
    expect(email.text).toContain('Scadenza del collegamento: 2 gennaio 2027.');
    const token = /Imposta ora: http:\/\/portal\.test\/portal\/setup\?token=(phs_[A-Za-z0-9_-]{43})\n/.exec(email.text)?.[1];
    expect(token).toBeDefined();
    expect(email.html).toContain(`>Imposta ora</a>`);
    expect(email.html).toContain(`href="http://portal.test/portal/setup?token=${token}"`);
    const link = await app.em().findOneOrFail(SetupLink, { order: order.id });
    expect(link.tokenHash).toBe(hashToken(token!));
  });

  it('writes the setup email in English for an English order, and for a language we do not write in', async () => {
    const english = `${unique('en')}@rossi.example`;
    const german = `${unique('de')}@rossi.example`;
    await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-01', provisioningContactEmail: english, locale: 'en-US', ccwOrderNumber: 'CCW-EN-1' });
    await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-01', provisioningContactEmail: german, locale: 'de', ccwOrderNumber: 'CCW-DE-1' });
    await deliver();

    const [en] = sink.to(english);
    const [de] = sink.to(german);
    expect(en.subject).toBe('Set up your Webex order CCW-EN-1');
    expect(de.subject).toBe('Set up your Webex order CCW-DE-1');
    expect([en.contentLanguage, de.contentLanguage]).toEqual(['en', 'en']);
    expect(en.text).toContain('Webex order CCW-EN-1 for Acme Italia S.p.A. is ready to be provisioned.');
    expect(en.text).toContain('The link works until 2 January 2027.');
    expect(en.text).toMatch(/Set up now: http:\/\/portal\.test\/portal\/setup\?token=phs_[A-Za-z0-9_-]{43}\n/);
    expect(en.html).toMatch(/<a href="http:\/\/portal\.test\/portal\/setup\?token=phs_[A-Za-z0-9_-]{43}"[^>]*>Set up now<\/a>/);
  });

  it('keeps messages while the SMTP server is down and delivers each exactly once when it is back', async () => {
    const recipient = `${unique('outage')}@example.com`;
    await queueEmails(app, 25, recipient);
    await sink.down();

    const whileDown = await deliver({ batchSize: 10 });
    // One batch tried and rescheduled; the sender stops there instead of hammering a dead server.
    expect(whileDown).toEqual({ sent: 0, retrying: 10, failed: 0 });
    const rows = await outboxOf(recipient);
    const tried = rows.filter((r) => r.attempts === 1);
    expect(tried).toHaveLength(10);
    for (const row of tried) {
      expect(row.status).toBe(OutboxStatus.PENDING);
      expect(row.nextAttemptAt).toEqual(new Date(Date.parse(NOW) + 30_000));
      expect(row.lastError).toMatch(/ECONNECTION|ECONNREFUSED|ESOCKET/);
    }
    // Not due again before the backoff has passed: only the untried ones are attempted.
    app.clock.advance(29_999);
    expect(await deliver({ batchSize: 10 })).toEqual({ sent: 0, retrying: 10, failed: 0 });

    await sink.up();
    app.clock.advance(60_000);
    expect(await deliver({ batchSize: 10 })).toEqual({ sent: 25, retrying: 0, failed: 0 });
    expect(await deliver({ batchSize: 10 })).toEqual({ sent: 0, retrying: 0, failed: 0 });

    const received = sink.to(recipient);
    expect(received).toHaveLength(25);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(25);
    expect((await outboxOf(recipient)).every((r) => r.status === OutboxStatus.SENT)).toBe(true);
  });

  it('retries a temporary 4xx refusal with exponential backoff and marks it FAILED after EMAIL_MAX_ATTEMPTS', async () => {
    const recipient = `${unique('busy')}@example.com`;
    sink.rejectRecipient = (address) => (address === recipient ? { code: 451, message: 'Mailbox busy, try later' } : undefined);
    await queueEmails(app, 1, recipient);
    const config = { emailMaxAttempts: 3 };

    expect(await deliver({}, config)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let [row] = await outboxOf(recipient);
    expect(row).toMatchObject({ status: OutboxStatus.PENDING, attempts: 1, nextAttemptAt: new Date(Date.parse(NOW) + 30_000) });

    app.clock.advance(30_000);
    expect(await deliver({}, config)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    [row] = await outboxOf(recipient);
    expect(row).toMatchObject({ status: OutboxStatus.PENDING, attempts: 2, nextAttemptAt: new Date(Date.parse(NOW) + 30_000 + 60_000) });

    app.clock.advance(60_000);
    expect(await deliver({}, config)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    [row] = await outboxOf(recipient);
    expect(row.status).toBe(OutboxStatus.FAILED);
    expect(row.attempts).toBe(3);
    expect(row.lastError).toContain('451');
    expect(row.lastError).toContain('Mailbox busy, try later');
    expect(sink.to(recipient)).toHaveLength(0);
  });

  it('marks a message FAILED at once on a permanent 5xx refusal, and reps (only) see it among failed emails', async () => {
    const recipient = `${unique('gone')}@example.com`;
    sink.rejectRecipient = (address) => (address === recipient ? { code: 550, message: 'No such user' } : undefined);
    const [queued] = await queueEmails(app, 1, recipient);

    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 1 });

    const rep = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
    const query = /* GraphQL */ `
      query Failed {
        emailMessages(first: 100, filter: { status: [FAILED] }) {
          totalCount
          edges {
            node {
              id
              recipient
              status
              attempts
              lastError
              template
            }
          }
        }
      }
    `;
    const { data } = await app.gql(query, {}, rep);
    const failed = data.emailMessages.edges.map((e: any) => e.node);
    expect(failed).toContainEqual({ id: queued.id, recipient, status: 'FAILED', attempts: 1, lastError: expect.stringContaining('550'), template: 'TEST' });

    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: 'PA-1001' });
    const partnerLogin = await loginToken(app.em(), { user: await createUser(app.em(), partner) }, app.clock.now());
    for (const token of [intakeKey, partnerLogin]) {
      const refused = await app.gql(query, {}, token);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
  });

  it('with SMTP_URL unset leaves messages PENDING and logs each one once, with its Set up now link', async () => {
    const contact = `${unique('nosmtp')}@rossi.example`;
    await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-01', provisioningContactEmail: contact });
    const { log, lines } = capturingLogger();
    const sender = new OutboxSender(jobDependencies(app, { log }), null);

    await sender.wake();
    await sender.wake();
    await sender.stop();

    const logged = lines.filter((l) => l.recipient === contact);
    expect(logged).toHaveLength(1);
    expect(logged[0].msg).toBe('email not sent (SMTP_URL is not set); it stays in the outbox');
    expect(logged[0].links).toEqual([expect.stringMatching(/^http:\/\/portal\.test\/portal\/setup\?token=phs_[A-Za-z0-9_-]{43}$/)]);
    const [row] = await outboxOf(contact);
    expect(row).toMatchObject({ status: OutboxStatus.PENDING, attempts: 0 });
    expect(sink.to(contact)).toHaveLength(0);
  });
});
