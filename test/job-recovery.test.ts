import pg from 'pg';
import { pino } from 'pino';
import { JOB_NAMES } from '../server/jobs/job-names.js';
import { LIVENESS_NAMESPACE, WorkerLiveness } from '../server/jobs/worker-liveness.js';
import type { JobWorker } from '../server/jobs/worker.js';
import { startTestApp, type TestApp } from './support/app.js';
import { startTestWorker } from './support/scheduling.js';

/**
 * A worker killed with kill -9 leaves its agenda job locks behind. The next worker to start (or any
 * running one, on its periodic check) releases the locks of workers that are gone, so sweeps and the
 * outbox poll resume at once instead of after the lock lifetime; a live worker's locks stay.
 */
let app: TestApp;
const workers: JobWorker[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});
afterAll(() => app.stop());

const rows = async () =>
  await app
    .em()
    .getConnection()
    .execute<{ name: string; locked_at: string | null; last_run_at: string | null; last_modified_by: string | null }[]>(
      'select name, locked_at, last_run_at, last_modified_by from agenda_jobs order by name',
    );

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('job locks of a worker that died', () => {
  it('are released when the next worker starts, so every job runs again at once (not after the 10-minute lock lifetime)', async () => {
    const first = await startTestWorker(app, { lockLifetime: 600_000 });
    await eventually(async () => (await rows()).length === JOB_NAMES.length && (await rows()).every((r) => r.last_run_at));
    await first.stop();

    // What kill -9 leaves: every job due and locked a moment ago by a worker that no longer exists.
    await app
      .em()
      .getConnection()
      .execute(`update agenda_jobs set locked_at = now(), next_run_at = now(), last_modified_by = 'provisioning-hub@gone:4242:dead00', last_run_at = null`);

    workers.push(await startTestWorker(app, { lockLifetime: 600_000 }));
    await eventually(async () => (await rows()).every((r) => r.last_run_at !== null), 10_000);
    expect((await rows()).map((r) => r.last_modified_by)).not.toContain('provisioning-hub@gone:4242:dead00');
  });

  it('leaves the locks of a worker that is alive (it holds its liveness lock)', async () => {
    const pool = new pg.Pool({ connectionString: app.config.databaseUrl, max: 2 });
    const alive = await pool.connect();
    try {
      await alive.query('select pg_advisory_lock($1, hashtext($2))', [LIVENESS_NAMESPACE, 'alive-worker']);
      const connection = app.em().getConnection();
      await connection.execute(`insert into agenda_jobs (id, name, priority, next_run_at, type, locked_at, last_modified_by, disabled, data)
        values (gen_random_uuid(), 'test:alive', 0, now(), 'normal', now(), 'alive-worker', false, '{}'::jsonb),
               (gen_random_uuid(), 'test:dead', 0, now(), 'normal', now(), 'dead-worker', false, '{}'::jsonb)`);
      const liveness = new WorkerLiveness(pool, 'checker', pino({ level: 'silent' }));
      expect(await liveness.releaseLocksOfDeadWorkers()).toBeGreaterThanOrEqual(1);
      const locked = await connection.execute<{ name: string; locked: boolean }[]>(
        `select name, locked_at is not null as locked from agenda_jobs where name like 'test:%' order by name`,
      );
      expect(locked).toEqual([
        { name: 'test:alive', locked: true },
        { name: 'test:dead', locked: false },
      ]);
      await connection.execute(`delete from agenda_jobs where name like 'test:%'`);
    } finally {
      alive.release();
      await pool.end();
    }
  });
});
