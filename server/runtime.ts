import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { applyBootstrapCredentials, embeddedCredentials, type EmbeddedCredentials } from './auth/bootstrap-credentials.js';
import { checkSomeoneCanWork, type StartupFindings } from './auth/startup-checks.js';
import { systemClock, type Clock } from './common/clock.js';
import { ConfigError, type Config } from './common/config.js';
import { createLogger } from './common/logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres.js';
import { migrateUp, openDatabase } from './db/orm.js';
import { withStartupLock } from './db/startup-lock.js';
import { shouldSeedDemoData, seedDemoData } from './demo/seed.js';
import { createHttpApp, type HttpApp } from './http/app.js';
import { startOpsServer, type OpsServer } from './http/ops-server.js';
import { startJobWorker, type JobWorker, type JobWorkerOptions } from './jobs/worker.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { createServices, type Services } from './services.js';

export const EMBEDDED_DATABASE = 'provisioning_hub';

export interface Runtime {
  config: Config;
  orm: MikroORM;
  services: Services;
  log: Logger;
  http?: HttpApp;
  /** In `worker` mode, the HTTP server with only `/healthz`, `/readyz` and `/metrics`. */
  ops?: OpsServer;
  metrics: Metrics;
  /** The scheduler and email sender, unless `config.mode` is `api`. */
  jobs?: JobWorker;
  /** The base URL the HTTP server listens on, when it runs in this process. */
  url?: string;
  embedded?: EmbeddedDatabase;
  /** Embedded mode: the bootstrap credentials and where each came from (main.ts prints only generated ones, once). */
  credentials?: EmbeddedCredentials;
  /** What would leave this deployment serving nobody (no rep, no key…), each naming the variable to set; main.ts prints them. */
  warnings: string[];
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  clock?: Clock;
  log?: Logger;
  /** Where the built admin console and portal are (default `admin/dist`). */
  staticRoot?: string;
  /** Scheduler tuning (tests lower the lock lifetime and intervals). */
  jobs?: Omit<JobWorkerOptions, 'databaseUrl'>;
}

/** Resolves the database (embedded by default), migrates it, and starts what `config.mode` asks for. */
export async function startRuntime(configured: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  let config = configured;
  const log = options.log ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: `${config.dataDir}/postgres`,
      port: config.embeddedPostgresPort,
      database: EMBEDDED_DATABASE,
      log: (message) => log.info(message),
    });
    databaseUrl = embedded.url;
  }

  const orm = await openDatabase(databaseUrl);
  const generated = embedded ? embeddedCredentials(config) : undefined;
  const credentials = generated?.credentials ?? {
    intakeApiKey: config.intakeApiKey,
    schedulerApiKey: config.schedulerApiKey,
    adminEmail: config.adminEmail,
    adminPassword: config.adminPassword,
  };
  // Rep notices (overdue, stalled, on hold) go to REPS_EMAIL, else ADMIN_EMAIL; on the embedded default
  // start, to the first rep this start creates, so the product's central promise is on for a newcomer (#22).
  if (!config.repsEmail && embedded) config = { ...config, repsEmail: credentials.adminEmail };
  if (!config.repsEmail && config.mode !== 'api') {
    log.warn(
      'REPS_EMAIL is not set (nor ADMIN_EMAIL): no notice of an overdue, stalled or on-hold order will be emailed to the reps; they see them only in the console',
    );
  }
  const services = createServices(config);

  // Replicas and workers started at once on one database take turns here (db/startup-lock.ts).
  let findings: StartupFindings = { refusals: [], warnings: [] };
  await withStartupLock(
    databaseUrl,
    async () => {
      await migrateUp(orm);
      await applyBootstrapCredentials(orm.em.fork(), credentials);
      // On the operator's database: would this start serve anybody (a rep who can sign in, a key for orders)?
      if (!embedded) findings = await checkSomeoneCanWork(orm.em.fork(), config);
      // A first look at the product: demo data on the embedded database's first start, never in production.
      if (shouldSeedDemoData(config, !!embedded)) {
        await seedDemoData(orm, { config, services, log, now: clock.now() });
      }
    },
    { onWait: () => log.info('another process is starting on this database (migrations, credentials): waiting for it') },
  );

  if (findings.refusals.length && config.production) {
    await orm.close();
    throw new ConfigError(findings.refusals.join('\n  '));
  }
  for (const finding of [...findings.refusals, ...findings.warnings]) log.warn(finding);

  const metrics = createMetrics(orm, log);
  let http: HttpApp | undefined;
  let ops: OpsServer | undefined;
  let url: string | undefined;
  if (config.mode === 'worker') {
    ops = await startOpsServer({ orm, config, log, metrics });
  } else {
    http = await createHttpApp({ orm, config, clock, services, log, metrics, staticRoot: options.staticRoot ?? 'admin/dist' });
    await new Promise<void>((resolve, reject) => {
      http!.server.once('error', reject);
      http!.server.listen(config.port, config.host, () => resolve());
    });
    url = `http://localhost:${(http.server.address() as AddressInfo).port}`;
  }

  let jobs: JobWorker | undefined;
  if (config.mode !== 'api') {
    jobs = await startJobWorker({ orm, services, clock, config, log }, { ...options.jobs, databaseUrl, metrics });
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Stop taking requests and let in-flight ones finish (Apollo's drain plugin), then let running
      // jobs finish their batch and release their locks, then close pools.
      if (http) await http.apollo.stop();
      if (ops) await ops.close();
      if (jobs) await jobs.stop();
      await orm.close();
      if (embedded) await embedded.stop();
    })());

  return {
    config,
    orm,
    services,
    log,
    http,
    ops,
    metrics,
    jobs,
    url,
    embedded,
    credentials: generated,
    warnings: [...findings.refusals, ...findings.warnings],
    stop,
  };
}
