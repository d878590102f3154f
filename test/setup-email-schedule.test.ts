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
import { countStatements } from './support/statements.js';
import { OrderEvent } from '../server/orders/order-event.entity.js';

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

describe('the due-links sweep in batches', () => {
  const sql = (text: string, values: unknown[] = []): Promise<any[]> => app.em().getConnection().execute(text, values);
  const placeDue = async (count: number, requestedStartDate: string) => {
    const contacts = Array.from({ length: count }, () => `${unique('batch')}@example.com`);
    const orders = [];
    for (const contact of contacts) {
      orders.push(await placeOrder(app, intakeKey, { requestedStartDate, timeZone: 'UTC', provisioningContactEmail: contact, locale: 'it' }));
    }
    return orders.map((order, index) => ({ ...order, contact: contacts[index] }));
  };

  beforeAll(async () => {
    // Whatever earlier tests left due (the poisoned order above) goes out first.
    app.clock.set('2027-01-01T00:00:00.000Z');
    await sweep();
  });

  it('issues the links of many due orders in one transaction of a few statements, each audited and evented as issuing one by one does', async () => {
    const orders = await placeDue(60, '2027-01-05');
    // What the one-by-one path writes, for comparison: a late order's link goes out in its placing transaction.
    const late = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-31', timeZone: 'UTC' });
    app.clock.set('2027-01-05T00:00:00.000Z');

    const counter = countStatements();
    let result;
    try {
      result = await sweep({ batchSize: 100, concurrency: 1 });
    } finally {
      counter.stop();
    }
    expect(result).toEqual({ handled: 60, failed: [] });
    // BEGIN, the claim, revocations, links, emails, orders, audit events, order events, COMMIT; then an empty claim.
    expect(counter.statements.length).toBeLessThanOrEqual(12);

    const ids = orders.map((o) => o.id);
    const links = await app.em().find(SetupLink, { order: { $in: ids } });
    const emails = await app.em().find(OutboxMessage, { orderId: { $in: ids } });
    const trail = await app.em().find(AuditEvent, { orderId: { $in: ids }, action: 'setup_link.issued' });
    // The sweep's events (each order's ORDER_PLACED was written when it was placed, #26).
    const events = await app.em().find(OrderEvent, { orderId: { $in: ids }, type: 'ORDER_STATUS_CHANGED' as never }, { orderBy: { id: 'asc' } });
    expect([links.length, emails.length, trail.length]).toEqual([60, 60, 60]);
    // One transaction: every event of the batch carries the same transaction id.
    const xids = await sql(
      `select distinct xid::text as xid from order_event where order_id = any(string_to_array(?, ',')::uuid[]) and type = 'ORDER_STATUS_CHANGED'`,
      [ids.join(',')],
    );
    expect(xids).toHaveLength(1);

    const [lateIssued] = await app.em().find(AuditEvent, { orderId: late.id, action: 'setup_link.issued' });
    const [lateEvent] = await app.em().find(OrderEvent, { orderId: late.id, type: 'ORDER_STATUS_CHANGED' as never });
    for (const { id, contact } of orders) {
      const order = await app.em().findOneOrFail(Order, id);
      expect(order.status).toBe(OrderStatus.AWAITING_SETUP);
      expect(order.linkSentAt).toEqual(new Date('2027-01-05T00:00:00.000Z'));
      expect(order.linkExpiresAt).toEqual(new Date('2027-02-04T00:00:00.000Z'));
      const link = links.find((l) => l.order.id === id)!;
      expect(link).toMatchObject({ kind: 'SETUP', recipientEmail: contact, audience: 'PARTNER', expiresAt: order.linkExpiresAt, revokedAt: null });
      const email = emails.find((m) => m.orderId === id)!;
      expect(email).toMatchObject({ messageKey: `setup-link:${link.id}`, template: 'SETUP_LINK', recipient: contact, locale: 'it', status: 'PENDING' });
      expect(email.text).toContain('4 febbraio 2027');
      const audited = trail.find((e) => e.orderId === id)!;
      expect(audited).toMatchObject({ actorKind: 'SYSTEM', actorLabel: 'provisioning-hub', targetType: 'Order', targetId: id });
      expect(audited.before).toEqual({ status: 'PLACED', revokedLinks: [] });
      expect(audited.after).toEqual({
        status: 'AWAITING_SETUP',
        linkId: link.id,
        recipient: contact,
        audience: 'PARTNER',
        expiresAt: '2027-02-04T00:00:00.000Z',
      });
      expect(Object.keys(audited.after!).sort()).toEqual(Object.keys(lateIssued.after!).sort());
      const evented = events.filter((e) => e.orderId === id);
      expect(evented.map((e) => [e.type, e.changes])).toEqual([
        ['ORDER_STATUS_CHANGED', { from: 'PLACED', to: 'AWAITING_SETUP', action: 'setup_link.issued' }],
      ]);
      expect(Object.keys(evented[0].changes).sort()).toEqual(Object.keys(lateEvent.changes).sort());
    }
    // The emailed token is the link's: the wizard opens with it.
    expect((await startSetup(app, await emailedSetupToken(app, orders[59].contact))).errors).toEqual([]);
  });

  it('revokes the link a contact already holds and ends its wizard session, as issuing one by one does', async () => {
    const [order] = await placeDue(1, '2027-01-07');
    const [held] = await sql(
      `insert into setup_link (id, kind, order_id, token_hash, recipient_email, audience, expires_at, created_at)
       values (gen_random_uuid(), 'SETUP', ?, md5(random()::text), ?, 'PARTNER', ?, ?) returning id`,
      [order.id, order.contact, new Date('2027-02-01T00:00:00.000Z'), new Date('2027-01-01T00:00:00.000Z')],
    );
    const [session] = await sql(
      `insert into setup_session (id, token_hash, link_id, order_id, next_step, last_active_at, expires_at, created_at)
       values (gen_random_uuid(), md5(random()::text), ?, ?, 'CHOOSE_ROLE', now(), now() + interval '1 day', now()) returning id`,
      [held.id, order.id],
    );
    app.clock.set('2027-01-07T00:00:00.000Z');

    expect(await sweep()).toEqual({ handled: 1, failed: [] });

    const [audited] = await app.em().find(AuditEvent, { orderId: order.id, action: 'setup_link.issued' });
    expect(audited.before).toEqual({ status: 'PLACED', revokedLinks: [held.id] });
    const [revokedLink] = await sql(`select revoked_at from setup_link where id = ?`, [held.id]);
    const [revokedSession] = await sql(`select revoked_at from setup_session where id = ?`, [session.id]);
    expect([new Date(revokedLink.revoked_at), new Date(revokedSession.revoked_at)]).toEqual([
      new Date('2027-01-07T00:00:00.000Z'),
      new Date('2027-01-07T00:00:00.000Z'),
    ]);
    expect(await app.em().count(SetupLink, { order: order.id, revokedAt: null })).toBe(1);
  });

  it('is one transaction: a batch that fails at its last statement leaves nothing behind, and its orders are then handled one by one', async () => {
    const orders = await placeDue(8, '2027-01-09');
    const poisoned = orders[5];
    // The batch's last statement (its order events) fails for one order, after its links, emails, orders and audit events were written.
    await sql(`create function poison_order_event() returns trigger language plpgsql as $$
      begin if new.order_id = '${poisoned.id}' then raise exception 'poisoned order event'; end if; return new; end $$`);
    await sql(`create trigger poison_order_event before insert on order_event for each row execute function poison_order_event()`);
    app.clock.set('2027-01-09T00:00:00.000Z');
    let result;
    try {
      result = await sweep({ batchSize: 100, concurrency: 1 });
    } finally {
      await sql(`drop trigger poison_order_event on order_event; drop function poison_order_event()`);
    }

    expect(result).toEqual({ handled: 7, failed: [poisoned.id] });
    expect(await statusOf(poisoned.id)).toBe(OrderStatus.PLACED);
    expect(await app.em().count(SetupLink, { order: poisoned.id })).toBe(0);
    expect(await emailsTo(poisoned.contact)).toHaveLength(0);
    expect(await app.em().count(AuditEvent, { orderId: poisoned.id, action: 'setup_link.issued' })).toBe(0);
    for (const { id, contact } of orders.filter((o) => o !== poisoned)) {
      expect(await statusOf(id)).toBe(OrderStatus.AWAITING_SETUP);
      expect(await app.em().count(SetupLink, { order: id })).toBe(1);
      expect(await emailsTo(contact)).toHaveLength(1);
      expect(await app.em().count(AuditEvent, { orderId: id, action: 'setup_link.issued' })).toBe(1);
      expect(await app.em().count(OrderEvent, { orderId: id, type: 'ORDER_STATUS_CHANGED' as never })).toBe(1);
    }

    // The next run sends it.
    expect(await sweep()).toEqual({ handled: 1, failed: [] });
    expect(await emailsTo(poisoned.contact)).toHaveLength(1);
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
