import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';

/** A statement PostgreSQL parses and plans once per connection (a named prepared statement). */
export interface Prepared {
  name: string;
  text: string;
}

export function prepared(name: string, text: string): Prepared {
  return { name, text };
}

/**
 * Runs a read-only prepared statement on a connection of the ORM's pool, outside any unit of work.
 * For the hot read paths (authentication, order reads): no query building, no parsing or planning
 * per request. Never inside a transaction: writes and locked reads go through the EntityManager.
 */
export async function queryPrepared<Row extends object>(em: EntityManager, statement: Prepared, values: unknown[]): Promise<Row[]> {
  const client = em.getConnection().getKnex().client;
  const connection: pg.Client = await client.acquireConnection();
  try {
    return (await connection.query<Row>({ name: statement.name, text: statement.text, values })).rows;
  } finally {
    await client.releaseConnection(connection);
  }
}
