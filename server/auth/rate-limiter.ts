import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import type { RateLimitConfig } from '../common/config.js';
import { userError, UserErrorCode, UserFacingError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { addressUnit } from './client-address.js';
import { ClockedPostgresLimiter, RATE_LIMIT_TABLE, RateLimiterRes } from './clocked-postgres-limiter.js';

/** The operations whose failures are counted. */
export type LimitedAction = 'login' | 'activateAccount' | 'startSetup' | 'passwordReset' | 'activationLinkRequest' | 'setupLinkRequest';

export interface Attempt {
  action: LimitedAction;
  /** Whose credentials are tried: the normalised email, or the link's token. */
  account?: string;
  /** The client address (`req.ip`); counted by its unit (an IPv6 address by its /64). */
  address: string;
  /** Where the TOO_MANY_ATTEMPTS error points (`["input", "email"]`). */
  field: string[];
}

type CounterKind = 'account' | 'address' | 'pair';

interface Counter {
  /** The limiter's key prefix: `<action>:<kind>`. */
  prefix: string;
  /** The SHA-256 of what is counted (never an email or address in clear). */
  id: string;
  limit: number;
}

interface Taken {
  counter: Counter;
  /** Points in the window, this one included. */
  count: number;
  msBeforeNext: number;
}

/** Stale counters and forgotten addresses are deleted every this many guarded calls (per process). */
const SWEEP_EVERY = 500;
/** An address an account signed in from is remembered this long after its last success. */
export const KNOWN_ADDRESS_LIFETIME_MS = 400 * 24 * 60 * 60 * 1000;

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** Actions whose credential is a link token of 256 random bits: it cannot be guessed, only mistyped or stale. */
const TOKEN_ACTIONS = new Set<LimitedAction>(['startSetup', 'activateAccount']);

/**
 * Throttles failures, never the owner of an account (docs/integrators.md, "Rate limits"). Counters are
 * rate-limiter-flexible's PostgreSQL store (`rate_limit_points`, fixed windows, atomic upserts) on
 * the ORM's pool, so every replica shares them; the time is the request's clock.
 *
 * - Link tokens (`startSetup`, `activateAccount`): the link is checked first; a good one always opens.
 *   Only failures count: an unknown token per client address and per token, a real but expired or
 *   revoked one (TOKEN_EXPIRED: not a guess) per token only. Past a limit the failure answers
 *   TOO_MANY_ATTEMPTS instead.
 * - Passwords (`login`): the library's "consecutive failures by username and IP" pattern, plus a
 *   ceiling per account across all addresses. An attempt is counted before the password is checked
 *   (so N concurrent guesses at the limit let exactly the allowed number through) and given back
 *   unless it failed; a success also clears that address's consecutive failures on the account and
 *   remembers the address as the account's (`login_known_address`). Addresses are counted by unit
 *   (IPv6 by /64). Refused before any check: an address past `perAccount` consecutive failures on
 *   the account; an unknown address once the account is past `accountCeiling` failures from all
 *   addresses, or once the address is past `perAddress` failures on any accounts. An address the
 *   account signed in from before is never refused for what other addresses did: the owner keeps that
 *   way in, and the password reset link.
 */
export class RateLimiter {
  private calls = 0;
  private readonly limiters = new Map<string, ClockedPostgresLimiter>();

  constructor(private readonly config: RateLimitConfig) {}

  guard<T>(ctx: RequestContext, attempt: Attempt, work: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    return TOKEN_ACTIONS.has(attempt.action) ? this.guardToken(ctx, attempt, work, isFailure) : this.guardPassword(ctx, attempt, work, isFailure);
  }

  /**
   * Counts a request that costs something whatever its outcome (it sends an email: "Forgot your
   * password?", "send me a new link"), per account and per address, and refuses it with
   * TOO_MANY_ATTEMPTS, before any work, once either is over its limit. With `knownAddressExempt`,
   * a request from an address the account has signed in from is neither counted nor refused.
   */
  async charge(ctx: RequestContext, attempt: Attempt, options: { accountLimit?: number; knownAddressExempt?: boolean } = {}): Promise<void> {
    const em = ctx.em.fork();
    const unit = addressUnit(attempt.address);
    if (options.knownAddressExempt && attempt.account && (await this.isKnown(em, attempt.account, unit))) return;
    const counters: Counter[] = [this.counter(attempt.action, 'address', unit, this.config.perAddress)];
    if (attempt.account) counters.push(this.counter(attempt.action, 'account', attempt.account, options.accountLimit ?? this.config.perAccount));
    await this.maybeSweep(em, ctx);
    const taken = await this.take(em, ctx, counters);
    const over = taken.filter((t) => t.count > t.counter.limit);
    if (over.length) {
      await this.giveBack(em, ctx, taken);
      this.refuse(ctx, attempt, over);
    }
  }

  /** Remembers that `account` signed in from this address (a success: login, or a password reset link). */
  async rememberAddress(ctx: RequestContext, account: string, address: string): Promise<void> {
    const key = this.knownKey(account.trim().toLowerCase(), addressUnit(address));
    await ctx.em
      .fork()
      .getConnection()
      .execute(
        `insert into login_known_address (key, last_success_at) values (?, ?)
           on conflict (key) do update set last_success_at = greatest(login_known_address.last_success_at, excluded.last_success_at)`,
        [key, ctx.clock.now()],
      );
  }

  private async isKnown(em: EntityManager, account: string, unit: string): Promise<boolean> {
    const rows = await em
      .getConnection()
      .execute<{ found: number }[]>('select 1 as found from login_known_address where key = ?', [this.knownKey(account, unit)]);
    return rows.length > 0;
  }

  private knownKey(account: string, unit: string): string {
    return digest(`known\n${account}\n${unit}`);
  }

  private async guardToken<T>(ctx: RequestContext, attempt: Attempt, work: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isFailure(error)) throw error;
      const em = ctx.em.fork();
      const stale = error instanceof UserFacingError && error.errors.some((e) => e.code === UserErrorCode.TOKEN_EXPIRED);
      const counters: Counter[] = [];
      if (attempt.account) counters.push(this.counter(attempt.action, 'account', attempt.account, this.config.perAccount));
      if (!stale) counters.push(this.counter(attempt.action, 'address', addressUnit(attempt.address), this.config.perAddress));
      if (!counters.length) throw error;
      await this.maybeSweep(em, ctx);
      const taken = await this.take(em, ctx, counters);
      const over = taken.filter((t) => t.count > t.counter.limit);
      if (over.length) this.refuse(ctx, attempt, over);
      throw error;
    }
  }

  private async guardPassword<T>(ctx: RequestContext, attempt: Attempt, work: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    const em = ctx.em.fork();
    const account = attempt.account ?? '';
    const unit = addressUnit(attempt.address);
    const pair = this.counter(attempt.action, 'pair', `${account}\n${unit}`, this.config.perAccount);
    const accountCounter = this.counter(attempt.action, 'account', account, this.config.accountCeiling);
    const address = this.counter(attempt.action, 'address', unit, this.config.perAddress);

    await this.maybeSweep(em, ctx);
    const [known, taken] = await Promise.all([this.isKnown(em, account, unit), this.take(em, ctx, [pair, accountCounter, address])]);
    const [onPair, onAccount, onAddress] = taken;
    const over = [onPair, ...(known ? [] : [onAccount, onAddress])].filter((t) => t.count > t.counter.limit);
    if (over.length) {
      await this.giveBack(em, ctx, taken);
      this.refuse(ctx, attempt, over);
    }

    let result: T;
    try {
      result = await work();
    } catch (error) {
      if (!isFailure(error)) await this.giveBack(em, ctx, taken).catch((e) => ctx.log.warn({ err: e }, 'could not give back a rate-limit count'));
      throw error;
    }
    // The work is done (a session exists now): a failed bookkeeping step must not turn it into an error.
    await Promise.all([
      this.giveBack(em, ctx, [onAccount, onAddress]),
      // Consecutive failures: a success starts this address's count on the account again.
      this.limiterFor(em, pair.prefix, pair.limit).delete(pair.id),
      this.rememberAddress(ctx, account, attempt.address),
    ]).catch((e) => ctx.log.warn({ err: e }, 'could not settle the rate-limit counts of a login'));
    return result;
  }

  private counter(action: LimitedAction, kind: CounterKind, value: string, limit: number): Counter {
    return { prefix: `${action}:${kind}`, id: digest(value), limit };
  }

  /** One limiter per counter kind (its key prefix and limit), all in one table on the ORM's pool. */
  private limiterFor(em: EntityManager, prefix: string, limit: number): ClockedPostgresLimiter {
    const name = `${prefix}/${limit}`;
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter = new ClockedPostgresLimiter({
        storeClient: em.getConnection().getKnex(),
        storeType: 'knex',
        keyPrefix: prefix,
        points: limit,
        duration: this.config.windowMs / 1000,
      });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }

  /** Counts one on each counter (atomically each: the store's upsert), whether or not it is over its limit. */
  private take(em: EntityManager, ctx: RequestContext, counters: Counter[]): Promise<Taken[]> {
    const now = ctx.clock.now().getTime();
    return Promise.all(
      counters.map(async (counter) => {
        let res: InstanceType<typeof RateLimiterRes>;
        try {
          res = await this.limiterFor(em, counter.prefix, counter.limit).consume(counter.id, 1, { now });
        } catch (refused) {
          if (!(refused instanceof RateLimiterRes)) throw refused;
          res = refused;
        }
        return { counter, count: res.consumedPoints, msBeforeNext: res.msBeforeNext };
      }),
    );
  }

  /** Gives the counts back (a success, a malformed request, or a refusal that checked nothing). */
  private async giveBack(em: EntityManager, ctx: RequestContext, taken: Taken[]): Promise<void> {
    const now = ctx.clock.now().getTime();
    await Promise.all(taken.map((t) => this.limiterFor(em, t.counter.prefix, t.counter.limit).reward(t.counter.id, 1, { now })));
  }

  /** Throws TOO_MANY_ATTEMPTS, saying when to retry (`params.retryAfterSeconds`, and the HTTP `Retry-After`). */
  private refuse(ctx: RequestContext, attempt: Attempt, over: Taken[]): never {
    const ms = Math.max(1000, ...over.map((t) => t.msBeforeNext));
    const seconds = Math.ceil(ms / 1000);
    const minutes = Math.max(1, Math.ceil(ms / 60_000));
    ctx.log.warn({ action: attempt.action, counters: over.map((t) => t.counter.prefix) }, 'too many failed attempts');
    if (ctx.responseHints) ctx.responseHints.retryAfterSeconds = Math.max(ctx.responseHints.retryAfterSeconds ?? 0, seconds);
    throw userError(UserErrorCode.TOO_MANY_ATTEMPTS, `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, attempt.field, {
      retryAfterSeconds: seconds,
    });
  }

  private async maybeSweep(em: EntityManager, ctx: RequestContext): Promise<void> {
    if (++this.calls % SWEEP_EVERY !== 0) return;
    const now = ctx.clock.now().getTime();
    const connection = em.getConnection();
    await connection.execute(`delete from ${RATE_LIMIT_TABLE} where expire <= ?`, [now]);
    await connection.execute('delete from login_known_address where last_success_at < ?', [new Date(now - KNOWN_ADDRESS_LIFETIME_MS)]);
  }
}

/** A user error with one of these codes is a failed credential (counted); any other outcome is given back. */
export function failedWith(...codes: UserErrorCode[]): (error: unknown) => boolean {
  return (error) => error instanceof UserFacingError && error.errors.some((e) => codes.includes(e.code));
}
