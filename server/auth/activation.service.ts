import { LockMode } from '@mikro-orm/core';
import { audit } from '../audit/audit.js';
import type { RequestContext } from '../common/request-context.js';
import { User } from '../organizations/user.entity.js';
import { LinkKind } from '../setup/setup-enums.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import type { LoginResult, LoginService } from './login.service.js';
import type { RateLimiter } from './rate-limiter.js';
import { setPasswordWithToken, type TokenPasswordFlow } from './token-password.js';

/** The activation link: a customer administrator's first password. */
const ACTIVATION: TokenPasswordFlow<SetupLink> = {
  findLocked: (em, tokenHash) => em.findOne(SetupLink, { tokenHash, kind: LinkKind.ACTIVATION }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }),
  owner: async (em, link) => (link.user ? { user: await em.findOneOrFail(User, link.user.id) } : null),
  invalidMessage: 'This activation link is not valid.',
  expiredMessage: 'This activation link was already used or has expired.',
  used: async (tx, link, { user }) => audit(tx, { action: 'user.activated', targetType: 'User', targetId: user!.id, orderId: link.order.id }),
};

/** A customer administrator created by a partner sets a password with the activation link, and is logged in. */
export class ActivationService {
  constructor(
    private readonly login: LoginService,
    private readonly limiter: RateLimiter,
  ) {}

  /** Unknown, used and expired links count as failed attempts, per link and per client address. */
  activate(ctx: RequestContext, input: { token: string; password: string }): Promise<LoginResult> {
    return setPasswordWithToken({ limiter: this.limiter, login: this.login }, ctx, ACTIVATION, input);
  }
}
