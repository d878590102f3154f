import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase } from './support/database.js';
import { orderInput } from './support/factories.js';
import { buildServer, freePort, startServerProcess, type ServerProcess } from './support/server-process.js';

/**
 * SIGTERM on the built server (`node dist/server/main.js`, a child process) while requests are in
 * flight: they complete, new connections are refused, the process closes its pools and exits 0.
 */

const INTAKE_KEY = 'phk_graceful-shutdown-intake-key-0001';
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created errors { code } } }`;

let database: { url: string; drop(): Promise<void> };
let main: string;
beforeAll(async () => {
  main = buildServer('dist/test-build');
  database = await createTestDatabase();
}, 240_000);
afterAll(() => database?.drop());

/** One POST on its own connection (no keep-alive pool): a refused connection rejects. */
function post(url: string, body: unknown, token?: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('graceful shutdown', () => {
  let server: ServerProcess | undefined;
  afterEach(() => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('on SIGTERM finishes the requests in flight, refuses new connections, closes its pools and exits 0', async () => {
    // The API alone: the jobs' sweeps would also queue on the lock this test takes.
    server = await startServerProcess(main, {
      DATABASE_URL: database.url,
      INTAKE_API_KEY: INTAKE_KEY,
      ADMIN_EMAIL: 'ops@graceful-shutdown.example',
      ADMIN_PASSWORD: 'Graceful-shutdown-password-1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      METRICS_TOKEN: 'metrics-token-0123456789',
      PH_MODE: 'api',
    });
    const databaseName = new URL(database.url).pathname.slice(1);
    // One connection holds the lock; another watches (pg_stat_activity is a snapshot per transaction).
    const admin = new pg.Client({ connectionString: database.url });
    const watcher = new pg.Client({ connectionString: database.url });
    await Promise.all([admin.connect(), watcher.connect()]);
    const activity = async () =>
      (
        await watcher.query(`select wait_event_type from pg_stat_activity where datname = $1 and pid not in (pg_backend_pid(), $2)`, [
          databaseName,
          (admin as unknown as { processID: number }).processID,
        ])
      ).rows;
    const backends = async () => (await activity()).length;
    try {
      // Hold the order table, so three placeOrder calls wait inside the server.
      await admin.query('begin');
      await admin.query('lock table customer_order in access exclusive mode');
      const inputs = [orderInput(), orderInput(), orderInput()];
      const inFlight = inputs.map((input) => post(server!.url, { query: PLACE, variables: { input } }, INTAKE_KEY));
      await until(async () => (await activity()).filter((r) => r.wait_event_type === 'Lock').length === 3, 10_000, 'three requests waiting on the lock');
      expect(await backends()).toBeGreaterThan(0);

      server.child.kill('SIGTERM');
      // New connections are refused once the server has stopped listening.
      await until(
        () =>
          post(server!.url, { query: '{ __typename }' }).then(
            () => false,
            (error: NodeJS.ErrnoException) => error.code === 'ECONNREFUSED',
          ),
        5_000,
        'new connections to be refused',
      );
      expect(server.child.exitCode).toBeNull();

      // The requests in flight complete normally once the database lets them.
      await admin.query('commit');
      const answers = await Promise.all(inFlight);
      expect(answers).toEqual(inputs.map(() => ({ status: 200, body: { data: { placeOrder: { created: true, errors: [] } } } })));
      const placed = await admin.query('select count(*) as n from customer_order where ccw_order_number = any($1)', [inputs.map((i) => i.ccwOrderNumber)]);
      expect(Number(placed.rows[0].n)).toBe(3);

      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain('stopped: requests drained, jobs stopped, database pools closed');
      await until(async () => (await backends()) === 0, 5_000, 'the server’s connections to close');
    } finally {
      await Promise.all([admin.end(), watcher.end()]);
    }
  }, 60_000);

  it('with the embedded database (nothing configured) stops it too and exits 0, instead of dying with the signal', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'ph-shutdown-'));
    chmodSync(parent, 0o755);
    try {
      const dataDir = path.join(parent, 'data');
      server = await startServerProcess(main, { PH_DATA_DIR: dataDir, PH_EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'info' }, 120_000);
      expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain('stopped: requests drained, jobs stopped, database pools closed');
      // PostgreSQL removes its pid file when it has shut down cleanly.
      expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, 150_000);
});
