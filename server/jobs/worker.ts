import { PostgresBackend } from '@agendajs/postgres-backend';
import { Agenda, type Job } from 'agenda';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import pg from 'pg';
import { createSmtpMailer, type Mailer } from '../outbox/mailer.js';
import { DUE_SETUP_LINKS_JOB, runDueSetupLinks } from './due-setup-links.job.js';
import { LINK_EXPIRY_JOB, runLinkExpiry } from './link-expiry.job.js';
import { OUTBOX_DELIVERY_JOB } from './outbox-delivery.job.js';
import { OutboxSender } from './outbox-sender.js';
import { OVERDUE_ESCALATIONS_JOB, runOverdueEscalations } from './overdue-escalations.job.js';
import { runSetupReminders, SETUP_REMINDERS_JOB } from './setup-reminders.job.js';
import { runStalledSetups, STALLED_SETUPS_JOB } from './stalled-setups.job.js';
import { runSubscriptionChanges, SUBSCRIPTION_CHANGES_JOB } from './subscription-changes.job.js';
import { WEBHOOK_DELIVERY_JOB } from './webhook-delivery.job.js';
import { WebhookSender } from './webhook-sender.js';
import type { Metrics } from '../observability/metrics.js';
import type { JobDependencies } from './sweep.js';
import { JOB_NAMES, type JobName } from './job-names.js';
import { WorkerLiveness } from './worker-liveness.js';

export interface JobWorkerOptions {
  databaseUrl: string;
  /** Names this agenda instance in `agenda_jobs.last_modified_by`; unique per process (several workers share a database). */
  name?: string;
  /** Undefined: a pooled SMTP transport when `SMTP_URL` is set; null: log instead of sending. */
  mailer?: Mailer | null;
  /** How often agenda looks for due jobs (ms). */
  processEvery?: number;
  /** How long a running job stays locked without a touch (ms). Low in tests: agenda keeps a timer of half of it per run. */
  lockLifetime?: number;
  /** Overrides of the recurring intervals (ms); defaults come from the config. */
  intervals?: Partial<Record<JobName, number>>;
  /** Outbox batches sent side by side by this process. */
  deliveryConcurrency?: number;
  /** Upper bound on waiting for running jobs at shutdown (ms). */
  shutdownTimeout?: number;
  /** Where job runs, outbox deliveries and the scheduler's pool are reported. */
  metrics?: Metrics;
}

export interface JobWorker {
  agenda: Agenda;
  outbox: OutboxSender;
  webhooks: WebhookSender;
  stop(): Promise<void>;
}

/**
 * The scheduler: agenda 6 on the application's PostgreSQL (`agenda_jobs`, created by a migration,
 * hence `ensureSchema: false`), running the recurring sweeps, plus the outbox sender woken by
 * LISTEN/NOTIFY. Any number of processes may run it: agenda locks each recurring job to one worker
 * at a time, and every sweep is safe under concurrency by itself (SKIP LOCKED claims, unique indexes).
 */
export async function startJobWorker(deps: JobDependencies, options: JobWorkerOptions): Promise<JobWorker> {
  const { config, log } = deps;
  const mailer = options.mailer !== undefined ? options.mailer : config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.emailFrom) : null;
  if (!mailer) log.warn('SMTP_URL is not set: emails stay in the outbox and are logged, not sent');
  const metrics = options.metrics;
  const outbox = new OutboxSender(deps, mailer, { concurrency: options.deliveryConcurrency, metrics });
  const webhooks = new WebhookSender(deps, { metrics });
  const abort = new AbortController();
  const lockLifetime = options.lockLifetime ?? 5 * 60_000;
  const name = `${options.name ?? `provisioning-hub@${hostname()}`}:${process.pid}:${randomBytes(3).toString('hex')}`;

  // Our own pool, so that a dropped idle connection is logged instead of crashing the process
  // (neither agenda nor the backend listens for the pool's or the LISTEN channel's 'error' events).
  // One more connection than agenda needs: the liveness lock holds one for the worker's lifetime.
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
  pool.on('error', (error) => log.warn({ err: error }, 'job scheduler lost a database connection'));
  metrics?.watchPool('jobs', () => ({ used: pool.totalCount - pool.idleCount, free: pool.idleCount, pending: pool.waitingCount, max: pool.options.max ?? 10 }));
  const backend = new PostgresBackend({ pool, ensureSchema: false });
  const channel = backend.notificationChannel;
  if (channel instanceof EventEmitter) {
    channel.on('error', (error: Error) => log.warn({ err: error }, 'job scheduler notification channel error; it reconnects'));
  }
  const agenda = new Agenda({
    backend,
    name,
    processEvery: options.processEvery ?? 5000,
    defaultLockLifetime: lockLifetime,
    // Each recurring job is one 'single' row, so the database lock already lets one worker run it at a
    // time. No per-worker lock limit, and concurrency above 1: agenda's in-memory counters can be left
    // off by one after it cancels a run whose lock expired, and a limit of 1 would then block the job
    // in this worker for good.
    defaultConcurrency: 4,
  });
  agenda.on('error', (error) => log.error({ err: error }, 'job scheduler error'));
  agenda.on('fail', (error: Error | string, job: Job | { jobName: string }, remote?: boolean) => {
    if (!remote) log.error({ err: error, job: 'attrs' in job ? job.attrs.name : job.jobName }, 'job failed; it runs again at its next interval');
  });

  // A running job keeps its lock fresh however long one batch takes (a slow database, a slow SMTP
  // server): agenda would otherwise consider it dead after lockLifetime and let another worker start it.
  const keepingLock = async (job: Job, work: () => Promise<void>) => {
    let touching: Promise<unknown> = Promise.resolve();
    const timer = setInterval(() => {
      touching = job.touch().catch((error: unknown) => log.warn({ err: error, job: job.attrs.name }, 'could not extend the job lock'));
    }, lockLifetime / 3);
    try {
      await work();
    } finally {
      clearInterval(timer);
      // A touch landing after agenda's completion save would lock the finished job again.
      await touching;
    }
  };
  // Counted and timed (jobs_runs_total, job_duration_seconds) when the process has metrics.
  const tracked = (name: JobName, work: () => Promise<void>) => (metrics ? metrics.trackJob(name, work) : work());
  const sweep = (name: JobName, run: typeof runDueSetupLinks) => (job: Job) =>
    keepingLock(job, () =>
      tracked(name, async () => {
        const result = await run(deps, { signal: abort.signal });
        metrics?.jobItems.inc({ job: name, outcome: 'handled' }, result.handled);
        metrics?.jobItems.inc({ job: name, outcome: 'failed' }, result.failed.length);
        if (result.handled || result.failed.length) log.info({ job: job.attrs.name, handled: result.handled, failed: result.failed.length }, 'sweep done');
      }),
    );
  agenda.define(DUE_SETUP_LINKS_JOB, sweep(DUE_SETUP_LINKS_JOB, runDueSetupLinks));
  agenda.define(OVERDUE_ESCALATIONS_JOB, sweep(OVERDUE_ESCALATIONS_JOB, runOverdueEscalations));
  agenda.define(STALLED_SETUPS_JOB, sweep(STALLED_SETUPS_JOB, runStalledSetups));
  agenda.define(SETUP_REMINDERS_JOB, sweep(SETUP_REMINDERS_JOB, runSetupReminders));
  agenda.define(LINK_EXPIRY_JOB, sweep(LINK_EXPIRY_JOB, runLinkExpiry));
  agenda.define(SUBSCRIPTION_CHANGES_JOB, sweep(SUBSCRIPTION_CHANGES_JOB, runSubscriptionChanges));
  agenda.define(OUTBOX_DELIVERY_JOB, (job: Job) => keepingLock(job, () => tracked(OUTBOX_DELIVERY_JOB, () => outbox.wake())));
  agenda.define(WEBHOOK_DELIVERY_JOB, (job: Job) => keepingLock(job, () => tracked(WEBHOOK_DELIVERY_JOB, () => webhooks.wake())));

  const intervals: Record<JobName, number> = {
    [DUE_SETUP_LINKS_JOB]: config.setupLinkSweepIntervalMs,
    [OVERDUE_ESCALATIONS_JOB]: config.overdueSweepIntervalMs,
    [STALLED_SETUPS_JOB]: config.overdueSweepIntervalMs,
    [SETUP_REMINDERS_JOB]: config.overdueSweepIntervalMs,
    [LINK_EXPIRY_JOB]: config.setupLinkSweepIntervalMs,
    [SUBSCRIPTION_CHANGES_JOB]: config.setupLinkSweepIntervalMs,
    [OUTBOX_DELIVERY_JOB]: config.outboxPollIntervalMs,
    [WEBHOOK_DELIVERY_JOB]: config.webhooks.pollIntervalMs,
    ...options.intervals,
  };

  // Jobs locked by workers that died (kill -9) are released now, not after their lock lifetime.
  const liveness = new WorkerLiveness(pool, name, log);
  await liveness.start();
  await agenda.start();
  for (const job of JOB_NAMES) {
    await agenda.every(intervals[job], job);
    // every() keeps a run already scheduled further out; a shortened interval applies now, not after it.
    await pool.query(`update agenda_jobs set next_run_at = $2 where name = $1 and type = 'single' and next_run_at > $2`, [
      job,
      new Date(Date.now() + intervals[job]),
    ]);
  }
  await outbox.listen(options.databaseUrl);
  await webhooks.listen(options.databaseUrl);
  log.info({ intervals, smtp: Boolean(mailer) }, 'jobs started');

  let stopping: Promise<void> | undefined;
  return {
    agenda,
    outbox,
    webhooks,
    stop: () =>
      (stopping ??= (async () => {
        // Sweeps stop between batches; a batch under way commits. Then wait for the running
        // handlers (bounded) and close agenda's LISTEN connection and pool.
        abort.abort();
        await outbox.stop();
        await webhooks.stop();
        const drained = await agenda.drain({ timeout: options.shutdownTimeout ?? 15_000, closeConnection: false });
        if (drained.timedOut) {
          log.warn({ running: drained.running }, 'jobs still running at shutdown; their locks expire on their own');
        } else {
          // drain() waits for running jobs (they unlock as they complete) but keeps the jobs it had
          // locked ahead of their run time; release those so another worker takes them at once. A
          // processJobs pass already under way when drain() returned (one lock query per job name) may
          // still lock one after that: release again until a pause finds none left.
          for (let pass = 0; pass < 8; pass++) {
            await pool.query('update agenda_jobs set locked_at = null where locked_at is not null and last_modified_by = $1', [name]);
            await new Promise((resolve) => setTimeout(resolve, 250));
            const left = await pool.query('select 1 from agenda_jobs where locked_at is not null and last_modified_by = $1 limit 1', [name]);
            if (!left.rowCount) break;
          }
        }
        await liveness.stop();
        await pool.end();
        log.info('jobs stopped');
      })()),
  };
}
