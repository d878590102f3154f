import { runDueSetupLinks } from '../server/jobs/due-setup-links.job.js';
import { runOutboxDelivery } from '../server/jobs/outbox-delivery.job.js';
import { sweepOrders } from '../server/jobs/sweep.js';
import { Order } from '../server/orders/order.entity.js';
import { OrderStatus } from '../server/orders/order-status.js';
import { createSmtpMailer, type Mailer } from '../server/outbox/mailer.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { SetupLink } from '../server/setup/setup-link.entity.js';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createRep, loginToken, unique } from './support/factories.js';
import { emailedSetupToken, jobDependencies, placeOrder, startSetup } from './support/scheduling.js';
import { SmtpSink } from './support/smtp-sink.js';

let app: TestApp;
let sink: SmtpSink;
let mailer: Mailer;
let intakeKey: string;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-11-20T09:00:00Z' });
  sink = await SmtpSink.start();
  mailer = createSmtpMailer(sink.url, app.config.emailFrom);
  intakeKey = await createApiKey(app.em(), ['orders:write']);
});
afterAll(async () => {
  mailer.close();
  await sink.stop();
  await app.stop();
});

const sweep = (options = {}) => runDueSetupLinks(jobDependencies(app), options);
const deliver = () => runOutboxDelivery(jobDependencies(app), mailer);
const statusOf = async (id: string) => (await app.em().findOneOrFail(Order, id)).status;
const emailsTo = (address: string) => app.em().find(OutboxMessage, { recipient: address });

const UPDATE_CONTACT = /* GraphQL */ `
  mutation Update($input: UpdateProvisioningContactInput!) {
    updateProvisioningContact(input: $input) {
      errors {
        code
        message
      }
      order {
        id
        status
        provisioningContactEmail
      }
    }
  }
`;

describe('the setup email on the requested start date', () => {
  it('goes out at local midnight of the requested start date in the order time zone, east and west of UTC, and not a millisecond before', async () => {
    app.clock.set('2026-11-20T09:00:00Z');
    const auckland = `${unique('nz')}@example.com`;
    const losAngeles = `${unique('la')}@example.com`;
    // 2026-12-01 starts on 2026-11-30 at 11:00 UTC in Auckland (UTC+13) and at 08:00 UTC in Los Angeles (UTC-8).
    const east = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-01', timeZone: 'Pacific/Auckland', provisioningContactEmail: auckland });
    const west = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-01', timeZone: 'America/Los_Angeles', provisioningContactEmail: losAngeles });
    expect([east.status, west.status]).toEqual(['PLACED', 'PLACED']);

    app.clock.set('2026-11-30T10:59:59.999Z');
    await sweep();
    await deliver();
    expect([await statusOf(east.id), await statusOf(west.id)]).toEqual([OrderStatus.PLACED, OrderStatus.PLACED]);
    expect(sink.to(auckland)).toHaveLength(0);

    app.clock.set('2026-11-30T11:00:00.000Z');
    await sweep();
    await deliver();
    expect([await statusOf(east.id), await statusOf(west.id)]).toEqual([OrderStatus.AWAITING_SETUP, OrderStatus.PLACED]);
    expect(sink.to(auckland)).toHaveLength(1);
    expect(sink.to(losAngeles)).toHaveLength(0);

    app.clock.set('2026-12-01T07:59:59.999Z');
    await sweep();
    await deliver();
    expect(await statusOf(west.id)).toBe(OrderStatus.PLACED);
    expect(sink.to(losAngeles)).toHaveLength(0);

    app.clock.set('2026-12-01T08:00:00.000Z');
    await sweep();
    await deliver();
    expect(await statusOf(west.id)).toBe(OrderStatus.AWAITING_SETUP);
    expect(sink.to(auckland)).toHaveLength(1);
    expect(sink.to(losAngeles)).toHaveLength(1);
    expect(sink.to(losAngeles)[0].text).toContain('Imposta ora: http://portal.test/portal/setup?token=phs_');

    const order = await app.em().findOneOrFail(Order, west.id);
    expect(order.linkSentAt).toEqual(new Date('2026-12-01T08:00:00.000Z'));
    expect(order.linkExpiresAt).toEqual(new Date('2026-12-31T08:00:00.000Z'));
    const trail = await app.em().find(AuditEvent, { orderId: west.id }, { orderBy: { at: 'asc', id: 'asc' } });
    expect(trail.map((e) => [e.action, e.actorKind])).toEqual([
      ['order.placed', 'API_KEY'],
      ['setup_link.issued', 'SYSTEM'],
    ]);
  });

  it('goes out at once, in the placing transaction, to an order placed at or after its due time; a sweep sends nothing more', async () => {
    app.clock.set('2026-12-10T00:00:00.000Z');
    const late = `${unique('late')}@example.com`;
    const onTheDot = `${unique('dot')}@example.com`;
    const early = `${unique('early')}@example.com`;
    const placedLate = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-05', timeZone: 'UTC', provisioningContactEmail: late });
    const placedOnTheDot = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-10', timeZone: 'UTC', provisioningContactEmail: onTheDot });
    const placedEarly = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-11', timeZone: 'UTC', provisioningContactEmail: early });

    expect([placedLate.status, placedOnTheDot.status, placedEarly.status]).toEqual(['AWAITING_SETUP', 'AWAITING_SETUP', 'PLACED']);
    expect(await emailsTo(late)).toHaveLength(1);
    expect(await emailsTo(onTheDot)).toHaveLength(1);
    expect(await emailsTo(early)).toHaveLength(0);

    await sweep();
    expect(await emailsTo(late)).toHaveLength(1);
    expect(await app.em().count(SetupLink, { order: placedLate.id })).toBe(1);
    const trail = await app.em().find(AuditEvent, { orderId: placedLate.id }, { orderBy: { at: 'asc', id: 'asc' } });
    expect(trail.map((e) => [e.action, e.actorKind])).toEqual([
      ['order.placed', 'API_KEY'],
      ['setup_link.issued', 'API_KEY'],
    ]);
  });

  it('a retried placeOrder of a late order returns the order without sending a second link', async () => {
    app.clock.set('2026-12-10T00:00:00.000Z');
    const contact = `${unique('retry')}@example.com`;
    const input = { ccwOrderNumber: unique('CCW-R-'), partnerAccountId: 'PA-RETRY', requestedStartDate: '2026-12-01', provisioningContactEmail: contact };
    const first = await placeOrder(app, intakeKey, input);
    const again = await placeOrder(app, intakeKey, input);
    expect(again.id).toBe(first.id);
    expect(await emailsTo(contact)).toHaveLength(1);
  });

  it('goes to the provisioning contact as changed before the date: nothing is sent early, the new contact gets the link on the date', async () => {
    app.clock.set('2026-12-10T00:00:00.000Z');
    const before = `${unique('before')}@example.com`;
    const after = `${unique('after')}@example.com`;
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-20', timeZone: 'UTC', provisioningContactEmail: before });

    const { data } = await app.gql(UPDATE_CONTACT, { input: { orderId: order.id, email: after } }, intakeKey);
    expect(data.updateProvisioningContact).toEqual({ errors: [], order: { id: order.id, status: 'PLACED', provisioningContactEmail: after } });
    expect(await emailsTo(after)).toHaveLength(0);

    app.clock.set('2026-12-20T00:00:00.000Z');
    await sweep();
    expect(await emailsTo(before)).toHaveLength(0);
    expect(await emailsTo(after)).toHaveLength(1);
    expect(await statusOf(order.id)).toBe(OrderStatus.AWAITING_SETUP);
  });

  it('resending with updateProvisioningContact revokes the old link (TOKEN_EXPIRED) and sends a working new one to the new contact', async () => {
    app.clock.set('2026-12-10T00:00:00.000Z');
    const first = `${unique('first')}@example.com`;
    const second = `${unique('second')}@example.com`;
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-01', provisioningContactEmail: first });
    const [oldLink] = await app.em().find(SetupLink, { order: order.id });
    const oldToken = await emailedSetupToken(app, first);

    app.clock.set('2026-12-12T10:00:00.000Z');
    const rep = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
    const { data } = await app.gql(UPDATE_CONTACT, { input: { orderId: order.id, email: second, resend: true } }, rep);
    expect(data.updateProvisioningContact.errors).toEqual([]);

    const links = await app.em().find(SetupLink, { order: order.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ id: oldLink.id, recipientEmail: first, revokedAt: new Date('2026-12-12T10:00:00.000Z') });
    expect(links[1]).toMatchObject({ recipientEmail: second, revokedAt: null, expiresAt: new Date('2027-01-11T10:00:00.000Z') });
    expect(await emailsTo(first)).toHaveLength(1);
    expect((await emailsTo(second)).map((m) => m.messageKey)).toEqual([`setup-link:${links[1].id}`]);
    const order2 = await app.em().findOneOrFail(Order, order.id);
    expect(order2.linkExpiresAt).toEqual(new Date('2027-01-11T10:00:00.000Z'));

    expect((await startSetup(app, oldToken)).errors).toEqual([{ code: 'TOKEN_EXPIRED' }]);
    const started = await startSetup(app, await emailedSetupToken(app, second));
    expect(started.errors).toEqual([]);
    expect(started.sessionToken).toMatch(/^phw_/);
  });

  it('several sweeps running at once send one link and one email per due order', async () => {
    app.clock.set('2026-12-14T00:00:00.000Z');
    const contacts = Array.from({ length: 30 }, () => `${unique('many')}@example.com`);
    const orders = await Promise.all(
      contacts.map((contact) => placeOrder(app, intakeKey, { requestedStartDate: '2026-12-15', timeZone: 'UTC', provisioningContactEmail: contact })),
    );

    app.clock.set('2026-12-15T00:00:00.000Z');
    const results = await Promise.all([sweep({ batchSize: 4 }), sweep({ batchSize: 4 }), sweep({ batchSize: 4 })]);

    expect(results.reduce((sum, r) => sum + r.handled, 0)).toBe(30);
    expect(results.flatMap((r) => r.failed)).toEqual([]);
    for (const [index, order] of orders.entries()) {
      expect(await statusOf(order.id)).toBe(OrderStatus.AWAITING_SETUP);
      expect(await app.em().count(SetupLink, { order: order.id })).toBe(1);
      expect(await emailsTo(contacts[index])).toHaveLength(1);
    }
  });
});

describe('a sweep', () => {
  it('skips and reports an order it cannot handle, and still handles the rest of that batch', async () => {
    app.clock.set('2026-12-16T00:00:00.000Z');
    const orders = await Promise.all(Array.from({ length: 6 }, () => placeOrder(app, intakeKey, { requestedStartDate: '2026-12-17', timeZone: 'UTC' })));
    const poisoned = orders[2].id;
    app.clock.set('2026-12-17T00:00:00.000Z');
    const deps = jobDependencies(app);

    const result = await sweepOrders(
      deps,
      {
        name: 'test-sweep',
        due: `o.status = 'PLACED' and o.setup_due_at <= ?`,
        orderBy: 'o.setup_due_at, o.id',
        async handle(tx, order) {
          if (order.id === poisoned) throw new Error('cannot handle this one');
          await deps.services.links.issueSetupLink(tx, order, order.provisioningContactEmail);
        },
      },
      { batchSize: 10, concurrency: 1 },
    );

    expect(result).toEqual({ handled: 5, failed: [poisoned] });
    const statuses = await Promise.all(orders.map((o) => statusOf(o.id)));
    expect(statuses.filter((status) => status === OrderStatus.AWAITING_SETUP)).toHaveLength(5);
    expect(await statusOf(poisoned)).toBe(OrderStatus.PLACED);
  });
});

describe('SETUP_EMAIL_LOCAL_HOUR', () => {
  it('sends the setup email at that local hour of the requested start date', async () => {
    const nineOClock = await startTestApp({ now: '2026-11-20T09:00:00Z', env: { SETUP_EMAIL_LOCAL_HOUR: '9' } });
    try {
      const key = await createApiKey(nineOClock.em(), ['orders:write']);
      const order = await placeOrder(nineOClock, key, { requestedStartDate: '2026-12-01', timeZone: 'Europe/Rome' });
      // 09:00 in Rome on 1 December is 08:00 UTC.
      nineOClock.clock.set('2026-12-01T07:59:59.999Z');
      await runDueSetupLinks(jobDependencies(nineOClock));
      expect((await nineOClock.em().findOneOrFail(Order, order.id)).status).toBe(OrderStatus.PLACED);
      nineOClock.clock.set('2026-12-01T08:00:00.000Z');
      expect(await runDueSetupLinks(jobDependencies(nineOClock))).toEqual({ handled: 1, failed: [] });
      expect((await nineOClock.em().findOneOrFail(Order, order.id)).status).toBe(OrderStatus.AWAITING_SETUP);
    } finally {
      await nineOClock.stop();
    }
  });
});
