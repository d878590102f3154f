import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { generateToken, hashToken } from '../server/common/tokens.js';
import { runLinkExpiry } from '../server/jobs/link-expiry.job.js';
import { Order } from '../server/orders/order.entity.js';
import { OrderStatus } from '../server/orders/order-status.js';
import { SetupLink } from '../server/setup/setup-link.entity.js';
import { SetupSession } from '../server/setup/setup-session.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createRep, loginToken } from './support/factories.js';
import { emailedSetupToken, jobDependencies, placeOrder, startSetup } from './support/scheduling.js';

const DAY = 86_400_000;
const EMAIL_SENT = '2026-12-02T10:00:00.000Z';

let app: TestApp;
let intakeKey: string;

beforeAll(async () => {
  app = await startTestApp({ now: EMAIL_SENT });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
});
afterAll(() => app.stop());

const expire = () => runLinkExpiry(jobDependencies(app));
const at = (offset: number) => app.clock.set(new Date(Date.parse(EMAIL_SENT) + offset));
const orderOf = (id: string) => app.em().findOneOrFail(Order, id);
/** Placed after its start date: the setup email goes out at once, at EMAIL_SENT. */
const placeWithEmailNow = (offer: string) => {
  app.clock.set(EMAIL_SENT);
  return placeOrder(app, intakeKey, { offer, requestedStartDate: '2026-12-01' });
};

describe('a Set up now link not used in time', () => {
  it('closes an A_WX order 30 days after the email, not a millisecond before: EXPIRED, the link answers ORDER_CLOSED (the order expired), audited, reps see it', async () => {
    const order = await placeWithEmailNow('A_WX');
    const token = await emailedSetupToken(app, (await orderOf(order.id)).provisioningContactEmail);

    at(30 * DAY - 1);
    await expire();
    expect((await orderOf(order.id)).status).toBe(OrderStatus.AWAITING_SETUP);

    at(30 * DAY);
    await expire();
    expect((await orderOf(order.id)).status).toBe(OrderStatus.EXPIRED);
    const [link] = await app.em().find(SetupLink, { order: order.id });
    expect(link.revokedAt).toEqual(new Date(Date.parse(EMAIL_SENT) + 30 * DAY));
    const [event] = await app.em().find(AuditEvent, { orderId: order.id, action: 'order.expired' });
    expect(event).toMatchObject({
      actorKind: 'SYSTEM',
      before: { status: 'AWAITING_SETUP' },
      after: { status: 'EXPIRED', revokedLinks: [link.id], revokedSessions: [] },
    });
    expect((await startSetup(app, token)).errors).toEqual([{ code: 'ORDER_CLOSED' }]);

    const rep = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
    const { data } = await app.gql(`query { orders(first: 100, filter: { status: [EXPIRED] }) { edges { node { id status } } } }`, {}, rep);
    expect(data.orders.edges.map((e: any) => e.node)).toContainEqual({ id: order.id, status: 'EXPIRED' });
  });

  it('closes an A_FLEX order 7 days after the email, not a millisecond before', async () => {
    const order = await placeWithEmailNow('A_FLEX');
    expect((await orderOf(order.id)).linkExpiresAt).toEqual(new Date(Date.parse(EMAIL_SENT) + 7 * DAY));

    at(7 * DAY - 1);
    await expire();
    expect((await orderOf(order.id)).status).toBe(OrderStatus.AWAITING_SETUP);
    at(7 * DAY);
    await expire();
    expect((await orderOf(order.id)).status).toBe(OrderStatus.EXPIRED);
  });

  it('counts the 30 days from the latest email: a resent link gives the order a new period', async () => {
    const order = await placeWithEmailNow('A_WX');
    at(20 * DAY);
    const { data } = await app.gql(
      `mutation($input: UpdateProvisioningContactInput!) { updateProvisioningContact(input: $input) { errors { code } } }`,
      { input: { orderId: order.id, resend: true } },
      intakeKey,
    );
    expect(data.updateProvisioningContact.errors).toEqual([]);

    at(30 * DAY);
    await expire();
    expect((await orderOf(order.id)).status).toBe(OrderStatus.AWAITING_SETUP);
    at(50 * DAY);
    await expire();
    expect((await orderOf(order.id)).status).toBe(OrderStatus.EXPIRED);
  });

  it('also closes an order whose wizard was started or handed over but not finished, and revokes its wizard sessions', async () => {
    const inProgress = await placeWithEmailNow('A_WX');
    const handedOver = await placeWithEmailNow('A_WX');
    const session = await markStarted(inProgress.id, OrderStatus.SETUP_IN_PROGRESS);
    await markStarted(handedOver.id, OrderStatus.HANDED_OVER);

    at(30 * DAY);
    const result = await expire();
    expect(result.failed).toEqual([]);
    expect((await orderOf(inProgress.id)).status).toBe(OrderStatus.EXPIRED);
    expect((await orderOf(handedOver.id)).status).toBe(OrderStatus.EXPIRED);
    expect((await app.em().findOneOrFail(SetupSession, session.id)).revokedAt).toEqual(new Date(Date.parse(EMAIL_SENT) + 30 * DAY));
  });

  it('never closes an order that is set up, provisioned, on hold or cancelled', async () => {
    const ids: string[] = [];
    for (const status of [OrderStatus.SET_UP, OrderStatus.PROVISIONED, OrderStatus.ON_HOLD, OrderStatus.CANCELLED]) {
      const order = await placeWithEmailNow('A_FLEX');
      const em = app.em();
      (await em.findOneOrFail(Order, order.id)).status = status;
      await em.flush();
      ids.push(order.id);
    }
    at(60 * DAY);
    await expire();
    const statuses = await Promise.all(ids.map(async (id) => (await orderOf(id)).status));
    expect(statuses).toEqual([OrderStatus.SET_UP, OrderStatus.PROVISIONED, OrderStatus.ON_HOLD, OrderStatus.CANCELLED]);
  });
});

/** What the wizard records when someone opens the link (startSetup), plus its session. */
async function markStarted(orderId: string, status: OrderStatus): Promise<SetupSession> {
  const em = app.em();
  const order = await em.findOneOrFail(Order, orderId);
  const [link] = await em.find(SetupLink, { order });
  order.status = status;
  order.setupStartedAt = app.clock.now();
  const session = em.create(SetupSession, {
    tokenHash: hashToken(generateToken('setup')),
    link,
    order,
    lastActiveAt: app.clock.now(),
    expiresAt: new Date(app.clock.now().getTime() + 100 * DAY),
  });
  await em.flush();
  return session;
}
