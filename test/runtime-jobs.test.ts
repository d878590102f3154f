import { DateTime } from 'luxon';
import { pino } from 'pino';
import { ManualClock } from '../server/common/clock.js';
import { ConfigError, loadConfig } from '../server/common/config.js';
import { generateToken } from '../server/common/tokens.js';
import { Escalation, EscalationKind } from '../server/escalations/escalation.entity.js';
import { startRuntime, type Runtime } from '../server/runtime.js';
import { createTestDatabase } from './support/database.js';
import { orderInput } from './support/factories.js';
import { agendaTimersSettled, PLACE_ORDER, TEST_LOCK_LIFETIME } from './support/scheduling.js';
import { SmtpSink } from './support/smtp-sink.js';

const INTAKE_KEY = generateToken('key');
const SCHEDULER_KEY = generateToken('key');
const REPS = 'reps@cisco.example';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let sink: SmtpSink;

beforeAll(async () => {
  database = await createTestDatabase();
  sink = await SmtpSink.start();
});
afterAll(async () => {
  await agendaTimersSettled();
  await sink.stop();
  await database.drop();
});

function start(mode: 'all' | 'api' | 'worker', env: Record<string, string> = {}, clock?: ManualClock): Promise<Runtime> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    PH_MODE: mode,
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    PORTAL_URL: 'http://portal.test/portal',
    INTAKE_API_KEY: INTAKE_KEY,
    SCHEDULER_API_KEY: SCHEDULER_KEY,
    REPS_EMAIL: REPS,
    ...env,
  });
  return startRuntime(config, { clock, log: pino({ level: 'silent' }), jobs: { processEvery: 200, lockLifetime: TEST_LOCK_LIFETIME, shutdownTimeout: 5000 } });
}

async function gql(runtime: Runtime, query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(`${runtime.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: any; errors?: unknown[] };
}

describe('npm start', () => {
  it('runs API and jobs in one process: an order placed for today and one two days late get their Set up now emails within seconds; a day after those emails both are overdue, with one escalation each', async () => {
    // The product's clock, so the day before an order is overdue can pass in an instant (the jobs run on their real schedule).
    const clock = new ManualClock(new Date());
    const runtime = await start('all', { OVERDUE_SWEEP_INTERVAL: '500 ms' }, clock);
    try {
      expect(runtime.jobs).toBeDefined();
      const today = DateTime.utc().toISODate()!;
      const twoDaysAgo = DateTime.utc().minus({ days: 2 }).toISODate()!;
      const placedAt = Date.now();
      const forToday = await gql(
        runtime,
        PLACE_ORDER,
        { input: orderInput({ requestedStartDate: today, timeZone: 'UTC', provisioningContactEmail: 'today@rossi.example' }) },
        INTAKE_KEY,
      );
      const late = await gql(
        runtime,
        PLACE_ORDER,
        { input: orderInput({ requestedStartDate: twoDaysAgo, timeZone: 'UTC', provisioningContactEmail: 'late@rossi.example' }) },
        INTAKE_KEY,
      );
      expect(forToday.errors).toBeUndefined();
      expect(forToday.data.placeOrder.order.status).toBe('AWAITING_SETUP');

      await sink.waitFor(2, 10_000); // the two setup emails
      expect(sink.to('today@rossi.example')).toHaveLength(1);
      expect(sink.to('today@rossi.example')[0].text).toContain('http://portal.test/portal/setup?token=phs_');
      expect(Date.now() - placedAt).toBeLessThan(5_000);
      // Not overdue until a full day after its email went out, however late it was placed (#22).
      const notYet = await gql(runtime, `query { overdueOrders(first: 10) { totalCount } }`, {}, SCHEDULER_KEY);
      expect(notYet.data.overdueOrders.totalCount).toBe(0);
      clock.advance(24 * 3_600_000 + 60_000);
      await sink.waitFor(4, 10_000);
      expect(sink.to(REPS)).toHaveLength(2);

      // The scheduler reads the overdue orders' own facts; escalations are the reps' (docs/integrators.md, "Security rules").
      const ids = [forToday.data.placeOrder.order.id, late.data.placeOrder.order.id].sort();
      const overdue = await gql(runtime, `query { overdueOrders(first: 10) { totalCount edges { node { id overdue } } } }`, {}, SCHEDULER_KEY);
      expect(overdue.data.overdueOrders.totalCount).toBe(2);
      expect(overdue.data.overdueOrders.edges.map((e: any) => e.node).sort((a: any, b: any) => a.id.localeCompare(b.id))).toEqual(
        ids.map((id) => ({ id, overdue: true })),
      );
      const escalations = await runtime.orm.em.fork().find(Escalation, { kind: EscalationKind.OVERDUE_PROVISIONING });
      expect(escalations.map((e) => e.order.id).sort()).toEqual(ids);
    } finally {
      await runtime.stop();
    }
  });

  it('PH_MODE=worker runs the jobs without HTTP, and PH_MODE=api serves HTTP without jobs', async () => {
    const worker = await start('worker');
    try {
      expect(worker.http).toBeUndefined();
      expect(worker.jobs).toBeDefined();
    } finally {
      await worker.stop();
    }
    const api = await start('api');
    try {
      expect(api.jobs).toBeUndefined();
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    } finally {
      await api.stop();
    }
  });
});

describe('job intervals in the environment', () => {
  it('reads "5 minutes", "30 seconds", "1 hour" and "500 ms", and refuses at start what it cannot read', () => {
    const read = (value: string) => loadConfig({ OVERDUE_SWEEP_INTERVAL: value }).overdueSweepIntervalMs;
    expect([read('5 minutes'), read('30 seconds'), read('1 hour'), read('500 ms'), read('2000')]).toEqual([300_000, 30_000, 3_600_000, 500, 2000]);
    expect(loadConfig({}).overdueSweepIntervalMs).toBe(300_000);
    for (const bad of ['soon', '5 fortnights', '0 seconds', '-1 minute']) {
      expect(() => read(bad)).toThrow(ConfigError);
    }
    expect(() => loadConfig({ SETUP_LINK_SWEEP_INTERVAL: 'often' })).toThrow(
      'SETUP_LINK_SWEEP_INTERVAL must be an interval such as "5 minutes" or "30 seconds" (between 100 ms and 7 days), got "often"',
    );
  });
});
