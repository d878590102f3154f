import pg from 'pg';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { ConfigError, loadConfig } from '../server/common/config.js';
import { DUE_SETUP_LINKS_JOB } from '../server/jobs/due-setup-links.job.js';
import { OVERDUE_ESCALATIONS_JOB } from '../server/jobs/overdue-escalations.job.js';
import type { JobWorker } from '../server/jobs/worker.js';
import { OutboxMessage, OutboxStatus } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase } from './support/database.js';
import { createApiKey, orderInput } from './support/factories.js';
import { agendaTimersSettled, capturingLogger, PLACE_ORDER, queueEmails, startTestWorker } from './support/scheduling.js';
import { buildServer, startServerProcess, type ServerProcess } from './support/server-process.js';

/**
 * `GET /metrics` (Prometheus text) and the request log: what an operator reads to know the API and
 * the jobs are healthy, and to follow one request from its log line to the audit trail.
 */

const { log, lines } = capturingLogger();
let app: TestApp;
let intakeKey: string;
const workers: JobWorker[] = [];

beforeAll(async () => {
  app = await startTestApp({ log });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});
afterAll(async () => {
  await agendaTimersSettled();
  await app.stop();
});

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition. */
function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

/** The value of the one sample named `name` whose labels include `labels`; undefined when there is none. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

async function scrape(url = app.url, headers: Record<string, string> = {}): Promise<Sample[]> {
  const response = await fetch(`${url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return parse(await response.text());
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const count = (samples: Sample[], labels: Record<string, string>) => valueOf(samples, 'graphql_operations_total', labels) ?? 0;

describe('GET /metrics', () => {
  it('counts GraphQL operations by root field, type and outcome, and times them', async () => {
    const before = await scrape();
    const placed = { operation: 'placeOrder', type: 'mutation', outcome: 'ok' };
    const refused = { operation: 'placeOrder', type: 'mutation', outcome: 'user_error' };

    expect((await app.gql(PLACE_ORDER, { input: orderInput() }, intakeKey)).data.placeOrder.errors).toEqual([]);
    // A payload with errors, and a caller without a key: the client's doing, not ours.
    expect((await app.gql(PLACE_ORDER, { input: orderInput({ provisioningContactEmail: 'not-an-email' }) }, intakeKey)).data.placeOrder.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_EMAIL' }),
    ]);
    expect((await app.gql(PLACE_ORDER, { input: orderInput() })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // A field the schema does not have is counted as unknown: clients cannot grow the label set.
    expect((await app.gql('query Anything { noSuchField }')).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await app.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });

    const after = await scrape();
    expect(count(after, placed) - count(before, placed)).toBe(1);
    expect(count(after, refused) - count(before, refused)).toBe(2);
    const unknown = { operation: 'unknown', type: 'query', outcome: 'user_error' };
    expect(count(after, unknown) - count(before, unknown)).toBe(1);
    const introspection = { operation: 'introspection', type: 'query', outcome: 'ok' };
    expect(count(after, introspection) - count(before, introspection)).toBe(1);
    const timed = (samples: Sample[]) => valueOf(samples, 'graphql_operation_duration_seconds_count', { operation: 'placeOrder', type: 'mutation' }) ?? 0;
    expect(timed(after) - timed(before)).toBe(3);
    expect(valueOf(after, 'graphql_operation_duration_seconds_bucket', { operation: 'placeOrder', type: 'mutation', le: '+Inf' })).toBe(timed(after));
    // No client-chosen operation name ever becomes a label.
    expect(after.some((s) => s.labels.operation === 'Anything' || s.labels.operation === 'Place')).toBe(false);
  });

  it('counts other HTTP requests by a bounded route, and has the process metrics', async () => {
    const before = await scrape();
    await fetch(`${app.url}/healthz`);
    await fetch(`${app.url}/no/such/${Math.random()}`);
    // The CSV downloads are a route family of their own, whatever the id in the path (unauthenticated here: 401).
    const csv = await fetch(`${app.url}/export/orders/${Math.random()}/audit-trail.csv`);
    const after = await scrape();
    const requests = (samples: Sample[], labels: Record<string, string>) => valueOf(samples, 'http_requests_total', labels) ?? 0;
    expect(
      requests(after, { method: 'GET', route: '/export', status: String(csv.status) }) -
        requests(before, { method: 'GET', route: '/export', status: String(csv.status) }),
    ).toBe(1);
    expect(requests(after, { method: 'GET', route: '/healthz', status: '200' }) - requests(before, { method: 'GET', route: '/healthz', status: '200' })).toBe(
      1,
    );
    expect(requests(after, { method: 'GET', route: 'other', status: '404' }) - requests(before, { method: 'GET', route: 'other', status: '404' })).toBe(1);
    expect(valueOf(after, 'http_request_duration_seconds_count', { method: 'GET', route: '/healthz' })).toBeGreaterThan(0);
    expect(valueOf(after, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('reports the outbox backlog (PENDING, FAILED, the oldest pending age) and the database pool', async () => {
    const [stuck, failing] = await queueEmails(app, 2);
    await app.em().nativeUpdate(OutboxMessage, { id: failing.id }, { status: OutboxStatus.FAILED });
    await app.em().getConnection().execute(`update outbox_message set created_at = now() - interval '1 hour' where id = ?`, [stuck.id]);
    const pending = await app.em().count(OutboxMessage, { status: OutboxStatus.PENDING });
    const failed = await app.em().count(OutboxMessage, { status: OutboxStatus.FAILED });
    expect(failed).toBe(1);

    const samples = await scrape();
    expect(valueOf(samples, 'metrics_database_up')).toBe(1);
    expect(valueOf(samples, 'outbox_messages', { status: 'PENDING' })).toBe(pending);
    expect(valueOf(samples, 'outbox_messages', { status: 'FAILED' })).toBe(1);
    expect(valueOf(samples, 'outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(3600);
    expect(valueOf(samples, 'outbox_oldest_pending_age_seconds')).toBeLessThan(3600 + 300);
    // The test app's ORM pool holds at most 8 connections; the scrape itself has given its one back.
    expect(valueOf(samples, 'db_pool_max_connections', { pool: 'orm' })).toBe(8);
    expect(valueOf(samples, 'db_pool_connections', { pool: 'orm', state: 'used' })).toBe(0);
    expect(valueOf(samples, 'db_pool_connections', { pool: 'orm', state: 'free' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'db_pool_connections', { pool: 'orm', state: 'pending' })).toBe(0);
  });

  it('counts and times job runs, reports the scheduler pool, and how late each recurring job is', async () => {
    workers.push(await startTestWorker(app, { metrics: app.http.metrics, intervals: { [DUE_SETUP_LINKS_JOB]: 300 } }));
    await eventually(
      async () => (valueOf(await scrape(), 'jobs_runs_total', { job: DUE_SETUP_LINKS_JOB, outcome: 'ok' }) ?? 0) >= 2,
      'two runs of the due-links sweep',
    );
    const running = await scrape();
    expect(valueOf(running, 'job_duration_seconds_count', { job: DUE_SETUP_LINKS_JOB })).toBeGreaterThanOrEqual(2);
    expect(valueOf(running, 'jobs_runs_total', { job: DUE_SETUP_LINKS_JOB, outcome: 'error' })).toBeUndefined();
    expect(valueOf(running, 'job_items_total', { job: DUE_SETUP_LINKS_JOB, outcome: 'handled' })).toBeGreaterThanOrEqual(0);
    expect(valueOf(running, 'db_pool_max_connections', { pool: 'jobs' })).toBe(4);
    // The liveness lock holds one of the scheduler's connections for the worker's lifetime.
    expect(valueOf(running, 'db_pool_connections', { pool: 'jobs', state: 'used' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(running, 'job_lag_seconds', { job: DUE_SETUP_LINKS_JOB })).toBeLessThan(60);
    await Promise.all(workers.splice(0).map((w) => w.stop()));

    // A sweep whose run is 10 minutes overdue (no worker took it) reads as 10 minutes late.
    await app.em().getConnection().execute(`update agenda_jobs set next_run_at = now() - interval '10 minutes' where name = ?`, [OVERDUE_ESCALATIONS_JOB]);
    const late = valueOf(await scrape(), 'job_lag_seconds', { job: OVERDUE_ESCALATIONS_JOB });
    expect(late).toBeGreaterThanOrEqual(600);
    expect(late).toBeLessThan(600 + 60);
  });

  it('still answers 200 with the process metrics, quickly, when the database does not answer', async () => {
    const admin = new pg.Client({ connectionString: app.config.databaseUrl });
    await admin.connect();
    try {
      // The outbox locked away: the scrape's query waits, and the scrape gives up on it.
      await admin.query('begin');
      await admin.query('lock table outbox_message in access exclusive mode');
      const started = Date.now();
      const samples = await scrape();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(valueOf(samples, 'metrics_database_up')).toBe(0);
      expect(valueOf(samples, 'outbox_messages', { status: 'PENDING' })).toBeUndefined();
      expect(valueOf(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);
      expect(valueOf(samples, 'db_pool_max_connections', { pool: 'orm' })).toBe(8);
      await admin.query('rollback');
      await eventually(async () => valueOf(await scrape(), 'metrics_database_up') === 1, 'the database to answer the scrape again', 10_000);
    } finally {
      await admin.end();
    }
  });

  it('with METRICS_TOKEN set asks for it as a bearer token, and serves everything else as before', async () => {
    const token = 'metrics-token-for-the-test-0001';
    const guarded = await startTestApp({ env: { METRICS_TOKEN: token } });
    try {
      const anonymous = await fetch(`${guarded.url}/metrics`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
      expect(valueOf(await scrape(guarded.url, { authorization: `Bearer ${token}` }), 'metrics_database_up')).toBe(1);
      expect((await fetch(`${guarded.url}/healthz`)).status).toBe(200);
    } finally {
      await guarded.stop();
    }
  });
});

describe('the request log', () => {
  const completed = (requestId: string) => lines.filter((line) => line.msg === 'request completed' && line.requestId === requestId);

  it('writes one line per request with its request id, which the audit event of a mutation carries too', async () => {
    const requestId = `req-${Date.now()}-audit`;
    const input = orderInput();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${intakeKey}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: PLACE_ORDER, variables: { input } }),
    });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const { data } = (await response.json()) as { data: { placeOrder: { order: { id: string } } } };

    await eventually(async () => completed(requestId).length > 0, 'the request log line', 5000);
    expect(completed(requestId)).toEqual([
      {
        level: 30,
        time: expect.any(Number),
        pid: expect.any(Number),
        hostname: expect.any(String),
        msg: 'request completed',
        requestId,
        method: 'POST',
        path: '/graphql',
        status: 200,
        durationMs: expect.any(Number),
        operation: 'placeOrder',
        operationType: 'mutation',
        operationName: 'Place',
        outcome: 'ok',
      },
    ]);
    const audited = await app.em().find(AuditEvent, { orderId: data.placeOrder.order.id, action: 'order.placed' });
    expect(audited.map((event) => event.requestId)).toEqual([requestId]);
  });

  it('gives a request without an id a fresh one, the same in the response header, the log line and the audit event', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${intakeKey}`, 'x-request-id': 'not a valid id!' },
      body: JSON.stringify({ query: PLACE_ORDER, variables: { input: orderInput() } }),
    });
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const { data } = (await response.json()) as { data: { placeOrder: { order: { id: string } } } };
    await eventually(async () => completed(requestId).length > 0, 'the request log line', 5000);
    expect(completed(requestId)).toHaveLength(1);
    const [event] = await app.em().find(AuditEvent, { orderId: data.placeOrder.order.id, action: 'order.placed' });
    expect(event.requestId).toBe(requestId);
  });

  it('logs the path without its query string, and no header or body', async () => {
    const requestId = `req-${Date.now()}-query`;
    const secret = 'phs_looksLikeASetupLinkToken0123456789';
    await fetch(`${app.url}/portal/setup?token=${secret}`, { headers: { 'x-request-id': requestId, authorization: `Bearer ${secret}` } });
    await eventually(async () => completed(requestId).length > 0, 'the request log line', 5000);
    expect(completed(requestId)[0]).toMatchObject({ method: 'GET', path: '/portal/setup', requestId });
    expect(JSON.stringify(lines)).not.toContain(secret);
  });
});

describe('a worker process (PH_MODE=worker)', () => {
  let database: { url: string; drop(): Promise<void> };
  let main: string;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    main = buildServer('dist/test-build-metrics');
    database = await createTestDatabase();
  }, 240_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await database?.drop();
  });

  it('refuses to start with NODE_ENV=production and no METRICS_TOKEN, saying what to set; development keeps /metrics open (security rule 8)', async () => {
    for (const mode of ['worker', 'api']) {
      await expect(startServerProcess(main, { DATABASE_URL: database.url, PH_MODE: mode, NODE_ENV: 'production', LOG_LEVEL: 'info' }, 30_000)).rejects.toThrow(
        /METRICS_TOKEN is required with NODE_ENV=production/,
      );
    }
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', METRICS_TOKEN: 'metrics-token-0123456789' }).metricsToken).toBe('metrics-token-0123456789');
    expect(loadConfig({}).metricsToken).toBeUndefined();
    // Development (the test app, no token): open, as before.
    expect((await fetch(`${app.url}/metrics`)).status).toBe(200);
  }, 90_000);

  it('serves /healthz, /readyz and /metrics on PORT (and nothing else), and still stops cleanly on SIGTERM', async () => {
    const token = 'metrics-token-for-the-worker-01';
    server = await startServerProcess(main, {
      DATABASE_URL: database.url,
      PH_MODE: 'worker',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      METRICS_TOKEN: token,
      OUTBOX_POLL_INTERVAL: '500 ms',
    });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${server.url}/graphql`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const url = server.url;
    await eventually(
      async () => (valueOf(await scrape(url, { authorization: `Bearer ${token}` }), 'jobs_runs_total', { job: 'outbox:deliver', outcome: 'ok' }) ?? 0) >= 1,
      'a run of the outbox poll in the worker',
    );
    const samples = await scrape(url, { authorization: `Bearer ${token}` });
    expect(valueOf(samples, 'db_pool_max_connections', { pool: 'jobs' })).toBe(4);
    expect(valueOf(samples, 'outbox_messages', { status: 'PENDING' })).toBe(0);
    expect(valueOf(samples, 'job_lag_seconds', { job: DUE_SETUP_LINKS_JOB })).toBeDefined();

    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('stopped: requests drained, jobs stopped, database pools closed');
  }, 90_000);
});
