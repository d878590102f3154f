import { Writable } from 'node:stream';
import { ApiKey } from '../server/auth/api-key.entity.js';
import { Rep } from '../server/auth/rep.entity.js';
import { loadConfig } from '../server/common/config.js';
import { createLogger } from '../server/common/logger.js';
import { hashToken } from '../server/common/tokens.js';
import { logUnsentMessages } from '../server/jobs/outbox-delivery.job.js';
import { Order } from '../server/orders/order.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createRep, loginToken, orderInput } from './support/factories.js';
import { STRONG_PASSWORD, Wizard } from './support/wizard.js';

/** Every line the server logs, at the most verbose level, through the production logger (with its redaction). */
const logged: string[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    logged.push(String(chunk));
    done();
  },
});

let app: TestApp;
let wizard: Wizard;
beforeAll(async () => {
  app = await startTestApp({ log: createLogger('trace', capture) });
  wizard = new Wizard(app);
});
afterAll(() => app.stop());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token errors { code } } }`;
const VIEWER = `{ viewer { kind email } }`;
/** A query that needs a login or a key (viewer is public: it reads null for a bad token). */
const PROTECTED = `{ order(id: "00000000-0000-4000-8000-000000000000") { id } }`;
const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0].extensions?.code;
const ACTIVATE = `mutation($input: ActivateAccountInput!) { activateAccount(input: $input) { token errors { code } } }`;

describe('secrets never reach the logs', () => {
  it('logs no token, key or password through intake, the wizard, activation, logins, rate limiting and unexpected failures', async () => {
    const secrets: string[] = [];
    const intakeKey = await createApiKey(app.em(), ['orders:write']);
    secrets.push(intakeKey);

    // Intake, a link, the wizard to the end of step 9 (a password), with the session token as bearer.
    const { orderId, token: linkToken } = await wizard.orderWithLink();
    secrets.push(linkToken);
    const sessionToken = await wizard.toReview(linkToken, 'it-admin@logs.example');
    secrets.push(sessionToken);
    await wizard.ok(sessionToken, 'completeOrderSetup');
    await wizard.ok(sessionToken, 'setPassword', { password: STRONG_PASSWORD });
    secrets.push(STRONG_PASSWORD);

    // The customer administrator activates the account with the emailed link, and logs in.
    const activation = await app.em().findOneOrFail(OutboxMessage, { orderId, template: 'ACTIVATION' });
    const activationToken = /token=(pha_[\w-]+)/.exec(activation.text)![1];
    secrets.push(activationToken);
    const customerPassword = 'Customer-secret-4711';
    secrets.push(customerPassword);
    expect((await app.gql(ACTIVATE, { input: { token: activationToken, password: customerPassword } })).data.activateAccount.errors).toEqual([]);
    const login = await app.gql(LOGIN, { input: { email: 'it-admin@logs.example', password: customerPassword } });
    secrets.push(login.data.login.token);
    expect((await app.gql(VIEWER, {}, login.data.login.token)).data.viewer.kind).toBe('CUSTOMER_ADMIN');

    // Failures: wrong passwords until the limiter refuses, unknown tokens of every kind as bearers and as links.
    for (let i = 0; i < 11; i++) {
      const wrong = `Wrong-password-${i}-xyz`;
      secrets.push(wrong);
      await app.gql(LOGIN, { input: { email: 'it-admin@logs.example', password: wrong } });
    }
    const bogus = ['phk_bogusKeyValue1234567890', 'phl_bogusLoginValue1234567890', 'phw_bogusSessionValue123456', 'phs_bogusLinkValue1234567890'];
    secrets.push(...bogus);
    for (const token of bogus)
      expect(codeOf(await app.gql(token.startsWith('phw_') ? '{ setupSession { id } }' : PROTECTED, {}, token))).toBe('UNAUTHENTICATED');
    await app.gql(`mutation($input: StartSetupInput!) { startSetup(input: $input) { errors { code } } }`, { input: { token: bogus[3] } });

    // An unexpected failure while a bearer token and a password are in flight is logged with its error.
    const rep = await createRep(app.em(), { password: 'Rep-password-in-flight-1' });
    secrets.push('Rep-password-in-flight-1');
    await app.em().getConnection().execute('alter table login_session rename to login_session_away');
    try {
      const failed = await app.gql(LOGIN, { input: { email: rep.email, password: 'Rep-password-in-flight-1' } }, intakeKey);
      expect(failed.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await app.em().getConnection().execute('alter table login_session_away rename to login_session');
    }

    // Tokens in query strings: the Set up now link as the portal receives it, a GET query's variables.
    // The request log names the path only.
    await fetch(`${app.url}/portal/setup?token=${linkToken}`);
    const variables = encodeURIComponent(JSON.stringify({ input: { email: 'it-admin@logs.example', password: customerPassword } }));
    await fetch(`${app.url}/graphql?query=${encodeURIComponent('query($input: LoginInput!) { viewer { id } }')}&variables=${variables}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${sessionToken}` },
    });

    const text = logged.join('');
    expect(text).toContain('unexpected error in a GraphQL operation');
    // One line per request, so the secrets above went past the request log too.
    expect(text).toContain('"msg":"request completed"');
    expect(text).toContain('"path":"/portal/setup"');
    expect(text).toContain('too many failed attempts');
    for (const secret of secrets) expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });
  });
});

describe('unsent emails in the log', () => {
  it('in production leaves the Set up now link out of the log line for an email that could not be sent (SMTP_URL unset)', async () => {
    const { token } = await wizard.orderWithLink();
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const deps = { orm: app.orm, services: app.services, clock: app.clock, log: createLogger('trace', sink) };
    await logUnsentMessages({ ...deps, config: { ...app.config, production: true } }, undefined);
    expect(lines.join('')).toContain('email not sent (SMTP_URL is not set)');
    expect(lines.join('')).not.toContain(token);
  });
});

describe('tokens and keys are stored only as hashes', () => {
  it('keeps no issued API key, login, setup session or link token in any table except the email that carries it', async () => {
    const key = await createApiKey(app.em(), ['orders:write']);
    const { token: linkToken } = await wizard.orderWithLink();
    const { sessionToken } = await wizard.start(linkToken);
    const rep = await createRep(app.em(), { password: 'Rep-password-2026' });
    const repLogin = (await app.gql(LOGIN, { input: { email: rep.email, password: 'Rep-password-2026' } })).data.login.token;
    const tables = await app
      .em()
      .getConnection()
      .execute<{ table_name: string }[]>(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
    for (const { table_name } of tables) {
      const [{ dump }] = await app.em().getConnection().execute<{ dump: string | null }[]>(`select string_agg(t::text, '|') as dump from "${table_name}" t`);
      for (const secret of [key, sessionToken, repLogin, 'Rep-password-2026'])
        expect({ table_name, found: (dump ?? '').includes(secret) }).toEqual({ table_name, found: false });
      // The Set up now link is in its email, and only there.
      if (table_name !== 'outbox_message') expect({ table_name, found: (dump ?? '').includes(linkToken) }).toEqual({ table_name, found: false });
    }
  });
});

describe('sessions end', () => {
  it('ends a login after 12 hours', async () => {
    const rep = await createRep(app.em(), { password: 'Rep-password-2026' });
    const token = (await app.gql(LOGIN, { input: { email: rep.email, password: 'Rep-password-2026' } })).data.login.token;
    app.clock.advance(12 * 60 * 60 * 1000 - 1000);
    expect((await app.gql(VIEWER, {}, token)).data.viewer).toEqual({ kind: 'REP', email: rep.email });
    app.clock.advance(1000);
    expect(codeOf(await app.gql(PROTECTED, {}, token))).toBe('UNAUTHENTICATED');
    expect((await app.gql(VIEWER, {}, token)).data.viewer).toBeNull();
  });

  it('revokes a login at logout, and only that one', async () => {
    const rep = await createRep(app.em());
    const [first, second] = [await loginToken(app.em(), { rep }, app.clock.now()), await loginToken(app.em(), { rep }, app.clock.now())];
    expect((await app.gql(`mutation { logout(input: {}) { errors { code } } }`, {}, first)).data.logout.errors).toEqual([]);
    expect(codeOf(await app.gql(PROTECTED, {}, first))).toBe('UNAUTHENTICATED');
    expect((await app.gql(VIEWER, {}, second)).data.viewer.kind).toBe('REP');
  });

  it('ends every login of a rep who is deactivated', async () => {
    const rep = await createRep(app.em());
    const token = await loginToken(app.em(), { rep }, app.clock.now());
    await app.em().nativeUpdate(Rep, { id: rep.id }, { active: false });
    expect(codeOf(await app.gql(PROTECTED, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('refuses a revoked API key as UNAUTHENTICATED and changes nothing', async () => {
    const key = await createApiKey(app.em(), ['orders:write']);
    await app.em().nativeUpdate(ApiKey, { keyHash: hashToken(key) }, { revokedAt: app.clock.now() });
    const input = orderInput();
    const placed = await app.gql(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created } }`, { input }, key);
    expect(placed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await app.em().count(Order, { ccwOrderNumber: input.ccwOrderNumber })).toBe(0);
  });

  it('ends a setup session when its link is opened again: the old token reads null and every step answers SESSION_EXPIRED', async () => {
    const { token } = await wizard.orderWithLink();
    const first = await wizard.start(token);
    await wizard.start(token);
    expect((await app.gql(`{ setupSession { id } }`, {}, first.sessionToken)).data.setupSession).toBeNull();
    const step = await wizard.step(first.sessionToken, 'chooseRole', { role: 'PARTNER' });
    expect(step).toEqual({ session: null, errors: [expect.objectContaining({ code: 'SESSION_EXPIRED' })] });
  });

  it('rejects over-long and malformed bearer headers as UNAUTHENTICATED', async () => {
    for (const token of ['phl_' + 'x'.repeat(300), 'not-a-token', 'phl_']) {
      expect(codeOf(await app.gql(PROTECTED, {}, token))).toBe('UNAUTHENTICATED');
    }
  });
});

describe('no cross-site request can act (CSRF)', () => {
  const mutation = () =>
    JSON.stringify({ query: `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created } }`, variables: { input: orderInput() } });

  it('refuses a simple cross-site POST (no preflight: form, text or multipart body) with 415, and changes nothing', async () => {
    const before = await app.em().count(Order, {});
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, origin: 'https://evil.example' },
        body: mutation(),
      });
      expect({ contentType, status: response.status }).toEqual({ contentType, status: 415 });
      expect(JSON.stringify(await response.json())).toContain('Content-Type: application/json');
    }
    expect(await app.em().count(Order, {})).toBe(before);
  });

  it('answers a GET query without any extra header (bearer tokens are never ambient), and refuses any mutation over GET', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { viewer: null } });
    const mutationOverGet = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { logout(input: {}) { errors { code } } }')}`);
    expect(mutationOverGet.status).toBe(405);
  });
});

describe('CORS', () => {
  it('by default answers no cross-origin request: no Allow-Origin header, and a preflight is refused', async () => {
    const preflight = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('vary')).toContain('Origin');
  });

  it('allows exactly the configured origins', async () => {
    const allowing = await startTestApp({ env: { CORS_ORIGINS: 'https://portal.partner.example, http://localhost:5173' } });
    try {
      const preflight = await fetch(`${allowing.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://portal.partner.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://portal.partner.example');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      const post = await fetch(`${allowing.url}/graphql`, {
        method: 'POST',
        headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(post.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      const other = await fetch(`${allowing.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://portal.partner.example.evil.example', 'access-control-request-method': 'POST' },
      });
      expect(other.status).toBe(403);
    } finally {
      await allowing.stop();
    }
  });

  it('refuses a CORS_ORIGINS entry that is not an origin', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://ok.example,*' })).toThrow('CORS_ORIGINS must list origins');
    expect(() => loadConfig({ CORS_ORIGINS: 'https://ok.example/path' })).toThrow('CORS_ORIGINS must list origins');
    expect(loadConfig({}).corsOrigins).toEqual([]);
  });
});
