import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import type { RateLimitConfig } from '../common/config.js';
import { userError, UserErrorCode, UserFacingError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';

/** The operations whose failures are counted. */
export type LimitedAction = 'login' | 'activateAccount' | 'startSetup';

export interface Attempt {
  action: LimitedAction;
  /** Whose credentials are tried: the normalised email, or the link's token. Omitted: only the address counts. */
  account?: string;
  /** The client address (`req.ip`). */
  address: string;
  /** Where the TOO_MANY_ATTEMPTS error points (`["input", "email"]`). */
  field: string[];
}

interface Counter {
  key: string;
  limit: number;
}

interface Reserved {
  key: string;
  failures: number;
  /** As the driver returns it (MikroORM leaves timestamps as text); compared back as timestamptz. */
  window_started_at: Date | string;
}

/** Stale counters are deleted every this many guarded calls (per process). */
const SWEEP_EVERY = 500;

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/**
 * Counts failed attempts per account and per client address in fixed windows, in PostgreSQL, so
 * every replica shares the counts. An attempt first reserves a failure on each counter with one
 * `insert … on conflict … do update … returning` (atomic: concurrent attempts each get their own
 * count); when a count is over its limit the attempt is refused with TOO_MANY_ATTEMPTS before any
 * password is checked; when the attempt turns out not to be a credential failure its reservation is
 * given back. So N concurrent guesses at the limit let exactly the allowed number through.
 */
export class RateLimiter {
  private calls = 0;

  constructor(private readonly config: RateLimitConfig) {}

  async guard<T>(ctx: RequestContext, attempt: Attempt, work: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    const em = ctx.em.fork();
    const now = ctx.clock.now();
    const counters: Counter[] = [{ key: `${attempt.action}:address:${digest(attempt.address)}`, limit: this.config.perAddress }];
    if (attempt.account !== undefined) counters.push({ key: `${attempt.action}:account:${digest(attempt.account)}`, limit: this.config.perAccount });
    // One order for every caller, so two multi-row upserts never wait on each other crosswise.
    counters.sort((a, b) => a.key.localeCompare(b.key));

    if (++this.calls % SWEEP_EVERY === 0) await this.sweep(em, now);
    const reserved = await this.reserve(em, counters, now);
    const over = reserved.filter((row) => row.failures > counters.find((c) => c.key === row.key)!.limit);
    if (over.length) {
      await this.release(em, reserved);
      const until = Math.max(...over.map((row) => new Date(row.window_started_at).getTime() + this.config.windowMs));
      const minutes = Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
      ctx.log.warn({ action: attempt.action, counters: over.map((row) => row.key.split(':')[1]) }, 'too many failed attempts');
      throw userError(
        UserErrorCode.TOO_MANY_ATTEMPTS,
        `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        attempt.field,
      );
    }

    let result: T;
    try {
      result = await work();
    } catch (error) {
      if (!isFailure(error)) await this.release(em, reserved).catch((e) => ctx.log.warn({ err: e }, 'could not give back a rate-limit reservation'));
      throw error;
    }
    // The work is done (a session may exist now): a failed give-back must not turn it into an error.
    await this.release(em, reserved).catch((e) => ctx.log.warn({ err: e }, 'could not give back a rate-limit reservation'));
    return result;
  }

  /** Counts one failure on each counter, starting a new window where the old one has passed. */
  private async reserve(em: EntityManager, counters: Counter[], now: Date): Promise<Reserved[]> {
    const windowStart = new Date(now.getTime() - this.config.windowMs);
    const values = counters.map(() => '(?, ?, 1)').join(', ');
    return em.getConnection().execute<Reserved[]>(
      `insert into rate_limit_counter as c (key, window_started_at, failures) values ${values}
       on conflict (key) do update set
         failures = case when c.window_started_at <= ? then 1 else c.failures + 1 end,
         window_started_at = case when c.window_started_at <= ? then excluded.window_started_at else c.window_started_at end
       returning key, failures, window_started_at`,
      [...counters.flatMap((c) => [c.key, now]), windowStart, windowStart],
    );
  }

  /** Gives a reservation back, unless its window has been replaced meanwhile. */
  private async release(em: EntityManager, reserved: Reserved[]): Promise<void> {
    await em.getConnection().execute(
      `update rate_limit_counter set failures = greatest(failures - 1, 0)
        where (key, window_started_at) in (${reserved.map(() => '(?, ?::timestamptz)').join(', ')})`,
      reserved.flatMap((row) => [row.key, row.window_started_at]),
    );
  }

  private async sweep(em: EntityManager, now: Date): Promise<void> {
    await em.getConnection().execute('delete from rate_limit_counter where window_started_at <= ?', [new Date(now.getTime() - this.config.windowMs)]);
  }
}

/** A user error with one of these codes is a failed credential (counted); any other outcome is given back. */
export function failedWith(...codes: UserErrorCode[]): (error: unknown) => boolean {
  return (error) => error instanceof UserFacingError && error.errors.some((e) => codes.includes(e.code));
}
