/**
 * Issue 25: the root reads `order`, `orders` and `overdueOrders` answer through one SQL statement
 * (server/graphql/sql-reads/). Random selections over random data, asked by viewers of every kind,
 * must get exactly the answer the resolvers alone give (same data, same errors): each request is
 * sent twice to the same server, once with the statement path on and once with it off. The escalation
 * lists: test/sql-reads-escalations-differential.test.ts.
 */
import fc from 'fast-check';
import { ViewerKind } from '../server/auth/viewer.js';
import { Escalation, EscalationKind, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { sqlReads } from '../server/graphql/sql-reads/orders.js';
import { OrderStatus } from '../server/orders/order-status.js';
import { Order } from '../server/orders/order.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { Subscription, SubscriptionStatus } from '../server/subscriptions/subscription.entity.js';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { nested, plain, selectionOf } from './support/random-selections.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, orderInput, unique } from './support/factories.js';

const RUNS = Number(process.env.SQL_READS_RUNS ?? 500);

let app: TestApp;
const viewers: Record<string, string> = {};
let orders: Order[] = [];

/** A dataset drawn once from a fixed seed: orders across two partners and their customers, some self-set-up, with subscriptions and escalations. */
const datasetArbitrary = fc.array(
  fc.record({
    status: fc.constantFrom(...Object.values(OrderStatus)),
    partner: fc.constantFrom(0, 1, null),
    byAccountOnly: fc.boolean(),
    customer: fc.constantFrom(0, 1, 2, null),
    selfSetup: fc.boolean(),
    started: fc.boolean(),
    overdueHours: fc.integer({ min: -72, max: 72 }),
    createdMinutes: fc.integer({ min: 0, max: 5000 }),
    subscription: fc.constantFrom(...Object.values(SubscriptionStatus), null),
    escalations: fc.uniqueArray(fc.constantFrom(...Object.values(EscalationKind)), { maxLength: 3 }),
    resolved: fc.boolean(),
  }),
  { minLength: 40, maxLength: 40 },
);

beforeAll(async () => {
  app = await startTestApp();
  const em = app.em();
  const partners = [
    await createOrganization(em, { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') }),
    await createOrganization(em, { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') }),
  ];
  const customers = [
    await createOrganization(em, { kind: OrganizationKind.CUSTOMER, managingPartner: partners[0] }),
    await createOrganization(em, { kind: OrganizationKind.CUSTOMER, managingPartner: partners[1] }),
    await createOrganization(em, { kind: OrganizationKind.CUSTOMER }),
  ];
  const now = app.clock.now().getTime();
  const [dataset] = fc.sample(datasetArbitrary, { seed: 25, numRuns: 1 });
  for (const d of dataset) {
    const input = orderInput();
    const partner = d.partner === null ? null : partners[d.partner];
    const order = em.create(Order, {
      ...input,
      offer: input.offer as Order['offer'],
      services: input.services as Order['services'],
      partnerAccountId: partner ? partner.partnerAccountId! : unique('PA-'),
      partnerOrganization: partner && !d.byAccountOnly ? partner : undefined,
      customerOrganization: d.customer === null ? undefined : customers[d.customer],
      customerSelfSetup: d.selfSetup,
      status: d.status,
      intakeFingerprint: 'x'.repeat(64),
      setupDueAt: new Date(now - 86_400_000),
      overdueAt: new Date(now + d.overdueHours * 3_600_000),
      setupStartedAt: d.started ? new Date(now - 3_600_000) : undefined,
      createdAt: new Date(now - d.createdMinutes * 60_000),
      updatedAt: new Date(now),
    });
    if (d.subscription && d.customer !== null) {
      em.create(Subscription, {
        order,
        customerOrganization: customers[d.customer],
        status: d.subscription,
        services: order.services,
        billingStartedAt: d.subscription === SubscriptionStatus.PENDING ? undefined : new Date(now - 86_400_000),
      });
    }
    // At most one open escalation per order: the earlier ones resolved.
    d.escalations.forEach((kind, i) => {
      const resolved = d.resolved || i < d.escalations.length - 1;
      em.create(Escalation, {
        order,
        kind,
        status: resolved ? EscalationStatus.RESOLVED : EscalationStatus.OPEN,
        resolvedAt: resolved ? new Date(now) : undefined,
        resolution: resolved ? 'done' : undefined,
        createdAt: new Date(now - (i + 1) * 60_000),
      });
    });
  }
  await em.flush();
  // The intake's own orders: placed through the API, so their `order.placed` event names the key.
  const intake = await createApiKey(em, ['orders:write']);
  for (let i = 0; i < 3; i++) await app.gql(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created } }`, { input: orderInput() }, intake);
  orders = await app.em().find(Order, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
  expect(await app.em().count(AuditEvent, { action: 'order.placed', actorKind: ViewerKind.API_KEY })).toBe(3);

  viewers.rep = await loginToken(em, { rep: await createRep(em) });
  viewers.partnerAdmin = await loginToken(em, { user: await createUser(em, partners[0]) });
  viewers.otherPartnerAdmin = await loginToken(em, { user: await createUser(em, partners[1]) });
  viewers.customerAdmin = await loginToken(em, { user: await createUser(em, customers[0]) });
  viewers.intakeKey = intake;
  viewers.schedulerKey = await createApiKey(em, ['orders:overdue:read']);
});

afterAll(async () => {
  sqlReads.enabled = true;
  await app.stop();
});

const organization = selectionOf([
  ...plain('id', 'name', 'kind', 'country', 'partnerAccountId', 'createdAt', '__typename', 'orderCount', 'activeSubscriptionCount'),
  fc.constant('managingPartner { id name }'),
  fc.constant('users { email }'),
]);
const subscription = selectionOf([
  ...plain('id', 'status', 'billingStartedAt', 'createdAt', 'missingSettings', 'services { kind quantity }'),
  fc.constant('customerOrganization { id name }'),
  fc.constant('order { id status }'),
]);
// Columns only (read with the order), or with fields only the escalation's resolvers answer (loaded as before).
const escalationColumns = plain('id', 'kind', 'status', 'createdAt', 'resolvedAt', 'resolution', 'partnerContactedAt', '__typename');
const escalation = fc.oneof(
  selectionOf(escalationColumns),
  selectionOf([...escalationColumns, ...plain('ageHours', 'slaBreached', 'notes { id }', 'order { id }')]),
);
const order = selectionOf([
  ...plain('id', 'ccwOrderNumber', 'offer', 'status', 'requestedStartDate', 'timeZone', 'locale', 'provisioningContactEmail'),
  ...plain('services { kind quantity }', 'overdue', 'overdueAt', 'partnerAccountId', 'partnerName', 'customerName', 'createdAt', 'updatedAt'),
  ...plain('linkSentAt', 'setupStartedAt', 'customerSelfSetup', 'demo', 'setupHolder', 'availableActions', 'auditTrail { action }', '__typename'),
  nested('partnerOrganization', organization, 'Organization'),
  nested('customerOrganization', organization, 'Organization'),
  nested('subscription', subscription, 'Subscription'),
  nested('escalations', escalation, 'Escalation'),
  nested('escalations', escalation, 'Escalation'),
]).map((s) => s.replace('__T__', 'Order'));

const cursorOf = (key: string[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

const request = fc.oneof(
  fc.record({
    root: fc.constant('order' as const),
    id: fc.oneof(
      fc.integer({ min: 0, max: 1000 }).map((i) => orders[i % orders.length].id),
      fc.uuid(),
      fc.constant('not-a-uuid'),
    ),
    selection: order,
  }),
  fc.record({
    root: fc.constant('orders' as const),
    first: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    after: fc.option(fc.nat().map((i) => cursorOf([orders[i % orders.length].createdAt.toISOString(), orders[i % orders.length].id]))),
    filter: fc.option(
      fc.record(
        {
          status: fc.subarray(Object.values(OrderStatus)),
          overdue: fc.boolean(),
          ccwOrderNumber: fc.oneof(
            fc.nat().map((i) => orders[i % orders.length].ccwOrderNumber),
            fc.constant(' '),
            fc.constant('nope'),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    totalCount: fc.boolean(),
    selection: order,
  }),
  fc.record({
    root: fc.constant('overdueOrders' as const),
    first: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    asOfHours: fc.option(fc.integer({ min: -48, max: 48 })),
    after: fc.option(fc.nat().map((i) => cursorOf([orders[i % orders.length].overdueAt.toISOString(), orders[i % orders.length].id]))),
    totalCount: fc.boolean(),
    selection: order,
  }),
);

function documentOf(req: any): { query: string; variables: Record<string, unknown> } {
  if (req.root === 'order') return { query: `query($id: ID!) { order(id: $id) ${req.selection} }`, variables: { id: req.id } };
  const connection = (args: string) =>
    `{ ${req.root}${args} { ${req.totalCount ? 'totalCount ' : ''}pageInfo { hasNextPage endCursor } edges { cursor node ${req.selection} } } }`;
  if (req.root === 'orders') {
    return {
      query: `query($first: Int, $after: String, $filter: OrderFilter) ${connection('(first: $first, after: $after, filter: $filter)')}`,
      variables: { first: req.first, after: req.after, filter: req.filter },
    };
  }
  const asOf = req.asOfHours === null ? null : new Date(app.clock.now().getTime() + req.asOfHours * 3_600_000).toISOString();
  return {
    query: `query($first: Int, $after: String, $asOf: DateTime) ${connection('(first: $first, after: $after, asOf: $asOf)')}`,
    variables: { first: req.first, after: req.after, asOf },
  };
}

async function bothPaths(query: string, variables: Record<string, unknown>, token: string) {
  sqlReads.enabled = false;
  const resolvers = await app.gql(query, variables, token);
  sqlReads.enabled = true;
  const statement = await app.gql(query, variables, token);
  return { resolvers: { data: resolvers.data, errors: resolvers.errors }, statement: { data: statement.data, errors: statement.errors } };
}

describe('reads in one statement answer exactly as the resolvers do', () => {
  it(`${RUNS} random selections over random data, every kind of viewer`, async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(request, fc.constantFrom(...Object.keys(viewers)), async (req, viewer) => {
        const { query, variables } = documentOf(req);
        const { resolvers, statement } = await bothPaths(query, variables, viewers[viewer]);
        expect(statement).toEqual(resolvers);
        if (resolvers.data && Object.values(resolvers.data).some((v) => v !== null)) answered++;
      }),
      { numRuns: RUNS, seed: Number(process.env.SQL_READS_SEED ?? 2025) },
    );
    // Not a comparison of empty answers: most requests read something.
    expect(answered).toBeGreaterThan(RUNS / 4);
  }, 600_000);

  it('named fragments, @include and @skip, repeated fields with different selections', async () => {
    const query = `query($id: ID!, $yes: Boolean!, $no: Boolean!) {
      order(id: $id) { ...Facts partnerOrganization @include(if: $yes) { id } customerOrganization @skip(if: $yes) { id }
        escalations { id } e2: escalations { ageHours kind } subscription @include(if: $no) { id } } }
      fragment Facts on Order { id status subscription { status } ... on Order { escalations { status } } }`;
    const withEverything = orders.find((o) => o.customerOrganization && o.partnerOrganization)!;
    for (const token of Object.values(viewers)) {
      const { resolvers, statement } = await bothPaths(query, { id: withEverything.id, yes: true, no: false }, token);
      expect(statement).toEqual(resolvers);
    }
  });
});
