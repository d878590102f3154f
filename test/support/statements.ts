import pg from 'pg';

export interface StatementCounter {
  /** Statements sent since the last reset, in order. */
  readonly statements: string[];
  reset(): void;
  stop(): void;
}

/**
 * Records every SQL statement this process sends to PostgreSQL: the ORM's, and the prepared
 * statements of the hot read paths, which bypass the query builder (both end in `pg.Client#query`).
 */
export function countStatements(): StatementCounter {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config] = args as [string | { text?: string }];
    statements.push(typeof config === 'string' ? config : (config?.text ?? String(config)));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return {
    statements,
    reset: () => {
      statements.length = 0;
    },
    stop: () => {
      pg.Client.prototype.query = original;
    },
  };
}
