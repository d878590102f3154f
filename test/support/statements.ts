import type { MikroORM } from '@mikro-orm/postgresql';

export interface StatementCounter {
  /** Statements sent since the last reset, in order. */
  readonly statements: string[];
  reset(): void;
  stop(): void;
}

/** Records every SQL statement the ORM's connection pool sends (knex's `query` event). */
export function countStatements(orm: MikroORM): StatementCounter {
  const knex = orm.em.getConnection().getKnex();
  const statements: string[] = [];
  const listener = (query: { sql: string }) => statements.push(query.sql);
  knex.on('query', listener);
  return {
    statements,
    reset: () => {
      statements.length = 0;
    },
    stop: () => {
      knex.removeListener('query', listener);
    },
  };
}
