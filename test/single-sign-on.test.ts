import { jest } from '@jest/globals';
import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LoginService } from '../server/auth/login.service.js';
import { SingleSignOnService } from '../server/auth/oidc.service.js';
import { RateLimiter } from '../server/auth/rate-limiter.js';
import { Rep, RepRole } from '../server/auth/rep.entity.js';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { ConfigError, loadConfig } from '../server/common/config.js';
import { InputValidator } from '../server/common/validation.js';
import { startTestApp, type TestApp } from './support/app.js';
import { buildConsole, launchBrowser, screenshotPath } from './support/browser.js';
import { createRep } from './support/factories.js';
import { freePort } from './support/server-process.js';

/**
 * Single sign-on for reps: a real OpenID provider (oidc-provider, in this process) and the real
 * server; Chromium walks the console's "Sign in with single sign-on" through the provider's own
 * login and consent pages and back.
 */

const CLIENT_ID = 'provisioning-hub-console';
const CLIENT_SECRET = 'a-client-secret-of-the-test-provider';
const PASSWORD = 'Console-admin-2026!';
const FIRST_ADMIN = 'first.admin@cisco.example';

/** The provider's people: the login typed on its login page is the account id. */
const ACCOUNTS: Record<string, Record<string, unknown>> = {
  'giulia.neri': { email: 'Giulia.Neri@cisco.example', email_verified: true, name: 'Giulia Neri', groups: ['console-reps', 'everyone'] },
  'paolo.admin': { email: 'paolo.admin@cisco.example', email_verified: true, name: 'Paolo Bianchi', groups: 'everyone console-admins' },
  'lucia.verdi': { email: 'lucia.verdi@cisco.example', email_verified: true, name: 'Lucia V.', groups: ['everyone'] },
  'mario.outsider': { email: 'mario@elsewhere.example', email_verified: true, name: 'Mario', groups: ['everyone'] },
  unverified: { email: 'ghost@cisco.example', email_verified: false, name: 'Ghost', groups: ['console-admins'] },
  // What a provider may hand over as it is: bidi overrides, zero-width and control characters, 100,000 characters, NULs.
  'hostile.name': {
    email: 'hostile.name@cisco.example',
    email_verified: true,
    name: `\u202EEvil\u200B Rep\u0007 ${'x'.repeat(100_000)}`,
    groups: ['console-reps', 'bad\u0000group'],
  },
  'nul.name': { email: 'nul.name@cisco.example', email_verified: true, name: 'Nul\u0000 Name', groups: ['console-reps'] },
  'nul.email': { email: 'nul\u0000@cisco.example', email_verified: true, name: 'Nul Email', groups: ['console-reps'] },
  'down.at.callback': { email: 'down.at.callback@cisco.example', email_verified: true, name: 'Down At Callback', groups: ['console-reps'] },
};

let app: TestApp;
let provider: Provider;
let providerPort: number;
let providerServer: Server;
let browser: Browser;
/** While set, the provider cuts every connection to its token endpoint (a provider down at the callback). */
let dropTokenRequests = false;

/** The provider goes down (its port refuses connections)… */
async function stopProvider(): Promise<void> {
  providerServer.closeAllConnections();
  await new Promise((resolve) => providerServer.close(resolve));
}
/** …and comes back on the same address, with its sessions. */
async function startProvider(): Promise<void> {
  providerServer = await new Promise<Server>((resolve) => {
    const server = provider.listen(providerPort, '127.0.0.1', () => resolve(server));
  });
}

jest.setTimeout(300_000);

beforeAll(async () => {
  buildConsole();
  const appPort = await freePort();
  providerPort = await freePort();
  const issuer = `http://127.0.0.1:${providerPort}`;
  const callback = `http://127.0.0.1:${appPort}/auth/oidc/callback`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [callback],
        post_logout_redirect_uris: [`http://127.0.0.1:${appPort}/auth/oidc/logged-out`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    pkce: { required: () => true },
    cookies: { keys: ['a-cookie-key-of-the-test-provider'] },
    features: { devInteractions: { enabled: true } },
    findAccount: async (_ctx, id) => (ACCOUNTS[id] ? { accountId: id, claims: async () => ({ sub: id, ...ACCOUNTS[id] }) } : undefined),
  });
  provider.use(async (ctx, next) => {
    if (dropTokenRequests && ctx.path === '/token') {
      ctx.req.socket.destroy();
      return;
    }
    await next();
  });
  await startProvider();
  app = await startTestApp({
    now: new Date().toISOString(),
    port: appPort,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URL: callback,
      OIDC_SCOPES: 'openid email profile groups',
      OIDC_GROUP_ROLES: 'console-reps=REP, console-admins=ADMIN',
    },
  });
  await createRep(app.em(), { email: FIRST_ADMIN, password: PASSWORD, role: RepRole.ADMIN });
  const em = app.em();
  const lucia = await createRep(em, { email: 'lucia.verdi@cisco.example', password: PASSWORD, role: RepRole.ADMIN });
  lucia.name = 'Lucia Verdi';
  await em.flush();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => providerServer?.close(resolve));
  await app?.stop();
});

async function openTab(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(Number(process.env.PH_BROWSER_TIMEOUT ?? 90_000));
  if (process.env.PH_BROWSER_LOG) {
    page.on('console', (m) => console.log('browser:', m.type(), m.text().slice(0, 300)));
    page.on('pageerror', (e) => console.log('browser error:', e.message.slice(0, 300)));
    page.on('framenavigated', (f) => f === page.mainFrame() && console.log('navigated:', f.url()));
    page.on(
      'response',
      async (r) =>
        r.url().endsWith('/graphql') && console.log('graphql:', r.request().postData()?.slice(0, 80), (await r.text().catch(() => '')).slice(0, 200)),
    );
  }
  return { context, page };
}

/** From the console's login page through the provider's login and consent pages. */
async function signInThroughProvider(page: Page, login: string): Promise<void> {
  await page.goto(`${app.url}/admin/`);
  await page.getByRole('link', { name: 'Sign in with single sign-on' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('single sign-on through an OpenID provider', () => {
  it('creates a rep on first sign-in with the role the group claim gives, and signs them in to the console', async () => {
    const { context, page } = await openTab();
    const handedOver: string[] = [];
    page.on('request', (request) => {
      const body = request.postData();
      if (request.url().endsWith('/graphql') && body?.includes('completeSingleSignOn')) handedOver.push(JSON.parse(body).variables.input.code);
    });
    await signInThroughProvider(page, 'giulia.neri');
    await page.getByText('Giulia Neri').first().waitFor();
    await page.screenshot({ path: screenshotPath('sso-signed-in') });

    const rep = await app.em().findOneOrFail(Rep, { email: 'giulia.neri@cisco.example' });
    expect(rep).toMatchObject({ name: 'Giulia Neri', role: RepRole.REP, active: true, passwordHash: null });
    const created = await app.em().find(AuditEvent, { action: 'rep.created', targetId: rep.id });
    expect(created).toHaveLength(1);
    expect(created[0].after).toMatchObject({ via: 'single sign-on', role: 'REP' });
    // The login token never travelled in a URL: the console exchanged a one-time code for it.
    expect(handedOver).toHaveLength(1);
    expect(page.url()).not.toContain(handedOver[0]);
    await context.close();
  });

  it('gives the administrator role to a member of the administrators group', async () => {
    const { context, page } = await openTab();
    await signInThroughProvider(page, 'paolo.admin');
    await page.getByText('Paolo Bianchi').first().waitFor();
    // Administrators manage rep accounts: the Reps menu entry is there.
    await page.getByRole('menuitem', { name: /reps/i }).waitFor();
    expect((await app.em().findOneOrFail(Rep, { email: 'paolo.admin@cisco.example' })).role).toBe(RepRole.ADMIN);
    await context.close();
  });

  it('matches an existing rep by email and keeps their account and role', async () => {
    const { context, page } = await openTab();
    await signInThroughProvider(page, 'lucia.verdi');
    await page.getByText('Lucia Verdi').first().waitFor();
    const reps = await app.em().find(Rep, { email: 'lucia.verdi@cisco.example' });
    expect(reps).toHaveLength(1);
    expect(reps[0]).toMatchObject({ role: RepRole.ADMIN, name: 'Lucia Verdi' });
    expect(reps[0].passwordHash).toBeTruthy();
    await context.close();
  });

  it('refuses a person whose groups give no role, and creates no rep', async () => {
    const { context, page } = await openTab();
    await signInThroughProvider(page, 'mario.outsider');
    await page.getByRole('alert').filter({ hasText: 'Your groups give you no access to this console' }).waitFor();
    expect(await app.em().count(Rep, { email: 'mario@elsewhere.example' })).toBe(0);
    await context.close();
  });

  it('refuses an account whose email is not verified', async () => {
    const { context, page } = await openTab();
    await signInThroughProvider(page, 'unverified');
    await page.getByRole('alert').filter({ hasText: 'no verified email address' }).waitFor();
    expect(await app.em().count(Rep, { email: 'ghost@cisco.example' })).toBe(0);
    await context.close();
  });

  it('refuses a deactivated rep', async () => {
    await createRep(app.em(), { email: 'former.rep@cisco.example', password: PASSWORD });
    const em = app.em();
    const former = await em.findOneOrFail(Rep, { email: 'former.rep@cisco.example' });
    former.active = false;
    await em.flush();
    ACCOUNTS['former.rep'] = { email: 'former.rep@cisco.example', email_verified: true, name: 'Former', groups: ['console-reps'] };
    const { context, page } = await openTab();
    await signInThroughProvider(page, 'former.rep');
    await page.getByRole('alert').filter({ hasText: 'Your account is deactivated' }).waitFor();
    await context.close();
  });

  it('takes a hand-over code once', async () => {
    const { context, page } = await openTab();
    const handedOver: string[] = [];
    page.on('request', (request) => {
      const body = request.postData();
      if (request.url().endsWith('/graphql') && body?.includes('completeSingleSignOn')) handedOver.push(JSON.parse(body).variables.input.code);
    });
    await signInThroughProvider(page, 'giulia.neri');
    await page.getByText('Giulia Neri').first().waitFor();
    const again = await app.gql(`mutation($i: CompleteSingleSignOnInput!) { completeSingleSignOn(input: $i) { token errors { code field } } }`, {
      i: { code: handedOver[0] },
    });
    expect(again.data.completeSingleSignOn).toEqual({ token: null, errors: [{ code: 'TOKEN_INVALID', field: ['input', 'code'] }] });
    await context.close();
  });

  it('cleans the provider’s name as createRep checks names: no bidi, zero-width or control characters, at most 200 characters', async () => {
    const { context, page } = await openTab();
    await signInThroughProvider(page, 'hostile.name');
    await page.getByText('Evil Rep').first().waitFor();
    const rep = await app.em().findOneOrFail(Rep, { email: 'hostile.name@cisco.example' });
    expect(rep.name).toBe(`Evil Rep ${'x'.repeat(191)}`);
    expect(rep.name).toHaveLength(200);
    // What is stored passes the console's own check of a rep's name.
    const check = new InputValidator();
    expect(check.text('name', rep.name, { max: 200, label: 'The name' })).toBe(rep.name);
    expect(check.failed).toBe(false);
    const [created] = await app.em().find(AuditEvent, { action: 'rep.created', targetId: rep.id });
    expect(created.after).toMatchObject({ name: rep.name, groups: ['console-reps', 'badgroup'] });
    await context.close();
  });

  it('never takes a NUL to the database: dropped from a name; an email holding one is no usable email', async () => {
    const first = await openTab();
    await signInThroughProvider(first.page, 'nul.name');
    await first.page.getByText('Nul Name').first().waitFor();
    expect((await app.em().findOneOrFail(Rep, { email: 'nul.name@cisco.example' })).name).toBe('Nul Name');
    await first.context.close();

    const second = await openTab();
    await signInThroughProvider(second.page, 'nul.email');
    await second.page.getByRole('alert').filter({ hasText: 'no verified email address' }).waitFor();
    expect(await app.em().count(Rep, { name: 'Nul Email' })).toBe(0);
    await second.context.close();
  });

  it('ends the provider’s session at console logout (RP-initiated logout), so the next single sign-on asks at the provider again', async () => {
    const { context, page } = await openTab();
    await signInThroughProvider(page, 'giulia.neri');
    await page.getByText('Giulia Neri').first().waitFor();
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    // The provider's end-session page (oidc-provider asks to confirm), then back to the console's login page.
    await page.getByRole('button', { name: /yes, sign me out/i }).click();
    await page.getByRole('status').filter({ hasText: 'You are signed out of the console and of single sign-on.' }).waitFor();
    await page.screenshot({ path: screenshotPath('sso-logged-out') });
    // Without it, the provider's session would sign Giulia straight back in; now the provider asks who it is.
    await page.getByRole('link', { name: 'Sign in with single sign-on' }).click();
    await page.locator('input[name="login"]').waitFor();
    await context.close();
  });

  it('says plainly on the login page when the provider’s session is still open', async () => {
    const { context, page } = await openTab();
    await page.goto(`${app.url}/admin/#/login?sso_logout=still_open`);
    await page.getByRole('status').filter({ hasText: 'your single sign-on session at the identity provider is still open' }).waitFor();
    await context.close();
  });

  it('shows that single sign-on is unavailable when the provider is down at the start, and says its session may still be open at logout', async () => {
    await stopProvider();
    try {
      const started = await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' });
      expect(started.status).toBe(303);
      expect(started.headers.get('location')).toBe('/admin/#/login?sso_error=unavailable');
      const loggedOut = await fetch(`${app.url}/auth/oidc/logout`, { redirect: 'manual' });
      expect(loggedOut.headers.get('location')).toBe('/admin/#/login?sso_logout=still_open');

      const { context, page } = await openTab();
      await page.goto(`${app.url}/admin/`);
      await page.getByRole('link', { name: 'Sign in with single sign-on' }).click();
      await page.getByRole('alert').filter({ hasText: 'Single sign-on is not available right now' }).waitFor();
      await context.close();
    } finally {
      await startProvider();
    }
  });

  it('reports a provider down at the callback as unavailable, not failed', async () => {
    const { context, page } = await openTab();
    // The provider goes down between its login page and the code exchange: its token endpoint's connections are cut.
    dropTokenRequests = true;
    try {
      await signInThroughProvider(page, 'down.at.callback');
      await page.getByRole('alert').filter({ hasText: 'Single sign-on is not available right now' }).waitFor();
      expect(page.url()).toContain('sso_error=unavailable');
      expect(await app.em().count(Rep, { email: 'down.at.callback@cisco.example' })).toBe(0);
    } finally {
      dropTokenRequests = false;
      await context.close();
    }
  });

  it('refuses a callback that does not come back to the browser that started the sign-in', async () => {
    const started = await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' });
    expect(started.status).toBe(303);
    const state = new URL(started.headers.get('location')!).searchParams.get('state');
    // Same state, but without the browser's cookie (someone else's browser, or a forged link).
    const callback = await fetch(`${app.url}/auth/oidc/callback?state=${state}&code=stolen`, { redirect: 'manual' });
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/admin/#/login?sso_error=expired');
  });

  it('keeps password login for the first administrator and says single sign-on is on', async () => {
    const info = await app.gql('{ singleSignOn { enabled loginPath } }');
    expect(info.data.singleSignOn).toEqual({ enabled: true, loginPath: '/auth/oidc/login' });
    const login = await app.gql(`mutation($i: LoginInput!) { login(input: $i) { token viewer { kind } errors { code } } }`, {
      i: { email: FIRST_ADMIN, password: PASSWORD },
    });
    expect(login.data.login.errors).toEqual([]);
    expect(login.data.login.viewer.kind).toBe('ADMIN');
  });

  it('refuses password login to a rep created by single sign-on (they have no password)', async () => {
    const login = await app.gql(`mutation($i: LoginInput!) { login(input: $i) { token errors { code } } }`, {
      i: { email: 'giulia.neri@cisco.example', password: 'anything-at-all-1' },
    });
    expect(login.data.login).toEqual({ token: null, errors: [{ code: 'INVALID_CREDENTIALS' }] });
  });
});

describe('single sign-on logout', () => {
  it('sends the browser to the provider’s end-session endpoint where it offers one, else says its session is still open', async () => {
    const loginService = new LoginService(new RateLimiter(app.config.rateLimit));
    const target = await new SingleSignOnService(app.config.oidc, loginService).logoutTarget();
    expect(target.kind).toBe('provider');
    const url = (target as { url: URL }).url;
    expect(url.origin).toBe(app.config.oidc!.issuer);
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: CLIENT_ID, post_logout_redirect_uri: `${app.url}/auth/oidc/logged-out` });

    const port = await freePort();
    const bare = new Provider(`http://127.0.0.1:${port}`, { features: { rpInitiatedLogout: { enabled: false } } });
    const server = await new Promise<Server>((resolve) => {
      const listening = bare.listen(port, '127.0.0.1', () => resolve(listening));
    });
    try {
      const oidc = loadConfig({
        OIDC_ISSUER: `http://127.0.0.1:${port}`,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: 'x',
        OIDC_GROUP_ROLES: 'reps=REP',
      }).oidc;
      expect(await new SingleSignOnService(oidc, loginService).logoutTarget()).toEqual({ kind: 'still_open' });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('single sign-on configuration', () => {
  const base = { OIDC_ISSUER: 'https://login.example.com', OIDC_CLIENT_ID: 'hub', OIDC_CLIENT_SECRET: 'secret', OIDC_GROUP_ROLES: 'reps=REP,admins=ADMIN' };

  it('is off without OIDC_ISSUER', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
  });

  it('reads the group → role mapping, the groups claim and a callback on the public origin', () => {
    const oidc = loadConfig({ ...base, PORTAL_URL: 'https://hub.example.com/portal', OIDC_GROUPS_CLAIM: 'roles' }).oidc!;
    expect([...oidc.groupRoles]).toEqual([
      ['reps', 'REP'],
      ['admins', 'ADMIN'],
    ]);
    expect(oidc).toMatchObject({ groupsClaim: 'roles', redirectUrl: 'https://hub.example.com/auth/oidc/callback', scopes: 'openid email profile' });
  });

  it('refuses an issuer without a client, a mapping to an unknown role, and plain http in production', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example.com' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, OIDC_GROUP_ROLES: 'reps=OWNER' })).toThrow(/OIDC_GROUP_ROLES/);
    expect(() => loadConfig({ ...base, OIDC_GROUP_ROLES: '' })).toThrow(/OIDC_GROUP_ROLES/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', METRICS_TOKEN: 'metrics-token-0123456789', OIDC_ISSUER: 'http://login.example.com' })).toThrow(
      /OIDC_ISSUER/,
    );
  });
});
