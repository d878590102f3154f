import { Rep } from '../server/auth/rep.entity.js';
import { Escalation, EscalationKind } from '../server/escalations/escalation.entity.js';
import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { getNamedType, GraphQLObjectType, type GraphQLField } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { createSchema } from '../server/graphql/schema.js';
import { Order } from '../server/orders/order.entity.js';
import { Organization } from '../server/organizations/organization.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { Subscription } from '../server/subscriptions/subscription.entity.js';
import { OVERDUE_CANDIDATES } from '../server/orders/order-predicates.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/app.js';
import { orderInput } from './support/factories.js';
import { changedTables, databaseFingerprint, buildWorld, type World } from './support/world.js';
import { CALLING, CUSTOMER_ORGANIZATION, MEETINGS, PARTNER_ORGANIZATION, STRONG_PASSWORD, Wizard } from './support/wizard.js';

/**
 * The isolation matrix (saleor's pattern): every Query and Mutation field × every kind of caller,
 * each cell an exact outcome, and — unless the cell is a success that changes things by design —
 * proof that nothing in the database changed. A field of the schema without a row fails the test,
 * so a new operation cannot ship without saying who may call it.
 */

let app: TestApp;
let world: World;
let keyWorld: KeyWorld;
beforeAll(async () => {
  // Generous attempt limits: the matrix makes many failed logins from one address on purpose.
  app = await startTestApp({ env: { RATE_LIMIT_PER_ADDRESS: '10000' } });
  world = await buildWorld(app);
  keyWorld = await buildKeyWorld();
}, 120_000);

/** What the reps wrote on an escalation: never readable by a machine key, on any path. */
const REP_NOTE = 'Il contatto è in ferie fino a lunedì, richiamare martedì.';

/**
 * The machine keys' own order: placed by the matrix's intake key, overdue (so the scheduler may read
 * it too), with an escalation a rep picked up, wrote a note on and marked "partner contacted".
 */
async function buildKeyWorld() {
  // Placed three days ago (overdue a full day after its first email: #22), so overdue now.
  const now = app.clock.now();
  app.clock.set(new Date(now.getTime() - 3 * 86_400_000));
  const placed = await app.gql(
    'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { errors { code } order { id status overdue } } }',
    { input: orderInput({ partnerAccountId: world.partnerA.accountId, requestedStartDate: '2026-11-01', timeZone: 'UTC' }) },
    world.intakeKey,
  );
  app.clock.set(now);
  const order = placed.data.placeOrder.order;
  expect((await app.em().findOneOrFail(Order, order.id)).overdueAt.getTime()).toBeLessThanOrEqual(now.getTime());
  const escalationId = await app.orm.em
    .fork()
    .transactional(
      async (tx) =>
        (await app.services.escalations.open(
          { em: tx, actor: SYSTEM_ACTOR, now: app.clock.now() },
          await tx.findOneOrFail(Order, order.id),
          EscalationKind.OVERDUE_PROVISIONING,
        ))!.id,
    );
  for (const [name, type, input] of [
    ['assignEscalation', 'AssignEscalationInput', { escalationId }],
    ['addEscalationNote', 'AddEscalationNoteInput', { escalationId, body: REP_NOTE }],
    ['markPartnerContacted', 'MarkPartnerContactedInput', { escalationId, note: 'Spoke to the partner.' }],
  ] as const) {
    const answer = await app.gql(mutation(name, type), { input }, world.rep.login);
    expect(answer.data[name].errors).toEqual([]);
  }
  // A second order of the key, due next month (PLACED), whose contact the key changes.
  const later = await app.gql(
    'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { errors { code } order { id } } }',
    { input: orderInput({ partnerAccountId: world.partnerA.accountId, requestedStartDate: '2026-12-20' }) },
    world.intakeKey,
  );
  // A third order of the key, walked to provisioning, whose subscription the key reads (#26).
  const wizard = new Wizard(app);
  const provisioned = await wizard.orderWithLink({}, undefined, world.intakeKey);
  const session = await wizard.toReview(provisioned.token);
  await wizard.ok(session, 'completeOrderSetup');
  await wizard.ok(session, 'setPassword', { password: STRONG_PASSWORD });
  await wizard.ok(session, 'saveCallingSettings', CALLING);
  await wizard.ok(session, 'saveMeetingSettings', MEETINGS);
  await wizard.ok(session, 'saveEnterpriseSettings', { subdomain: 'matrixkeyworld' });
  await wizard.ok(session, 'provisionSubscription');
  return {
    order: order.id as string,
    escalation: escalationId,
    contactOrder: later.data.placeOrder.order.id as string,
    provisionedOrder: provisioned.orderId,
    ccwOrderNumber: (await app.em().findOneOrFail(Order, order.id)).ccwOrderNumber,
    otherCcwOrderNumber: (await app.em().findOneOrFail(Order, world.orders.o1)).ccwOrderNumber,
  };
}
type KeyWorld = Awaited<ReturnType<typeof buildKeyWorld>>;
afterAll(() => app.stop());

// ── Principals ──────────────────────────────────────────────────────────────────────────────

const PRINCIPALS = [
  'anonymous',
  'partnerA',
  'partnerB',
  'partnerAfterSelfSetup',
  'customerAdmin',
  'colleague',
  'expiredSession',
  'revokedSession',
  'rep',
  'admin',
  'intakeKey',
  'schedulerKey',
] as const;
type Principal = (typeof PRINCIPALS)[number];

const DESCRIBE: Record<Principal, string> = {
  anonymous: 'anonymous (no token)',
  partnerA: 'partner A administrator',
  partnerB: 'partner B administrator (wrong tenant on partner A’s objects)',
  partnerAfterSelfSetup: 'partner A on the organization its customer set up alone',
  customerAdmin: 'customer administrator (C1, managed by partner A)',
  colleague: 'colleague with a handed-over link (its setup session)',
  expiredSession: 'setup session that timed out',
  revokedSession: 'setup session replaced by a re-opened link',
  rep: 'Cisco rep',
  admin: 'Cisco admin',
  intakeKey: 'intake API key (orders:write)',
  schedulerKey: 'scheduler API key (orders:overdue:read)',
};

function tokenOf(principal: Principal): string | undefined {
  switch (principal) {
    case 'anonymous':
      return undefined;
    case 'partnerA':
    case 'partnerAfterSelfSetup':
      return world.partnerA.login;
    case 'partnerB':
      return world.partnerB.login;
    case 'customerAdmin':
      return world.customerAdmin.login;
    case 'colleague':
      return world.colleague.session;
    case 'expiredSession':
      return world.expiredSession;
    case 'revokedSession':
      return world.revokedSession;
    case 'rep':
      return world.rep.login;
    case 'admin':
      return world.admin.login;
    case 'intakeKey':
      return world.intakeKey;
    case 'schedulerKey':
      return world.schedulerKey;
  }
}

/** A new token of the same principal, for a cell whose success would spend the shared one (logout, wizard steps). */
function freshTokenOf(principal: Principal): () => Promise<string | undefined> {
  return async () => {
    switch (principal) {
      case 'partnerA':
      case 'partnerAfterSelfSetup':
        return world.partnerA.fresh();
      case 'partnerB':
        return world.partnerB.fresh();
      case 'customerAdmin':
        return world.customerAdmin.fresh();
      case 'colleague':
        return world.colleague.fresh();
      case 'rep':
        return world.rep.fresh();
      case 'admin':
        return world.admin.fresh();
      default:
        return tokenOf(principal);
    }
  };
}

// ── Outcomes ────────────────────────────────────────────────────────────────────────────────

type Outcome =
  | { kind: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NULL' }
  | { kind: 'USER_ERROR'; code: string }
  | { kind: 'OK'; check?: (value: any) => void | Promise<void>; changes: boolean };

const UNAUTHENTICATED: Outcome = { kind: 'UNAUTHENTICATED' };
const FORBIDDEN: Outcome = { kind: 'FORBIDDEN' };
/** Not found: the field reads null (another tenant's object is never confirmed to exist). */
const NULL: Outcome = { kind: 'NULL' };
const userError = (code: string): Outcome => ({ kind: 'USER_ERROR', code });
/** Success of a read, or of a change that changes nothing (an idempotent repeat). */
const ok = (check?: (value: any) => void | Promise<void>): Outcome => ({ kind: 'OK', check, changes: false });
/** Success that changes the database by design. */
const changes = (check?: (value: any) => void | Promise<void>): Outcome => ({ kind: 'OK', check, changes: true });

interface Case {
  outcome: Outcome;
  variables?: Record<string, unknown>;
  /** Another selection of the same operation (a machine key asks only for what it may read). */
  document?: string;
  /** Use a new token of the principal (the shared one would be spent by a success). */
  fresh?: boolean;
  /** What the case is about, when a cell has several. */
  about?: string;
}
type Cell = Outcome | Case | Case[];

interface Row {
  document: string;
  variables?: Record<string, unknown>;
  cells: Record<Principal, Cell>;
}

const isCase = (cell: Outcome | Case): cell is Case => 'outcome' in cell;
const casesOf = (cell: Cell): Case[] => (Array.isArray(cell) ? cell : [isCase(cell) ? cell : { outcome: cell }]);

/** Everyone but the given principals is refused: no token is UNAUTHENTICATED, any other FORBIDDEN. */
function onlyFor(allowed: Partial<Record<Principal, Cell>>): Record<Principal, Cell> {
  return Object.fromEntries(PRINCIPALS.map((p) => [p, allowed[p] ?? (p === 'anonymous' ? UNAUTHENTICATED : FORBIDDEN)])) as Record<Principal, Cell>;
}

/** Every principal gets the same cell (public operations: the bearer must not matter). */
const everyone = (cell: (p: Principal) => Cell): Record<Principal, Cell> => Object.fromEntries(PRINCIPALS.map((p) => [p, cell(p)])) as Record<Principal, Cell>;

/** A wizard step (SETUP_SESSION only): the colleague's fresh session is at CHOOSE_ROLE; ended sessions are told so. */
function wizardStep(colleague: Outcome): Record<Principal, Cell> {
  return onlyFor({
    colleague: { outcome: colleague, fresh: true },
    expiredSession: userError('SESSION_EXPIRED'),
    revokedSession: userError('SESSION_EXPIRED'),
  });
}

/**
 * A service setup step: organization administrators name a subscription, setup sessions act on
 * their own. Partner B and the partner after self-setup name subscriptions that are not theirs.
 */
function serviceStep(
  input: Record<string, unknown>,
  success: (p: Principal) => Outcome,
  subscription: (w: World) => string = (w) => w.subscriptions.s1,
): () => Row {
  return () => {
    const on = (id: string) => ({ input: { ...input, subscriptionId: id } });
    return {
      document: '',
      variables: on(subscription(world)),
      cells: onlyFor({
        partnerA: { outcome: success('partnerA'), variables: on(subscription(world)) },
        partnerB: { outcome: userError('NOT_FOUND'), variables: on(subscription(world)) },
        partnerAfterSelfSetup: { outcome: userError('NOT_FOUND'), variables: on(world.subscriptions.s2) },
        customerAdmin: [
          { outcome: success('customerAdmin'), variables: on(subscription(world)), about: 'its own organization’s subscription' },
          { outcome: userError('NOT_FOUND'), variables: on(world.subscriptions.s2), about: 'another customer’s subscription' },
        ],
        // A session acts on its own order only: naming partner A's subscription does not reach it.
        colleague: { outcome: userError('STEP_NOT_ALLOWED'), variables: on(subscription(world)), fresh: true },
        expiredSession: { outcome: userError('SESSION_EXPIRED'), variables: on(subscription(world)) },
        revokedSession: { outcome: userError('SESSION_EXPIRED'), variables: on(subscription(world)) },
      }),
    };
  };
}

const mutation = (name: string, inputType: string, selection = '') =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { errors { code message field } ${selection} } }`;
const SESSION_PAYLOAD = 'session { id nextStep order { id } } subscription { id status }';

/** A console read: reps and admins get it, everyone else is refused. */
function repRead(document: string, check: (value: any) => void | Promise<void>): Row {
  return { document, cells: onlyFor({ rep: ok(check), admin: ok(check) }) };
}

const KEY_ORDER = 'query($id: ID!) { order(id: $id) { id status } }';
const ids = (connection: any): string[] => connection.edges.map((e: any) => e.node.id);
const NO_ID = '00000000-0000-4000-8000-000000000000';

// ── The matrix ──────────────────────────────────────────────────────────────────────────────

const MATRIX: Record<string, () => Row> = {
  // Queries
  'Query.viewer': () => ({
    document: '{ viewer { id kind email organization { id } } }',
    cells: {
      anonymous: NULL,
      partnerA: ok((v) => expect(v).toMatchObject({ kind: 'PARTNER_ADMIN', email: 'admin@rossi.example', organization: { id: world.partnerA.id } })),
      partnerB: ok((v) => expect(v).toMatchObject({ kind: 'PARTNER_ADMIN', organization: { id: world.partnerB.id } })),
      partnerAfterSelfSetup: ok((v) => expect(v.kind).toBe('PARTNER_ADMIN')),
      customerAdmin: ok((v) => expect(v).toMatchObject({ kind: 'CUSTOMER_ADMIN', organization: { id: world.organizations.c1 } })),
      colleague: ok((v) => expect(v).toMatchObject({ kind: 'SETUP_SESSION', email: 'colleague@rossi.example', organization: null })),
      // An ended session still says whose it was, so the portal can offer to re-open the link.
      expiredSession: ok((v) => expect(v).toMatchObject({ kind: 'SETUP_SESSION', organization: null })),
      revokedSession: ok((v) => expect(v).toMatchObject({ kind: 'SETUP_SESSION', organization: null })),
      rep: ok((v) => expect(v).toMatchObject({ kind: 'REP', organization: null })),
      admin: ok((v) => expect(v).toMatchObject({ kind: 'ADMIN', organization: null })),
      intakeKey: ok((v) => expect(v).toMatchObject({ kind: 'API_KEY', email: null, organization: null })),
      schedulerKey: ok((v) => expect(v).toMatchObject({ kind: 'API_KEY', email: null, organization: null })),
    },
  }),

  'Query.organizationUsers': () => {
    const emails = (list: any[]) => list.map((u) => u.email);
    return {
      document: '{ organizationUsers { id email activated } }',
      cells: onlyFor({
        partnerA: ok((list) => expect(emails(list)).toEqual(['admin@rossi.example'])),
        partnerB: ok((list) => expect(emails(list)).toEqual(['admin@bianchi.example'])),
        partnerAfterSelfSetup: ok((list) => expect(emails(list)).toEqual(['admin@rossi.example'])),
        customerAdmin: ok((list) => expect(emails(list)).toEqual(['it-admin@acme.example'])),
      }),
    };
  },

  // An order by its CCW number (#26): the intake key finds those it placed, reps any; anyone else is refused.
  'Query.orderByCcwNumber': () => {
    const document = 'query($n: String!) { orderByCcwNumber(ccwOrderNumber: $n) { id status } }';
    const at = (n: string, outcome: Outcome, about?: string): Case => ({ variables: { n }, outcome, about });
    const found = (id: string) => ok((o) => expect(o).toMatchObject({ id }));
    return {
      document,
      variables: { n: keyWorld.ccwOrderNumber },
      cells: onlyFor({
        intakeKey: [
          at(keyWorld.ccwOrderNumber, found(keyWorld.order), 'an order it placed'),
          at(keyWorld.otherCcwOrderNumber, NULL, 'an order another key placed'),
          at('CCW-NO-SUCH-ORDER', NULL, 'an unknown number'),
        ],
        rep: at(keyWorld.otherCcwOrderNumber, found(world.orders.o1)),
        admin: at(keyWorld.ccwOrderNumber, found(keyWorld.order)),
      }),
    };
  },

  'Query.order': () => {
    const { o1, self, b } = world.orders;
    const document = 'query($id: ID!) { order(id: $id) { id customerOrganization { id } subscription { id } partnerOrganization { id } escalations { id } } }';
    const visibleO1 = ok((o) =>
      expect(o).toMatchObject({ id: o1, customerOrganization: { id: world.organizations.c1 }, subscription: { id: world.subscriptions.s1 } }),
    );
    const at = (id: string, outcome: Outcome, about?: string): Case => ({ variables: { id }, outcome, about });
    return {
      document,
      variables: { id: o1 },
      cells: onlyFor({
        partnerA: [at(o1, visibleO1, 'its order'), at(b, NULL, 'partner B’s order'), at('not-a-uuid', NULL, 'a malformed id')],
        partnerB: [
          at(o1, NULL, 'partner A’s order'),
          at(
            b,
            ok((o) => expect(o.id).toBe(b)),
            'its own order',
          ),
        ],
        partnerAfterSelfSetup: at(
          self,
          ok((o) => expect(o).toMatchObject({ id: self, customerOrganization: null, subscription: null, escalations: [] })),
          'the handed-over order: customer side hidden',
        ),
        customerAdmin: [at(o1, visibleO1, 'its organization’s order'), at(self, NULL, 'another customer’s order'), at(b, NULL, 'an order not set up for it')],
        rep: at(
          self,
          ok((o) => expect(o).toMatchObject({ id: self, customerOrganization: { id: world.organizations.c2 }, subscription: { id: world.subscriptions.s2 } })),
        ),
        admin: at(o1, visibleO1),
        // Machine keys: their scope's orders only (docs/integrators.md, "Security rules"); their nested rows are below.
        intakeKey: [
          {
            ...at(
              keyWorld.order,
              ok((o) => expect(o).toEqual({ id: keyWorld.order, status: 'AWAITING_SETUP' })),
              'an order it placed',
            ),
            document: KEY_ORDER,
          },
          { ...at(o1, NULL, 'an order another key placed'), document: KEY_ORDER },
        ],
        schedulerKey: [
          {
            ...at(
              keyWorld.order,
              ok((o) => expect(o).toEqual({ id: keyWorld.order, status: 'AWAITING_SETUP' })),
              'an overdue order',
            ),
            document: KEY_ORDER,
          },
          { ...at(world.orders.o1b, NULL, 'an order provisioned long ago'), document: KEY_ORDER },
          { ...at(o1, NULL, 'an order set up'), document: KEY_ORDER },
        ],
      }),
    };
  },

  'Query.orders': () => ({
    document: '{ orders(first: 100) { totalCount edges { node { id customerOrganization { id } subscription { id } } } } }',
    cells: onlyFor({
      partnerA: ok((c) => {
        expect(ids(c)).toEqual(expect.arrayContaining([world.orders.o1, world.orders.o1b, world.orders.self, world.orders.colleague]));
        expect(ids(c)).not.toContain(world.orders.b);
        expect(c.edges.find((e: any) => e.node.id === world.orders.self).node).toEqual({
          id: world.orders.self,
          customerOrganization: null,
          subscription: null,
        });
      }),
      partnerB: ok((c) => {
        expect(ids(c)).toContain(world.orders.b);
        expect(
          ids(c).filter((id) =>
            Object.values(world.orders)
              .filter((o) => o !== world.orders.b)
              .includes(id),
          ),
        ).toEqual([]);
      }),
      partnerAfterSelfSetup: ok((c) =>
        expect(c.edges.find((e: any) => e.node.id === world.orders.self).node).toEqual({
          id: world.orders.self,
          customerOrganization: null,
          subscription: null,
        }),
      ),
      customerAdmin: ok((c) => expect(ids(c).sort()).toEqual([world.orders.o1, world.orders.o1b].sort())),
      rep: ok(async (c) => expect(c.totalCount).toBe(await app.em().count(Order, {}))),
      admin: ok(async (c) => expect(c.totalCount).toBe(await app.em().count(Order, {}))),
    }),
  }),

  'Query.overdueOrders': () => {
    // Within the machine keys' margin (a day ahead of now), so the scheduler key may ask it too.
    const asOf = new Date(app.clock.now().getTime() + 12 * 3_600_000).toISOString();
    const all = ok(async (c) =>
      expect(c.totalCount).toBe(
        await app.em().count(Order, { setupStartedAt: null, status: { $in: OVERDUE_CANDIDATES }, overdueAt: { $lte: new Date(asOf) } }),
      ),
    );
    return {
      document: 'query($asOf: DateTime) { overdueOrders(asOf: $asOf, first: 100) { totalCount edges { node { id } } } }',
      variables: { asOf },
      cells: onlyFor({ rep: all, admin: all, schedulerKey: all }),
    };
  },

  'Query.orderEvents': () => {
    // The feed: reps and both machine keys read every event (the key world's escalation opened one).
    const all = ok((c) => {
      expect(c.totalCount).toBeGreaterThan(0);
      expect(c.edges.map((e: any) => e.node)).toContainEqual(expect.objectContaining({ type: 'ESCALATION_OPENED', orderId: keyWorld.order }));
    });
    return {
      document: '{ orderEvents(first: 100) { totalCount edges { node { id type at orderId ccwOrderNumber changes } } } }',
      cells: onlyFor({ rep: all, admin: all, intakeKey: all, schedulerKey: all }),
    };
  },

  'Query.escalations': () => {
    const all = ok(async (c) => expect(c.totalCount).toBe(await app.em().count(Escalation, {})));
    return { document: '{ escalations(first: 100) { totalCount edges { node { id } } } }', cells: onlyFor({ rep: all, admin: all }) };
  },

  'Query.emailMessages': () => {
    const all = ok(async (c) => expect(c.totalCount).toBe(await app.em().count(OutboxMessage, {})));
    return { document: '{ emailMessages(first: 100) { totalCount edges { node { id recipient status } } } }', cells: onlyFor({ rep: all, admin: all }) };
  },

  'Query.setupSession': () => ({
    document: '{ setupSession { id nextStep order { id } } }',
    cells: onlyFor({
      colleague: ok((s) => expect(s).toMatchObject({ nextStep: 'CHOOSE_ROLE', order: { id: world.colleague.orderId } })),
      expiredSession: NULL,
      revokedSession: NULL,
    }),
  }),

  'Query.checkSubdomainAvailability': () => {
    const takenByC1 = ok((a) => expect(a).toEqual({ subdomain: 'matrixacme', available: false, reason: 'SUBDOMAIN_TAKEN' }));
    const ownToC1 = ok((a) => expect(a).toEqual({ subdomain: 'matrixacme', available: true, reason: null }));
    return {
      document: 'query($s: String!) { checkSubdomainAvailability(subdomain: $s) { subdomain available reason } }',
      variables: { s: 'MatrixAcme' },
      cells: onlyFor({
        partnerA: ownToC1,
        partnerB: takenByC1,
        partnerAfterSelfSetup: ownToC1,
        customerAdmin: ownToC1,
        colleague: takenByC1,
        expiredSession: takenByC1,
        revokedSession: takenByC1,
        rep: takenByC1,
        admin: takenByC1,
      }),
    };
  },

  // Reps only: an administrator reads its subscriptions through its orders (Order.subscription).
  'Query.subscription': () => {
    const { s1, s2 } = world.subscriptions;
    const visible = (id: string) => ok((s) => expect(s.id).toBe(id));
    return {
      document: 'query($id: ID!) { subscription(id: $id) { id status } }',
      variables: { id: s1 },
      cells: onlyFor({
        rep: [
          { variables: { id: s2 }, outcome: visible(s2) },
          { variables: { id: 'nope' }, outcome: NULL, about: 'a malformed id' },
        ],
        admin: { variables: { id: s1 }, outcome: visible(s1) },
      }),
    };
  },

  // Mutations: access, login and intake
  'Mutation.login': () => ({
    document: mutation('login', 'LoginInput', 'token'),
    cells: everyone((p) => ({
      outcome: userError('INVALID_CREDENTIALS'),
      variables: { input: { email: `nobody-${p.toLowerCase()}@nowhere.example`, password: 'Not-the-password-1' } },
    })),
  }),

  'Mutation.activateAccount': () => ({
    document: mutation('activateAccount', 'ActivateAccountInput', 'token'),
    cells: everyone((p) => ({ outcome: userError('TOKEN_INVALID'), variables: { input: { token: `pha_not-a-real-link-${p}`, password: STRONG_PASSWORD } } })),
  }),

  // Account recovery: public requests answer alike for everyone; sending a link is for reps and the person's own organization.
  'Mutation.requestPasswordReset': () => ({
    document: mutation('requestPasswordReset', 'RequestPasswordResetInput'),
    cells: everyone((p) => ({ outcome: ok(), variables: { input: { email: `nobody-${p.toLowerCase()}@nowhere.example` } } })),
  }),

  'Mutation.resetPassword': () => ({
    document: mutation('resetPassword', 'ResetPasswordInput', 'token'),
    cells: everyone((p) => ({ outcome: userError('TOKEN_INVALID'), variables: { input: { token: `phr_not-a-real-link-${p}`, password: STRONG_PASSWORD } } })),
  }),

  'Mutation.requestActivationLink': () => ({
    document: mutation('requestActivationLink', 'RequestActivationLinkInput'),
    cells: everyone((p) => ({ outcome: userError('TOKEN_INVALID'), variables: { input: { token: `pha_not-a-real-link-${p}` } } })),
  }),

  'Mutation.requestSetupLink': () => ({
    document: mutation('requestSetupLink', 'RequestSetupLinkInput'),
    cells: everyone((p) => ({ outcome: userError('TOKEN_INVALID'), variables: { input: { token: `phs_not-a-real-link-${p}` } } })),
  }),

  'Mutation.sendActivationLink': () => {
    const of = (user: { id: string }) => ({ input: { userId: user.id } });
    return {
      document: mutation('sendActivationLink', 'SendActivationLinkInput', 'user { id activated }'),
      variables: of(world.partnerA.user),
      cells: onlyFor({
        partnerA: [
          { outcome: userError('ACCOUNT_ALREADY_ACTIVE'), variables: of(world.partnerA.user), about: 'its own organization’s active administrator' },
          { outcome: userError('NOT_FOUND'), variables: of(world.customerAdmin.user), about: 'a person of the customer organization it manages' },
        ],
        partnerB: { outcome: userError('NOT_FOUND'), variables: of(world.partnerA.user) },
        partnerAfterSelfSetup: { outcome: userError('NOT_FOUND'), variables: of(world.selfSetupAdmin.user) },
        customerAdmin: { outcome: userError('NOT_FOUND'), variables: of(world.partnerA.user) },
        rep: [
          { outcome: userError('ACCOUNT_ALREADY_ACTIVE'), variables: of(world.partnerB.user) },
          { outcome: userError('NOT_FOUND'), variables: { input: { userId: NO_ID } }, about: 'nobody' },
        ],
        admin: { outcome: userError('ACCOUNT_ALREADY_ACTIVE'), variables: of(world.partnerA.user) },
      }),
    };
  },

  'Mutation.logout': () => {
    const revoked = changes();
    return {
      document: mutation('logout', 'LogoutInput'),
      variables: { input: {} },
      cells: onlyFor({
        partnerA: { outcome: revoked, fresh: true },
        partnerB: { outcome: revoked, fresh: true },
        partnerAfterSelfSetup: { outcome: revoked, fresh: true },
        customerAdmin: { outcome: revoked, fresh: true },
        rep: { outcome: revoked, fresh: true },
        admin: { outcome: revoked, fresh: true },
      }),
    };
  },

  'Mutation.placeOrder': () => ({
    document: mutation('placeOrder', 'PlaceOrderInput', 'created order { id }'),
    variables: { input: orderInput({ partnerAccountId: world.partnerA.accountId }) },
    cells: onlyFor({ intakeKey: changes((p) => expect(p.created).toBe(true)) }),
  }),

  'Mutation.updateProvisioningContact': () => {
    const changed = changes((p) => expect(p.order.id).toBe(world.orders.contact));
    const on = (orderId: string, outcome: Outcome, about?: string): Case => ({
      variables: { input: { orderId, email: 'new-contact@rossi.example' } },
      outcome,
      about,
    });
    return {
      document: mutation('updateProvisioningContact', 'UpdateProvisioningContactInput', 'order { id }'),
      variables: { input: { orderId: world.orders.contact, email: 'new-contact@rossi.example' } },
      cells: onlyFor({
        intakeKey: [
          on(
            keyWorld.contactOrder,
            changes((p) => expect(p.order.id).toBe(keyWorld.contactOrder)),
            'an order it placed',
          ),
          on(world.orders.contact, userError('NOT_FOUND'), 'an order another key placed'),
          on(NO_ID, userError('NOT_FOUND'), 'an unknown order'),
        ],
        rep: [on(world.orders.contact, changed), on(world.orders.o1, userError('ORDER_ALREADY_SET_UP'), 'an order past the point of no return')],
        admin: on(world.orders.contact, changed),
      }),
    };
  },

  // CCW's amendments: the intake key, on the orders it placed; any other order is NOT_FOUND to it.
  'Mutation.amendOrderStartDate': () => {
    const on = (orderId: string, outcome: Outcome, about?: string): Case => ({
      variables: { input: { orderId, clientRequestId: `matrix-start-${orderId}`, requestedStartDate: '2027-02-15' } },
      outcome,
      about,
    });
    return {
      document: mutation('amendOrderStartDate', 'AmendOrderStartDateInput', 'replayed order { id requestedStartDate }'),
      variables: { input: { orderId: keyWorld.contactOrder, clientRequestId: 'matrix-start', requestedStartDate: '2027-02-15' } },
      cells: onlyFor({
        intakeKey: [
          on(
            keyWorld.contactOrder,
            changes((p) => expect(p.order).toEqual({ id: keyWorld.contactOrder, requestedStartDate: '2027-02-15' })),
            'an order it placed',
          ),
          on(world.orders.contact, userError('NOT_FOUND'), 'an order another key placed'),
          on(NO_ID, userError('NOT_FOUND'), 'an unknown order'),
        ],
      }),
    };
  },

  'Mutation.amendOrderQuantities': () => {
    const services = [
      { kind: 'MEETINGS', quantity: 51 },
      { kind: 'CALLING', quantity: 20 },
    ];
    const on = (orderId: string, outcome: Outcome, about?: string): Case => ({
      variables: { input: { orderId, clientRequestId: `matrix-quantities-${orderId}`, services } },
      outcome,
      about,
    });
    return {
      document: mutation('amendOrderQuantities', 'AmendOrderQuantitiesInput', 'replayed order { id }'),
      variables: { input: { orderId: keyWorld.contactOrder, clientRequestId: 'matrix-quantities', services } },
      cells: onlyFor({
        intakeKey: [
          on(
            keyWorld.contactOrder,
            changes((p) => expect(p.order.id).toBe(keyWorld.contactOrder)),
            'an order it placed',
          ),
          on(world.orders.contact, userError('NOT_FOUND'), 'an order another key placed'),
        ],
      }),
    };
  },

  'Mutation.amendOrderCancel': () => {
    const on = (orderId: string, outcome: Outcome, about?: string): Case => ({
      variables: { input: { orderId, clientRequestId: `matrix-cancel-${orderId}`, reason: 'Withdrawn in CCW' } },
      outcome,
      about,
    });
    return {
      document: mutation('amendOrderCancel', 'AmendOrderCancelInput', 'replayed order { id status }'),
      variables: { input: { orderId: world.orders.contact, clientRequestId: 'matrix-cancel', reason: 'Withdrawn in CCW' } },
      // Its success is proven in test/order-amendments.test.ts (cancelling here would close the key world's orders).
      cells: onlyFor({
        intakeKey: [on(world.orders.contact, userError('NOT_FOUND'), 'an order another key placed'), on(NO_ID, userError('NOT_FOUND'), 'an unknown order')],
      }),
    };
  },

  // The subscription after provisioning (#26): reps on any order, the intake key on the orders it placed. Their
  // successes are proven in test/subscription-lifecycle.test.ts; here a refused transition changes nothing.
  ...Object.fromEntries(
    (
      [
        ['suspendSubscription', 'SuspendSubscriptionInput', { reason: 'Matrix' }, 'o1', 'NOT_PROVISIONED'],
        ['resumeSubscription', 'ResumeSubscriptionInput', {}, 'o1b', 'SUBSCRIPTION'],
        ['cancelSubscription', 'CancelSubscriptionInput', { reason: 'Matrix', effectiveDate: '2027-01-01' }, 'o1', 'NOT_PROVISIONED'],
        ['changeSubscriptionQuantities', 'ChangeSubscriptionQuantitiesInput', { services: [{ kind: 'MEETINGS', quantity: 3 }] }, 'o1', 'NOT_PROVISIONED'],
      ] as const
    ).map(([name, type, extra, refusedOrder, reason]) => [
      `Mutation.${name}`,
      (): Row => {
        const on = (orderId: string, outcome: Outcome, about?: string, withId = true): Case => ({
          variables: { input: { orderId, ...(withId ? { clientRequestId: `matrix-${name}-${orderId}` } : {}), ...extra } },
          outcome,
          about,
        });
        const refused = (orderId: string) => on(orderId, userError('INVALID_TRANSITION'), `a subscription that cannot make this change (${reason})`, false);
        return {
          document: mutation(name, type, 'replayed subscription { id status } order { id }'),
          variables: { input: { orderId: world.orders[refusedOrder], ...extra } },
          cells: onlyFor({
            intakeKey: [on(world.orders.o1b, userError('NOT_FOUND'), 'an order another key placed'), on(NO_ID, userError('NOT_FOUND'), 'an unknown order')],
            rep: refused(world.orders[refusedOrder]),
            admin: refused(world.orders[refusedOrder]),
          }),
        };
      },
    ]),
  ),

  // A test event per webhook subscription (#26): reps, and the intake key for its own; its success (a POST) is proven in
  // test/webhook-test-event.test.ts, here an unknown subscription changes nothing.
  'Mutation.sendWebhookTestEvent': () => {
    const unknown: Case = { variables: { input: { subscriptionId: NO_ID } }, outcome: userError('NOT_FOUND'), about: 'an unknown subscription' };
    return {
      document: mutation('sendWebhookTestEvent', 'SendWebhookTestEventInput', 'delivered eventId'),
      variables: { input: { subscriptionId: NO_ID } },
      cells: onlyFor({ intakeKey: unknown, rep: unknown, admin: unknown }),
    };
  },

  'Mutation.resolveEscalation': () => {
    const resolve = (id: string) => ({ input: { escalationId: id, resolution: 'Called the partner.' } });
    return {
      document: mutation('resolveEscalation', 'ResolveEscalationInput', 'escalation { id status }'),
      variables: resolve(world.escalations.forRep),
      cells: onlyFor({
        rep: [
          { variables: resolve(world.escalations.forRep), outcome: changes((p) => expect(p.escalation.status).toBe('RESOLVED')) },
          { variables: resolve(NO_ID), outcome: userError('NOT_FOUND'), about: 'an unknown escalation' },
        ],
        admin: { variables: resolve(world.escalations.forAdmin), outcome: changes((p) => expect(p.escalation.status).toBe('RESOLVED')) },
      }),
    };
  },

  // The wizard
  'Mutation.startSetup': () => ({
    document: mutation('startSetup', 'StartSetupInput', 'sessionToken session { nextStep order { id } }'),
    variables: { input: { token: world.startLink } },
    cells: everyone(() => changes((p) => expect(p.session).toEqual({ nextStep: 'CHOOSE_ROLE', order: { id: world.orders.start } }))),
  }),

  'Mutation.chooseRole': () => ({
    document: mutation('chooseRole', 'ChooseRoleInput', SESSION_PAYLOAD),
    variables: { input: { role: 'PARTNER' } },
    cells: wizardStep(changes((p) => expect(p.session.nextStep).toBe('CHOOSE_SETUP_OWNER'))),
  }),
  'Mutation.chooseSetupOwner': () => ({
    document: mutation('chooseSetupOwner', 'ChooseSetupOwnerInput', SESSION_PAYLOAD),
    variables: { input: { owner: 'SELF' } },
    cells: wizardStep(userError('STEP_NOT_ALLOWED')),
  }),
  'Mutation.createPartnerOrganization': () => ({
    document: mutation('createPartnerOrganization', 'CreatePartnerOrganizationInput', SESSION_PAYLOAD),
    variables: { input: PARTNER_ORGANIZATION },
    cells: wizardStep(userError('STEP_NOT_ALLOWED')),
  }),
  'Mutation.reviewPartnerOrganization': () => ({
    document: mutation('reviewPartnerOrganization', 'ReviewInput', SESSION_PAYLOAD),
    variables: { input: { recognized: true } },
    cells: wizardStep(userError('STEP_NOT_ALLOWED')),
  }),
  'Mutation.setCustomerAdministrator': () => ({
    document: mutation('setCustomerAdministrator', 'SetCustomerAdministratorInput', SESSION_PAYLOAD),
    variables: { input: { email: 'someone@acme.example' } },
    cells: wizardStep(userError('STEP_NOT_ALLOWED')),
  }),
  'Mutation.confirmCustomerOrganization': () => ({
    document: mutation('confirmCustomerOrganization', 'ConfirmCustomerOrganizationInput', SESSION_PAYLOAD),
    variables: { input: { newOrganization: CUSTOMER_ORGANIZATION } },
    cells: wizardStep(userError('STEP_NOT_ALLOWED')),
  }),
  'Mutation.verifyCustomerOrganization': () => ({
    document: mutation('verifyCustomerOrganization', 'ReviewInput', SESSION_PAYLOAD),
    variables: { input: { recognized: true } },
    cells: wizardStep(userError('STEP_NOT_ALLOWED')),
  }),
  'Mutation.completeOrderSetup': () => ({
    document: mutation('completeOrderSetup', 'CompleteOrderSetupInput', SESSION_PAYLOAD),
    variables: { input: {} },
    cells: wizardStep(userError('STEP_NOT_ALLOWED')),
  }),
  'Mutation.setPassword': () => ({
    document: mutation('setPassword', 'SetPasswordInput', SESSION_PAYLOAD),
    variables: { input: { password: STRONG_PASSWORD } },
    cells: wizardStep(userError('STEP_NOT_ALLOWED')),
  }),

  // Service setup
  'Mutation.saveCallingSettings': () => ({
    ...serviceStep(CALLING, () => changes((p) => expect(p.subscription.id).toBe(world.subscriptions.s1)))(),
    document: mutation('saveCallingSettings', 'CallingSettingsInput', SESSION_PAYLOAD),
  }),
  'Mutation.saveMeetingSettings': () => ({
    ...serviceStep(MEETINGS, () => changes((p) => expect(p.subscription.id).toBe(world.subscriptions.s1)))(),
    document: mutation('saveMeetingSettings', 'MeetingSettingsInput', SESSION_PAYLOAD),
  }),
  'Mutation.saveEnterpriseSettings': () => ({
    ...serviceStep({ subdomain: 'matrixacme' }, () => changes((p) => expect(p.subscription.id).toBe(world.subscriptions.s1)))(),
    document: mutation('saveEnterpriseSettings', 'EnterpriseSettingsInput', SESSION_PAYLOAD),
  }),
  'Mutation.provisionSubscription': () => ({
    // S1b is provisioned already: a repeat succeeds and changes nothing (billing starts once).
    ...serviceStep(
      {},
      () => ok((p) => expect(p.subscription).toEqual({ id: world.subscriptions.s1b, status: 'ACTIVE' })),
      (w) => w.subscriptions.s1b,
    )(),
    document: mutation('provisionSubscription', 'ProvisionInput', SESSION_PAYLOAD),
  }),

  // The reps' console: reads (reps and admins only)
  'Query.dashboard': () => repRead('{ dashboard { openEscalations overdueOrders } }', (d) => expect(d.openEscalations).toBeGreaterThanOrEqual(0)),
  'Query.searchReps': () =>
    repRead('{ searchReps(limit: 100) { totalCount nodes { id } } }', async (p) => expect(p.totalCount).toBe(await app.em().count(Rep, {}))),
  'Query.rep': () => ({
    document: 'query($id: ID!) { rep(id: $id) { id email } }',
    variables: { id: world.rep.rep.id },
    cells: onlyFor({ rep: ok((r) => expect(r.id).toBe(world.rep.rep.id)), admin: ok((r) => expect(r.id).toBe(world.rep.rep.id)) }),
  }),
  'Query.escalationQueue': () => repRead('{ escalationQueue(limit: 100) { totalCount nodes { id } } }', async (p) => expect(p.totalCount).toBeGreaterThan(0)),
  'Query.escalationQueueCounts': () => repRead('{ escalationQueueCounts { total } }', (c) => expect(c.total).toBeGreaterThanOrEqual(0)),
  'Query.escalation': () => ({
    document: 'query($id: ID!) { escalation(id: $id) { id order { id } } }',
    variables: { id: world.escalations.work },
    cells: onlyFor({
      rep: ok((e) => expect(e.id).toBe(world.escalations.work)),
      admin: [{ variables: { id: NO_ID }, outcome: NULL, about: 'an unknown escalation' }],
    }),
  }),
  'Query.searchOrders': () => repRead('{ searchOrders(limit: 100) { totalCount } }', async (p) => expect(p.totalCount).toBe(await app.em().count(Order, {}))),
  'Query.searchOrganizations': () =>
    repRead('{ searchOrganizations(limit: 100) { totalCount } }', async (p) => expect(p.totalCount).toBe(await app.em().count(Organization, {}))),
  'Query.organization': () => ({
    document: 'query($id: ID!) { organization(id: $id) { id } }',
    variables: { id: world.organizations.c2 },
    cells: onlyFor({ rep: ok((o) => expect(o.id).toBe(world.organizations.c2)), admin: ok((o) => expect(o.id).toBe(world.organizations.c2)) }),
  }),
  'Query.searchSubscriptions': () =>
    repRead('{ searchSubscriptions(limit: 100) { totalCount } }', async (p) => expect(p.totalCount).toBe(await app.em().count(Subscription, {}))),

  // The reps' console: changes
  'Mutation.assignEscalation': () => {
    const on = (escalationId: string) => ({ input: { escalationId } });
    const assigned = changes((p) => expect(p.escalation).toMatchObject({ id: world.escalations.work, status: 'IN_PROGRESS' }));
    return {
      document: mutation('assignEscalation', 'AssignEscalationInput', 'escalation { id status }'),
      variables: on(world.escalations.work),
      cells: onlyFor({
        rep: [
          { variables: on(world.escalations.work), outcome: assigned },
          { variables: on(NO_ID), outcome: userError('NOT_FOUND'), about: 'an unknown escalation' },
        ],
        admin: { variables: on(world.escalations.work), outcome: assigned },
      }),
    };
  },
  'Mutation.unassignEscalation': () => {
    const on = (escalationId: string) => ({ input: { escalationId } });
    const givenBack = changes((p) => expect(p.escalation).toMatchObject({ id: world.escalations.work, status: 'OPEN' }));
    return {
      document: mutation('unassignEscalation', 'UnassignEscalationInput', 'escalation { id status }'),
      variables: on(world.escalations.work),
      cells: onlyFor({
        rep: [
          { variables: on(world.escalations.work), outcome: givenBack },
          { variables: on(NO_ID), outcome: userError('NOT_FOUND'), about: 'an unknown escalation' },
        ],
        admin: { variables: on(world.escalations.work), outcome: givenBack },
      }),
    };
  },
  'Mutation.addEscalationNote': () => ({
    document: mutation('addEscalationNote', 'AddEscalationNoteInput', 'escalation { id }'),
    variables: { input: { escalationId: world.escalations.work, body: 'Left a voicemail.' } },
    cells: onlyFor({ rep: changes(), admin: changes() }),
  }),
  'Mutation.markPartnerContacted': () => ({
    document: mutation('markPartnerContacted', 'MarkPartnerContactedInput', 'escalation { id status }'),
    variables: { input: { escalationId: world.escalations.work, note: 'Spoke to the partner.' } },
    cells: onlyFor({ rep: changes(), admin: changes() }),
  }),
  'Mutation.reassignOrderOrganization': () => ({
    document: mutation('reassignOrderOrganization', 'ReassignOrderOrganizationInput', 'escalation { id }'),
    // An overdue escalation is not resolved by reassigning: the call is refused and changes nothing.
    variables: { input: { escalationId: world.escalations.work, organizationId: world.organizations.c1 } },
    cells: onlyFor({ rep: userError('INVALID_INPUT'), admin: userError('INVALID_INPUT') }),
  }),
  'Mutation.transferCustomerOrganization': () => {
    const to = (organizationId: string, toPartnerOrganizationId: string) => ({ input: { organizationId, toPartnerOrganizationId } });
    // Reps only (admins included); the transfer itself is test/organization-transfer.test.ts: here its refusals, which change nothing.
    return {
      document: mutation('transferCustomerOrganization', 'TransferCustomerOrganizationInput', 'organization { id } subscriptions { id }'),
      variables: to(world.organizations.c1, world.partnerB.id),
      cells: onlyFor({
        rep: [
          { variables: to(world.organizations.c1, world.partnerA.id), outcome: userError('INVALID_INPUT'), about: 'to the partner it has already' },
          { variables: to(NO_ID, world.partnerB.id), outcome: userError('NOT_FOUND'), about: 'an unknown organization' },
        ],
        admin: { variables: to(world.organizations.c1, world.organizations.c2), outcome: userError('INVALID_INPUT'), about: 'to a customer organization' },
      }),
    };
  },
  'Mutation.cancelOrder': () => {
    const cancel = (orderId: string) => ({ input: { orderId, reason: 'The partner withdrew the order.' } });
    return {
      document: mutation('cancelOrder', 'CancelOrderInput', 'order { id status }'),
      variables: cancel(world.cancel.forRep),
      cells: onlyFor({
        rep: [
          { variables: cancel(world.cancel.forRep), outcome: changes((p) => expect(p.order.status).toBe('CANCELLED')) },
          { variables: cancel(world.orders.o1), outcome: userError('INVALID_TRANSITION'), about: 'an order already set up' },
        ],
        admin: { variables: cancel(world.cancel.forAdmin), outcome: changes((p) => expect(p.order.status).toBe('CANCELLED')) },
      }),
    };
  },
  'Mutation.takeOrderBack': () => {
    const takeBack = (orderId: string) => ({ input: { orderId, reason: 'The partner will set up after all.' } });
    return {
      document: mutation('takeOrderBack', 'TakeOrderBackInput', 'order { id status }'),
      variables: takeBack(world.orders.contact),
      // Refusals only: taking back the colleague's order would end the session other rows use (test/order-lifecycle.test.ts proves the change).
      cells: onlyFor({
        rep: { variables: takeBack(world.orders.contact), outcome: userError('INVALID_TRANSITION'), about: 'an order nobody handed over' },
        admin: { variables: takeBack(world.orders.self), outcome: userError('ORDER_ALREADY_SET_UP'), about: 'an order already set up' },
      }),
    };
  },
  'Mutation.updateOrganization': () => ({
    document: mutation('updateOrganization', 'UpdateOrganizationInput', 'organization { id name }'),
    variables: { input: { id: world.partnerB.id, name: 'Bianchi Telecom S.p.A.' } },
    cells: onlyFor({ rep: changes((p) => expect(p.organization.name).toBe('Bianchi Telecom S.p.A.')), admin: changes() }),
  }),
  'Mutation.updateSubscriptionSettings': () => ({
    document: mutation('updateSubscriptionSettings', 'UpdateSubscriptionSettingsInput', 'subscription { id }'),
    variables: { input: { id: world.subscriptions.s1, callingSettings: { timeZone: 'Europe/Rome' } } },
    cells: onlyFor({
      rep: changes(),
      admin: {
        variables: { input: { id: world.subscriptions.s1b, callingSettings: { timeZone: 'Europe/Rome' } } },
        outcome: userError('INVALID_INPUT'),
        about: 'a provisioned subscription',
      },
    }),
  }),
  // Single sign-on and bulk work (issue 18)
  'Query.singleSignOn': () => ({
    document: '{ singleSignOn { enabled loginPath } }',
    cells: everyone(() => ok((p) => expect(p).toEqual({ enabled: false, loginPath: null }))),
  }),
  'Mutation.completeSingleSignOn': () => ({
    document: mutation('completeSingleSignOn', 'CompleteSingleSignOnInput', 'token'),
    variables: { input: { code: 'pho_not-a-real-code' } },
    cells: everyone(() => userError('TOKEN_INVALID')),
  }),
  'Mutation.assignEscalations': () => {
    const unknown = ok((p) => expect(p.results).toEqual([{ id: NO_ID, errors: [expect.objectContaining({ code: 'NOT_FOUND' })] }]));
    return {
      document: mutation('assignEscalations', 'AssignEscalationsInput', 'results { id errors { code } }'),
      variables: { input: { escalationIds: [NO_ID] } },
      cells: onlyFor({
        rep: [{ outcome: unknown }, { variables: { input: { escalationIds: [] } }, outcome: userError('INVALID_INPUT'), about: 'no escalation' }],
        admin: unknown,
      }),
    };
  },
  'Mutation.resolveEscalations': () => {
    const unknown = ok((p) => expect(p.results).toEqual([{ id: NO_ID, errors: [expect.objectContaining({ code: 'NOT_FOUND' })] }]));
    return {
      document: mutation('resolveEscalations', 'ResolveEscalationsInput', 'results { id errors { code } }'),
      variables: { input: { escalationIds: [NO_ID], resolution: 'Called the partner.' } },
      cells: onlyFor({ rep: unknown, admin: unknown }),
    };
  },
  'Mutation.resendEmail': () => ({
    document: mutation('resendEmail', 'ResendEmailInput', 'email { id }'),
    variables: { input: { emailId: NO_ID } },
    cells: onlyFor({ rep: userError('NOT_FOUND'), admin: userError('NOT_FOUND') }),
  }),
  // Signed webhooks: admin reps manage every subscription, the intake key its own; reps read them and the log.
  'Query.webhookSubscriptions': () => {
    const read = ok((page) => expect(page.totalCount).toBeGreaterThanOrEqual(0));
    return { document: '{ webhookSubscriptions { totalCount nodes { id url } } }', cells: onlyFor({ rep: read, admin: read, intakeKey: read }) };
  },
  'Query.webhookSubscription': () => ({
    document: 'query($id: ID!) { webhookSubscription(id: $id) { id } }',
    variables: { id: NO_ID },
    cells: onlyFor({ rep: NULL, admin: NULL, intakeKey: NULL }),
  }),
  'Query.webhookDeliveries': () => {
    const read = ok((page) => expect(page.totalCount).toBeGreaterThanOrEqual(0));
    return { document: '{ webhookDeliveries { totalCount nodes { id status } } }', cells: onlyFor({ rep: read, admin: read, intakeKey: read }) };
  },
  'Mutation.createWebhookSubscription': () => {
    const created = changes((p) => expect(p.secret).toMatch(/^whsec_/));
    return {
      document: mutation('createWebhookSubscription', 'CreateWebhookSubscriptionInput', 'secret subscription { id }'),
      variables: { input: { url: 'https://hooks.example.com/provisioning', eventTypes: ['ORDER_STATUS_CHANGED'] } },
      cells: onlyFor({ admin: created, intakeKey: created }),
    };
  },
  'Mutation.updateWebhookSubscription': () => ({
    document: mutation('updateWebhookSubscription', 'UpdateWebhookSubscriptionInput', 'subscription { id }'),
    variables: { input: { id: NO_ID, enabled: false } },
    cells: onlyFor({ admin: userError('NOT_FOUND'), intakeKey: userError('NOT_FOUND') }),
  }),
  'Mutation.rotateWebhookSecret': () => ({
    document: mutation('rotateWebhookSecret', 'RotateWebhookSecretInput', 'secret subscription { id }'),
    variables: { input: { id: NO_ID } },
    cells: onlyFor({ admin: userError('NOT_FOUND'), intakeKey: userError('NOT_FOUND') }),
  }),
  'Mutation.deleteWebhookSubscription': () => ({
    document: mutation('deleteWebhookSubscription', 'DeleteWebhookSubscriptionInput', 'deletedId'),
    variables: { input: { id: NO_ID } },
    cells: onlyFor({ admin: userError('NOT_FOUND'), intakeKey: userError('NOT_FOUND') }),
  }),
  // A paused subscription is resumed by whoever manages it (#26); the pause and the held deliveries: test/webhook-pause.test.ts.
  'Mutation.resumeWebhookSubscription': () => ({
    document: mutation('resumeWebhookSubscription', 'ResumeWebhookSubscriptionInput', 'subscription { id pausedAt }'),
    variables: { input: { id: NO_ID, clientRequestId: 'matrix-resume' } },
    cells: onlyFor({ admin: userError('NOT_FOUND'), intakeKey: userError('NOT_FOUND') }),
  }),
  'Mutation.resendWebhookDelivery': () => ({
    document: mutation('resendWebhookDelivery', 'ResendWebhookDeliveryInput', 'delivery { id }'),
    variables: { input: { deliveryId: '999999999' } },
    cells: onlyFor({ rep: userError('NOT_FOUND'), admin: userError('NOT_FOUND'), intakeKey: userError('NOT_FOUND') }),
  }),
  // The reps' workspace (#28): saved views are each rep's own; canned resolutions are shared by reps.
  'Query.savedViews': () => repRead('{ savedViews { id resource name } }', (views) => expect(Array.isArray(views)).toBe(true)),
  'Mutation.saveView': () => {
    const saved = changes((p) => expect(p.view).toMatchObject({ name: 'Matrix view' }));
    return {
      document: mutation('saveView', 'SaveViewInput', 'view { id name }'),
      variables: { input: { resource: 'ESCALATIONS', name: 'Matrix view', filters: { unassigned: true }, columns: ['kind'] } },
      cells: onlyFor({
        rep: [
          { outcome: saved },
          { variables: { input: { id: NO_ID, resource: 'ESCALATIONS', name: 'x', filters: {} } }, outcome: userError('NOT_FOUND'), about: 'an unknown view' },
        ],
        admin: saved,
      }),
    };
  },
  'Mutation.deleteView': () => ({
    document: mutation('deleteView', 'DeleteViewInput', 'deletedId'),
    variables: { input: { id: NO_ID } },
    cells: onlyFor({ rep: userError('NOT_FOUND'), admin: userError('NOT_FOUND') }),
  }),
  'Query.cannedResolutions': () => repRead('{ cannedResolutions { id title text } }', (list) => expect(Array.isArray(list)).toBe(true)),
  'Mutation.saveCannedResolution': () => ({
    document: mutation('saveCannedResolution', 'SaveCannedResolutionInput', 'cannedResolution { id }'),
    // A title only a little too long: refused before anything is written, for every caller allowed.
    variables: { input: { title: 't'.repeat(121), text: 'Resolved.' } },
    cells: onlyFor({ rep: userError('INVALID_INPUT'), admin: userError('INVALID_INPUT') }),
  }),
  'Mutation.deleteCannedResolution': () => ({
    document: mutation('deleteCannedResolution', 'DeleteCannedResolutionInput', 'deletedId'),
    variables: { input: { id: NO_ID } },
    cells: onlyFor({ rep: userError('NOT_FOUND'), admin: userError('NOT_FOUND') }),
  }),
  // Admins only
  'Mutation.createRep': () => ({
    document: mutation('createRep', 'CreateRepInput', 'rep { id email }'),
    variables: { input: { email: `new-rep-${Date.now()}@cisco.example`, name: 'New Rep', password: 'Correct-horse-battery-9' } },
    cells: onlyFor({ admin: changes((p) => expect(p.rep.email).toMatch(/^new-rep-/)) }),
  }),
  'Mutation.updateRep': () => ({
    document: mutation('updateRep', 'UpdateRepInput', 'rep { id name }'),
    variables: { input: { id: world.spareRep, name: 'Renamed Rep' } },
    cells: onlyFor({ admin: changes((p) => expect(p.rep.name).toBe('Renamed Rep')) }),
  }),
};

// ── Running it ──────────────────────────────────────────────────────────────────────────────

function fieldOf(operation: string): string {
  return operation.split('.')[1];
}

async function check(response: GraphQLResponse, field: string, outcome: Outcome): Promise<void> {
  expect(response.status).toBe(200);
  const value = response.data?.[field];
  switch (outcome.kind) {
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      expect(response.errors).toEqual([expect.objectContaining({ path: [field], extensions: { code: outcome.kind } })]);
      expect(value ?? null).toBeNull();
      return;
    case 'NULL':
      expect(response.errors).toBeUndefined();
      expect(value).toBeNull();
      return;
    case 'USER_ERROR':
      expect(response.errors).toBeUndefined();
      expect(value.errors.map((e: any) => e.code)).toEqual([outcome.code]);
      return;
    case 'OK':
      expect(response.errors).toBeUndefined();
      expect(value).toBeDefined();
      if (value && Array.isArray(value.errors)) expect(value.errors).toEqual([]);
      await outcome.check?.(value);
  }
}

let cellsRun = 0;
/** The database as the last case left it (nothing else writes between cases), to save a fingerprint per case. */
let lastFingerprint: Record<string, string> | undefined;

describe('the authorization matrix', () => {
  it('has a row for every Query and Mutation field of the schema, and no row for a field that does not exist', async () => {
    const schema = await createSchema();
    const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()).map((name) => `${type.name}.${name}`));
    expect({ withoutRow: fields.filter((f) => !(f in MATRIX)).sort() }).toEqual({ withoutRow: [] });
    expect({
      withoutField: Object.keys(MATRIX)
        .filter((f) => !fields.includes(f))
        .sort(),
    }).toEqual({ withoutField: [] });
  });

  it('has no root field declared by two resolvers (type-graphql would silently keep only the last one)', async () => {
    await createSchema();
    const storage = getMetadataStorage();
    const declared = new Map<string, string[]>();
    for (const [type, handlers] of [
      ['Query', storage.queries],
      ['Mutation', storage.mutations],
    ] as const) {
      for (const handler of handlers) {
        const key = `${type}.${handler.schemaName}`;
        declared.set(key, [...(declared.get(key) ?? []), `${handler.target.name}.${handler.methodName}`]);
      }
    }
    expect([...declared].filter(([, by]) => by.length > 1)).toEqual([]);
  });

  describe.each(Object.keys(MATRIX))('%s', (operation) => {
    it.each(PRINCIPALS.map((p) => [DESCRIBE[p], p] as const))('as %s', async (_label, principal) => {
      const row = MATRIX[operation]();
      for (const testCase of casesOf(row.cells[principal])) {
        const token = testCase.fresh ? await freshTokenOf(principal)() : tokenOf(principal);
        const before = !testCase.fresh && lastFingerprint ? lastFingerprint : await databaseFingerprint(app);
        const response = await app.gql(testCase.document ?? row.document, { ...row.variables, ...testCase.variables }, token);
        const after = (lastFingerprint = await databaseFingerprint(app));
        const context = `${operation} as ${principal}${testCase.about ? ` (${testCase.about})` : ''}: ${JSON.stringify(response.errors ?? response.data)}`;
        try {
          await check(response, fieldOf(operation), testCase.outcome);
          const mayChange = testCase.outcome.kind === 'OK' && testCase.outcome.changes;
          if (!mayChange) expect({ changedTables: changedTables(before, after) }).toEqual({ changedTables: [] });
        } catch (error) {
          (error as Error).message = `${context}\n${(error as Error).message}`;
          throw error;
        }
        cellsRun++;
      }
    });
  });

  afterAll(() => {
    const operations = Object.keys(MATRIX).length;
    console.log(
      `authorization matrix: ${PRINCIPALS.length} principals × ${operations} operations = ${PRINCIPALS.length * operations} cells, ${cellsRun} cases run`,
    );
  });
});

// ── Machine keys, field by field ────────────────────────────────────────────────────────────

/**
 * The machine keys' rows for every field below an order, not only the roots: every field of every
 * type reachable from `Order` (organizations, subscriptions and their settings, escalations and the
 * reps' notes, assignee, partnerContactedBy, organizationInQuestion, audit trails, emails, links), each
 * reached by its shortest path, for the intake key through `order(id)` of an order it placed and for
 * the scheduler key through `order(id)` and `overdueOrders`. A key reads an order's own facts
 * (docs/integrators.md, "Security rules"); anything else is FORBIDDEN at the first field it may not read, and no rep
 * note or rep email appears anywhere in the answer. The policy is stated here, apart from the server's.
 */
const ORDER_FACTS_FOR_KEYS = new Set([
  'Order.id',
  'Order.ccwOrderNumber',
  'Order.offer',
  'Order.status',
  'Order.requestedStartDate',
  'Order.timeZone',
  'Order.locale',
  'Order.provisioningContactEmail',
  'Order.services',
  'Order.overdue',
  'Order.overdueAt',
  'Order.partnerAccountId',
  'Order.partnerName',
  'Order.customerName',
  'Order.createdAt',
  'Order.updatedAt',
  'Order.linkSentAt',
  'Order.linkExpiresAt',
  'Order.setupStartedAt',
  'Order.setUpAt',
  'Order.provisionedAt',
  'ServiceLine.kind',
  'ServiceLine.quantity',
]);
/** The intake key also reads, on the orders it placed, the subscription's facts (#26): never its settings, subdomain or organization. */
const SUBSCRIPTION_FACTS_FOR_INTAKE = [
  'Order.subscription',
  'Subscription.id',
  'Subscription.status',
  'Subscription.services',
  'Subscription.billingStartedAt',
  'Subscription.suspendedAt',
  'Subscription.suspensionReason',
  'Subscription.cancelledAt',
  'Subscription.cancellationReason',
  'Subscription.scheduledChanges',
  'SubscriptionChange.id',
  'SubscriptionChange.kind',
  'SubscriptionChange.status',
  'SubscriptionChange.effectiveAt',
  'SubscriptionChange.services',
  'SubscriptionChange.createdAt',
  'SubscriptionChange.settledAt',
  // The organizations' ids, nothing else of them.
  'Order.partnerOrganization',
  'Order.customerOrganization',
  'Organization.id',
];
const KEY_MAY_READ: Record<'intakeKey' | 'schedulerKey', ReadonlySet<string>> = {
  intakeKey: new Set([...ORDER_FACTS_FOR_KEYS, ...SUBSCRIPTION_FACTS_FOR_INTAKE]),
  schedulerKey: ORDER_FACTS_FOR_KEYS,
};

interface NestedField {
  /** `Type.field`, the row's name. */
  name: string;
  /** The shortest path of fields from Order to it, as `Type.field`. */
  path: { type: string; field: GraphQLField<unknown, unknown> }[];
}

async function fieldsBelowOrder(): Promise<NestedField[]> {
  const schema = await createSchema();
  const order = schema.getType('Order') as GraphQLObjectType;
  const rows: NestedField[] = [];
  const seenTypes = new Set<string>([order.name]);
  let frontier: { type: GraphQLObjectType; path: NestedField['path'] }[] = [{ type: order, path: [] }];
  while (frontier.length) {
    const next: typeof frontier = [];
    for (const { type, path } of frontier) {
      for (const field of Object.values(type.getFields())) {
        const here = [...path, { type: type.name, field }];
        rows.push({ name: `${type.name}.${field.name}`, path: here });
        const named = getNamedType(field.type);
        if (named instanceof GraphQLObjectType && !seenTypes.has(named.name)) {
          seenTypes.add(named.name);
          next.push({ type: named, path: here });
        }
      }
    }
    frontier = next;
  }
  return rows;
}

/** The selection for a path: `a { b { c } }`, an object at the end asks for `__typename`. */
function selectionOf(path: NestedField['path']): string {
  const [first, ...rest] = path;
  const required = first.field.args.filter((a) => a.type.toString().endsWith('!'));
  if (required.length) throw new Error(`${first.type}.${first.field.name} has required arguments: give the matrix a value for them`);
  const leaf = !(getNamedType(first.field.type) instanceof GraphQLObjectType);
  if (!rest.length) return leaf ? first.field.name : `${first.field.name} { __typename }`;
  return `${first.field.name} { ${selectionOf(rest)} }`;
}

describe('machine keys read only what their scope says, on every nested field', () => {
  let nested: NestedField[] = [];
  beforeAll(async () => {
    nested = await fieldsBelowOrder();
  });

  it('rep-only escalation data (notes, assignee, partnerContactedBy, organizationInQuestion, the reps themselves) is rep-only on every path: every field of Escalation, EscalationNote and Rep carries the REP rule', async () => {
    const schema = await createSchema();
    const open: string[] = [];
    for (const name of ['Escalation', 'EscalationNote', 'Rep']) {
      const type = schema.getType(name) as GraphQLObjectType;
      for (const field of Object.values(type.getFields())) {
        const rules = field.extensions?.access ?? type.extensions?.access;
        if (JSON.stringify(rules) !== JSON.stringify(['REP'])) open.push(`${name}.${field.name}`);
      }
    }
    expect(open).toEqual([]);
  });

  it('covers the rep-only escalation data and every type below an order', () => {
    const names = nested.map((n) => n.name);
    for (const field of [
      'Order.escalations',
      'Escalation.notes',
      'EscalationNote.body',
      'Escalation.assignee',
      'Rep.email',
      'Escalation.partnerContactedBy',
      'Escalation.organizationInQuestion',
      'Organization.address',
      'Subscription.callingSettings',
      'Subscription.meetingSettings',
      'Subscription.subdomain',
      'Order.auditTrail',
    ]) {
      expect(names).toContain(field);
    }
  });

  const ROOTS = [
    { principal: 'intakeKey', root: 'order', wrap: (s: string) => `query($id: ID!) { order(id: $id) { ${s} } }`, prefix: ['order'] },
    // The key's provisioned order: its subscription is there, so each of its fields is read or refused (#26).
    {
      principal: 'intakeKey',
      root: 'order of a provisioned order',
      wrap: (s: string) => `query($id: ID!) { order(id: $id) { ${s} } }`,
      prefix: ['order'],
      provisioned: true,
    },
    { principal: 'schedulerKey', root: 'order', wrap: (s: string) => `query($id: ID!) { order(id: $id) { ${s} } }`, prefix: ['order'] },
    {
      principal: 'schedulerKey',
      root: 'overdueOrders',
      wrap: (s: string) => `{ overdueOrders(first: 100) { edges { node { ${s} } } } }`,
      prefix: ['overdueOrders', 'edges', 'node'],
    },
  ] as const;

  it.each(ROOTS.map((r) => [`${DESCRIBE[r.principal]} through ${r.root}`, r] as const))(
    '%s',
    async (_label, root) => {
      const { principal, wrap, prefix } = root;
      const provisioned = 'provisioned' in root && root.provisioned;
      const secrets = [REP_NOTE, world.rep.rep.email];
      let checked = 0;
      for (const { name, path } of nested) {
        // The intake key reads an order's subscription and organizations' ids (#26): below them, what it may read is proven on its provisioned order.
        if (
          principal === 'intakeKey' &&
          !provisioned &&
          path.length > 1 &&
          ['subscription', 'partnerOrganization', 'customerOrganization'].includes(path[0].field.name)
        ) {
          checked++;
          continue;
        }
        const document = wrap(selectionOf(path));
        const response = await app.gql(document, { id: provisioned ? keyWorld.provisionedOrder : keyWorld.order }, tokenOf(principal));
        const context = `${name} as ${principal}: ${JSON.stringify(response.errors ?? response.data).slice(0, 400)}`;
        const closedAt = path.findIndex((step) => !KEY_MAY_READ[principal].has(`${step.type}.${step.field.name}`));
        const text = JSON.stringify(response);
        for (const secret of secrets) expect({ context, leaks: text.includes(secret) }).toEqual({ context, leaks: false });
        if (closedAt === -1) {
          expect({ context, errors: response.errors }).toEqual({ context, errors: undefined });
          const root = response.data[prefix[0]];
          expect({ context, found: root !== null && (Array.isArray(root?.edges) ? root.edges.length > 0 : true) }).toEqual({ context, found: true });
        } else {
          const forbiddenPath = [...prefix, ...path.slice(0, closedAt + 1).map((step) => step.field.name)];
          const errors = (response.errors ?? []).map((e: any) => ({ code: e.extensions?.code, path: e.path.filter((p: unknown) => typeof p === 'string') }));
          expect({ context, some: errors.length > 0 }).toEqual({ context, some: true });
          for (const error of errors) expect({ context, error }).toEqual({ context, error: { code: 'FORBIDDEN', path: forbiddenPath } });
        }
        checked++;
      }
      expect(checked).toBe(nested.length);
    },
    120_000,
  );
});
