import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import type { RateLimitConfig } from '../common/config.js';
import { userError, UserErrorCode, UserFacingError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';

/** The operations whose failures are counted. */
export type LimitedAction = 'login' | 'activateAccount' | 'startSetup' | 'passwordReset' | 'activationLinkRequest' | 'setupLinkRequest';

export interface Attempt {
  action: LimitedAction;
  /** Whose credentials are tried: the normalised email, or the link's token. */
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

// One order for every caller, so two multi-row upserts never wait on each other crosswise.
const sorted = (counters: Counter[]) => [...counters].sort((a, b) => a.key.localeCompare(b.key));

/** Stale counters are deleted every this many guarded calls (per process). */
const SWEEP_EVERY = 500;

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** Actions whose credential is a link token of 256 random bits: it cannot be guessed, only mistyped or stale. */
const TOKEN_ACTIONS = new Set<LimitedAction>(['startSetup', 'activateAccount']);

/**
 * Throttles failures, never a valid credential because of someone else's failures (README, "Rate
 * limits"). Counts live in PostgreSQL, in fixed windows, so every replica shares them.
 *
 * - Link tokens (`startSetup`, `activateAccount`): the link is checked first; a good one always opens.
 *   Only failures count: an unknown token per client address and per token, a real but expired or
 *   revoked one (TOKEN_EXPIRED: not a guess) per token only. Past a limit the failure answers
 *   TOO_MANY_ATTEMPTS instead.
 * - Passwords (`login`): a password can be guessed, so the attempt is counted before it is checked,
 *   per account *and* address, per account and per address. An address may try one account at most
 *   `perAccount` times; once an account (from anywhere) or an address (on any accounts) is over its
 *   limit, only addresses that have not failed on that account may still try it. So guessing is
 *   bounded, and nobody can lock a rep or an office out by failing on purpose. Each attempt first
 *   reserves a failure with one `insert … on conflict … do update … returning` (atomic: N concurrent
 *   guesses at the limit let exactly the allowed number through), given back when it was no failure.
 */
export class RateLimiter {
  private calls = 0;

  constructor(private readonly config: RateLimitConfig) {}

  guard<T>(ctx: RequestContext, attempt: Attempt, work: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    return TOKEN_ACTIONS.has(attempt.action) ? this.guardToken(ctx, attempt, work, isFailure) : this.guardPassword(ctx, attempt, work, isFailure);
  }

  /**
   * Counts a request that costs something whatever its outcome (it sends an email: "Forgot your
   * password?", "send me a new link"), per account and per address, and refuses it with
   * TOO_MANY_ATTEMPTS, before any work, once either is over its limit.
   */
  async charge(ctx: RequestContext, attempt: Attempt): Promise<void> {
    const em = ctx.em.fork();
    const now = ctx.clock.now();
    const counters: Counter[] = [this.counter(attempt.action, 'address', attempt.address, this.config.perAddress)];
    if (attempt.account) counters.push(this.counter(attempt.action, 'account', attempt.account, this.config.perAccount));
    await this.maybeSweep(em, now);
    const reserved = await this.reserve(em, sorted(counters), now);
    if (reserved.some((row) => row.failures > counters.find((c) => c.key === row.key)!.limit)) {
      await this.release(em, reserved);
      this.refuseOver(ctx, attempt, counters, reserved, now, true);
    }
  }

  private async guardToken<T>(ctx: RequestContext, attempt: Attempt, work: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isFailure(error)) throw error;
      const em = ctx.em.fork();
      const now = ctx.clock.now();
      const stale = error instanceof UserFacingError && error.errors.some((e) => e.code === UserErrorCode.TOKEN_EXPIRED);
      const counters: Counter[] = [];
      if (attempt.account) counters.push(this.counter(attempt.action, 'account', attempt.account, this.config.perAccount));
      if (!stale) counters.push(this.counter(attempt.action, 'address', attempt.address, this.config.perAddress));
      if (!counters.length) throw error;
      await this.maybeSweep(em, now);
      const counted = await this.reserve(em, sorted(counters), now);
      this.refuseOver(ctx, attempt, counters, counted, now);
      throw error;
    }
  }

  private async guardPassword<T>(ctx: RequestContext, attempt: Attempt, work: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    const em = ctx.em.fork();
    const now = ctx.clock.now();
    const account = attempt.account ?? '';
    const pair = this.counter(attempt.action, 'pair', `${account}\n${attempt.address}`, this.config.perAccount);
    const accountCounter = this.counter(attempt.action, 'account', account, this.config.perAccount);
    const address = this.counter(attempt.action, 'address', attempt.address, this.config.perAddress);
    const counters = sorted([pair, accountCounter, address]);

    await this.maybeSweep(em, now);
    const reserved = await this.reserve(em, counters, now);
    const failures = (counter: Counter) => reserved.find((row) => row.key === counter.key)!.failures;
    // This reservation is one of the counts: more than one on the pair means this address failed on this account before.
    const failedHereBefore = failures(pair) > 1;
    const over = failures(pair) > pair.limit || (failedHereBefore && (failures(accountCounter) > accountCounter.limit || failures(address) > address.limit));
    if (over) {
      await this.release(em, reserved);
      this.refuseOver(ctx, attempt, counters, reserved, now, true);
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

  private counter(action: LimitedAction, kind: 'account' | 'address' | 'pair', value: string, limit: number): Counter {
    return { key: `${action}:${kind}:${digest(value)}`, limit };
  }

  /** Throws TOO_MANY_ATTEMPTS, saying when to retry, if a counter is over its limit (or always, with `force`). */
  private refuseOver(ctx: RequestContext, attempt: Attempt, counters: Counter[], counted: Reserved[], now: Date, force = false): void {
    const over = counted.filter((row) => row.failures > counters.find((c) => c.key === row.key)!.limit);
    const blocking = force && !over.length ? counted : over;
    if (!blocking.length) return;
    const until = Math.max(...blocking.map((row) => new Date(row.window_started_at).getTime() + this.config.windowMs));
    const minutes = Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
    ctx.log.warn({ action: attempt.action, counters: blocking.map((row) => row.key.split(':')[1]) }, 'too many failed attempts');
    throw userError(UserErrorCode.TOO_MANY_ATTEMPTS, `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, attempt.field);
  }

  private async maybeSweep(em: EntityManager, now: Date): Promise<void> {
    if (++this.calls % SWEEP_EVERY === 0) await this.sweep(em, now);
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
