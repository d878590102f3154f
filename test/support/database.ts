import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateUp, openDatabase } from '../../server/db/orm.js';

/**
 * Test databases. The global setup migrates one template database; each test file clones it
 * (`create database … template …`, tens of milliseconds) and drops its clone at the end.
 * `TEST_DATABASE_URL` picks the server; otherwise the global setup started an embedded one.
 */
export function serverUrl(): string {
  const url = process.env.PH_TEST_SERVER_URL;
  if (!url) throw new Error('PH_TEST_SERVER_URL is not set: run the tests through jest (global setup)');
  return url;
}

export function databaseUrl(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl(), 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The first caller of the run creates and migrates the template; the others wait on the lock. */
async function ensureTemplate(template: string): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query('select pg_advisory_lock(724001)');
    try {
      const exists = await client.query('select 1 from pg_database where datname = $1', [template]);
      if (exists.rowCount) return;
      await client.query(`create database "${template}_building"`);
      const orm = await openDatabase(databaseUrl(serverUrl(), `${template}_building`));
      try {
        await migrateUp(orm);
      } finally {
        await orm.close();
      }
      await client.query(`alter database "${template}_building" rename to "${template}"`);
    } finally {
      await client.query('select pg_advisory_unlock(724001)');
    }
  });
}

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const template = process.env.PH_TEST_TEMPLATE_DB!;
  await ensureTemplate(template);
  const name = `ph_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`create database "${name}" template "${template}"`));
  return {
    url: databaseUrl(serverUrl(), name),
    drop: () =>
      withAdminClient(async (client) => {
        await client.query(`drop database if exists "${name}" with (force)`);
      }),
  };
}

/** An empty database (no template, no migrations): for tests of what a first start does to it. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ph_test_empty_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`create database "${name}"`));
  return {
    url: databaseUrl(serverUrl(), name),
    drop: () =>
      withAdminClient(async (client) => {
        await client.query(`drop database if exists "${name}" with (force)`);
      }),
  };
}
