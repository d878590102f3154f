import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './common/config.js';
import { EmbeddedPostgresError } from './db/embedded-postgres.js';
import { startRuntime } from './runtime.js';

// Settings from ./.env when present (.env.example); the environment wins. PH_DOTENV=off skips it (tests).
if (process.env.PH_DOTENV !== 'off' && existsSync('.env')) process.loadEnvFile('.env');

/** `npm start`: API, jobs and the admin console in one process (PH_MODE=api|worker splits them). */
async function main(): Promise<void> {
  const config = loadConfig();
  // Listen for signals before starting: a SIGTERM during start-up (migrations, demo data) must still
  // end in a clean stop of whatever started, not in the default kill that leaves PostgreSQL behind.
  let requested: NodeJS.Signals | undefined;
  // eslint-disable-next-line prefer-const -- assigned once the runtime exists
  let stopNow: ((signal: NodeJS.Signals) => void) | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (requested) return;
      requested = signal;
      stopNow?.(signal);
    });
  }

  const runtime = await startRuntime(config);
  stopNow = (signal) => {
    runtime.log.info({ signal }, 'shutting down');
    runtime.stop().then(
      () => {
        runtime.log.info({ signal }, 'stopped: requests drained, jobs stopped, database pools closed');
        process.exit(0);
      },
      (error) => {
        runtime.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  if (requested) return stopNow(requested);
  const lines = ['', 'Provisioning Hub is running.'];
  if (runtime.url) {
    lines.push(`  GraphQL:        ${runtime.url}/graphql`, `  Admin console:  ${runtime.url}/admin/`, `  Partner portal: ${runtime.url}/portal/`);
  }
  if (runtime.ops) lines.push(`  Jobs only; health and metrics: ${runtime.ops.url}/healthz, ${runtime.ops.url}/metrics`);
  if (runtime.embedded) {
    const c = runtime.credentials!;
    lines.push(
      `  Database:       embedded PostgreSQL, data in ${config.dataDir}/postgres`,
      `  Intake API key (orders:write):             ${c.intakeApiKey}`,
      `  Scheduler API key (orders:overdue:read):   ${c.schedulerApiKey}`,
      `  Rep login:      ${c.adminEmail} / ${c.adminPassword}`,
      `  (these are kept in ${config.dataDir}/credentials.json)`,
    );
  }
  console.log(lines.join('\n') + '\n');

}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
