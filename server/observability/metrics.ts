import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
// The recurring jobs, whose lag is reported: only these names become labels, whatever agenda_jobs holds.
import { JOB_NAMES } from '../jobs/job-names.js';

/** How long a scrape waits for its database queries before answering without them. */
export const DATABASE_COLLECT_TIMEOUT_MS = 1500;

/** Connection counts of one pool, read when scraped. */
export interface PoolStats {
  used: number;
  free: number;
  pending: number;
  max: number;
}

/** The tarn pool knex keeps behind MikroORM (not in knex's public types). */
interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

export type GraphQLOutcome = 'ok' | 'user_error' | 'error';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300];

/**
 * This process's Prometheus metrics, in a registry of its own (not prom-client's global one, so a
 * test process can run several apps). Counters and histograms are fed where things happen (the Apollo
 * plugin, the HTTP middleware, the job worker); the database's state (outbox backlog, job lag, pools)
 * is read when scraped, with a short timeout, and left out of the answer when the database does not
 * answer in time: `/metrics` keeps answering with what the process knows by itself.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly graphqlOperations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by root field (unknown: not a field of the schema), type and outcome (ok, user_error: a refused request or a payload with errors, error: an unexpected failure)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route (a fixed set; other: anything else) and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to finishing its response',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly jobRuns = new Counter({
    name: 'jobs_runs_total',
    help: 'Job runs in this process by job and outcome (ok, error)',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly jobDuration = new Histogram({
    name: 'job_duration_seconds',
    help: 'Duration of job runs in this process',
    labelNames: ['job'] as const,
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });
  readonly jobItems = new Counter({
    name: 'job_items_total',
    help: 'Orders handled by the sweeps in this process (handled: committed; failed: left for the next run)',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly outboxDeliveries = new Counter({
    name: 'outbox_deliveries_total',
    help: 'Emails sent by this process (sent; retrying: a temporary failure, tried again later; failed: given up)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly webhookDeliveries = new Counter({
    name: 'webhook_deliveries_total',
    help: 'Webhook deliveries attempted by this process (delivered: a 2xx answer; retrying: tried again later; failed: given up)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  private readonly jobLag = new Gauge({
    name: 'job_lag_seconds',
    help: 'How late the next run of each recurring job is (now minus agenda_jobs.next_run_at, 0 when not yet due); read when scraped',
    labelNames: ['job'] as const,
    registers: [this.registry],
  });
  private readonly outboxMessages = new Gauge({
    name: 'outbox_messages',
    help: 'Emails waiting (PENDING) or given up (FAILED) in the outbox; read when scraped',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });
  private readonly outboxOldestPending = new Gauge({
    name: 'outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest PENDING email (0 when none); read when scraped',
    registers: [this.registry],
  });
  private readonly databaseUp = new Gauge({
    name: 'metrics_database_up',
    help: '1 when the database answered this scrape’s queries (outbox, jobs) in time, else 0 and those series are left out',
    registers: [this.registry],
  });

  private readonly pools = new Map<string, () => PoolStats | undefined>();
  private collecting?: Promise<void>;
  private databaseWasUp = true;

  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
  ) {
    collectDefaultMetrics({ register: this.registry });
    const pools = this.pools;
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections by pool (orm: requests and jobs through MikroORM; jobs: the scheduler) and state (used, free, pending: callers waiting for one)',
      labelNames: ['pool', 'state'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [pool, read] of pools) {
          const stats = read();
          if (!stats) continue;
          for (const state of ['used', 'free', 'pending'] as const) this.set({ pool, state }, stats[state]);
        }
      },
    });
    new Gauge({
      name: 'db_pool_max_connections',
      help: 'The size limit of each database pool',
      labelNames: ['pool'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [pool, read] of pools) {
          const stats = read();
          if (stats) this.set({ pool }, stats.max);
        }
      },
    });
    this.watchPool('orm', () => {
      const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
      return pool && { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires(), max: pool.max };
    });
  }

  /** Reports a connection pool's usage on every scrape (the ORM's is watched from the start). */
  watchPool(name: string, read: () => PoolStats | undefined): void {
    this.pools.set(name, () => {
      try {
        return read();
      } catch {
        return undefined; // a pool being closed
      }
    });
  }

  /** Runs a job, counting it and timing it under `job`. */
  async trackJob<T>(job: string, work: () => Promise<T>): Promise<T> {
    const stop = this.jobDuration.startTimer({ job });
    try {
      const result = await work();
      this.jobRuns.inc({ job, outcome: 'ok' });
      return result;
    } catch (error) {
      this.jobRuns.inc({ job, outcome: 'error' });
      throw error;
    } finally {
      stop();
    }
  }

  /** The Prometheus text exposition, after reading the database's state (bounded by a timeout). */
  async render(): Promise<string> {
    await this.collectDatabase();
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async collectDatabase(): Promise<void> {
    // One query set at a time: scrapes arriving while the database hangs wait for the same one.
    const collecting = (this.collecting ??= this.queryDatabase().finally(() => (this.collecting = undefined)));
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        collecting,
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${DATABASE_COLLECT_TIMEOUT_MS} ms`)), DATABASE_COLLECT_TIMEOUT_MS);
        }),
      ]);
      this.databaseUp.set(1);
      if (!this.databaseWasUp) this.log.info('metrics: the database answers again');
      this.databaseWasUp = true;
    } catch (error) {
      // Stale numbers would read as real ones: leave the series out until the database answers.
      this.outboxMessages.reset();
      this.outboxOldestPending.reset();
      this.jobLag.reset();
      this.databaseUp.set(0);
      if (this.databaseWasUp) this.log.warn({ err: (error as Error).message }, 'metrics: the database did not answer; outbox and job series are left out');
      this.databaseWasUp = false;
    } finally {
      clearTimeout(timer);
    }
  }

  private async queryDatabase(): Promise<void> {
    const knex = this.orm.em.getConnection().getKnex();
    const { outbox, jobs } = await knex.transaction(async (trx) => {
      // The server gives up too, so a slow scrape never holds a connection for long.
      await trx.raw(`set local statement_timeout = ${DATABASE_COLLECT_TIMEOUT_MS}`);
      // Both counts come from partial indexes (PENDING, FAILED): cheap however many emails were sent.
      const outboxResult = await trx.raw(
        `select (select count(*) from outbox_message where status = 'PENDING')::float8 as pending,
                (select count(*) from outbox_message where status = 'FAILED')::float8 as failed,
                coalesce(extract(epoch from now() - (select min(created_at) from outbox_message where status = 'PENDING')), 0)::float8 as oldest`,
      );
      const jobsResult = await trx.raw(
        `select name, greatest(0, extract(epoch from now() - min(next_run_at)))::float8 as lag
           from agenda_jobs where name = any(?) and next_run_at is not null and disabled is not true group by name`,
        [[...JOB_NAMES]],
      );
      return { outbox: outboxResult.rows[0] as { pending: number; failed: number; oldest: number }, jobs: jobsResult.rows as { name: string; lag: number }[] };
    });
    this.outboxMessages.reset();
    this.outboxMessages.set({ status: 'PENDING' }, outbox.pending);
    this.outboxMessages.set({ status: 'FAILED' }, outbox.failed);
    this.outboxOldestPending.set(Math.max(0, outbox.oldest));
    this.jobLag.reset();
    for (const { name, lag } of jobs) this.jobLag.set({ job: name }, lag);
  }
}

export function createMetrics(orm: MikroORM, log: Logger): Metrics {
  return new Metrics(orm, log);
}
