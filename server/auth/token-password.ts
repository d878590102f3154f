import type { EntityManager } from '@mikro-orm/postgresql';
import { userError, UserErrorCode } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { hashToken } from '../common/tokens.js';
import { scopeOf, type TxScope } from '../common/tx-scope.js';
import type { User } from '../organizations/user.entity.js';
import type { LoginResult, LoginService } from './login.service.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { failedWith, type RateLimiter } from './rate-limiter.js';
import type { Rep } from './rep.entity.js';

/** A one-time token row that sets a password: an activation link, a password reset. */
export interface PasswordToken {
  usedAt?: Date | null;
  revokedAt?: Date | null;
  expiresAt: Date;
}

/** Whose password a token sets. */
export interface TokenOwner {
  rep?: Rep;
  user?: User;
}

/** What differs between activation and reset: where the token is, whose it is, the words, and what else the use does. */
export interface TokenPasswordFlow<T extends PasswordToken> {
  /** The token row by its hash, locked (PESSIMISTIC_WRITE, refreshed); null when there is none. */
  findLocked(em: EntityManager, tokenHash: string): Promise<T | null>;
  /** Whose password it sets; null: the token is not one this flow accepts (TOKEN_INVALID). */
  owner(em: EntityManager, token: T): Promise<TokenOwner | null>;
  /** The owner may no longer use it (a deactivated rep): answered as an expired link. */
  refused?(owner: TokenOwner): boolean;
  invalidMessage: string;
  expiredMessage: string;
  /** In the transaction, once the password is set and the token used: the audit event and the revocations. */
  used(tx: TxScope, token: T, owner: TokenOwner): Promise<void>;
  /** After the session is opened, outside the transaction. */
  afterLogin?(ctx: RequestContext, owner: TokenOwner, limiter: RateLimiter): Promise<void>;
}

/**
 * The one token → lock → set password flow (activation and password reset): rate-limited like a login
 * (unknown, used, revoked and expired tokens count as failed attempts, per token and per client
 * address), the token locked in one transaction, the password checked and set, the token used, and the
 * person logged in.
 */
export function setPasswordWithToken<T extends PasswordToken>(
  deps: { limiter: RateLimiter; login: LoginService },
  ctx: RequestContext,
  flow: TokenPasswordFlow<T>,
  input: { token: string; password: string },
): Promise<LoginResult> {
  const account = typeof input.token === 'string' ? input.token.trim() : '';
  return deps.limiter.guard(
    ctx,
    { action: 'activateAccount', account, address: ctx.ip, field: ['input', 'token'] },
    async () => {
      const now = ctx.clock.now();
      const owner = await ctx.em.transactional(async (em) => {
        const token = (input.token ?? '').trim();
        const row = token && token.length <= 200 ? await flow.findLocked(em, hashToken(token)) : null;
        const owner = row ? await flow.owner(em, row) : null;
        if (!row || !owner) throw userError(UserErrorCode.TOKEN_INVALID, flow.invalidMessage, ['input', 'token']);
        if (row.usedAt || row.revokedAt || row.expiresAt <= now || flow.refused?.(owner)) {
          throw userError(UserErrorCode.TOKEN_EXPIRED, flow.expiredMessage, ['input', 'token']);
        }
        const problem = passwordProblem(input.password ?? '');
        if (problem) throw userError(UserErrorCode.PASSWORD_TOO_WEAK, `${problem}.`, ['input', 'password']);
        (owner.rep ?? owner.user)!.passwordHash = await hashPassword(input.password);
        row.usedAt = now;
        await flow.used(scopeOf(ctx, em, now), row, owner);
        return owner;
      });
      const session = await deps.login.openSession(ctx, ctx.em, owner);
      await flow.afterLogin?.(ctx, owner, deps.limiter);
      return session;
    },
    failedWith(UserErrorCode.TOKEN_INVALID, UserErrorCode.TOKEN_EXPIRED),
  );
}
