import pg from 'pg';

/**
 * The advisory-lock key of start-up work, as two 32-bit integers: a namespace (the job workers'
 * liveness locks use 724_101, see jobs/worker-liveness.ts) and a number within it.
 */
export const STARTUP_LOCK_KEY = [724_100, 1] as const;

export interface StartupLockOptions {
  /** Told once when another process holds the lock, before this one waits for it. */
  onWait?: () => void;
}

/**
 * Runs `work` while holding the start-up lock of the database at `databaseUrl`: several processes
 * started at once on one database (API replicas, workers) migrate it and write the bootstrap
 * credentials one after the other, and each one after the first finds the work done.
 *
 * A session-level `pg_advisory_lock` on a connection of its own, outside the ORM's pool: the
 * lock belongs to that connection, so `work` may use any connection, take as long as migrations
 * take, and commit in as many transactions as it likes. PostgreSQL drops the lock if this process
 * dies or loses the connection, so a crashed start never leaves the others waiting. This needs a
 * direct connection or a pooler in session mode (advisory locks do not survive transaction pooling).
 */
export async function withStartupLock<T>(databaseUrl: string, work: () => Promise<T>, options: StartupLockOptions = {}): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'provisioning-hub start-up lock' });
  // A connection lost while `work` runs surfaces as an 'error' event: without a listener it would
  // crash the process. The lock is gone with it; `work` then fails or finishes on its own connections.
  let lost: Error | undefined;
  client.on('error', (error) => (lost = error));
  await client.connect();
  try {
    const [namespace, key] = STARTUP_LOCK_KEY;
    const tried = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1, $2) as locked', [namespace, key]);
    if (!tried.rows[0].locked) {
      options.onWait?.();
      await client.query('select pg_advisory_lock($1, $2)', [namespace, key]);
    }
    try {
      return await work();
    } finally {
      if (!lost) await client.query('select pg_advisory_unlock($1, $2)', [namespace, key]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
