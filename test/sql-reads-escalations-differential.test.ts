/**
 * Issue 25: the escalation lists (`escalationQueue`, the console's, and the `escalations` connection)
 * answer through one SQL statement (server/graphql/sql-reads/escalations.ts). Random selections with
 * random arguments over random data, asked by viewers of every kind, must get exactly the answer the
 * resolvers alone give (same data, same errors): each request is sent twice to the same server, once
 * with the statement path on and once with it off (as test/sql-reads-differential.test.ts does for orders).
 */
import fc from 'fast-check';
import { RepRole } from '../server/auth/rep.entity.js';
import { EscalationNote } from '../server/escalations/escalation-note.entity.js';
import { Escalation, EscalationKind, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { EscalationSortField } from '../server/escalations/escalation-queue.types.js';
import { SortOrder } from '../server/common/paging.js';
import { sqlReads } from '../server/graphql/sql-reads/orders.js';
import { OrderStatus } from '../server/orders/order-status.js';
import { Order } from '../server/orders/order.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { Subscription, SubscriptionStatus } from '../server/subscriptions/subscription.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, orderInput, unique } from './support/factories.js';
import { nested, plain, selectionOf } from './support/random-selections.js';

const RUNS = Number(process.env.SQL_READS_RUNS ?? 600);

let app: TestApp;
const viewers: Record<string, string | undefined> = {};
let orders: Order[] = [];
let escalations: Escalation[] = [];
let repIds: string[] = [];

/** Names with the search's wildcard characters in them, so `partner` and `q` must match them literally. */
const PARTNER_NAMES = ['Rossi Networks S.r.l.', 'Bianchi 100% Telco', 'Verdi_Net GmbH', 'Müller Logistik'];
const CUSTOMER_NAMES = ['Acme Italia S.p.A.', 'Beta 50% Foods', 'Gamma_Labs', 'Delta Ärzte'];

const escalationArbitrary = fc.record({
  kind: fc.constantFrom(...Object.values(EscalationKind)),
  inProgress: fc.boolean(),
  assignee: fc.constantFrom(0, 1, 2, null),
  resolvedBy: fc.constantFrom(0, 1, 2, null),
  contactedBy: fc.constantFrom(0, 1, null),
  asOpened: fc.constantFrom(0, 1, 2, 3, 4, null),
  createdHours: fc.integer({ min: 0, max: 120 }),
  notes: fc.array(fc.constantFrom(0, 1, 2), { maxLength: 2 }),
});

/** A dataset drawn once from a fixed seed: orders across two partners and their customers, with subscriptions and escalations of every sort. */
const datasetArbitrary = fc.array(
  fc.record({
    status: fc.constantFrom(...Object.values(OrderStatus)),
    partner: fc.constantFrom(0, 1, null),
    partnerName: fc.constantFrom(...PARTNER_NAMES),
    customerName: fc.constantFrom(...CUSTOMER_NAMES),
    customer: fc.constantFrom(0, 1, 2, null),
    selfSetup: fc.boolean(),
    overdueHours: fc.integer({ min: -72, max: 72 }),
    subscription: fc.constantFrom(...Object.values(SubscriptionStatus), null),
    // Kinds once per order at most (the unique indexes), the last one maybe unresolved.
    escalations: fc.uniqueArray(escalationArbitrary, { maxLength: 3, selector: (e) => e.kind }),
    resolved: fc.boolean(),
  }),
  { minLength: 36, maxLength: 36 },
);

beforeAll(async () => {
  app = await startTestApp();
  const em = app.em();
  const partners = [
    await createOrganization(em, { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') }),
    await createOrganization(em, { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-'), name: unique('Rossi_50% ') }),
  ];
  const customers = [
    await createOrganization(em, { kind: OrganizationKind.CUSTOMER, managingPartner: partners[0] }),
    await createOrganization(em, { kind: OrganizationKind.CUSTOMER, managingPartner: partners[1] }),
    await createOrganization(em, { kind: OrganizationKind.CUSTOMER }),
  ];
  const organizations = [...partners, ...customers];
  const reps = [await createRep(em), await createRep(em, { role: RepRole.ADMIN }), await createRep(em)];
  repIds = reps.map((r) => r.id);
  const now = app.clock.now().getTime();
  const [dataset] = fc.sample(datasetArbitrary, { seed: 2526, numRuns: 1 });
  dataset.forEach((d, n) => {
    const input = orderInput({ partnerName: d.partnerName, customerName: d.customerName });
    const partner = d.partner === null ? null : partners[d.partner];
    const order = em.create(Order, {
      ...input,
      offer: input.offer as Order['offer'],
      services: input.services as Order['services'],
      partnerAccountId: partner ? partner.partnerAccountId! : unique('PA-'),
      partnerOrganization: partner ?? undefined,
      customerOrganization: d.customer === null ? undefined : customers[d.customer],
      customerSelfSetup: d.selfSetup,
      status: d.status,
      intakeFingerprint: 'x'.repeat(64),
      setupDueAt: new Date(now - 86_400_000),
      overdueAt: new Date(now + d.overdueHours * 3_600_000),
      // Some orders at the same instant: the sorts' tie-breakers decide.
      createdAt: new Date(now - (n % 12) * 3_600_000),
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
    d.escalations.forEach((e, i) => {
      const resolved = d.resolved || i < d.escalations.length - 1;
      const escalation = em.create(Escalation, {
        order,
        kind: e.kind,
        status: resolved ? EscalationStatus.RESOLVED : e.inProgress ? EscalationStatus.IN_PROGRESS : EscalationStatus.OPEN,
        assignee: e.assignee === null ? undefined : reps[e.assignee],
        resolvedAt: resolved ? new Date(now - e.createdHours * 1_800_000) : undefined,
        resolvedBy: resolved && e.resolvedBy !== null ? reps[e.resolvedBy] : undefined,
        resolution: resolved ? 'done' : undefined,
        partnerContactedAt: e.contactedBy === null ? undefined : new Date(now - 60_000),
        partnerContactedBy: e.contactedBy === null ? undefined : reps[e.contactedBy],
        organizationAsOpened: e.asOpened === null ? undefined : organizations[e.asOpened],
        createdAt: new Date(now - e.createdHours * 3_600_000),
      });
      e.notes.forEach((author, k) =>
        em.create(EscalationNote, { escalation, author: reps[author], body: `note ${k}`, createdAt: new Date(now - (e.createdHours - k) * 60_000) }),
      );
    });
  });
  await em.flush();
  orders = await app.em().find(Order, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
  escalations = await app.em().find(Escalation, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  expect(escalations.length).toBeGreaterThan(30);

  viewers.rep = await loginToken(em, { rep: reps[0] });
  viewers.admin = await loginToken(em, { rep: reps[1] });
  viewers.partnerAdmin = await loginToken(em, { user: await createUser(em, partners[0]) });
  viewers.customerAdmin = await loginToken(em, { user: await createUser(em, customers[0]) });
  viewers.intakeKey = await createApiKey(em, ['orders:write']);
  viewers.anonymous = undefined;
});

afterAll(async () => {
  sqlReads.enabled = true;
  await app.stop();
});

const rep = selectionOf(plain('id', 'name', 'email', 'role', 'active', 'createdAt', '__typename'));
const organization = selectionOf([
  ...plain('id', 'name', 'kind', 'partnerAccountId', '__typename', 'activeSubscriptionCount'),
  fc.constant('managingPartner { id name }'),
  fc.constant('users { email }'),
]);
const subscription = selectionOf(plain('id', 'status', 'billingStartedAt', 'createdAt', 'services { kind quantity }', 'order { id }'));
const orderEscalation = selectionOf([...plain('id', 'kind', 'status', 'createdAt', 'ageHours'), nested('assignee', rep, 'Rep')]);
const order = selectionOf([
  ...plain('id', 'ccwOrderNumber', 'offer', 'status', 'requestedStartDate', 'timeZone', 'provisioningContactEmail', 'services { kind quantity }'),
  ...plain('overdue', 'overdueAt', 'partnerAccountId', 'partnerName', 'customerName', 'createdAt', 'customerSelfSetup', 'availableActions'),
  ...plain('auditTrail { action }', '__typename'),
  nested('partnerOrganization', organization, 'Organization'),
  nested('customerOrganization', organization, 'Organization'),
  nested('subscription', subscription, 'Subscription'),
  nested('escalations', orderEscalation, 'Escalation'),
]);
const escalation = selectionOf([
  ...plain('id', 'kind', 'status', 'createdAt', 'resolvedAt', 'resolution', 'partnerContactedAt', '__typename'),
  ...plain('ageHours', 'slaDueAt', 'slaBreached', 'notes { id body createdAt author { id name } }'),
  nested('assignee', rep, 'Rep'),
  nested('resolvedBy', rep, 'Rep'),
  nested('partnerContactedBy', rep, 'Rep'),
  nested('organizationInQuestion', organization, 'Organization'),
  nested('organizationNow', organization, 'Organization'),
  nested('order', order, 'Order'),
]).map((s) => s.replace('__T__', 'Escalation'));

const cursorOf = (key: string[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
const someOrder = fc.nat().map((i) => orders[i % orders.length]);
const someEscalation = fc.nat().map((i) => escalations[i % escalations.length]);
const uuidOrNot = (real: fc.Arbitrary<string>) => fc.oneof({ weight: 4, arbitrary: real }, fc.uuid(), fc.constant('not-a-uuid'));

/** One to three of the queue's conditions (all of them at once would leave nothing to compare). */
const queueConditions: Record<string, fc.Arbitrary<unknown>> = {
  kind: fc.subarray(Object.values(EscalationKind)),
  status: fc.subarray(Object.values(EscalationStatus)),
  assigneeId: uuidOrNot(fc.nat().map((i) => repIds[i % repIds.length])),
  unassigned: fc.boolean(),
  olderThanHours: fc.oneof(fc.integer({ min: -5, max: 130 }), fc.constant(2_000_000_000)),
  slaBreached: fc.boolean(),
  partner: fc.constantFrom('rossi', '%', '_', '100%', 'verdi_', ' ', 'PA-', 'zzz', ''),
  q: fc.oneof(
    someOrder.map((o) => o.ccwOrderNumber.slice(-4)),
    fc.constantFrom('acme', '50%', '_labs', 'example', ' ', 'zzz'),
  ),
  orderId: uuidOrNot(someEscalation.map((e) => e.order.id)),
  ids: fc.array(uuidOrNot(someEscalation.map((e) => e.id)), { maxLength: 8 }),
};
const queueFilter = fc
  .subarray(Object.keys(queueConditions), { minLength: 1, maxLength: 3 })
  .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, queueConditions[k]]))));

const connectionConditions: Record<string, fc.Arbitrary<unknown>> = {
  kind: fc.subarray(Object.values(EscalationKind)),
  status: fc.subarray(Object.values(EscalationStatus)),
  orderId: uuidOrNot(someEscalation.map((e) => e.order.id)),
};

const request = fc.oneof(
  fc.record({
    root: fc.constant('escalationQueue' as const),
    offset: fc.option(
      fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 8 }) }, { weight: 4, arbitrary: fc.integer({ min: 9, max: 60 }) }, fc.constant(-1)),
      {
        nil: undefined,
      },
    ),
    limit: fc.option(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 30 }) }, fc.constantFrom(0, 101)), { nil: undefined }),
    sortField: fc.option(fc.constantFrom(...Object.values(EscalationSortField))),
    sortOrder: fc.option(fc.constantFrom(...Object.values(SortOrder))),
    filter: fc.option(queueFilter),
    totalCount: fc.boolean(),
    selection: escalation,
  }),
  fc.record({
    root: fc.constant('escalations' as const),
    first: fc.option(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 15 }) }, fc.constant(101)), { nil: undefined }),
    after: fc.option(fc.oneof({ weight: 5, arbitrary: someEscalation.map((e) => cursorOf([e.createdAt.toISOString(), e.id])) }, fc.constant('nope'))),
    filter: fc.option(
      fc
        .subarray(Object.keys(connectionConditions), { maxLength: 2 })
        .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, connectionConditions[k]])))),
    ),
    totalCount: fc.boolean(),
    selection: escalation,
  }),
);

function documentOf(req: any): { query: string; variables: Record<string, unknown> } {
  if (req.root === 'escalationQueue') {
    return {
      query: `query($offset: Int, $limit: Int, $sortField: EscalationSortField, $sortOrder: SortOrder, $filter: EscalationQueueFilter) {
        escalationQueue(offset: $offset, limit: $limit, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          ${req.totalCount ? 'totalCount ' : ''}nodes ${req.selection} } }`,
      variables: { offset: req.offset, limit: req.limit, sortField: req.sortField, sortOrder: req.sortOrder, filter: req.filter },
    };
  }
  return {
    query: `query($first: Int, $after: String, $filter: EscalationFilter) { escalations(first: $first, after: $after, filter: $filter) {
      ${req.totalCount ? 'totalCount ' : ''}pageInfo { hasNextPage endCursor } edges { cursor node ${req.selection} } } }`,
    variables: { first: req.first, after: req.after, filter: req.filter },
  };
}

async function bothPaths(query: string, variables: Record<string, unknown>, token: string | undefined) {
  sqlReads.enabled = false;
  const resolvers = await app.gql(query, variables, token);
  sqlReads.enabled = true;
  const statement = await app.gql(query, variables, token);
  return { resolvers: { data: resolvers.data, errors: resolvers.errors }, statement: { data: statement.data, errors: statement.errors } };
}

/** Mostly the reps, who read escalations; the others are refused, and must be refused alike. */
const viewer = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('rep', 'admin') },
  { weight: 2, arbitrary: fc.constantFrom('partnerAdmin', 'customerAdmin', 'intakeKey', 'anonymous') },
);

/** The rows of an answer, or none. */
const rowsOf = (data: any): unknown[] => data?.escalationQueue?.nodes ?? data?.escalations?.edges ?? [];

describe('escalation lists in one statement answer exactly as the resolvers do', () => {
  it(`${RUNS} random selections and arguments over random data, every kind of viewer`, async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(request, viewer, async (req, viewer) => {
        const { query, variables } = documentOf(req);
        const { resolvers, statement } = await bothPaths(query, variables, viewers[viewer]);
        expect(statement).toEqual(resolvers);
        if (rowsOf(resolvers.data).length > 0) answered++;
      }),
      { numRuns: RUNS, seed: Number(process.env.SQL_READS_SEED ?? 2526) },
    );
    // Not a comparison of empty answers: a good share of the requests read rows.
    expect(answered).toBeGreaterThan(RUNS / 3);
  }, 600_000);

  it('every sort, both directions, whole pages with every relation, for a rep', async () => {
    const selection = `{ id kind status createdAt ageHours slaBreached slaDueAt assignee { id name } resolvedBy { id } partnerContactedBy { email }
      notes { id author { id } } organizationInQuestion { id name } organizationNow { id }
      order { id ccwOrderNumber overdue partnerOrganization { id name } customerOrganization { id } subscription { id status } escalations { id kind } } }`;
    for (const sortField of [...Object.values(EscalationSortField), null]) {
      for (const sortOrder of [SortOrder.ASC, SortOrder.DESC]) {
        for (const offset of [0, 25]) {
          const { query, variables } = documentOf({ root: 'escalationQueue', offset, limit: 50, sortField, sortOrder, totalCount: true, selection });
          const { resolvers, statement } = await bothPaths(query, variables, viewers.rep);
          expect(resolvers.errors).toBeUndefined();
          expect(rowsOf(resolvers.data).length).toBe(Math.min(50, escalations.length - offset));
          expect(statement).toEqual(resolvers);
        }
      }
    }
  });
});
