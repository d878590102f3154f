import { LockMode } from '@mikro-orm/core';
import { audit, scopeOf } from '../audit/audit.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { hashToken } from '../common/tokens.js';
import type { RequestContext } from '../common/request-context.js';
import { User } from '../organizations/user.entity.js';
import { LinkKind } from '../setup/setup-enums.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import type { LoginResult, LoginService } from './login.service.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { failedWith, type RateLimiter } from './rate-limiter.js';

/** A customer administrator created by a partner sets a password with the activation link, and is logged in. */
export class ActivationService {
  constructor(
    private readonly login: LoginService,
    private readonly limiter: RateLimiter,
  ) {}

  /** Unknown, used and expired links count as failed attempts, per link and per client address. */
  activate(ctx: RequestContext, input: { token: string; password: string }): Promise<LoginResult> {
    const account = typeof input.token === 'string' ? input.token.trim() : '';
    return this.limiter.guard(
      ctx,
      { action: 'activateAccount', account, address: ctx.ip, field: ['input', 'token'] },
      () => this.setPassword(ctx, input),
      failedWith(UserErrorCode.TOKEN_INVALID, UserErrorCode.TOKEN_EXPIRED),
    );
  }

  private async setPassword(ctx: RequestContext, input: { token: string; password: string }): Promise<LoginResult> {
    const now = ctx.clock.now();
    const user = await ctx.em.transactional(async (em) => {
      const token = (input.token ?? '').trim();
      const link =
        token && token.length <= 200
          ? await em.findOne(SetupLink, { tokenHash: hashToken(token), kind: LinkKind.ACTIVATION }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
          : null;
      if (!link || !link.user) throw userError(UserErrorCode.TOKEN_INVALID, 'This activation link is not valid.', ['input', 'token']);
      if (link.usedAt || link.revokedAt || link.expiresAt <= now) {
        throw userError(UserErrorCode.TOKEN_EXPIRED, 'This activation link was already used or has expired.', ['input', 'token']);
      }
      const problem = passwordProblem(input.password ?? '');
      if (problem) throw userError(UserErrorCode.PASSWORD_TOO_WEAK, `${problem}.`, ['input', 'password']);
      const user = await em.findOneOrFail(User, link.user.id);
      user.passwordHash = await hashPassword(input.password);
      link.usedAt = now;
      audit(scopeOf(ctx, em, now), { action: 'user.activated', targetType: 'User', targetId: user.id, orderId: link.order.id });
      return user;
    });
    return this.login.openSession(ctx, ctx.em, { user });
  }
}
