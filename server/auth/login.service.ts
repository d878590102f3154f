import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/audit.js';
import { scopeOf } from '../common/tx-scope.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { generateToken, hashToken } from '../common/tokens.js';
import { InputValidator } from '../common/validation.js';
import type { RequestContext } from '../common/request-context.js';
import { User } from '../organizations/user.entity.js';
import { authenticate } from './authenticate.js';
import { LoginSession } from './login-session.entity.js';
import { burnPasswordCheck, verifyPassword } from './passwords.js';
import { failedWith, type RateLimiter } from './rate-limiter.js';
import { Rep } from './rep.entity.js';
import type { Viewer } from './viewer.js';

/** Login sessions last 12 hours; `logout` revokes one at once. */
export const LOGIN_LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface LoginResult {
  token: string;
  viewer: Viewer;
  expiresAt: Date;
}

export class LoginService {
  constructor(private readonly limiter: RateLimiter) {}

  /**
   * Reps and organization administrators log in with email and password. One answer for every
   * failure; failures are limited per account and per client address (TOO_MANY_ATTEMPTS).
   */
  login(ctx: RequestContext, input: { email: string; password: string }): Promise<LoginResult> {
    const account = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    return this.limiter.guard(
      ctx,
      { action: 'login', account, address: ctx.ip, field: ['input', 'email'] },
      () => this.checkCredentials(ctx, input),
      failedWith(UserErrorCode.INVALID_CREDENTIALS),
    );
  }

  private async checkCredentials(ctx: RequestContext, input: { email: string; password: string }): Promise<LoginResult> {
    const v = new InputValidator();
    const email = v.email('email', input.email);
    v.check(
      typeof input.password === 'string' && input.password.length > 0 && input.password.length <= 256,
      UserErrorCode.INVALID_INPUT,
      'password',
      'Enter your password',
    );
    v.done();
    const rep = await ctx.em.findOne(Rep, { email, active: true });
    const user = rep ? null : await ctx.em.findOne(User, { email });
    const passwordHash = rep?.passwordHash ?? user?.passwordHash;
    if (!passwordHash) {
      await burnPasswordCheck(input.password);
      throw userError(UserErrorCode.INVALID_CREDENTIALS, 'The email or password is not correct', ['input', 'password']);
    }
    if (!(await verifyPassword(passwordHash, input.password))) {
      throw userError(UserErrorCode.INVALID_CREDENTIALS, 'The email or password is not correct', ['input', 'password']);
    }
    return this.openSession(ctx, ctx.em, { rep: rep ?? undefined, user: user ?? undefined });
  }

  /** Opens a login session (also used by activation and the wizard's password step). */
  async openSession(ctx: RequestContext, em: EntityManager, who: { rep?: Rep; user?: User }): Promise<LoginResult> {
    const now = ctx.clock.now();
    const token = generateToken('login');
    const expiresAt = new Date(now.getTime() + LOGIN_LIFETIME_MS);
    await em.transactional(async (tx) => {
      const session = tx.create(LoginSession, { tokenHash: hashToken(token), rep: who.rep, user: who.user, expiresAt, createdAt: now });
      tx.persist(session);
      audit(scopeOf(ctx, tx, now), {
        action: 'login',
        targetType: who.rep ? 'Rep' : 'User',
        targetId: (who.rep ?? who.user)!.id,
        after: { loginSessionId: session.id, expiresAt: expiresAt.toISOString() },
      });
    });
    const { viewer } = await authenticate(em, ctx.clock, token);
    return { token, viewer: viewer!, expiresAt };
  }

  async logout(ctx: RequestContext): Promise<void> {
    const sessionId = ctx.viewer?.loginSessionId;
    if (!sessionId) return;
    const now = ctx.clock.now();
    await ctx.em.transactional(async (em) => {
      const session = await em.findOneOrFail(LoginSession, sessionId);
      session.revokedAt ??= now;
      audit(scopeOf(ctx, em, now), { action: 'logout', targetType: 'LoginSession', targetId: session.id });
    });
  }
}
