import { runLinkExpiry } from '../server/jobs/link-expiry.job.js';
import { Order } from '../server/orders/order.entity.js';
import { OrderStatus } from '../server/orders/order-status.js';
import { Organization } from '../server/organizations/organization.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createRep, loginToken, unique } from './support/factories.js';
import { jobDependencies } from './support/scheduling.js';
import { CALLING, MEETINGS, Wizard } from './support/wizard.js';
import { changedTables, databaseFingerprint, emailedLinkToken } from './support/world.js';

let app: TestApp;
let wizard: Wizard;
let repToken: string;
const rep = async () => repToken;

beforeAll(async () => {
  app = await startTestApp();
  wizard = new Wizard(app);
  repToken = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
});
afterAll(() => app.stop());

const codes = (payload: { errors: { code: string }[] }) => payload.errors.map((e) => e.code);
const orderOf = (id: string) => app.em().findOneOrFail(Order, id);

async function updateContact(orderId: string, input: { email?: string; resend?: boolean }) {
  const { data, errors } = await app.gql(
    `mutation($input: UpdateProvisioningContactInput!) { updateProvisioningContact(input: $input) { errors { code message field } order { id status } } }`,
    { input: { orderId, ...input } },
    await rep(),
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data.updateProvisioningContact;
}

async function cancel(orderId: string) {
  const { data, errors } = await app.gql(
    `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { errors { code message field } order { id status } } }`,
    { input: { orderId, reason: 'The customer withdrew' } },
    await rep(),
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data.cancelOrder;
}

/** The step after CHOOSE_ROLE must answer SESSION_EXPIRED (ORDER_CLOSED when the order was cancelled or expired) and change nothing. */
async function expectEnded(sessionToken: string, code = 'SESSION_EXPIRED') {
  const before = await databaseFingerprint(app);
  const refused = await wizard.step(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
  expect(codes(refused)).toEqual([code]);
  expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
}

/** An order with its link opened by the provisioning contact, who chose the partner's role. */
async function openedOrder() {
  const contact = `contact-${unique('')}@rossi.example`.toLowerCase();
  const { orderId, token } = await wizard.orderWithLink({ provisioningContactEmail: contact, partnerAccountId: unique('PA-') });
  const { sessionToken } = await wizard.start(token);
  await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
  return { orderId, token, contact, sessionToken };
}

describe('the order lifecycle', () => {
  it('revoking a link ends every wizard session opened from it: resend, contact change, hand-over, expiry, cancellation', async () => {
    const resent = await openedOrder();
    expect(codes(await updateContact(resent.orderId, { resend: true }))).toEqual([]);
    await expectEnded(resent.sessionToken);

    const changed = await openedOrder();
    expect(codes(await updateContact(changed.orderId, { email: `new-${unique('')}@rossi.example`.toLowerCase() }))).toEqual([]);
    await expectEnded(changed.sessionToken);

    // Two links on one order: the hand-over from one session revokes the other link, and its session.
    const handed = await openedOrder();
    const otherToken = await wizard.issueLink(handed.orderId, `other-${unique('')}@rossi.example`.toLowerCase());
    const other = await wizard.start(otherToken);
    await wizard.ok(other.sessionToken, 'chooseRole', { role: 'PARTNER' });
    await wizard.ok(handed.sessionToken, 'chooseSetupOwner', { owner: 'COLLEAGUE', email: `colleague-${unique('')}@rossi.example`.toLowerCase() });
    await expectEnded(other.sessionToken);

    const expired = await openedOrder();
    const start = app.clock.now();
    app.clock.set(new Date((await orderOf(expired.orderId)).linkExpiresAt!.getTime() - 1000));
    const idle = (await wizard.start(expired.token)).sessionToken;
    await wizard.ok(idle, 'chooseRole', { role: 'PARTNER' });
    app.clock.advance(1000);
    await runLinkExpiry(jobDependencies(app));
    expect((await orderOf(expired.orderId)).status).toBe(OrderStatus.EXPIRED);
    app.clock.set(new Date(app.clock.now().getTime() - 500));
    await expectEnded(idle, 'ORDER_CLOSED');
    app.clock.set(start);

    const cancelled = await openedOrder();
    expect(codes(await cancel(cancelled.orderId))).toEqual([]);
    await expectEnded(cancelled.sessionToken, 'ORDER_CLOSED');
  });

  it('a wizard session never hears INVALID_TRANSITION: a session overtaken by another session’s hand-over has ended', async () => {
    const first = await openedOrder();
    const secondToken = await wizard.issueLink(first.orderId, `second-${unique('')}@rossi.example`.toLowerCase());
    const second = await wizard.start(secondToken);
    await wizard.ok(second.sessionToken, 'chooseRole', { role: 'PARTNER' });
    await wizard.ok(first.sessionToken, 'chooseSetupOwner', { owner: 'CUSTOMER', email: `boss-${unique('')}@acme.example`.toLowerCase() });
    const late = await wizard.step(second.sessionToken, 'chooseSetupOwner', { owner: 'COLLEAGUE', email: `late-${unique('')}@rossi.example`.toLowerCase() });
    expect(codes(late)).not.toContain('INVALID_TRANSITION');
    expect(codes(late)).toEqual(['SESSION_EXPIRED']);
  });

  it('a resend on a handed-over order goes to the current holder and keeps the hand-over; taking the order back is the rep’s explicit action', async () => {
    const { orderId, contact, sessionToken } = await openedOrder();
    const boss = `boss-${unique('')}@acme.example`.toLowerCase();
    await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'CUSTOMER', email: boss });
    const bossFirst = await emailedLinkToken(app, boss);
    const contactEmails = await app.em().count(OutboxMessage, { recipient: contact, template: 'SETUP_LINK' });

    app.clock.advance(1000);
    expect(codes(await updateContact(orderId, { resend: true }))).toEqual([]);
    expect(await app.em().count(OutboxMessage, { recipient: contact, template: 'SETUP_LINK' })).toBe(contactEmails);
    const bossSecond = await emailedLinkToken(app, boss);
    expect(bossSecond).not.toBe(bossFirst);
    expect((await orderOf(orderId)).customerSelfSetup).toBe(true);
    expect(codes(await wizard.start(bossFirst))).toEqual(['TOKEN_EXPIRED']);
    const customer = await wizard.start(bossSecond);
    expect(codes(await wizard.step(customer.sessionToken, 'chooseRole', { role: 'CUSTOMER' }))).toEqual([]);

    // The rep takes the order back: the provisioning contact gets a partner link, the customer's ends.
    app.clock.advance(1000);
    const { data } = await app.gql(
      `mutation($input: TakeOrderBackInput!) { takeOrderBack(input: $input) { errors { code } order { id status } } }`,
      { input: { orderId, reason: 'The customer asked the partner to do it' } },
      await rep(),
    );
    expect(data.takeOrderBack.errors).toEqual([]);
    const order = await orderOf(orderId);
    expect(order.customerSelfSetup).toBe(false);
    expect(order.handedOverTo ?? null).toBeNull();
    await expectEnded(customer.sessionToken);
    const back = await wizard.start(await emailedLinkToken(app, contact));
    expect(codes(await wizard.step(back.sessionToken, 'chooseRole', { role: 'PARTNER' }))).toEqual([]);

    // Taking back an order nobody handed over is refused and changes nothing.
    const plain = await openedOrder();
    const before = await databaseFingerprint(app);
    const refused = await app.gql(
      `mutation($input: TakeOrderBackInput!) { takeOrderBack(input: $input) { errors { code } } }`,
      { input: { orderId: plain.orderId, reason: 'x' } },
      await rep(),
    );
    expect(codes(refused.data.takeOrderBack)).toEqual(['INVALID_TRANSITION']);
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
  });

  it('the subdomain freeze is per organization: once any subscription of it is provisioned, no wizard path changes its subdomain', async () => {
    const administrator = `admin-${unique('')}@frozen.example`.toLowerCase();
    const subdomain = `frozen${unique('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')}`.slice(0, 30);
    const partnerAccountId = unique('PA-');
    const first = await wizard.orderWithLink({ partnerAccountId });
    const firstSession = await wizard.toReview(first.token, administrator);
    await wizard.ok(firstSession, 'completeOrderSetup');
    await wizard.ok(firstSession, 'setPassword', { password: 'Webex-setup-2026!' });
    await wizard.ok(firstSession, 'saveCallingSettings', CALLING);
    await wizard.ok(firstSession, 'saveMeetingSettings', MEETINGS);
    await wizard.ok(firstSession, 'saveEnterpriseSettings', { subdomain });
    await wizard.ok(firstSession, 'provisionSubscription');

    const second = await wizard.orderWithLink({ partnerAccountId });
    const secondSession = await wizard.toReview(second.token, administrator);
    const setUp = await wizard.ok(secondSession, 'completeOrderSetup');
    const organizationId = setUp.order.customerOrganization.id;
    const before = await databaseFingerprint(app);
    const refused = await wizard.step(secondSession, 'saveEnterpriseSettings', { subdomain: `${subdomain}x` });
    expect(codes(refused)).toEqual(['STEP_NOT_ALLOWED']);
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
    expect((await app.em().findOneOrFail(Organization, organizationId)).subdomain).toBe(subdomain);
    // Saving the organization's own subdomain again is no change, and provisioning goes on.
    expect(codes(await wizard.step(secondSession, 'saveEnterpriseSettings', { subdomain }))).toEqual([]);
  });

  it('closed orders answer ORDER_CLOSED: a contact change on an EXPIRED or CANCELLED order, and cancelling a closed order', async () => {
    const cancelled = await openedOrder();
    expect(codes(await cancel(cancelled.orderId))).toEqual([]);
    const before = await databaseFingerprint(app);
    expect(codes(await updateContact(cancelled.orderId, { email: 'late@rossi.example' }))).toEqual(['ORDER_CLOSED']);
    expect(codes(await cancel(cancelled.orderId))).toEqual(['ORDER_CLOSED']);
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);

    const expired = await openedOrder();
    const start = app.clock.now();
    app.clock.set((await orderOf(expired.orderId)).linkExpiresAt!);
    await runLinkExpiry(jobDependencies(app));
    expect((await orderOf(expired.orderId)).status).toBe(OrderStatus.EXPIRED);
    const repBefore = repToken;
    repToken = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
    expect(codes(await updateContact(expired.orderId, { resend: true }))).toEqual(['ORDER_CLOSED']);
    repToken = repBefore;
    app.clock.set(start);
  });

  it('the server says what a rep may do next: Order.availableActions follows the order’s state, and setupHolder names who a resend reaches', async () => {
    const read = async (orderId: string) => {
      const { data, errors } = await app.gql(`query($id: ID!) { order(id: $id) { status availableActions setupHolder } }`, { id: orderId }, await rep());
      if (errors) throw new Error(JSON.stringify(errors));
      return data.order;
    };
    const { orderId, contact, sessionToken } = await openedOrder();
    expect(await read(orderId)).toEqual({ status: 'SETUP_IN_PROGRESS', availableActions: ['RESEND_LINK', 'CHANGE_CONTACT', 'CANCEL'], setupHolder: contact });
    const colleague = `colleague-${unique('')}@rossi.example`.toLowerCase();
    await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'COLLEAGUE', email: colleague });
    expect(await read(orderId)).toEqual({
      status: 'HANDED_OVER',
      availableActions: ['RESEND_LINK', 'CHANGE_CONTACT', 'TAKE_BACK', 'CANCEL'],
      setupHolder: colleague,
    });
    expect(codes(await cancel(orderId))).toEqual([]);
    expect(await read(orderId)).toEqual({ status: 'CANCELLED', availableActions: [], setupHolder: colleague });
  });

  it('the server says where Back leads: SetupSession.previousStep and backSteps, none past the point of no return', async () => {
    const BACK = `previousStep backSteps nextStep`;
    const read = async (token: string) => (await app.gql(`{ setupSession { ${BACK} } }`, {}, token)).data.setupSession;
    const { token } = await wizard.orderWithLink({ partnerAccountId: unique('PA-') });
    const { sessionToken } = await wizard.start(token);
    expect(await read(sessionToken)).toEqual({ previousStep: null, backSteps: [], nextStep: 'CHOOSE_ROLE' });
    await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
    expect(await read(sessionToken)).toEqual({
      previousStep: 'CHOOSE_SETUP_OWNER',
      backSteps: ['CHOOSE_ROLE', 'CHOOSE_SETUP_OWNER'],
      nextStep: 'CREATE_PARTNER_ORGANIZATION',
    });
    const setUp = await wizard.toReview((await wizard.orderWithLink({ partnerAccountId: unique('PA-') })).token);
    await wizard.ok(setUp, 'completeOrderSetup');
    expect(await read(setUp)).toEqual({ previousStep: null, backSteps: [], nextStep: 'SET_PASSWORD' });
  });
});
