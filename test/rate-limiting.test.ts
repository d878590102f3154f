import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { ConfigError, loadConfig } from '../server/common/config.js';
import { createHttpApp } from '../server/http/app.js';
import { LoginSession } from '../server/auth/login-session.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { User } from '../server/organizations/user.entity.js';
import { SetupSession } from '../server/setup/setup-session.entity.js';
import { createServices } from '../server/services.js';
import { pino } from 'pino';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from './support/app.js';
import { createOrganization, createUser, unique } from './support/factories.js';
import { ClockedPostgresLimiter } from '../server/auth/clocked-postgres-limiter.js';
import { outboxOf, tokenFromOutbox } from './support/recovery.js';
import { STRONG_PASSWORD, Wizard } from './support/wizard.js';

let app: TestApp;
let wizard: Wizard;
beforeAll(async () => {
  // The test client names its address in X-Forwarded-For, as a proxy on loopback would.
  app = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
  wizard = new Wizard(app);
});
afterAll(() => app.stop());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token errors { code message field } } }`;
const START = `mutation($input: StartSetupInput!) { startSetup(input: $input) { sessionToken errors { code message field } } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { errors { code message field } } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token errors { code message field } } }`;
const ACTIVATE = `mutation($input: ActivateAccountInput!) { activateAccount(input: $input) { token errors { code message field } } }`;

/** One GraphQL call from a client address (the server trusts X-Forwarded-For from loopback only). */
async function from(address: string, query: string, input: Record<string, unknown>, url = app.url): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query, variables: { input } }),
  });
  const body = (await response.json()) as any;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0];
}

/** The same, with the HTTP answer's Retry-After header. */
async function fromWithHeaders(address: string, query: string, input: Record<string, unknown>): Promise<{ payload: any; retryAfter: string | null }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query, variables: { input } }),
  });
  const body = (await response.json()) as any;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { payload: Object.values(body.data)[0], retryAfter: response.headers.get('retry-after') };
}

const codes = (payloads: any[]) => payloads.map((p) => p.errors[0]?.code ?? 'OK');
let addressSeq = 1;
const newAddress = () => `198.51.100.${addressSeq++}`;

async function partnerUser(password = STRONG_PASSWORD) {
  const organization = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
  return createUser(app.em(), organization, `${unique('admin')}@rossi.example`, password);
}

describe('login attempts are limited per account and per client address', () => {
  it('refuses an address its 11th attempt on an account within 15 minutes after 10 wrong passwords, even with the right password, and says when to retry', async () => {
    const user = await partnerUser();
    const address = newAddress();
    const failures = [];
    for (let i = 0; i < 10; i++) failures.push(await from(address, LOGIN, { email: user.email, password: `wrong-${i}` }));
    expect(codes(failures)).toEqual(Array(10).fill('INVALID_CREDENTIALS'));

    const refused = await from(address, LOGIN, { email: user.email.toUpperCase(), password: STRONG_PASSWORD });
    expect(refused).toEqual({
      token: null,
      errors: [{ code: 'TOO_MANY_ATTEMPTS', message: 'Too many failed attempts. Try again in 15 minutes.', field: ['input', 'email'] }],
    });
    expect(await app.em().count(LoginSession, { user: user.id })).toBe(0);

    app.clock.advance(15 * 60 * 1000);
    const after = await from(address, LOGIN, { email: user.email, password: STRONG_PASSWORD });
    expect(after.errors).toEqual([]);
    expect(after.token).toMatch(/^phl_/);
  });

  it('never locks the owner out: after 10 wrong passwords from one address, the right password works from another', async () => {
    const user = await partnerUser();
    const attacker = newAddress();
    // One anonymous request with 10 aliased login calls, as an attacker would send it.
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: login(input: { email: "${user.email}", password: "guess-${i}" }) { errors { code } }`).join(
      '\n',
    );
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': attacker },
      body: JSON.stringify({ query: `mutation { ${aliases} }` }),
    });
    const body = (await response.json()) as any;
    expect(Object.values(body.data).map((p: any) => p.errors[0].code)).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
    expect(codes([await from(attacker, LOGIN, { email: user.email, password: STRONG_PASSWORD })])).toEqual(['TOO_MANY_ATTEMPTS']);

    expect(codes([await from(newAddress(), LOGIN, { email: user.email, password: STRONG_PASSWORD })])).toEqual(['OK']);
  });

  it('puts a ceiling on an account across addresses (IPv6 counted by /64): of 100 wrong passwords from 100 addresses, 20 are checked; the owner still signs in from an address that signed in before, and by a reset link', async () => {
    const user = await partnerUser();
    // The owner signed in from the office before the attack.
    const office = '2001:db8:7:1::10';
    expect(codes([await from(office, LOGIN, { email: user.email, password: STRONG_PASSWORD })])).toEqual(['OK']);

    // 100 addresses: 50 IPv4 addresses and 50 IPv6 addresses, each in its own /64.
    const attackers = Array.from({ length: 100 }, (_, i) => (i % 2 ? `203.0.113.${i}` : `2001:db8:${1000 + i}:${i}::${i + 1}`));
    const attempts = [];
    for (const [i, address] of attackers.entries()) attempts.push(await fromWithHeaders(address, LOGIN, { email: user.email, password: `guess-${i}` }));
    const checked = attempts.filter((a) => a.payload.errors[0].code === 'INVALID_CREDENTIALS');
    const refused = attempts.filter((a) => a.payload.errors[0].code === 'TOO_MANY_ATTEMPTS');
    expect(checked).toHaveLength(20);
    expect(refused).toHaveLength(80);
    expect(attempts.slice(0, 20)).toEqual(checked);
    // The documented typed error, saying when to come back in the payload and in HTTP's Retry-After.
    for (const { payload, retryAfter } of refused) {
      expect(payload.errors).toEqual([
        { code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/^Too many failed attempts\. Try again in \d+ minutes?\.$/), field: ['input', 'email'] },
      ]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(Number(retryAfter)).toBeLessThanOrEqual(15 * 60);
    }
    // The right password from a new address is refused too (not checked: the refusal tells nothing).
    expect(codes([await from('198.18.0.1', LOGIN, { email: user.email, password: STRONG_PASSWORD })])).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(await app.em().count(LoginSession, { user: user.id })).toBe(1);

    // The owner: from the office's /64 (another address in it) the right password works.
    expect(codes([await from('2001:db8:7:1:aaaa::99', LOGIN, { email: user.email, password: STRONG_PASSWORD })])).toEqual(['OK']);
    // And from anywhere with a reset link (asked for from a new address: the account's reset cap is not reached).
    const home = '192.0.2.200';
    expect((await from(home, REQUEST_RESET, { email: user.email })).errors).toEqual([]);
    const resetToken = await tokenFromOutbox(app, user.email, 'PASSWORD_RESET');
    const reset = await from(home, RESET, { token: resetToken, password: 'Another-password-2026!' });
    expect(reset.errors).toEqual([]);
    expect(reset.token).toMatch(/^phl_/);
    // That address is the owner's now: the ceiling no longer refuses it.
    expect(codes([await from(home, LOGIN, { email: user.email, password: 'Another-password-2026!' })])).toEqual(['OK']);
  });

  it('counts the addresses of one IPv6 /64 as one: 10 failures spread over it refuse the 11th from any address in it', async () => {
    const user = await partnerUser();
    const failures = [];
    for (let i = 0; i < 10; i++) failures.push(await from(`2001:db8:42:7:${i}::${i + 1}`, LOGIN, { email: user.email, password: `wrong-${i}` }));
    expect(codes(failures)).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
    expect(codes([await from('2001:db8:42:7:ffff::1', LOGIN, { email: user.email, password: STRONG_PASSWORD })])).toEqual(['TOO_MANY_ATTEMPTS']);
    // The neighbouring /64 is another subscriber.
    expect(codes([await from('2001:db8:42:8::1', LOGIN, { email: user.email, password: STRONG_PASSWORD })])).toEqual(['OK']);
  });

  it("resets an address's consecutive failures on an account when it signs in", async () => {
    const user = await partnerUser();
    const address = newAddress();
    for (let round = 0; round < 2; round++) {
      const failures = [];
      for (let i = 0; i < 9; i++) failures.push(await from(address, LOGIN, { email: user.email, password: `wrong-${i}` }));
      expect(codes(failures)).toEqual(Array(9).fill('INVALID_CREDENTIALS'));
      expect(codes([await from(address, LOGIN, { email: user.email, password: STRONG_PASSWORD })])).toEqual(['OK']);
    }
  });

  it('does not count successful logins or mistyped email addresses', async () => {
    const user = await partnerUser();
    const address = newAddress();
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await from(address, LOGIN, { email: user.email, password: STRONG_PASSWORD }));
    for (let i = 0; i < 12; i++) results.push(await from(address, LOGIN, { email: 'not an email', password: 'x' }));
    expect(codes(results)).toEqual([...Array(12).fill('OK'), ...Array(12).fill('INVALID_EMAIL')]);
  });

  it('after 50 failures from an address on any accounts, refuses it every account it has not signed in to, while a colleague who signed in from there before still logs in', async () => {
    const address = newAddress();
    const colleague = await partnerUser();
    expect(codes([await from(address, LOGIN, { email: colleague.email, password: STRONG_PASSWORD })])).toEqual(['OK']);
    const failures = [];
    for (let i = 0; i < 50; i++) failures.push(await from(address, LOGIN, { email: `nobody-${i}@nowhere.example`, password: 'guess' }));
    expect(new Set(codes(failures))).toEqual(new Set(['INVALID_CREDENTIALS']));
    expect(codes([await from(address, LOGIN, { email: 'nobody-3@nowhere.example', password: 'guess again' })])).toEqual(['TOO_MANY_ATTEMPTS']);
    // A 51st account is not checked either: one address cannot walk through accounts.
    const stranger = await partnerUser();
    expect(codes([await from(address, LOGIN, { email: stranger.email, password: STRONG_PASSWORD })])).toEqual(['TOO_MANY_ATTEMPTS']);

    expect(codes([await from(address, LOGIN, { email: colleague.email, password: STRONG_PASSWORD })])).toEqual(['OK']);
  });

  it('lets exactly 10 of 30 concurrent wrong guesses from one address through to the password check (the database counts atomically)', async () => {
    const user = await partnerUser();
    const address = newAddress();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => from(address, LOGIN, { email: user.email, password: `guess-${i}` })));
    const tally = codes(results).reduce<Record<string, number>>((acc, code) => ({ ...acc, [code]: (acc[code] ?? 0) + 1 }), {});
    expect(tally).toEqual({ INVALID_CREDENTIALS: 10, TOO_MANY_ATTEMPTS: 20 });
  });

  it('shares the counts between replicas: a second server process on the same database refuses too', async () => {
    const user = await partnerUser();
    const address = newAddress();
    // A second replica: its own services, HTTP server and process state; only the database is shared.
    const replica = await createHttpApp({
      orm: app.orm,
      config: app.config,
      clock: app.clock,
      services: createServices(app.config),
      log: pino({ level: 'silent' }),
    });
    await new Promise<void>((resolve) => replica.server.listen(0, '127.0.0.1', resolve));
    const replicaUrl = `http://127.0.0.1:${(replica.server.address() as AddressInfo).port}`;
    try {
      for (let i = 0; i < 10; i++) await from(address, LOGIN, { email: user.email, password: `wrong-${i}` }, i % 2 ? replicaUrl : app.url);
      expect(codes([await from(address, LOGIN, { email: user.email, password: STRONG_PASSWORD }, replicaUrl)])).toEqual(['TOO_MANY_ATTEMPTS']);
    } finally {
      await replica.apollo.stop();
    }
  });

  it('counts the connecting address, not X-Forwarded-For, when no proxy is trusted (TRUST_PROXY=none)', async () => {
    const config = { ...app.config, trustProxy: loadConfig({ TRUST_PROXY: 'none' }).trustProxy };
    const direct = await createHttpApp({ orm: app.orm, config, clock: app.clock, services: createServices(config), log: pino({ level: 'silent' }) });
    await new Promise<void>((resolve) => direct.server.listen(0, '127.0.0.1', resolve));
    const directUrl = `http://127.0.0.1:${(direct.server.address() as AddressInfo).port}`;
    app.clock.advance(60 * 60 * 1000); // a fresh window for 127.0.0.1
    try {
      // 10 failures on one account that each claim another address: all from 127.0.0.1.
      const user = await partnerUser();
      for (let i = 0; i < 10; i++) await from(newAddress(), LOGIN, { email: user.email, password: `wrong-${i}` }, directUrl);
      expect(codes([await from(newAddress(), LOGIN, { email: user.email, password: STRONG_PASSWORD }, directUrl)])).toEqual(['TOO_MANY_ATTEMPTS']);
      // Through a server that trusts its loopback proxy the forwarded address counts: that client is not refused.
      expect(codes([await from(newAddress(), LOGIN, { email: user.email, password: STRONG_PASSWORD })])).toEqual(['OK']);
    } finally {
      await direct.apollo.stop();
    }
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(ConfigError);
    // Unless a proxy is configured, no client can name its own address.
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('keeps neither email addresses nor client addresses in clear in its tables', async () => {
    const address = '192.0.2.77';
    await from(address, LOGIN, { email: 'someone-private@example.com', password: 'nope' });
    const user = await partnerUser();
    await from(address, LOGIN, { email: user.email, password: STRONG_PASSWORD });
    const rows = await app.em().getConnection().execute<{ key: string }[]>('select key from rate_limit_points');
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/someone-private|192\.0\.2\.77/);
    for (const { key } of rows)
      expect(key).toMatch(/^(login|activateAccount|startSetup|passwordReset|activationLinkRequest|setupLinkRequest):(account|address|pair):[0-9a-f]{64}$/);
    const known = await app.em().getConnection().execute<{ key: string }[]>('select key from login_known_address');
    expect(known.length).toBeGreaterThan(0);
    expect(JSON.stringify(known)).not.toMatch(/@|192\.0\.2\.77/);
    for (const { key } of known) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('password reset emails are capped per account, never for the owner', () => {
  it('sends 3 reset emails per account and window from addresses that never signed in to it, then refuses them with Retry-After', async () => {
    const user = await partnerUser();
    const sent = [];
    for (let i = 0; i < 3; i++) sent.push(await from(newAddress(), REQUEST_RESET, { email: user.email }));
    expect(codes(sent)).toEqual(['OK', 'OK', 'OK']);
    const refused = await fromWithHeaders(newAddress(), REQUEST_RESET, { email: user.email });
    expect(refused.payload.errors).toEqual([expect.objectContaining({ code: 'TOO_MANY_ATTEMPTS', field: ['input', 'email'] })]);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(await outboxOf(app, user.email, 'PASSWORD_RESET')).toHaveLength(3);
  });

  it("never refuses the owner's own request from an address that signed in to the account before", async () => {
    const user = await partnerUser();
    const home = '2001:db8:99:1::5';
    expect(codes([await from(home, LOGIN, { email: user.email, password: STRONG_PASSWORD })])).toEqual(['OK']);
    // Someone else uses up the account's reset emails.
    for (let i = 0; i < 4; i++) await from(newAddress(), REQUEST_RESET, { email: user.email });
    expect(codes([await from(newAddress(), REQUEST_RESET, { email: user.email })])).toEqual(['TOO_MANY_ATTEMPTS']);
    // The owner, from another address of the home /64, still gets the email, as often as they ask.
    const own = [];
    for (let i = 0; i < 5; i++) own.push(await from(`2001:db8:99:1::${100 + i}`, REQUEST_RESET, { email: user.email }));
    expect(codes(own)).toEqual(Array(5).fill('OK'));
    expect(await outboxOf(app, user.email, 'PASSWORD_RESET')).toHaveLength(3 + 5);
  });
});

describe('Set up now attempts are limited per link and per client address', () => {
  it('opens a valid link from an address with 50 unknown links (a shared office), and answers its further unknown links TOO_MANY_ATTEMPTS', async () => {
    const address = newAddress();
    const failures = [];
    for (let i = 0; i < 50; i++) failures.push(await from(address, START, { token: `phs_guess${i}` }));
    expect(new Set(codes(failures))).toEqual(new Set(['TOKEN_INVALID']));
    const refused = await from(address, START, { token: 'phs_one-more-guess' });
    expect(refused).toEqual({ sessionToken: null, errors: [expect.objectContaining({ code: 'TOO_MANY_ATTEMPTS', field: ['input', 'token'] })] });

    const { orderId, token } = await wizard.orderWithLink();
    expect(codes([await from(address, START, { token })])).toEqual(['OK']);
    expect(await app.em().count(SetupSession, { order: orderId })).toBe(1);
  });

  it('does not count a real but expired link against the address: unknown links from there still answer TOKEN_INVALID', async () => {
    const { orderId, token } = await wizard.orderWithLink();
    const order = await app.em().findOneOrFail(Order, orderId);
    await wizard.issueLink(order.id, order.provisioningContactEmail);
    const address = newAddress();
    const stale = [];
    for (let i = 0; i < 8; i++) stale.push(await from(address, START, { token }));
    expect(codes(stale)).toEqual(Array(8).fill('TOKEN_EXPIRED'));
    const unknown = [];
    for (let i = 0; i < 50; i++) unknown.push(await from(address, START, { token: `phs_typo${i}` }));
    expect(codes(unknown)).toEqual(Array(50).fill('TOKEN_INVALID'));
  });

  it('refuses an expired link after 10 attempts from anywhere, and does not count good starts', async () => {
    const { orderId, token } = await wizard.orderWithLink();
    const good = [];
    for (let i = 0; i < 12; i++) good.push(await from(newAddress(), START, { token }));
    expect(codes(good)).toEqual(Array(12).fill('OK'));

    // The link is replaced: the old one now answers TOKEN_EXPIRED, and counts.
    const order = await app.em().findOneOrFail(Order, orderId);
    await wizard.issueLink(order.id, order.provisioningContactEmail);
    const expired = [];
    for (let i = 0; i < 11; i++) expired.push(await from(newAddress(), START, { token }));
    expect(codes(expired)).toEqual([...Array(10).fill('TOKEN_EXPIRED'), 'TOO_MANY_ATTEMPTS']);
  });
});

describe('activation attempts are limited per link and per client address', () => {
  it('counts used activation links and refuses the 11th try', async () => {
    const organization = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER });
    const user = await createUser(app.em(), organization);
    const { orderId } = await wizard.orderWithLink();
    const token = await app.orm.em.fork().transactional(async (em) => {
      const order = await em.findOneOrFail(Order, orderId);
      const issued = await app.services.links.issueActivationLink(
        { em, actor: SYSTEM_ACTOR, now: app.clock.now() },
        order,
        await em.findOneOrFail(User, user.id),
        organization.name,
      );
      return issued.token;
    });
    // A weak password is not a failed credential: it does not count.
    const weak = [];
    for (let i = 0; i < 11; i++) weak.push(await from(newAddress(), ACTIVATE, { token, password: 'short' }));
    expect(codes(weak)).toEqual(Array(11).fill('PASSWORD_TOO_WEAK'));

    expect(codes([await from(newAddress(), ACTIVATE, { token, password: STRONG_PASSWORD })])).toEqual(['OK']);
    const used = [];
    for (let i = 0; i < 11; i++) used.push(await from(newAddress(), ACTIVATE, { token, password: STRONG_PASSWORD }));
    expect(codes(used)).toEqual([...Array(10).fill('TOKEN_EXPIRED'), 'TOO_MANY_ATTEMPTS']);
  });

  it('refuses a client address after 50 unknown activation links, while a valid activation link from there still works', async () => {
    const address = newAddress();
    const failures = [];
    for (let i = 0; i < 51; i++) failures.push(await from(address, ACTIVATE, { token: `pha_guess${i}`, password: STRONG_PASSWORD }));
    expect(codes(failures)).toEqual([...Array(50).fill('TOKEN_INVALID'), 'TOO_MANY_ATTEMPTS']);

    const organization = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER });
    const user = await createUser(app.em(), organization);
    const { orderId } = await wizard.orderWithLink();
    const token = await app.orm.em.fork().transactional(async (em) => {
      const order = await em.findOneOrFail(Order, orderId);
      const issued = await app.services.links.issueActivationLink(
        { em, actor: SYSTEM_ACTOR, now: app.clock.now() },
        order,
        await em.findOneOrFail(User, user.id),
        organization.name,
      );
      return issued.token;
    });
    expect(codes([await from(address, ACTIVATE, { token, password: STRONG_PASSWORD })])).toEqual(['OK']);
  });
});

describe('the counters (rate-limiter-flexible on PostgreSQL, with the server clock)', () => {
  it('moves windows with the injected clock, and gives a count back only within its window and never below zero', async () => {
    const limiter = new ClockedPostgresLimiter({
      storeClient: app.orm.em.getConnection().getKnex(),
      storeType: 'knex',
      keyPrefix: 'test:kind',
      points: 2,
      duration: 60,
    });
    const key = unique('key');
    const t0 = Date.UTC(2030, 0, 1);
    expect((await limiter.consume(key, 1, { now: t0 })).consumedPoints).toBe(1);
    expect((await limiter.consume(key, 1, { now: t0 + 1_000 })).consumedPoints).toBe(2);
    await expect(limiter.consume(key, 1, { now: t0 + 2_000 })).rejects.toMatchObject({ consumedPoints: 3, msBeforeNext: 58_000 });
    // A minute later by the clock (not by the wall): a new window.
    expect((await limiter.consume(key, 1, { now: t0 + 60_000 })).consumedPoints).toBe(1);
    // Given back after that window passed: nothing changes (the library would start a window at -1, a free try).
    await limiter.reward(key, 1, { now: t0 + 120_001 });
    expect((await limiter.consume(key, 1, { now: t0 + 120_002 })).consumedPoints).toBe(1);
    await limiter.reward(key, 1, { now: t0 + 120_003 });
    await limiter.reward(key, 1, { now: t0 + 120_004 });
    expect((await limiter.consume(key, 1, { now: t0 + 120_005 })).consumedPoints).toBe(1);
  });
});

describe('configuration', () => {
  it('reads the window and limits from the environment', async () => {
    const { loadConfig } = await import('../server/common/config.js');
    expect(loadConfig({}).rateLimit).toEqual({ windowMs: 900_000, perAccount: 10, perAddress: 50, accountCeiling: 20, resetEmailsPerAccount: 3 });
    expect(
      loadConfig({
        RATE_LIMIT_WINDOW_SECONDS: '60',
        RATE_LIMIT_PER_ACCOUNT: '3',
        RATE_LIMIT_PER_ADDRESS: '7',
        RATE_LIMIT_ACCOUNT_CEILING: '5',
        RATE_LIMIT_RESET_EMAILS_PER_ACCOUNT: '2',
      }).rateLimit,
    ).toEqual({ windowMs: 60_000, perAccount: 3, perAddress: 7, accountCeiling: 5, resetEmailsPerAccount: 2 });
    expect(() => loadConfig({ RATE_LIMIT_PER_ACCOUNT: '0' })).toThrow('RATE_LIMIT_PER_ACCOUNT must be an integer between 1 and 1000000');
  });
});
