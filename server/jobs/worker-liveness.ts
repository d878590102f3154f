import type pg from 'pg';
import type { Logger } from 'pino';

/** The advisory-lock namespace (first key) of job workers' liveness locks. */
export const LIVENESS_NAMESPACE = 724_101;

/**
 * Agenda locks a job by stamping `locked_at` and its worker's name (`last_modified_by`); a worker
 * that dies by kill -9 or a lost machine leaves those stamps behind, and agenda only takes such a job
 * again once its lock lifetime (minutes) has passed: until then no sweep and no outbox poll runs.
 *
 * So each worker holds, for as long as it runs, a session advisory lock named after itself, on a
 * connection of its own. PostgreSQL drops the lock with the connection, so a worker without one is
 * gone, and its job locks can be released at once — at start, and every `checkEveryMs` after. A
 * wrongly released lock (a live worker whose connection blipped) only lets a job run twice, which
 * every job here is safe against (SKIP LOCKED claims, unique indexes).
 */
export class WorkerLiveness {
  private client?: pg.PoolClient;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly name: string,
    private readonly log: Logger,
    private readonly checkEveryMs = 30_000,
  ) {}

  async start(): Promise<void> {
    await this.hold();
    await this.releaseLocksOfDeadWorkers();
    this.timer = setInterval(() => {
      void (async () => {
        if (!this.client) await this.hold();
        await this.releaseLocksOfDeadWorkers();
      })().catch((error) => this.log.warn({ err: error }, 'could not check for job locks of stopped workers'));
    }, this.checkEveryMs);
    this.timer.unref();
  }

  /** Releases the job locks of workers that hold no liveness lock; returns how many. */
  async releaseLocksOfDeadWorkers(): Promise<number> {
    const result = await this.pool.query(
      `update agenda_jobs j set locked_at = null
        where j.locked_at is not null
          and not exists (
            select 1 from pg_locks l
             where l.locktype = 'advisory' and l.granted and l.objsubid = 2
               and l.database = (select oid from pg_database where datname = current_database())
               and l.classid = $1::int::oid
               and l.objid = (hashtext(j.last_modified_by)::bigint & 4294967295)::oid)
        returning j.name, j.last_modified_by`,
      [LIVENESS_NAMESPACE],
    );
    if (result.rowCount) this.log.warn({ jobs: result.rows }, 'released the job locks of stopped workers');
    return result.rowCount ?? 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.query('select pg_advisory_unlock($1, hashtext($2))', [LIVENESS_NAMESPACE, this.name]);
      client.release();
    } catch {
      client.release(true);
    }
  }

  private async hold(): Promise<void> {
    if (this.stopped) return;
    const client = await this.pool.connect();
    let gone = false;
    // A dropped connection (database restart) loses the lock: take it again on the next check.
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'job worker liveness connection lost; it is taken again');
      if (this.client !== client || gone) return;
      gone = true;
      this.client = undefined;
      client.release(true);
    });
    await client.query('select pg_advisory_lock($1, hashtext($2))', [LIVENESS_NAMESPACE, this.name]);
    this.client = client;
  }
}
