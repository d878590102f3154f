import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, orderInput, unique } from './support/factories.js';
import { Wizard } from './support/wizard.js';

let app: TestApp;
let intake: string;
let wizard: Wizard;

beforeAll(async () => {
  app = await startTestApp();
  intake = await createApiKey(app.em(), ['orders:write']);
  wizard = new Wizard(app);
});
afterAll(() => app.stop());

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id ccwOrderNumber } errors { code } } }`;
const place = async (overrides: Record<string, unknown> = {}) => (await app.gql(PLACE, { input: orderInput(overrides) }, intake)).data.placeOrder.order;
const ORDERS = `query($first: Int, $after: String, $filter: OrderFilter) {
  orders(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id ccwOrderNumber status } } } }`;

describe('reading orders', () => {
  it('pages through all orders for a rep, newest first, with a total count and stable cursors', async () => {
    const rep = await loginToken(app.em(), { rep: await createRep(app.em()) });
    const marker = unique('PAGE-');
    const placed = [];
    for (let i = 0; i < 5; i++) {
      app.clock.advance(1000);
      placed.push(await place({ ccwOrderNumber: `${marker}-${i}` }));
    }
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (await app.gql(ORDERS, { first: 2, after }, rep)).data.orders;
      total = page.totalCount;
      seen.push(...page.edges.map((e: any) => e.node.ccwOrderNumber));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(seen.filter((n) => n.startsWith(marker))).toEqual([4, 3, 2, 1, 0].map((i) => `${marker}-${i}`));
  });

  it('filters by status and by CCW order number', async () => {
    const rep = await loginToken(app.em(), { rep: await createRep(app.em()) });
    const order = await place();
    const byNumber = (await app.gql(ORDERS, { filter: { ccwOrderNumber: order.ccwOrderNumber } }, rep)).data.orders;
    expect(byNumber.edges.map((e: any) => e.node.id)).toEqual([order.id]);
    const placedOnly = (await app.gql(ORDERS, { first: 100, filter: { status: ['PROVISIONED'] } }, rep)).data.orders;
    expect(placedOnly.edges.every((e: any) => e.node.status === 'PROVISIONED')).toBe(true);
  });

  it('refuses page sizes over 100 and cursors it did not give out', async () => {
    const rep = await loginToken(app.em(), { rep: await createRep(app.em()) });
    expect((await app.gql(ORDERS, { first: 101 }, rep)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(ORDERS, { after: 'garbage' }, rep)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows a partner admin only its own orders; another tenant’s order reads as null', async () => {
    const accountA = unique('PA-');
    const partnerA = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: accountA });
    const partnerB = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') });
    const adminA = await loginToken(app.em(), { user: await createUser(app.em(), partnerA) });
    const adminB = await loginToken(app.em(), { user: await createUser(app.em(), partnerB) });
    const orderA = await place({ partnerAccountId: accountA });
    const mineA = (await app.gql(ORDERS, {}, adminA)).data.orders;
    expect(mineA.edges.map((e: any) => e.node.id)).toEqual([orderA.id]);
    expect((await app.gql(ORDERS, {}, adminB)).data.orders).toMatchObject({ totalCount: 0, edges: [] });
    const read = await app.gql(`query($id: ID!) { order(id: $id) { id } }`, { id: orderA.id }, adminB);
    expect(read).toMatchObject({ data: { order: null } });
    expect(read.errors).toBeUndefined();
    expect((await app.gql(`query($id: ID!) { order(id: $id) { id } }`, { id: 'not-a-uuid' }, adminA)).data.order).toBeNull();
  });

  it('tells a viewer who they are', async () => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-'), name: 'Viewer Partner' });
    const user = await createUser(app.em(), partner);
    const viewer = await app.gql(`{ viewer { id kind email organization { name kind } } }`, {}, await loginToken(app.em(), { user }));
    expect(viewer.data.viewer).toEqual({ id: user.id, kind: 'PARTNER_ADMIN', email: user.email, organization: { name: 'Viewer Partner', kind: 'PARTNER' } });
    expect((await app.gql(`{ viewer { id } }`)).data.viewer).toBeNull();
    expect((await app.gql(`{ viewer { kind } }`, {}, intake)).data.viewer).toEqual({ kind: 'API_KEY' });
  });
});

describe('updateProvisioningContact', () => {
  const UPDATE = `mutation($input: UpdateProvisioningContactInput!) { updateProvisioningContact(input: $input) { errors { code field } order { id provisioningContactEmail status } } }`;

  it('changes the contact before the link is due, sending nothing yet, and audits the change', async () => {
    const order = await place();
    const result = (await app.gql(UPDATE, { input: { orderId: order.id, email: 'New.Contact@Partner.example' } }, intake)).data.updateProvisioningContact;
    expect(result).toEqual({ errors: [], order: { id: order.id, provisioningContactEmail: 'new.contact@partner.example', status: 'PLACED' } });
    expect(await app.em().count(OutboxMessage, { orderId: order.id })).toBe(0);
    const event = await app.em().findOneOrFail(AuditEvent, { orderId: order.id, action: 'order.contact_changed' });
    expect(event.after).toEqual({ provisioningContactEmail: 'new.contact@partner.example' });
  });

  it('resends a fresh link to the new contact once the link went out, revoking the old one', async () => {
    const { orderId, token } = await wizard.orderWithLink({}, undefined, intake);
    const result = (await app.gql(UPDATE, { input: { orderId, email: 'replacement@partner.example' } }, intake)).data.updateProvisioningContact;
    expect(result.errors).toEqual([]);
    expect((await wizard.start(token)).errors.map((e) => e.code)).toEqual(['TOKEN_EXPIRED']);
    const email = await app.em().findOneOrFail(OutboxMessage, { orderId, recipient: 'replacement@partner.example' });
    expect(email.template).toBe('SETUP_LINK');
  });

  it('refuses a bad email, an unknown order, and an order already set up', async () => {
    const order = await place();
    expect((await app.gql(UPDATE, { input: { orderId: order.id, email: 'bad' } }, intake)).data.updateProvisioningContact.errors).toEqual([
      { code: 'INVALID_EMAIL', field: ['input', 'email'] },
    ]);
    expect(
      (await app.gql(UPDATE, { input: { orderId: '00000000-0000-4000-8000-000000000000', email: 'a@b.example' } }, intake)).data.updateProvisioningContact
        .errors,
    ).toEqual([{ code: 'NOT_FOUND', field: ['input', 'orderId'] }]);
    const { orderId, token } = await wizard.orderWithLink({}, undefined, intake);
    await wizard.ok(await wizard.toReview(token), 'completeOrderSetup', {});
    const late = (await app.gql(UPDATE, { input: { orderId, email: 'late@partner.example' } }, intake)).data.updateProvisioningContact;
    expect(late.errors).toEqual([{ code: 'ORDER_ALREADY_SET_UP', field: ['input', 'orderId'] }]);
    expect((await app.em().findOneOrFail(Order, orderId)).provisioningContactEmail).not.toBe('late@partner.example');
  });

  it('is for the intake and reps only', async () => {
    const order = await place();
    const scheduler = await createApiKey(app.em(), ['orders:overdue:read']);
    expect((await app.gql(UPDATE, { input: { orderId: order.id, email: 'x@y.example' } }, scheduler)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const rep = await loginToken(app.em(), { rep: await createRep(app.em()) });
    expect((await app.gql(UPDATE, { input: { orderId: order.id, email: 'rep-set@y.example' } }, rep)).data.updateProvisioningContact.errors).toEqual([]);
  });
});
