import type { EntityManager, Knex } from '@mikro-orm/postgresql';
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

/**
 * Runs one statement in `em`'s open transaction with its values sent as parameters (`?` in the
 * text, `$n` on the wire): nothing is inlined into the text, so a batch of a hundred emails costs
 * one JSON parameter instead of a hundred escaped bodies. For the batched writes of the sweeps,
 * which pass a batch's rows as one `jsonb` array (`jsonb_array_elements(?::jsonb)`).
 */
export async function executeInTransaction<Row extends object>(em: EntityManager, text: string, values: unknown[]): Promise<Row[]> {
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (!transaction) throw new Error('executeInTransaction: no open transaction');
  const result: pg.QueryResult<Row> = await transaction.raw(text, values as Knex.RawBinding[]);
  return result.rows;
}
