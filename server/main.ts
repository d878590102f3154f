import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './common/config.js';
import { EmbeddedPostgresError } from './db/embedded-postgres.js';
import { startRuntime, type Runtime } from './runtime.js';

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
  if (runtime.embedded) lines.push(`  Database:       embedded PostgreSQL, data in ${config.dataDir}/postgres`);
  lines.push(...credentialLines(runtime, config.dataDir));
  for (const warning of runtime.warnings) lines.push(`  Warning: ${warning}`);
  console.log(lines.join('\n') + '\n');
}

/**
 * A secret is printed once, on the start that generated it (embedded mode only); afterwards the banner
 * says where it is kept. A value the operator supplied is never printed, only the variable it came from.
 */
function credentialLines(runtime: Runtime, dataDir: string): string[] {
  if (!runtime.credentials) return [];
  const { credentials, sources } = runtime.credentials;
  const file = `${dataDir}/credentials.json`;
  const show = (name: keyof typeof sources, variable: string) =>
    sources[name] === 'environment' ? `from ${variable}` : sources[name] === 'generated-now' ? credentials[name] : `kept in ${file}`;
  const lines = [
    `  Intake API key (orders:write):             ${show('intakeApiKey', 'INTAKE_API_KEY')}`,
    `  Scheduler API key (orders:overdue:read):   ${show('schedulerApiKey', 'SCHEDULER_API_KEY')}`,
    `  Rep login:      ${credentials.adminEmail} / ${show('adminPassword', 'ADMIN_PASSWORD')}`,
  ];
  if (Object.values(sources).includes('generated-now')) lines.push(`  (generated now and kept in ${file}; they are not printed again)`);
  return lines;
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
