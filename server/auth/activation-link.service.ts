import { LockMode } from '@mikro-orm/core';
import { scopeOf, type TxScope } from '../common/tx-scope.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { hashToken } from '../common/tokens.js';
import type { RequestContext } from '../common/request-context.js';
import { Order } from '../orders/order.entity.js';
import { isUuid } from '../common/validation.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../organizations/user.entity.js';
import { LinkKind } from '../setup/setup-enums.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import type { SetupLinkService } from '../setup/setup-link.service.js';
import { countEveryCall, type RateLimiter } from './guarded-request.js';
import { isRep, type Viewer } from './viewer.js';

/**
 * A fresh activation link for an administrator who has not chosen a password yet (links expire after
 * 7 days). Sent by a rep, by an administrator of the same organization, or asked for from the
 * expired-link page; it always goes to the address on file, and it revokes the earlier links.
 */
export class ActivationLinkService {
  constructor(
    private readonly links: SetupLinkService,
    private readonly limiter: RateLimiter,
  ) {}

  /** The people of the viewer's own organization (portal administrators). */
  async organizationUsers(ctx: RequestContext): Promise<User[]> {
    if (!ctx.viewer?.organizationId) return [];
    return ctx.em.find(User, { organization: ctx.viewer.organizationId }, { orderBy: { email: 'asc', id: 'asc' } });
  }

  /** Reps: anyone's; organization administrators: their own organization's people (others read as not found). */
  async send(ctx: RequestContext, input: { userId: string }): Promise<User> {
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const id = typeof input.userId === 'string' ? input.userId.trim() : '';
      const user = isUuid(id) ? await em.findOne(User, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!user || !mayManage(ctx.viewer, user)) throw userError(UserErrorCode.NOT_FOUND, 'No such person in your organization.', ['input', 'userId']);
      await this.issue(scopeOf(ctx, em, now), user);
      return user;
    });
  }

  /**
   * "Send me a new link" on the expired-link page: the old token (expired, revoked or used) names the
   * person, and the new link goes to their address on file, never to one typed on the page. Every
   * call counts against the activation limits (per link and per client address): each may send an email.
   */
  requestNew(ctx: RequestContext, input: { token: string }): Promise<void> {
    const token = typeof input.token === 'string' ? input.token.trim() : '';
    return countEveryCall(this.limiter, ctx, { action: 'activationLinkRequest', account: token, address: ctx.ip, field: ['input', 'token'] }, async () => {
      const now = ctx.clock.now();
      await ctx.em.transactional(async (em) => {
        const link = token && token.length <= 200 ? await em.findOne(SetupLink, { tokenHash: hashToken(token), kind: LinkKind.ACTIVATION }) : null;
        if (!link?.user) throw userError(UserErrorCode.TOKEN_INVALID, 'This activation link is not valid.', ['input', 'token']);
        const user = await em.findOneOrFail(User, link.user.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
        await this.issue(scopeOf(ctx, em, now), user);
      });
    });
  }

  private async issue(tx: TxScope, user: User): Promise<void> {
    const { em, now } = tx;
    if (user.passwordHash) {
      throw userError(UserErrorCode.ACCOUNT_ALREADY_ACTIVE, 'This account is already active: log in, or use “Forgot your password?”.', ['input']);
    }
    const earlier = await em.find(SetupLink, { user, kind: LinkKind.ACTIVATION }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    const open = earlier.filter((link) => !link.usedAt && !link.revokedAt);
    for (const link of open) link.revokedAt = now;
    // The revocations reach the database before the new link takes the recipient's one-open-link slot.
    if (open.length) await em.flush();
    // The link belongs to the order that made the person an administrator (its language and time zone);
    // without one, the organization's latest order.
    const organization = await em.findOneOrFail(Organization, user.organization.id);
    const order = earlier.length
      ? await em.findOneOrFail(Order, earlier[0].order.id)
      : await em.findOne(
          Order,
          { $or: [{ customerOrganization: organization.id }, { partnerOrganization: organization.id }] },
          { orderBy: { createdAt: 'desc', id: 'desc' } },
        );
    if (!order) throw userError(UserErrorCode.NOT_FOUND, 'This person has no order to activate an account for.', ['input']);
    await this.links.issueActivationLink(tx, order, user, organization.name);
  }
}

function mayManage(viewer: Viewer | null, user: User): boolean {
  return isRep(viewer) || (!!viewer?.organizationId && viewer.organizationId === user.organization.id);
}
