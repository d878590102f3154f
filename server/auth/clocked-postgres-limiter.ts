import rateLimiterFlexible, { type IRateLimiterPostgresOptions, type RateLimiterRes as Res } from 'rate-limiter-flexible';

const { RateLimiterPostgres, RateLimiterRes } = rateLimiterFlexible;

/** The table every counter lives in (created by a migration: the library never creates it here). */
export const RATE_LIMIT_TABLE = 'rate_limit_points';

/** What the store's queries return; `now` is attached by this class. */
interface StoreResult {
  rows: { points: number; expire: string | number | null }[];
  rowCount: number;
  now?: number;
}

interface StoreInternals {
  _query(q: { name?: string; text: string; values?: unknown[] }): Promise<StoreResult>;
  points: number;
}

export interface ClockOption {
  /** The request's clock, in epoch milliseconds. */
  now: number;
}

/**
 * rate-limiter-flexible's PostgreSQL store, with the time taken from the caller (`{ now }`, from the
 * request's clock) instead of `Date.now()`: the project's clock is injected everywhere, so a test's
 * ManualClock moves the windows too. Same table layout and the same atomic upsert as the library's
 * (`insert … on conflict do update … returning`); only the source of "now" differs.
 */
export class ClockedPostgresLimiter extends RateLimiterPostgres {
  constructor(opts: Omit<IRateLimiterPostgresOptions, 'tableName' | 'tableCreated' | 'clearExpiredByTimeout'>) {
    super({ ...opts, tableName: RATE_LIMIT_TABLE, tableCreated: true, clearExpiredByTimeout: false });
  }

  private get store(): StoreInternals {
    return this as unknown as StoreInternals;
  }

  /** Overrides the library's upsert (same statement, `now` from the options). */
  _upsert(key: string, points: number, msDuration: number, forceExpire = false, options: Partial<ClockOption> = {}): Promise<StoreResult> {
    const now = options.now ?? Date.now();
    const newExpire = msDuration > 0 ? now + msDuration : null;
    const table = `"${RATE_LIMIT_TABLE}"`;
    if (points < 0 && !forceExpire) {
      // A count given back (reward): only within the window it was taken in, and never below zero. The
      // library's upsert would start a new window at -1 when the old one has just passed (a free try).
      return this.store
        ._query({
          name: 'ph-give-back',
          text: `update ${table} set points = greatest(points + ($2), 0) where key = $1 and (expire > $3 or expire is null) returning points, expire`,
          values: [key, points, now],
        })
        .then((result) => (result.rowCount ? Object.assign(result, { now }) : { rows: [{ points: 0, expire: null }], rowCount: 0, now }));
    }
    const expire = forceExpire ? '$3' : `case when ${table}.expire <= $4 then $3 else ${table}.expire end`;
    return this.store
      ._query({
        name: forceExpire ? 'ph-upsert-force' : 'ph-upsert',
        text: `insert into ${table} values ($1, $2, $3)
                 on conflict (key) do update set
                   points = case when (${table}.expire <= $4 or 1 = ${forceExpire ? 1 : 0}) then $2 else ${table}.points + ($2) end,
                   expire = ${expire}
               returning points, expire`,
        values: [key, points, newExpire, now],
      })
      .then((result) => Object.assign(result, { now }));
  }

  /** Overrides the library's read (same statement, `now` from the options). */
  _get(key: string, options: Partial<ClockOption> = {}): Promise<StoreResult | null> {
    const now = options.now ?? Date.now();
    return this.store
      ._query({
        name: 'ph-get',
        text: `select points, expire from "${RATE_LIMIT_TABLE}" where key = $1 and (expire > $2 or expire is null)`,
        values: [key, now],
      })
      .then((result) => (result.rowCount === 0 ? null : Object.assign(result, { now })));
  }

  /** Overrides the library's result (the time left counted from the caller's `now`). */
  _getRateLimiterRes(_key: string, changedPoints: number, result: StoreResult): Res {
    const row = result.rows[0];
    const now = result.now ?? Date.now();
    const isFirstInDuration = changedPoints === row.points;
    const consumedPoints = isFirstInDuration ? changedPoints : row.points;
    const msBeforeNext = row.expire !== null ? Math.max(Number(row.expire) - now, 0) : -1;
    return new RateLimiterRes(Math.max(this.store.points - consumedPoints, 0), msBeforeNext, consumedPoints, isFirstInDuration);
  }
}

export { RateLimiterRes };
