import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/audit.js';
import { scopeOf } from '../common/tx-scope.js';
import type { Config } from '../common/config.js';
import { generateToken, hashToken } from '../common/tokens.js';
import { InputValidator } from '../common/validation.js';
import type { RequestContext } from '../common/request-context.js';
import { User } from '../organizations/user.entity.js';
import { emailLanguage, enqueueEmail, passwordResetEmail, type EmailLanguage } from '../outbox/emails.js';
import { LinkKind } from '../setup/setup-enums.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import { LoginSession } from './login-session.entity.js';
import type { LoginResult, LoginService } from './login.service.js';
import { PasswordReset } from './password-reset.entity.js';
import { countEveryCall, type RateLimiter } from './guarded-request.js';
import { Rep } from './rep.entity.js';
import { setPasswordWithToken, type TokenPasswordFlow } from './token-password.js';

/** A password link works once, for this long. */
export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

/** The password link: a new password for a rep or an organization user, which signs them out everywhere else. */
const PASSWORD_RESET: TokenPasswordFlow<PasswordReset> = {
  findLocked: (em, tokenHash) => em.findOne(PasswordReset, { tokenHash }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }),
  owner: async (em, reset) => ({
    rep: reset.rep ? await em.findOneOrFail(Rep, reset.rep.id) : undefined,
    user: reset.user ? await em.findOneOrFail(User, reset.user.id) : undefined,
  }),
  refused: ({ rep }) => !!rep && !rep.active,
  invalidMessage: 'This password link is not valid.',
  expiredMessage: 'This password link was already used or has expired. Ask for a new one.',
  used: async (tx, reset, { rep, user }) => {
    const { em, now } = tx;
    // Whoever knew the old password is signed out everywhere; the session opened next is the only one.
    const revokedSessions = await em.nativeUpdate(
      LoginSession,
      { ...(rep ? { rep: rep.id } : { user: user!.id }), revokedAt: null, expiresAt: { $gt: now } },
      { revokedAt: now },
    );
    // An administrator who never activated has a password now: the pending activation links are moot.
    if (user) await em.nativeUpdate(SetupLink, { user: user.id, kind: LinkKind.ACTIVATION, usedAt: null, revokedAt: null }, { revokedAt: now });
    audit(tx, {
      action: 'password_reset.used',
      targetType: rep ? 'Rep' : 'User',
      targetId: (rep ?? user)!.id,
      after: { passwordResetId: reset.id, revokedLoginSessions: revokedSessions },
    });
  },
  // The link proved the mailbox: this address is the owner's from now on (other addresses' failures never lock it out).
  afterLogin: (ctx, { rep, user }, limiter) =>
    limiter
      .rememberAddress(ctx, (rep ?? user)!.email, ctx.ip)
      .catch((e: unknown) => ctx.log.warn({ err: e }, 'could not remember the address of a password reset')),
};

/**
 * "Forgot your password?" for organization administrators (portal) and reps (console). The request
 * answers the same whether or not the address has an account; the emailed link is a one-time token
 * (only its hash is stored) that expires within the hour, and using it revokes the person's other
 * login sessions and logs them in with the new password.
 */
export class PasswordResetService {
  constructor(
    private readonly config: Config,
    private readonly login: LoginService,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Throttled in login's window, counting every request (each one may send an email): per client
   * address (`RATE_LIMIT_PER_ADDRESS`) and per account, at the lower `RATE_LIMIT_RESET_EMAILS_PER_ACCOUNT`.
   * A request from an address the account has signed in from is the owner's: never counted, never refused.
   */
  request(ctx: RequestContext, input: { email: string; locale?: string | null }): Promise<void> {
    const account = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    return countEveryCall(this.limiter, ctx, { action: 'passwordReset', account, address: ctx.ip, field: ['input', 'email'] }, () => this.send(ctx, input), {
      accountLimit: this.config.rateLimit.resetEmailsPerAccount,
      knownAddressExempt: true,
    });
  }

  private async send(ctx: RequestContext, input: { email: string; locale?: string | null }): Promise<void> {
    const v = new InputValidator();
    const email = v.email('email', input.email);
    v.done();
    const now = ctx.clock.now();
    await ctx.em.transactional(async (em) => {
      // As login: a rep's address is a rep's, whatever else it may be.
      const rep = await em.findOne(Rep, { email, active: true }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const user = rep ? null : await em.findOne(User, { email }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!rep && !user) return;
      const tx = scopeOf(ctx, em, now);
      const language: EmailLanguage = input.locale ? emailLanguage(input.locale) : rep ? this.config.repsLocale : 'en';
      const revoked = await this.revokeOpenResets(em, now, rep ? { rep } : { user: user! });
      const token = generateToken('reset');
      const reset = em.create(PasswordReset, {
        tokenHash: hashToken(token),
        rep: rep ?? undefined,
        user: user ?? undefined,
        recipientEmail: email,
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS),
        createdAt: now,
      });
      em.persist(reset);
      const url = rep
        ? `${new URL(this.config.portalUrl).origin}/admin/#/reset-password?token=${token}`
        : `${this.config.portalUrl}/reset-password?token=${token}`;
      enqueueEmail(tx, {
        messageKey: `password-reset:${reset.id}`,
        template: 'PASSWORD_RESET',
        recipient: email,
        locale: language,
        ...passwordResetEmail(language, { url, validMinutes: PASSWORD_RESET_LIFETIME_MS / 60_000 }),
      });
      audit(tx, {
        action: 'password_reset.requested',
        targetType: rep ? 'Rep' : 'User',
        targetId: (rep ?? user)!.id,
        after: { passwordResetId: reset.id, expiresAt: reset.expiresAt.toISOString(), revokedResets: revoked },
      });
    });
  }

  /** Unknown, used, revoked and expired links count as failed attempts, per link and per client address (as activation). */
  reset(ctx: RequestContext, input: { token: string; password: string }): Promise<LoginResult> {
    return setPasswordWithToken({ limiter: this.limiter, login: this.login }, ctx, PASSWORD_RESET, input);
  }

  private async revokeOpenResets(em: EntityManager, now: Date, who: { rep: Rep } | { user: User }): Promise<string[]> {
    const open = await em.find(PasswordReset, { ...('rep' in who ? { rep: who.rep } : { user: who.user }), usedAt: null, revokedAt: null });
    for (const reset of open) reset.revokedAt = now;
    // The revocations reach the database before the new link takes the one-open-link slot.
    if (open.length) await em.flush();
    return open.map((reset) => reset.id);
  }
}
