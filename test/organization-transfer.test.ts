import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { Organization, OrganizationKind } from '../server/organizations/organization.entity.js';
import { User } from '../server/organizations/user.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, unique } from './support/factories.js';
import { CALLING, MEETINGS, Wizard } from './support/wizard.js';
import { changedTables, databaseFingerprint } from './support/world.js';

/**
 * A rep's transfer of a customer organization to another partner (#26, docs/integrators.md,
 * "Transferring a customer organization"): what each partner's administrators see before and after,
 * the event per subscription, the emails, the audit, and the refusals that change nothing.
 */

let app: TestApp;
let intakeKey: string;
let repToken: string;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-11-25T09:00:00Z' });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  repToken = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
});
afterAll(() => app.stop());

const TRANSFER = `mutation($input: TransferCustomerOrganizationInput!) {
  transferCustomerOrganization(input: $input) { replayed errors { code reason field params } organization { id } subscriptions { id status } }
}`;

async function transfer(input: Record<string, unknown>, token = repToken) {
  const answer = await app.gql(TRANSFER, { input }, token);
  return answer;
}

/** An order placed by the intake key, walked through the wizard (to provisioning unless `stopAtSetUp`). */
async function walked(overrides: Record<string, unknown> = {}, stopAtSetUp = false): Promise<{ orderId: string }> {
  const wizard = new Wizard(app);
  const { orderId, token } = await wizard.orderWithLink(overrides, undefined, intakeKey);
  const session = await wizard.toReview(token);
  await wizard.ok(session, 'completeOrderSetup');
  if (stopAtSetUp) return { orderId };
  await wizard.ok(session, 'setPassword', { password: 'Webex-setup-2026!' });
  await wizard.ok(session, 'saveCallingSettings', CALLING);
  await wizard.ok(session, 'saveMeetingSettings', MEETINGS);
  await wizard.ok(session, 'saveEnterpriseSettings', {
    subdomain: `tr${unique('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')}`.slice(0, 30),
  });
  await wizard.ok(session, 'provisionSubscription');
  return { orderId };
}

/** A partner organization of its own with one administrator, and that administrator's login. */
async function otherPartner(name = unique('Bianchi Telecom ')) {
  const organization = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name, partnerAccountId: unique('PB-') });
  const user = await createUser(app.em(), organization, `${unique('admin-b')}@bianchi.example`.toLowerCase());
  return { organization, user, token: await loginToken(app.em(), { user }, app.clock.now()) };
}

const ORDER_AS_PARTNER = 'query($id: ID!) { order(id: $id) { id customerOrganization { id } subscription { id status } } }';
const ORDERS_AS_PARTNER = 'query { orders(first: 100) { edges { node { id } } } }';

async function sees(token: string, orderId: string): Promise<{ order: boolean; listed: boolean; subscription: string | null }> {
  const one = await app.gql(ORDER_AS_PARTNER, { id: orderId }, token);
  expect(one.errors).toBeUndefined();
  const list = await app.gql(ORDERS_AS_PARTNER, {}, token);
  expect(list.errors).toBeUndefined();
  return {
    order: one.data.order !== null,
    listed: list.data.orders.edges.some((e: { node: { id: string } }) => e.node.id === orderId),
    subscription: one.data.order?.subscription?.id ?? null,
  };
}

/** The order's events of a type, as the intake key reads the feed (other files' transactions may hold it back briefly). */
async function events(orderId: string, type: string, wanted: number): Promise<{ changes: Record<string, any>; reason: string | null; actorKind: string }[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const feed = await app.gql(
      'query($orderId: ID, $types: [OrderEventType!]) { orderEvents(first: 100, orderId: $orderId, types: $types) { edges { node { changes reason actorKind } } } }',
      { orderId, types: [type] },
      intakeKey,
    );
    if (feed.errors) throw new Error(JSON.stringify(feed.errors));
    const found = feed.data.orderEvents.edges.map((e: { node: any }) => e.node);
    if (found.length >= wanted || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('a rep transfers a customer organization to another partner (#26)', () => {
  it('moves its orders and subscriptions: the new partner’s administrators see them, the old one’s no longer do; an event per subscription, both partners emailed, audited, a retry applied once', async () => {
    const { orderId } = await walked({ locale: 'it' });
    const order = await app.em().findOneOrFail(Order, orderId);
    const partnerA = await app.em().findOneOrFail(Organization, order.partnerOrganization!.id);
    const customer = await app.em().findOneOrFail(Organization, order.customerOrganization!.id);
    const [adminA] = await app.em().find(User, { organization: partnerA.id });
    const tokenA = await loginToken(app.em(), { user: adminA }, app.clock.now());
    const b = await otherPartner();
    const subscriptionId = (await sees(tokenA, orderId)).subscription;
    expect(subscriptionId).not.toBeNull();

    expect(await sees(tokenA, orderId)).toEqual({ order: true, listed: true, subscription: subscriptionId });
    expect(await sees(b.token, orderId)).toEqual({ order: false, listed: false, subscription: null });

    const input = {
      organizationId: customer.id,
      toPartnerOrganizationId: b.organization.id,
      clientRequestId: unique('t-'),
      reason: 'Contract moved to Bianchi',
    };
    const moved = await transfer(input);
    expect(moved.errors).toBeUndefined();
    expect(moved.data.transferCustomerOrganization).toEqual({
      replayed: false,
      errors: [],
      organization: { id: customer.id },
      subscriptions: [{ id: subscriptionId, status: 'ACTIVE' }],
    });

    expect(await sees(tokenA, orderId)).toEqual({ order: false, listed: false, subscription: null });
    expect(await sees(b.token, orderId)).toEqual({ order: true, listed: true, subscription: subscriptionId });
    const asB = await app.gql(ORDER_AS_PARTNER, { id: orderId }, b.token);
    expect(asB.data.order.customerOrganization).toEqual({ id: customer.id });
    // CCW's facts stay as CCW sent them; the mapping and the managing partner moved.
    const after = await app.em().findOneOrFail(Order, orderId);
    expect([after.partnerAccountId, after.partnerOrganization?.id]).toEqual([order.partnerAccountId, b.organization.id]);
    expect((await app.em().findOneOrFail(Organization, customer.id)).managingPartner?.id).toBe(b.organization.id);

    const [event] = await events(orderId, 'SUBSCRIPTION_CHANGED', 1);
    expect(event).toEqual({
      actorKind: 'REP',
      reason: null, // the rep's words stay in the audit trail
      changes: {
        subscriptionId,
        change: 'TRANSFERRED',
        before: { status: 'ACTIVE', partnerOrganizationId: partnerA.id },
        after: { status: 'ACTIVE', partnerOrganizationId: b.organization.id },
        effectiveAt: app.clock.now().toISOString(),
      },
    });

    const emails = await app.em().find(OutboxMessage, { template: { $like: 'CUSTOMER_TRANSFERRED_%' } }, { orderBy: { template: 'asc' } });
    expect(emails.map((m) => [m.template, m.recipient, m.locale])).toEqual([
      ['CUSTOMER_TRANSFERRED_IN', b.user.email, 'it'],
      ['CUSTOMER_TRANSFERRED_OUT', adminA.email, 'it'],
    ]);
    // Neither partner learns the other's name; the reason is in neither.
    expect(emails[0].text).toContain(b.organization.name);
    expect(emails[0].text).not.toContain(partnerA.name);
    expect(emails[1].text).toContain(partnerA.name);
    expect(emails[1].text).not.toContain(b.organization.name);
    for (const email of emails) expect(email.text).not.toContain('Contract moved');

    const trail = await app.em().find(AuditEvent, { action: 'organization.transferred', targetId: customer.id });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      actorKind: 'REP',
      before: { managingPartnerId: partnerA.id },
      after: { managingPartnerId: b.organization.id, orderIds: [orderId], subscriptionIds: [subscriptionId], reason: 'Contract moved to Bianchi' },
    });

    // The same request again: nothing changes, the same answer, replayed.
    const before = await databaseFingerprint(app);
    const again = await transfer(input);
    expect(again.data.transferCustomerOrganization).toEqual({ ...moved.data.transferCustomerOrganization, replayed: true });
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
    // The same id for another request is refused.
    const reused = await transfer({ ...input, reason: 'Something else' });
    expect(reused.data.transferCustomerOrganization.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', reason: 'REQUEST_ID_REUSED' })]);
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
  }, 120_000);

  it('goes there and back three times at one instant (journey seed 7003): each transfer answered, each partner emailed once per transfer', async () => {
    const { orderId } = await walked();
    const order = await app.em().findOneOrFail(Order, orderId);
    const a = order.partnerOrganization!.id;
    const customer = order.customerOrganization!.id;
    const b = await otherPartner();
    const before = await app.em().count(OutboxMessage, { template: { $like: 'CUSTOMER_TRANSFERRED_%' } });
    for (const to of [b.organization.id, a, b.organization.id]) {
      const moved = await transfer({ organizationId: customer, toPartnerOrganizationId: to });
      expect(moved.errors).toBeUndefined();
      expect(moved.data.transferCustomerOrganization.errors).toEqual([]);
    }
    expect((await app.em().findOneOrFail(Organization, customer)).managingPartner?.id).toBe(b.organization.id);
    // Each transfer emails the administrators of the partner it leaves and of the one it joins (one each here).
    expect((await app.em().count(OutboxMessage, { template: { $like: 'CUSTOMER_TRANSFERRED_%' } })) - before).toBe(6);
    expect(await app.em().count(AuditEvent, { action: 'organization.transferred', targetId: customer })).toBe(3);
  }, 120_000);

  it('refuses unknown ids, a target that is not a partner, an organization that is not a customer one, the same partner and an order still in setup, changing nothing', async () => {
    const { orderId } = await walked();
    const order = await app.em().findOneOrFail(Order, orderId);
    const partnerId = order.partnerOrganization!.id;
    const customerId = order.customerOrganization!.id;
    const { orderId: inSetupId } = await walked({}, true);
    const inSetup = await app.em().findOneOrFail(Order, inSetupId);
    const b = await otherPartner();
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [
        { organizationId: '00000000-0000-4000-8000-000000000000', toPartnerOrganizationId: b.organization.id },
        { code: 'NOT_FOUND', field: ['input', 'organizationId'] },
      ],
      [
        { organizationId: 'nope', toPartnerOrganizationId: b.organization.id },
        { code: 'NOT_FOUND', field: ['input', 'organizationId'] },
      ],
      [
        { organizationId: customerId, toPartnerOrganizationId: '00000000-0000-4000-8000-000000000000' },
        { code: 'NOT_FOUND', field: ['input', 'toPartnerOrganizationId'] },
      ],
      [
        { organizationId: customerId, toPartnerOrganizationId: customerId },
        { code: 'INVALID_INPUT', reason: 'NOT_A_PARTNER' },
      ],
      [
        { organizationId: partnerId, toPartnerOrganizationId: b.organization.id },
        { code: 'INVALID_INPUT', reason: 'NOT_A_CUSTOMER' },
      ],
      [
        { organizationId: customerId, toPartnerOrganizationId: partnerId },
        { code: 'INVALID_INPUT', reason: 'SAME_PARTNER' },
      ],
      [
        { organizationId: inSetup.customerOrganization!.id, toPartnerOrganizationId: b.organization.id },
        { code: 'INVALID_INPUT', reason: 'SETUP_IN_PROGRESS', params: expect.objectContaining({ ccwOrderNumber: inSetup.ccwOrderNumber }) },
      ],
    ];
    for (const [input, error] of cases) {
      const before = await databaseFingerprint(app);
      const answer = await transfer({ ...input, clientRequestId: unique('t-') });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.transferCustomerOrganization).toMatchObject({ organization: null, subscriptions: [], errors: [expect.objectContaining(error)] });
      expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
    }
    const selfManaged = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER });
    const refused = await transfer({ organizationId: selfManaged.id, toPartnerOrganizationId: b.organization.id });
    expect(refused.data.transferCustomerOrganization.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', reason: 'SELF_MANAGED' })]);
  }, 120_000);

  it('waits for a wizard that chose the organization before step 8 (its order is written only then), and once that session has ended goes ahead; a wizard that chose it alongside a transfer is told at step 8, never handing it back', async () => {
    // Partner A set up customer X; A's next order for X is walked to the review, its administrator recognized as X's.
    const { orderId } = await walked();
    const first = await app.em().findOneOrFail(Order, orderId);
    const partnerA = await app.em().findOneOrFail(Organization, first.partnerOrganization!.id);
    const customerId = first.customerOrganization!.id;
    const [adminOfX] = await app.em().find(User, { organization: customerId });
    const wizard = new Wizard(app);
    const second = await wizard.orderWithLink({ partnerAccountId: partnerA.partnerAccountId }, undefined, intakeKey);
    const session = await wizard.toReview(second.token, adminOfX.email);
    expect((await wizard.session(session)).nextStep).toBe('REVIEW_ORDER');
    const b = await otherPartner();

    const before = await databaseFingerprint(app);
    const refused = await transfer({ organizationId: customerId, toPartnerOrganizationId: b.organization.id, clientRequestId: unique('t-') });
    expect(refused.data.transferCustomerOrganization.errors).toEqual([
      expect.objectContaining({
        code: 'INVALID_INPUT',
        reason: 'SETUP_IN_PROGRESS',
        params: expect.objectContaining({ ccwOrderNumber: second.ccwOrderNumber }),
      }),
    ]);
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);

    // The walker leaves; an hour later the session has ended, and the transfer goes ahead.
    app.clock.advance(61 * 60_000);
    const moved = await transfer({ organizationId: customerId, toPartnerOrganizationId: b.organization.id });
    expect(moved.data.transferCustomerOrganization.errors).toEqual([]);
    expect((await app.em().findOneOrFail(Organization, customerId)).managingPartner?.id).toBe(b.organization.id);

    // The same link, opened again, walks afresh: A's walker can no longer reach X (its administrator's address is
    // another tenant's now, so the order goes on hold for a rep at step 8), and X stays with B.
    const again = await wizard.toReview(second.token, adminOfX.email);
    expect((await wizard.ok(again, 'completeOrderSetup')).nextStep).toBe('ON_HOLD');
    expect((await app.em().findOneOrFail(Organization, customerId)).managingPartner?.id).toBe(b.organization.id);

    // A wizard that chose X alongside a transfer (the transfer committed between its choice and step 8; written here
    // directly, as that interleaving would leave it): step 8 refuses, names X, and X stays with its new partner.
    const third = await wizard.orderWithLink({ partnerAccountId: partnerA.partnerAccountId }, undefined, intakeKey);
    const back = await transfer({ organizationId: customerId, toPartnerOrganizationId: partnerA.id });
    expect(back.data.transferCustomerOrganization.errors).toEqual([]);
    const thirdSession = await wizard.toReview(third.token, adminOfX.email);
    await app.em().nativeUpdate(Organization, { id: customerId }, { managingPartner: b.organization.id });
    const step8 = await wizard.step(thirdSession, 'completeOrderSetup');
    expect(step8.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('is managed by another partner now: go back') }),
    ]);
    expect((await app.em().findOneOrFail(Organization, customerId)).managingPartner?.id).toBe(b.organization.id);
    expect((await app.em().findOneOrFail(Order, third.orderId)).customerOrganization ?? null).toBeNull();
  }, 120_000);

  it('is the reps’ only: the intake key and partner administrators are refused before anything runs', async () => {
    const b = await otherPartner();
    for (const token of [intakeKey, b.token]) {
      const before = await databaseFingerprint(app);
      const answer = await transfer({ organizationId: b.organization.id, toPartnerOrganizationId: b.organization.id }, token);
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
    }
  });
});
