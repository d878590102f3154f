import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, orderInput } from './support/factories.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';

const PLACE = /* GraphQL */ `
  mutation Place($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      created
      errors {
        code
        message
        field
      }
      order {
        id
        ccwOrderNumber
        offer
        status
        requestedStartDate
        timeZone
        locale
        provisioningContactEmail
        services {
          kind
          quantity
        }
        overdue
        createdAt
      }
    }
  }
`;

let app: TestApp;
let intakeKey: string;
let schedulerKey: string;

beforeAll(async () => {
  app = await startTestApp();
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  schedulerKey = await createApiKey(app.em(), ['orders:overdue:read']);
});
afterAll(() => app.stop());

const countOrders = () => app.em().count(Order, {});

describe('placeOrder', () => {
  it('creates an order with the intake key, normalised, and records it in the audit trail', async () => {
    const input = orderInput({ provisioningContactEmail: '  Ops@Rossi-Networks.EXAMPLE ', locale: 'it-it', partnerName: '  Rossi Networks  ' });
    const { data } = await app.gql(PLACE, { input }, intakeKey);
    expect(data.placeOrder.errors).toEqual([]);
    expect(data.placeOrder.created).toBe(true);
    const order = data.placeOrder.order;
    expect(order).toMatchObject({
      ccwOrderNumber: input.ccwOrderNumber,
      offer: 'A_WX',
      status: 'PLACED',
      requestedStartDate: '2026-12-01',
      timeZone: 'Europe/Rome',
      locale: 'it-IT',
      provisioningContactEmail: 'ops@rossi-networks.example',
      overdue: false,
    });
    expect(order.services).toEqual([
      { kind: 'CALLING', quantity: 20 },
      { kind: 'MEETINGS', quantity: 50 },
    ]);
    const events = await app.em().find(AuditEvent, { orderId: order.id });
    expect(events.map((e) => [e.action, e.actorKind])).toEqual([['order.placed', 'API_KEY']]);
    expect(events[0].after).toMatchObject({ partnerName: 'Rossi Networks' });
  });

  it('computes when the setup email is due and when the order becomes overdue in the order time zone', async () => {
    const input = orderInput({ requestedStartDate: '2026-12-01', timeZone: 'America/Los_Angeles' });
    const { data } = await app.gql(PLACE, { input }, intakeKey);
    const order = await app.em().findOneOrFail(Order, data.placeOrder.order.id);
    expect(order.setupDueAt.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(order.overdueAt.toISOString()).toBe('2026-12-02T08:00:00.000Z');
  });

  it('returns the same order with created false when the same input is retried', async () => {
    const input = orderInput();
    const first = await app.gql(PLACE, { input }, intakeKey);
    // The same order, written differently: whitespace, case of the email, services in another order.
    const retry = await app.gql(
      PLACE,
      {
        input: {
          ...input,
          provisioningContactEmail: input.provisioningContactEmail.toUpperCase(),
          services: [...input.services].reverse(),
          customerName: ` ${input.customerName} `,
        },
      },
      intakeKey,
    );
    expect(retry.data.placeOrder).toMatchObject({ created: false, errors: [], order: { id: first.data.placeOrder.order.id } });
    expect(await app.em().count(Order, { ccwOrderNumber: input.ccwOrderNumber })).toBe(1);
  });

  it('refuses a different order under a number already used with ORDER_NUMBER_CONFLICT and changes nothing', async () => {
    const input = orderInput();
    await app.gql(PLACE, { input }, intakeKey);
    const before = await countOrders();
    const { data } = await app.gql(PLACE, { input: { ...input, requestedStartDate: '2026-12-02' } }, intakeKey);
    expect(data.placeOrder).toEqual({
      created: false,
      order: null,
      errors: [
        {
          code: 'ORDER_NUMBER_CONFLICT',
          message: `Order ${input.ccwOrderNumber} was already placed with different details`,
          field: ['input', 'ccwOrderNumber'],
        },
      ],
    });
    expect(await countOrders()).toBe(before);
    const stored = await app.em().findOneOrFail(Order, { ccwOrderNumber: input.ccwOrderNumber });
    expect(stored.requestedStartDate).toBe('2026-12-01');
  });

  it('creates exactly one order when the same order is placed concurrently', async () => {
    const input = orderInput();
    const results = await Promise.all(Array.from({ length: 8 }, () => app.gql(PLACE, { input }, intakeKey)));
    const payloads = results.map((r) => r.data.placeOrder);
    expect(payloads.every((p) => p.errors.length === 0)).toBe(true);
    expect(payloads.filter((p) => p.created)).toHaveLength(1);
    expect(new Set(payloads.map((p) => p.order.id)).size).toBe(1);
    expect(await app.em().count(Order, { ccwOrderNumber: input.ccwOrderNumber })).toBe(1);
    expect(await app.em().count(AuditEvent, { orderId: payloads[0].order.id, action: 'order.placed' })).toBe(1);
  });

  it.each([
    ['a bad email', { provisioningContactEmail: 'not-an-email' }, 'INVALID_EMAIL', ['input', 'provisioningContactEmail']],
    ['a bad date', { requestedStartDate: '2026-02-30' }, 'INVALID_INPUT', ['input', 'requestedStartDate']],
    ['a date in another format', { requestedStartDate: '01/12/2026' }, 'INVALID_INPUT', ['input', 'requestedStartDate']],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'INVALID_INPUT', ['input', 'timeZone']],
    ['a bad locale', { locale: 'not a locale!' }, 'INVALID_INPUT', ['input', 'locale']],
    ['a blank partner name', { partnerName: '   ' }, 'INVALID_INPUT', ['input', 'partnerName']],
    ['a customer name too long', { customerName: 'x'.repeat(201) }, 'INVALID_INPUT', ['input', 'customerName']],
    ['an order number with spaces', { ccwOrderNumber: 'CCW 1' }, 'INVALID_INPUT', ['input', 'ccwOrderNumber']],
    ['no services', { services: [] }, 'INVALID_INPUT', ['input', 'services']],
    [
      'a service twice',
      {
        services: [
          { kind: 'CALLING', quantity: 1 },
          { kind: 'CALLING', quantity: 2 },
        ],
      },
      'INVALID_INPUT',
      ['input', 'services'],
    ],
    ['a zero quantity', { services: [{ kind: 'CALLING', quantity: 0 }] }, 'INVALID_INPUT', ['input', 'services', '0', 'quantity']],
  ])('refuses %s with a typed error naming the field, and writes nothing', async (_label, override, code, field) => {
    const before = await countOrders();
    const { data } = await app.gql(PLACE, { input: orderInput(override) }, intakeKey);
    expect(data.placeOrder.order).toBeNull();
    expect(data.placeOrder.errors).toEqual([expect.objectContaining({ code, field })]);
    expect(await countOrders()).toBe(before);
  });

  it('reports every mistake of one input at once', async () => {
    const { data } = await app.gql(PLACE, { input: orderInput({ provisioningContactEmail: 'x', timeZone: 'Nowhere', partnerName: '' }) }, intakeKey);
    expect(data.placeOrder.errors.map((e: { field: string[] }) => e.field.join('.')).sort()).toEqual([
      'input.partnerName',
      'input.provisioningContactEmail',
      'input.timeZone',
    ]);
  });

  it('refuses a call without a key as UNAUTHENTICATED and writes nothing', async () => {
    const before = await countOrders();
    const response = await app.gql(PLACE, { input: orderInput() });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data?.placeOrder ?? null).toBeNull();
    expect(await countOrders()).toBe(before);
  });

  it('refuses an unknown key as UNAUTHENTICATED', async () => {
    const response = await app.gql(PLACE, { input: orderInput() }, 'phk_not-a-real-key');
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the scheduler key as FORBIDDEN and writes nothing', async () => {
    const before = await countOrders();
    const response = await app.gql(PLACE, { input: orderInput() }, schedulerKey);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await countOrders()).toBe(before);
  });

  it('refuses a rep and a partner admin: only the intake places orders', async () => {
    const rep = await createRep(app.em());
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: 'PA-X1' });
    const admin = await createUser(app.em(), partner);
    for (const token of [await loginToken(app.em(), { rep }), await loginToken(app.em(), { user: admin })]) {
      const response = await app.gql(PLACE, { input: orderInput() }, token);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
