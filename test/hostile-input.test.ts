import fc from 'fast-check';
import { getNamedType, isLeafType, type GraphQLInputObjectType, type GraphQLNonNull } from 'graphql';
import { accessRulesOf } from '../server/graphql/access.js';
import { createSchema } from '../server/graphql/schema.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, orderInput, unique } from './support/factories.js';
import { changedTables, databaseFingerprint } from './support/world.js';
import { CALLING, CUSTOMER_ORGANIZATION, MEETINGS, PARTNER_ORGANIZATION, STRONG_PASSWORD, Wizard } from './support/wizard.js';
import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { EscalationKind } from '../server/escalations/escalation.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { Organization, OrganizationKind } from '../server/organizations/organization.entity.js';
import { Subscription } from '../server/subscriptions/subscription.entity.js';

/**
 * Hostile input, generated: malformed, huge, unicode-tricky and injection-shaped values at every
 * input of the mutations (and the arguments of the queries). Whatever comes in, the answer is a typed
 * UserError or a 4xx — never a 500 or INTERNAL_SERVER_ERROR — and a refused request changes nothing.
 * `HOSTILE_RUNS` sets the runs per property (default 40); the total tried is printed at the end.
 */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);
const SEED = process.env.HOSTILE_SEED ? Number(process.env.HOSTILE_SEED) : undefined;
/** Per test: generous, so a slow machine never leaves a property running into the next test. */
const TIMEOUT = Math.max(120_000, RUNS * 4_000);

let app: TestApp;
let wizard: Wizard;
const tried: Record<string, number> = {};
let lastFingerprint: Record<string, string> | undefined;

beforeAll(async () => {
  app = await startTestApp({ env: { RATE_LIMIT_PER_ADDRESS: '1000000', RATE_LIMIT_PER_ACCOUNT: '1000000' } });
  wizard = new Wizard(app);
}, 60_000);
afterAll(async () => {
  const total = Object.values(tried).reduce((a, b) => a + b, 0);
  console.log(
    `hostile input: ${total} generated inputs tried\n${Object.entries(tried)
      .map(([op, n]) => `  ${op}: ${n}`)
      .join('\n')}`,
  );
  await app.stop();
});

// ── Hostile values ──────────────────────────────────────────────────────────────────────────

const NASTY = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'abc\u0000def',
  '\u0000'.repeat(50),
  '\u0007\u001b[31mred',
  '\u007f',
  '\uD800',
  'a\uDFFFb',
  '\uDBFF\uDBFF',
  'x\uD83D',
  '\u202Eevil\u202C',
  '\u200B',
  '\u200B\u200C\u200D\u2060',
  '\uFEFFbom',
  'e' + '\u0301'.repeat(60),
  'Z\u0335\u0321\u031b\u0334\u0338\u0336'.repeat(20),
  '👨‍👩‍👧‍👦',
  'ＡＢＣ',
  'İstanbul',
  'ß',
  '\u212Aelvin',
  'ﬁ',
  '\u00A0nbsp\u00A0',
  '\u2028line\u2029',
  "' OR '1'='1",
  "'; DROP TABLE organization; --",
  "\\' OR 1=1 --",
  "1' AND pg_sleep(5)--",
  '%',
  '_%_',
  '%00',
  '$1',
  '?',
  ':name',
  '\\x00',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  'javascript:alert(1)',
  '"} } mutation { logout(input: {}) { errors { code } } } #',
  '__schema { types { name } }',
  '{"$ne":null}',
  '[object Object]',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '9'.repeat(400),
  '-0',
  '0x10',
  '../../etc/passwd',
  'C:\\Windows\\system32',
  'http://169.254.169.254/latest/meta-data/',
  'a@b',
  '@',
  'a@b.c',
  'a@b..com',
  `${'x'.repeat(64)}@example.com`,
  `${'x'.repeat(65)}@example.com`,
  `a@${'b'.repeat(250)}.com`,
  'admin@rossi.example',
  'ADMIN@ROSSI.EXAMPLE ',
  'phs_' + 'A'.repeat(43),
  'phw_',
  'phl_x',
  'pha_' + 'z'.repeat(300),
  'Bearer x',
  '2026-02-30',
  '0000-01-01',
  '2026-12-01T00:00:00Z',
  '99999-01-01',
  '2026-1-1',
  '1999-12-31',
  'Europe/Rome\u0000',
  'Etc/GMT+14',
  'America/Argentina/ComodRivadavia',
  'UTC+25',
  'Europe/../../etc',
  'i-klingon',
  'x-private',
  'en-',
  'zh-Hant-TW-u-nu-hanidec',
  'en_US',
  'root',
  'ZZ',
  'XK',
  'EU',
  'UK',
  'AA',
  'it',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-4000-8000-00000000000g',
  'eyJ4IjoxfQ',
  Buffer.from('["not a date","x"]').toString('base64url'),
  Buffer.from('["2026-01-01T00:00:00.000Z", "\'; drop"]').toString('base64url'),
  Buffer.from('[1e400, null]').toString('base64url'),
  Buffer.from('["2026-01-01T00:00:00.000Z", 7]').toString('base64url'),
  'www',
  'ADMIN',
  'a'.repeat(63),
  'a'.repeat(64),
  'acme-italia',
  '-acme',
  'acme-',
];

const HUGE = fc.constantFrom(
  'a'.repeat(100_000),
  '€'.repeat(60_000),
  'e\u0301'.repeat(20_000),
  '\u0000'.repeat(10_000),
  '\uD800'.repeat(5_000),
  'x'.repeat(1_100_000),
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 20 }), loneSurrogate, fc.constantFrom(...NASTY)).map(([a, b, c, d]) => a + b + c + d),
  },
  { weight: 1, arbitrary: HUGE },
);

/** A value of the wrong GraphQL type, or missing: the request is refused as a 4xx before any resolver. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

const hostileInt: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, -1, 1, 1_000_000, 1_000_001, 2_147_483_647, 2_147_483_648, -2_147_483_649, 1.5, Number.MAX_SAFE_INTEGER),
  fc.integer(),
  hostileString,
);

/**
 * An input where each field is valid, or (exactly one field, or several) hostile or of a wrong
 * type. One hostile field alone reaches the deepest code; several at once test that every mistake
 * is reported together.
 */
function hostileInput(valid: () => Record<string, unknown>, fields: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(valid());
  const bad = (name: string) => fields[name] ?? fc.oneof({ weight: 6, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });
  const one = fc.constantFrom(...names).chain((name) => bad(name).map((value) => ({ ...valid(), [name]: value })));
  const several = fc.record(Object.fromEntries(names.map((name) => [name, fc.option(bad(name), { freq: 2 })]))).map((overrides) => {
    const input = valid();
    for (const [name, value] of Object.entries(overrides)) if (value !== null) input[name] = value;
    return input;
  });
  return fc.oneof({ weight: 3, arbitrary: one }, { weight: 2, arbitrary: several });
}

// ── The property ────────────────────────────────────────────────────────────────────────────

const REQUEST_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

interface Answer {
  status: number;
  body: any;
  /** The mutation's payload succeeded (no user errors). */
  succeeded: boolean;
}

/**
 * Sends one request and checks the rules: a 4xx or a 200; no INTERNAL_SERVER_ERROR; request-level
 * errors only of the client-facing kinds; user errors typed; and when anything was refused, the
 * database (every table but the rate limiter's counters) exactly as before.
 */
async function attack(operation: string, body: string, token?: string, contentType = 'application/json'): Promise<Answer> {
  tried[operation] = (tried[operation] ?? 0) + 1;
  const before = lastFingerprint ?? (await databaseFingerprint(app));
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const text = await response.text();
  const after = (lastFingerprint = await databaseFingerprint(app));
  const context = `${operation}: ${response.status} ${text.slice(0, 600)}\nrequest: ${body.slice(0, 600)}`;
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  try {
    expect(response.status).toBeLessThan(500);
    expect(response.status === 200 || (response.status >= 400 && response.status < 500)).toBe(true);
    const errors: any[] = parsed?.errors ?? [];
    for (const error of errors) expect(REQUEST_ERROR_CODES).toContain(error.extensions?.code);
    expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|\bat [\w.<>]+ \(|node_modules|\/server\//);
    const payload = parsed?.data && Object.values(parsed.data)[0];
    const userErrors: any[] = payload && typeof payload === 'object' && Array.isArray((payload as any).errors) ? (payload as any).errors : [];
    for (const error of userErrors) expect(typeof error.code).toBe('string');
    const refused = response.status !== 200 || errors.length > 0 || userErrors.length > 0 || !payload;
    if (refused) expect({ changedTables: changedTables(before, after) }).toEqual({ changedTables: [] });
    return { status: response.status, body: parsed, succeeded: !refused };
  } catch (error) {
    (error as Error).message = `${context}\n${(error as Error).message}`;
    throw error;
  }
}

const call = (operation: string, document: string, variables: Record<string, unknown>, token?: string) =>
  attack(operation, JSON.stringify({ query: document, variables }), token);

const mutation = (name: string, inputType: string, selection = '') =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { errors { code message field } ${selection} } }`;

async function property<T>(arbitrary: fc.Arbitrary<T>, run: (value: T) => Promise<void>, runs = RUNS): Promise<void> {
  // Whatever the test arranged before this point is the baseline.
  lastFingerprint = undefined;
  await fc.assert(fc.asyncProperty(arbitrary, run), { numRuns: runs, seed: SEED, endOnFailure: true });
}

// ── Where the wizard stands ─────────────────────────────────────────────────────────────────

/** A setup session positioned at a step, re-created when a success moved it past the point where it can be reused. */
class Positioned {
  private token: string | undefined;
  constructor(private readonly arrange: () => Promise<string>) {}
  async get(): Promise<string> {
    if (!this.token) {
      this.token = await this.arrange();
      lastFingerprint = undefined;
    }
    return this.token;
  }
  spent(): void {
    this.token = undefined;
  }
}

async function atChooseSetupOwner(): Promise<string> {
  const { token } = await wizard.orderWithLink();
  const { sessionToken } = await wizard.start(token);
  await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
  return sessionToken;
}
async function atCreatePartnerOrganization(): Promise<string> {
  const t = await atChooseSetupOwner();
  await wizard.ok(t, 'chooseSetupOwner', { owner: 'SELF' });
  return t;
}
async function atCustomerAdministrator(): Promise<string> {
  const t = await atCreatePartnerOrganization();
  await wizard.ok(t, 'createPartnerOrganization', PARTNER_ORGANIZATION);
  return t;
}
async function atConfirmCustomerOrganization(): Promise<string> {
  const t = await atCustomerAdministrator();
  await wizard.ok(t, 'setCustomerAdministrator', { email: `${unique('admin-')}@acme.example`.toLowerCase() });
  return t;
}
async function atReviewOrder(): Promise<string> {
  const t = await atConfirmCustomerOrganization();
  await wizard.ok(t, 'confirmCustomerOrganization', { newOrganization: CUSTOMER_ORGANIZATION });
  return t;
}
async function atSetPassword(): Promise<string> {
  const t = await atReviewOrder();
  await wizard.ok(t, 'completeOrderSetup');
  return t;
}
async function atServiceSetup(): Promise<string> {
  const t = await atSetPassword();
  await wizard.ok(t, 'setPassword', { password: STRONG_PASSWORD });
  return t;
}

// ── The suites ──────────────────────────────────────────────────────────────────────────────

describe('hostile input never causes a 500 or a partial write', () => {
  it(
    'placeOrder',
    async () => {
      const key = await createApiKey(app.em(), ['orders:write']);
      const services = fc.oneof(
        fc.array(fc.record({ kind: fc.oneof(fc.constantFrom('MEETINGS', 'CALLING', 'MESSAGING', 'WEBINARS'), hostileString), quantity: hostileInt }), {
          maxLength: 6,
        }),
        wrongType,
      );
      await property(
        hostileInput(() => orderInput(), { services, offer: fc.oneof(fc.constantFrom('A_WX', 'A_SPK', 'A_FLEX'), hostileString, wrongType) }),
        async (input) => {
          await call('placeOrder', mutation('placeOrder', 'PlaceOrderInput', 'created order { id ccwOrderNumber }'), { input }, key);
        },
      );
    },
    TIMEOUT,
  );

  it(
    'updateProvisioningContact',
    async () => {
      const key = await createApiKey(app.em(), ['orders:write']);
      const { orderId } = await wizard.orderWithLink({}, undefined, key);
      await property(
        hostileInput(() => ({ orderId, email: 'new-contact@rossi.example', resend: true }), { resend: fc.oneof(fc.boolean(), wrongType) }),
        async (input) => {
          await call('updateProvisioningContact', mutation('updateProvisioningContact', 'UpdateProvisioningContactInput', 'order { id }'), { input }, key);
        },
      );
    },
    TIMEOUT,
  );

  it(
    'login',
    async () => {
      const organization = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
      const user = await createUser(app.em(), organization, `${unique('login')}@rossi.example`, STRONG_PASSWORD);
      await property(
        hostileInput(() => ({ email: user.email, password: 'Wrong-password-1' })),
        async (input) => {
          await call('login', mutation('login', 'LoginInput', 'token'), { input });
        },
      );
    },
    TIMEOUT,
  );

  it(
    'activateAccount',
    async () => {
      await property(
        hostileInput(() => ({ token: 'pha_' + 'x'.repeat(43), password: STRONG_PASSWORD })),
        async (input) => {
          await call('activateAccount', mutation('activateAccount', 'ActivateAccountInput', 'token'), { input });
        },
      );
    },
    TIMEOUT,
  );

  it(
    'startSetup',
    async () => {
      await property(
        hostileInput(() => ({ token: 'phs_' + 'y'.repeat(43) })),
        async (input) => {
          await call('startSetup', mutation('startSetup', 'StartSetupInput', 'sessionToken'), { input });
        },
      );
    },
    TIMEOUT,
  );

  it(
    'chooseRole, chooseSetupOwner',
    async () => {
      const session = new Positioned(atChooseSetupOwner);
      const owner = fc.oneof(fc.constantFrom('SELF', 'COLLEAGUE', 'CUSTOMER'), hostileString, wrongType);
      await property(
        hostileInput(() => ({ owner: 'COLLEAGUE', email: 'colleague@rossi.example' }), { owner }),
        async (input) => {
          const answer = await call(
            'chooseSetupOwner',
            mutation('chooseSetupOwner', 'ChooseSetupOwnerInput', 'session { nextStep }'),
            { input },
            await session.get(),
          );
          // Handed over: this session has ended; the next run needs a new one.
          if (answer.succeeded && answer.body.data.chooseSetupOwner.session.nextStep === 'HANDED_OVER') session.spent();
        },
      );
      const roleSession = new Positioned(async () => (await wizard.start((await wizard.orderWithLink()).token)).sessionToken);
      await property(
        fc.oneof(fc.constantFrom('PARTNER', 'CUSTOMER'), hostileString, wrongType),
        async (role) => {
          await call('chooseRole', mutation('chooseRole', 'ChooseRoleInput', 'session { nextStep }'), { input: { role } }, await roleSession.get());
        },
        Math.ceil(RUNS / 2),
      );
    },
    TIMEOUT,
  );

  it(
    'createPartnerOrganization',
    async () => {
      const session = new Positioned(atCreatePartnerOrganization);
      await property(
        hostileInput(() => ({ ...PARTNER_ORGANIZATION })),
        async (input) => {
          await call(
            'createPartnerOrganization',
            mutation('createPartnerOrganization', 'CreatePartnerOrganizationInput', 'session { nextStep }'),
            { input },
            await session.get(),
          );
        },
      );
    },
    TIMEOUT,
  );

  it(
    'setCustomerAdministrator',
    async () => {
      const session = new Positioned(atCustomerAdministrator);
      await property(
        hostileInput(() => ({ email: 'it-admin@acme.example' })),
        async (input) => {
          await call(
            'setCustomerAdministrator',
            mutation('setCustomerAdministrator', 'SetCustomerAdministratorInput', 'session { nextStep }'),
            { input },
            await session.get(),
          );
        },
      );
    },
    TIMEOUT,
  );

  it(
    'confirmCustomerOrganization',
    async () => {
      const session = new Positioned(atConfirmCustomerOrganization);
      const newOrganization = fc.oneof(
        hostileInput(() => ({ ...CUSTOMER_ORGANIZATION })),
        wrongType,
      );
      await property(
        hostileInput(() => ({ newOrganization: { ...CUSTOMER_ORGANIZATION } }), { newOrganization, candidateId: fc.oneof(hostileString, wrongType) }),
        async (input) => {
          await call(
            'confirmCustomerOrganization',
            mutation('confirmCustomerOrganization', 'ConfirmCustomerOrganizationInput', 'session { nextStep }'),
            { input },
            await session.get(),
          );
        },
      );
    },
    TIMEOUT,
  );

  it(
    'reviewPartnerOrganization, verifyCustomerOrganization, completeOrderSetup',
    async () => {
      const session = new Positioned(atReviewOrder);
      await property(
        fc.oneof(fc.record({ recognized: fc.oneof(fc.boolean(), hostileString, wrongType) }), wrongType),
        async (input) => {
          await call(
            'verifyCustomerOrganization',
            mutation('verifyCustomerOrganization', 'ReviewInput', 'session { nextStep }'),
            { input },
            await session.get(),
          );
          await call('reviewPartnerOrganization', mutation('reviewPartnerOrganization', 'ReviewInput', 'session { nextStep }'), { input }, await session.get());
        },
        Math.ceil(RUNS / 4),
      );
      await property(
        fc.oneof(fc.record({ clientMutationId: fc.oneof(hostileString, wrongType) }), wrongType),
        async (input) => {
          const answer = await call(
            'completeOrderSetup',
            mutation('completeOrderSetup', 'CompleteOrderSetupInput', 'session { nextStep }'),
            { input },
            await session.get(),
          );
          if (answer.succeeded) session.spent();
        },
        Math.ceil(RUNS / 4),
      );
    },
    TIMEOUT,
  );

  it(
    'setPassword',
    async () => {
      const session = new Positioned(atSetPassword);
      await property(
        hostileInput(() => ({ password: 'short' })),
        async (input) => {
          const answer = await call('setPassword', mutation('setPassword', 'SetPasswordInput', 'session { nextStep }'), { input }, await session.get());
          if (answer.succeeded) session.spent();
        },
        Math.ceil(RUNS / 2),
      );
    },
    TIMEOUT,
  );

  it(
    'saveCallingSettings, saveMeetingSettings, saveEnterpriseSettings (setup session)',
    async () => {
      const session = new Positioned(atServiceSetup);
      const payload = 'session { nextStep } subscription { id }';
      await property(
        hostileInput(() => ({ ...CALLING })),
        async (input) => {
          await call('saveCallingSettings', mutation('saveCallingSettings', 'CallingSettingsInput', payload), { input }, await session.get());
        },
      );
      await property(
        hostileInput(() => ({ ...MEETINGS })),
        async (input) => {
          await call('saveMeetingSettings', mutation('saveMeetingSettings', 'MeetingSettingsInput', payload), { input }, await session.get());
        },
      );
      await property(
        hostileInput(() => ({ subdomain: unique('sub').replace(/[^a-z0-9]/gi, '') })),
        async (input) => {
          await call('saveEnterpriseSettings', mutation('saveEnterpriseSettings', 'EnterpriseSettingsInput', payload), { input }, await session.get());
        },
      );
    },
    TIMEOUT,
  );

  it(
    'service setup and provisioning with a login naming the subscription',
    async () => {
      const { token } = await wizard.orderWithLink();
      const t = await wizard.toReview(token, `${unique('admin-')}@acme.example`.toLowerCase());
      const setUp = await wizard.ok(t, 'completeOrderSetup');
      const subscriptionId = setUp.subscription.id;
      const subscription = await app.em().findOneOrFail(Subscription, subscriptionId);
      const partnerOrganization = (await app.em().findOneOrFail(Order, subscription.order.id)).partnerOrganization!.id;
      const partnerUser = await createUser(app.em(), await app.em().findOneOrFail(Organization, partnerOrganization));
      const login = await loginToken(app.em(), { user: partnerUser }, app.clock.now());
      const id = fc.oneof({ weight: 2, arbitrary: fc.constant(subscriptionId) }, { weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });
      await property(
        hostileInput(() => ({ ...CALLING, subscriptionId }), { subscriptionId: id }),
        async (input) => {
          await call('saveCallingSettings (login)', mutation('saveCallingSettings', 'CallingSettingsInput', 'subscription { id }'), { input }, login);
        },
      );
      await property(
        hostileInput(() => ({ subscriptionId, clientMutationId: 'x' }), { subscriptionId: id }),
        async (input) => {
          await call('provisionSubscription (login)', mutation('provisionSubscription', 'ProvisionInput', 'subscription { id status }'), { input }, login);
        },
        Math.ceil(RUNS / 2),
      );
    },
    TIMEOUT,
  );

  it(
    'resolveEscalation',
    async () => {
      const rep = await createRep(app.em());
      const login = await loginToken(app.em(), { rep }, app.clock.now());
      const { orderId } = await wizard.orderWithLink();
      const escalationId = await app.orm.em
        .fork()
        .transactional(
          async (em) =>
            (await app.services.escalations.open(
              { em, actor: SYSTEM_ACTOR, now: app.clock.now() },
              await em.findOneOrFail(Order, orderId),
              EscalationKind.OVERDUE_PROVISIONING,
            ))!.id,
        );
      await property(
        hostileInput(() => ({ escalationId, resolution: 'Called the partner.' })),
        async (input) => {
          await call('resolveEscalation', mutation('resolveEscalation', 'ResolveEscalationInput', 'escalation { id status }'), { input }, login);
        },
      );
    },
    TIMEOUT,
  );

  it(
    'logout',
    async () => {
      const rep = await createRep(app.em());
      await property(
        fc.oneof(fc.record({ clientMutationId: fc.oneof(hostileString, wrongType) }), wrongType),
        async (input) => {
          const token = await loginToken(app.em(), { rep }, app.clock.now());
          lastFingerprint = undefined;
          await call('logout', mutation('logout', 'LogoutInput'), { input }, token);
        },
        Math.ceil(RUNS / 4),
      );
    },
    TIMEOUT,
  );

  it(
    'the arguments of the queries',
    async () => {
      const rep = await createRep(app.em());
      const login = await loginToken(app.em(), { rep }, app.clock.now());
      const scheduler = await createApiKey(app.em(), ['orders:overdue:read']);
      const arg = fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });
      const first = fc.oneof(hostileInt, wrongType);
      const queries: [string, string, fc.Arbitrary<Record<string, unknown>>, string][] = [
        ['order', 'query($v: ID!) { order(id: $v) { id } }', fc.record({ v: arg }), login],
        ['subscription', 'query($v: ID!) { subscription(id: $v) { id } }', fc.record({ v: arg }), login],
        ['checkSubdomainAvailability', 'query($v: String!) { checkSubdomainAvailability(subdomain: $v) { available reason } }', fc.record({ v: arg }), login],
        [
          'orders',
          'query($f: Int, $a: String, $c: String, $s: [OrderStatus!]) { orders(first: $f, after: $a, filter: { ccwOrderNumber: $c, status: $s }) { totalCount } }',
          fc.record(
            { f: first, a: arg, c: arg, s: fc.oneof(fc.array(fc.constantFrom('PLACED', 'SET_UP')), fc.array(hostileString, { maxLength: 2 }), wrongType) },
            { requiredKeys: [] },
          ),
          login,
        ],
        [
          'overdueOrders',
          'query($t: DateTime, $f: Int, $a: String) { overdueOrders(asOf: $t, first: $f, after: $a) { totalCount } }',
          fc.record({ t: arg, f: first, a: arg }, { requiredKeys: [] }),
          scheduler,
        ],
        [
          'escalations',
          'query($f: Int, $a: String, $o: ID) { escalations(first: $f, after: $a, filter: { orderId: $o }) { totalCount } }',
          fc.record({ f: first, a: arg, o: arg }, { requiredKeys: [] }),
          login,
        ],
        [
          'emailMessages',
          'query($f: Int, $a: String, $o: ID) { emailMessages(first: $f, after: $a, filter: { orderId: $o }) { totalCount } }',
          fc.record({ f: first, a: arg, o: arg }, { requiredKeys: [] }),
          login,
        ],
      ];
      for (const [name, document, variables, token] of queries) {
        await property(
          variables,
          async (v) => {
            await call(`query ${name}`, document, v, token);
          },
          Math.ceil(RUNS / 2),
        );
      }
    },
    TIMEOUT,
  );

  it(
    'every mutation of the schema, with any JSON as its input and an allowed bearer',
    async () => {
      const schema = await createSchema();
      const mutationType = schema.getMutationType()!;
      const rep = await createRep(app.em());
      const intake = await createApiKey(app.em(), ['orders:write']);
      const partnerOrganization = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
      const partner = await createUser(app.em(), partnerOrganization);
      const setupSession = new Positioned(atChooseSetupOwner);
      const tokenFor = async (field: string): Promise<string | undefined> => {
        const rules = accessRulesOf(mutationType, field) ?? [];
        if (field === 'logout') return loginToken(app.em(), { rep }, app.clock.now());
        if (rules.includes('PUBLIC')) return undefined;
        if (rules.includes('REP') || rules.includes('ADMIN')) return loginToken(app.em(), { rep }, app.clock.now());
        if (rules.includes('scope:orders:write')) return intake;
        if (rules.includes('SETUP_SESSION')) return setupSession.get();
        if (rules.includes('PARTNER_ADMIN')) return loginToken(app.em(), { user: partner }, app.clock.now());
        return undefined;
      };
      const fields = Object.values(mutationType.getFields());
      const anyInput = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(
          fc.constantFrom('token', 'email', 'password', 'orderId', 'subscriptionId', 'name', 'input', '__proto__', 'constructor'),
          fc.oneof(hostileString, wrongType),
        ),
      );
      await property(
        fc.tuple(fc.constantFrom(...fields), anyInput),
        async ([field, input]) => {
          const inputType = (field.args.find((a) => a.name === 'input')?.type as GraphQLNonNull<GraphQLInputObjectType> | undefined)?.ofType?.name;
          const document = inputType
            ? `mutation($input: ${inputType}!) { ${field.name}(input: $input) { __typename } }`
            : `mutation { ${field.name} { __typename } }`;
          const token = await tokenFor(field.name);
          lastFingerprint = undefined;
          const answer = await call(`any mutation (${field.name})`, document, { input }, token);
          if (answer.succeeded) setupSession.spent();
        },
        RUNS * 2,
      );
    },
    TIMEOUT,
  );

  it(
    'every query of the schema, with any JSON for its arguments and an allowed bearer',
    async () => {
      const schema = await createSchema();
      const queryType = schema.getQueryType()!;
      const rep = await createRep(app.em());
      const repLogin = await loginToken(app.em(), { rep }, app.clock.now());
      const keys = {
        'scope:orders:write': await createApiKey(app.em(), ['orders:write']),
        'scope:orders:overdue:read': await createApiKey(app.em(), ['orders:overdue:read']),
      };
      const session = (await wizard.start((await wizard.orderWithLink()).token)).sessionToken;
      const tokenFor = (field: string): string | undefined => {
        const rules = accessRulesOf(queryType, field) ?? [];
        if (rules.includes('PUBLIC')) return undefined;
        if (rules.includes('REP') || rules.includes('ADMIN')) return repLogin;
        const scope = rules.find((r) => r.startsWith('scope:')) as keyof typeof keys | undefined;
        if (scope) return keys[scope];
        if (rules.includes('SETUP_SESSION')) return session;
        return repLogin;
      };
      const anyValue = fc.oneof(
        { weight: 3, arbitrary: hostileString },
        { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
        { weight: 1, arbitrary: wrongType },
      );
      const fields = Object.values(queryType.getFields());
      await property(
        fc.tuple(fc.constantFrom(...fields), fc.array(anyValue, { minLength: 6, maxLength: 6 })),
        async ([field, values]) => {
          const declared = field.args.map((a, i) => `$a${i}: ${a.type.toString()}`).join(', ');
          const passed = field.args.map((a, i) => `${a.name}: $a${i}`).join(', ');
          const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
          const document = `query${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
          await call(`any query (${field.name})`, document, Object.fromEntries(field.args.map((_, i) => [`a${i}`, values[i]])), tokenFor(field.name));
        },
        RUNS * 2,
      );
    },
    TIMEOUT,
  );

  it(
    'malformed requests: broken JSON, wrong envelopes, random documents, inlined hostile literals',
    async () => {
      const documents = [
        (s: string) => `mutation { login(input: { email: ${JSON.stringify(s)}, password: ${JSON.stringify(s)} }) { errors { code } } }`,
        (s: string) => `mutation { startSetup(input: { token: """${s}""" }) { errors { code } } }`,
        (s: string) => `{ checkSubdomainAvailability(subdomain: ${JSON.stringify(s)}) { available } }`,
        (s: string) => s,
        (s: string) => `query ${s} { viewer { id } }`,
        (s: string) => `{ viewer { ${s} } }`,
      ];
      const body = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
        fc.tuple(fc.constantFrom(...documents), hostileString).map(([document, value]) => JSON.stringify({ query: document(value) })),
        fc
          .record(
            {
              query: fc.oneof(hostileString, wrongType),
              variables: fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileString),
              operationName: fc.oneof(hostileString, wrongType),
            },
            { requiredKeys: [] },
          )
          .map((envelope) => JSON.stringify(envelope)),
        fc.constantFrom(
          '{',
          '{"query": "{ viewer { id } }"',
          '[]',
          'null',
          '""',
          '{"query": null}',
          '\u0000',
          '{"query": "{ viewer { id } }", "variables": "x"}',
          '{"query":"{ viewer { id } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"x"}}}',
        ),
      );
      const contentType = fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'application/graphql-response+json',
        'application/json; charset=latin1',
      );
      await property(
        fc.tuple(body, contentType),
        async ([raw, type]) => {
          await attack('malformed request', raw, undefined, type);
        },
        RUNS * 2,
      );
    },
    TIMEOUT,
  );
});
