import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { RepRole } from '../server/auth/rep.entity.js';
import { createHttpApp, type HttpApp } from '../server/http/app.js';
import { createServices } from '../server/services.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createRep } from './support/factories.js';

const PASSWORD = 'Rep-password-2026!';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token errors { code } } }`;
/** A reps-only read: UNAUTHENTICATED for a token that no longer works. */
const VIEWER = `{ viewer { id kind } escalations(first: 1) { totalCount } }`;

let app: TestApp;
let replica: HttpApp;
let replicaUrl: string;
beforeAll(async () => {
  app = await startTestApp();
  // A second API process on the same database: its own cache, its own LISTEN connection.
  replica = await createHttpApp({ orm: app.orm, config: app.config, clock: app.clock, services: createServices(app.config), log: pino({ level: 'silent' }) });
  await new Promise<void>((resolve) => replica.server.listen(0, '127.0.0.1', resolve));
  replicaUrl = `http://127.0.0.1:${(replica.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await replica.apollo.stop();
  await app.stop();
});

async function call(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const codeOf = (body: any) => body.errors?.[0]?.extensions?.code ?? 'OK';

async function repLogin(role = RepRole.REP) {
  const rep = await createRep(app.em(), { role, password: PASSWORD });
  const login = await call(app.url, LOGIN, { input: { email: rep.email, password: PASSWORD } });
  return { rep, token: login.data.login.token as string };
}

/** Polls until `check` holds: the notification travels through PostgreSQL to the other process. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 3000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('not within the time limit');
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - started;
}

describe('authenticated viewers are cached a few seconds and dropped on every credential change', () => {
  it('serves a known token from the cache', async () => {
    const { token } = await repLogin();
    expect(codeOf(await call(replicaUrl, VIEWER, {}, token))).toBe('OK');
    const before = replica.viewerCache.size;
    expect(before).toBeGreaterThan(0);
    expect(codeOf(await call(replicaUrl, VIEWER, {}, token))).toBe('OK');
    expect(replica.viewerCache.size).toBe(before);
  });

  it('refuses a token at once after logout in the same process, and in another process as soon as the notification arrives, and never again after', async () => {
    const { token } = await repLogin();
    // Both processes have it cached.
    expect(codeOf(await call(app.url, VIEWER, {}, token))).toBe('OK');
    expect(codeOf(await call(replicaUrl, VIEWER, {}, token))).toBe('OK');

    expect((await call(app.url, `mutation { logout(input: {}) { errors { code } } }`, {}, token)).data.logout.errors).toEqual([]);
    // This process dropped it while flushing the logout.
    expect(codeOf(await call(app.url, VIEWER, {}, token))).toBe('UNAUTHENTICATED');
    await eventually(async () => codeOf(await call(replicaUrl, VIEWER, {}, token)) === 'UNAUTHENTICATED');
    for (let i = 0; i < 20; i++) expect(codeOf(await call(replicaUrl, VIEWER, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('ends every cached login of a rep who is deactivated, in every process', async () => {
    const admin = await repLogin(RepRole.ADMIN);
    const { rep, token } = await repLogin();
    expect(codeOf(await call(replicaUrl, VIEWER, {}, token))).toBe('OK');
    const update = await call(
      app.url,
      `mutation($input: UpdateRepInput!) { updateRep(input: $input) { errors { code } } }`,
      { input: { id: rep.id, active: false } },
      admin.token,
    );
    expect(update.data.updateRep.errors).toEqual([]);
    await eventually(async () => codeOf(await call(replicaUrl, VIEWER, {}, token)) === 'UNAUTHENTICATED');
    expect(codeOf(await call(app.url, VIEWER, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('drops a revoked API key in another process once its change is committed', async () => {
    const key = await createApiKey(app.em(), ['orders:overdue:read']);
    const overdue = `{ overdueOrders(first: 1) { totalCount } }`;
    expect(codeOf(await call(replicaUrl, overdue, {}, key))).toBe('OK');
    await app.em().getConnection().execute(`update api_key set revoked_at = now() where revoked_at is null and name like 'key-%'`);
    await eventually(async () => codeOf(await call(replicaUrl, overdue, {}, key)) === 'UNAUTHENTICATED');
  });

  it('still ends a cached login at its expiry by the request clock', async () => {
    const { token } = await repLogin();
    expect(codeOf(await call(replicaUrl, VIEWER, {}, token))).toBe('OK');
    app.clock.advance(12 * 60 * 60 * 1000 + 1000);
    expect(codeOf(await call(replicaUrl, VIEWER, {}, token))).toBe('UNAUTHENTICATED');
  });
});
