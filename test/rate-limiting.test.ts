import { SYSTEM_ACTOR } from '../server/audit/audit.js';
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

  it('once an account has 10 failures from anywhere, addresses that failed on it are refused while an address that did not still logs in', async () => {
    const user = await partnerUser();
    const guessers = Array.from({ length: 12 }, () => newAddress());
    const first = await Promise.all(guessers.map((address, i) => from(address, LOGIN, { email: user.email, password: `guess-${i}` })));
    expect(codes(first)).toEqual(Array(12).fill('INVALID_CREDENTIALS'));
    const second = await Promise.all(guessers.map((address, i) => from(address, LOGIN, { email: user.email, password: `again-${i}` })));
    expect(codes(second)).toEqual(Array(12).fill('TOO_MANY_ATTEMPTS'));
    expect(codes([await from(newAddress(), LOGIN, { email: user.email, password: STRONG_PASSWORD })])).toEqual(['OK']);
  });

  it('does not count successful logins or mistyped email addresses', async () => {
    const user = await partnerUser();
    const address = newAddress();
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await from(address, LOGIN, { email: user.email, password: STRONG_PASSWORD }));
    for (let i = 0; i < 12; i++) results.push(await from(address, LOGIN, { email: 'not an email', password: 'x' }));
    expect(codes(results)).toEqual([...Array(12).fill('OK'), ...Array(12).fill('INVALID_EMAIL')]);
  });

  it('after 50 failures from an address, refuses its further guesses on those accounts, while a colleague at that address logs in', async () => {
    const address = newAddress();
    const failures = [];
    for (let i = 0; i < 50; i++) failures.push(await from(address, LOGIN, { email: `nobody-${i}@nowhere.example`, password: 'guess' }));
    expect(new Set(codes(failures))).toEqual(new Set(['INVALID_CREDENTIALS']));
    expect(codes([await from(address, LOGIN, { email: 'nobody-3@nowhere.example', password: 'guess again' })])).toEqual(['TOO_MANY_ATTEMPTS']);

    const colleague = await partnerUser();
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

  it('keeps neither email addresses nor client addresses in clear in its table', async () => {
    const address = '192.0.2.77';
    await from(address, LOGIN, { email: 'someone-private@example.com', password: 'nope' });
    const rows = await app.em().getConnection().execute<{ key: string }[]>('select key from rate_limit_counter');
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/someone-private|192\.0\.2\.77/);
    for (const { key } of rows)
      expect(key).toMatch(/^(login|activateAccount|startSetup|passwordReset|activationLinkRequest):(account|address|pair):[0-9a-f]{64}$/);
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

describe('configuration', () => {
  it('reads the window and limits from the environment', async () => {
    const { loadConfig } = await import('../server/common/config.js');
    expect(loadConfig({}).rateLimit).toEqual({ windowMs: 900_000, perAccount: 10, perAddress: 50 });
    expect(loadConfig({ RATE_LIMIT_WINDOW_SECONDS: '60', RATE_LIMIT_PER_ACCOUNT: '3', RATE_LIMIT_PER_ADDRESS: '7' }).rateLimit).toEqual({
      windowMs: 60_000,
      perAccount: 3,
      perAddress: 7,
    });
    expect(() => loadConfig({ RATE_LIMIT_PER_ACCOUNT: '0' })).toThrow('RATE_LIMIT_PER_ACCOUNT must be an integer between 1 and 1000000');
  });
});
