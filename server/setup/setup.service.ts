import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actorOf, audit, type Actor } from '../audit/audit.js';
import { hashPassword, passwordProblem } from '../auth/passwords.js';
import { Rep } from '../auth/rep.entity.js';
import { failedWith, type RateLimiter } from '../auth/rate-limiter.js';
import { countEveryCall } from '../auth/guarded-request.js';
import { ViewerKind } from '../auth/viewer.js';
import { userError, UserErrorCode, UserFacingError } from '../common/errors.js';
import { generateToken, hashToken } from '../common/tokens.js';
import { userErrorForConstraint } from '../db/migrations/constraints.js';
import { InputValidator } from '../common/validation.js';
import { EscalationKind } from '../escalations/escalation.entity.js';
import type { RequestContext } from '../common/request-context.js';
import { Order } from '../orders/order.entity.js';
import { assertOpenForSetup, type OrderLifecycle } from '../orders/order-lifecycle.js';
import { isClosed, isSetUp } from '../orders/order-predicates.js';
import { OrderStatus } from '../orders/order-status.js';
import { holderOf } from '../orders/order.service.js';
import { candidateOrganizations, customerOrganizationOf, ONE_ORGANIZATION, partnerOrganizationOf } from '../organizations/organization-directory.js';
import type { Organization } from '../organizations/organization.entity.js';
import { User } from '../organizations/user.entity.js';
import { LinkAudience, LinkKind, SetupOwner, SetupRole, SetupStep } from './setup-enums.js';
import type { OrderSetupCompletion } from './order-setup-completion.js';
import { SetupLink } from './setup-link.entity.js';
import type { StepScope } from './step-scope.js';
import type { SetupLinkService } from './setup-link.service.js';
import { SetupSession, type OrganizationDetails } from './setup-session.entity.js';
import { DRAFT_STEPS, FINAL_STEPS, rewindTo, stepAllowed } from './setup-steps.js';

/** A setup session ends after an hour without a step; re-opening the link starts a new one. */
export const SESSION_IDLE_MS = 60 * 60 * 1000;

/**
 * A portal session never hears INVALID_TRANSITION (the transition table is the reps' vocabulary): a
 * step the order's state no longer allows means the session was overtaken, so it has ended.
 */
export function sessionSafe(error: unknown): never {
  if (error instanceof UserFacingError && error.errors.some((e) => e.code === UserErrorCode.INVALID_TRANSITION)) {
    throw userError(UserErrorCode.SESSION_EXPIRED, 'Your setup session has ended: the order changed meanwhile. Open your Set up now link again.');
  }
  throw error;
}

export interface OrganizationDetailsInput {
  name: string;
  country: string;
  address: string;
  city: string;
  postalCode: string;
}

function organizationDetails(v: InputValidator, prefix: string, input: OrganizationDetailsInput): OrganizationDetails {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  return {
    name: v.text(at('name'), input.name, { max: 200, label: 'The organization name' }),
    country: v.country(at('country'), input.country),
    address: v.text(at('address'), input.address, { max: 200, label: 'The address' }),
    city: v.text(at('city'), input.city, { max: 100, label: 'The city' }),
    postalCode: v.text(at('postalCode'), input.postalCode, {
      max: 20,
      label: 'The postal code',
      pattern: /^[A-Za-z0-9][A-Za-z0-9 -]*$/,
      patternHint: 'may contain only letters, digits, spaces and dashes',
    }),
  };
}

export class SetupService {
  constructor(
    private readonly links: SetupLinkService,
    private readonly lifecycle: OrderLifecycle,
    private readonly limiter: RateLimiter,
    private readonly completion: OrderSetupCompletion,
  ) {}

  // ── Step 2: "Set up now" ────────────────────────────────────────────────────────────────

  /**
   * Opens a session on a Set up now link. Re-opening the same link discards the earlier draft and
   * revokes its session token: leaving the wizard saves nothing.
   */
  start(ctx: RequestContext, token: string): Promise<{ session: SetupSession; sessionToken: string }> {
    const account = typeof token === 'string' ? token.trim() : '';
    // Unknown and expired links count as failed attempts, per link and per client address.
    return this.limiter.guard(
      ctx,
      { action: 'startSetup', account, address: ctx.ip, field: ['input', 'token'] },
      () => this.open(ctx, token),
      failedWith(UserErrorCode.TOKEN_INVALID, UserErrorCode.TOKEN_EXPIRED),
    );
  }

  /**
   * "Send me a new link" on the expired-link page: the old Set up now token names the order, and while
   * the order is still open for setup a fresh link goes to its current holder on file (whom it was
   * handed to, else the provisioning contact), never to an address typed on the page. Only the holder's
   * own earlier link may ask (a former holder's link cannot take the order's link from its holder).
   * The new link keeps the order's deadline. Every call counts (per link and per client address).
   */
  requestNewLink(ctx: RequestContext, input: { token: string }): Promise<void> {
    const token = typeof input.token === 'string' ? input.token.trim() : '';
    const field = ['input', 'token'];
    return countEveryCall(this.limiter, ctx, { action: 'setupLinkRequest', account: token, address: ctx.ip, field }, async () => {
      const now = ctx.clock.now();
      await ctx.em.transactional(async (em) => {
        const link = token && token.length <= 200 ? await em.findOne(SetupLink, { tokenHash: hashToken(token), kind: LinkKind.SETUP }) : null;
        if (!link) throw userError(UserErrorCode.TOKEN_INVALID, 'This Set up now link is not valid. Check that you copied the whole link.', field);
        const order = await em.findOneOrFail(Order, link.order.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        assertOpenForSetup(order, field);
        if (order.linkExpiresAt && order.linkExpiresAt <= now)
          throw userError(UserErrorCode.ORDER_CLOSED, 'The order is expired; nothing more can change', field);
        const holder = holderOf(order);
        if (link.recipientEmail !== holder.email) {
          throw userError(UserErrorCode.TOKEN_EXPIRED, 'This order’s setup is now with someone else; your link no longer works.', field, {
            reason: 'HOLDER_CHANGED',
          });
        }
        await this.links.issueSetupLink(em, actorOf(ctx), now, order, holder.email, { audience: holder.audience, revokeAllOthers: true, keepDeadline: true });
      });
    });
  }

  private async open(ctx: RequestContext, token: string): Promise<{ session: SetupSession; sessionToken: string }> {
    const now = ctx.clock.now();
    const sessionToken = generateToken('setup');
    const session = await ctx.em.transactional(async (em) => {
      const link =
        typeof token === 'string' && token.length <= 200 ? await em.findOne(SetupLink, { tokenHash: hashToken(token.trim()), kind: LinkKind.SETUP }) : null;
      if (!link) throw userError(UserErrorCode.TOKEN_INVALID, 'This Set up now link is not valid. Check that you copied the whole link.', ['input', 'token']);
      const order = await em.findOneOrFail(Order, link.order.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (link.revokedAt || link.usedAt || link.expiresAt <= now || isClosed(order)) {
        throw userError(UserErrorCode.TOKEN_EXPIRED, 'This Set up now link has expired or was replaced by a newer one.', ['input', 'token']);
      }
      if (isSetUp(order)) {
        // Whoever completed step 8 with this link comes back to the service setup, until Provision.
        const resumed = order.status === OrderStatus.SET_UP ? await this.resumeAfterStep8(em, actorOf(ctx), now, link, order, sessionToken) : null;
        if (resumed) return resumed;
        throw userError(UserErrorCode.ORDER_ALREADY_SET_UP, 'This order is already set up. Continue in your organization’s administration tools.', [
          'input',
          'token',
        ]);
      }
      if (order.status === OrderStatus.ON_HOLD) {
        throw userError(UserErrorCode.ORDER_ON_HOLD, 'This order is on hold. Your Cisco representative will contact you.', ['input', 'token']);
      }

      const earlier = await em.find(SetupSession, { link, revokedAt: null });
      for (const old of earlier) old.revokedAt = now;

      const session = em.create(SetupSession, {
        tokenHash: hashToken(sessionToken),
        link,
        order,
        lastActiveAt: now,
        expiresAt: this.expiryFrom(now, link),
        createdAt: now,
      });
      // Provisioning has started (setupStartedAt), whoever opened which of the order's links.
      await this.lifecycle.transition({ em, actor: actorOf(ctx), now }, order, OrderStatus.SETUP_IN_PROGRESS, {
        action: 'setup.started',
        target: { type: 'SetupSession', id: session.id },
        orStay: true,
        before: { discardedSessions: earlier.map((s) => s.id) },
        after: { recipient: link.recipientEmail },
      });
      return session;
    });
    return { session, sessionToken };
  }

  /**
   * Continuing after step 8: the link whose session completed step 8 opens a new session where that one
   * stood (setting the password, or the service setup), with what it had decided; the settings saved so
   * far are on the subscription. The earlier sessions of the link end. Null when no session of this link
   * completed step 8 (another link set the order up): the caller answers ORDER_ALREADY_SET_UP.
   */
  private async resumeAfterStep8(
    em: EntityManager,
    actor: Actor,
    now: Date,
    link: SetupLink,
    order: Order,
    sessionToken: string,
  ): Promise<SetupSession | null> {
    const sessions = await em.find(SetupSession, { link }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    const done = sessions.find((s) => s.completedSteps.includes(SetupStep.REVIEW_ORDER));
    if (!done) return null;
    for (const old of sessions) if (!old.revokedAt) old.revokedAt = now;
    const session = em.create(SetupSession, {
      tokenHash: hashToken(sessionToken),
      link,
      order,
      role: done.role,
      owner: done.owner,
      nextStep: done.nextStep === SetupStep.DONE ? SetupStep.SERVICE_SETUP : done.nextStep,
      completedSteps: [...done.completedSteps],
      draft: done.draft,
      user: done.user,
      createdOrganization: done.createdOrganization,
      lastActiveAt: now,
      expiresAt: this.expiryFrom(now, link),
      createdAt: now,
    });
    audit(em, actor, now, {
      action: 'setup.resumed',
      targetType: 'SetupSession',
      targetId: session.id,
      orderId: order.id,
      before: { sessionId: done.id },
      after: { nextStep: session.nextStep, recipient: link.recipientEmail },
    });
    return session;
  }

  /** The bearer's session; null once it was replaced or timed out. */
  async current(ctx: RequestContext): Promise<SetupSession | null> {
    if (ctx.viewer?.kind !== ViewerKind.SETUP_SESSION || ctx.viewer.setupSessionExpired) return null;
    return ctx.em.findOne(SetupSession, ctx.viewer.id);
  }

  // ── Steps 3–7: the draft ─────────────────────────────────────────────────────────────────

  /** Step 3: "I am a partner" — or, on a link handed to the customer, the customer's own path. */
  chooseRole(ctx: RequestContext, role: SetupRole): Promise<SetupSession> {
    return this.step(ctx, SetupStep.CHOOSE_ROLE, async ({ em, session, link }) => {
      const allowed = link.audience === LinkAudience.CUSTOMER ? SetupRole.CUSTOMER : SetupRole.PARTNER;
      if (role !== allowed) {
        throw userError(
          UserErrorCode.ROLE_NOT_ALLOWED,
          allowed === SetupRole.PARTNER
            ? 'This link was sent to the partner. Choose I am a partner.'
            : 'This link was sent to the customer administrator. Choose I am the customer.',
          ['input', 'role'],
        );
      }
      session.role = role;
      if (role === SetupRole.PARTNER) return SetupStep.CHOOSE_SETUP_OWNER;
      // The customer's own path: the administrator is the link's recipient.
      const organizationId = await customerOrganizationOf(em, link.recipientEmail, null, ['input', 'role']);
      session.draft = { ...session.draft, customerAdministrator: { email: link.recipientEmail, organizationId } };
      return organizationId ? SetupStep.VERIFY_CUSTOMER_ORGANIZATION : SetupStep.CONFIRM_CUSTOMER_ORGANIZATION;
    });
  }

  /** Step 4: "Yes, I will set up", "Another person in my company will set up", or "The customer will set up". */
  chooseSetupOwner(ctx: RequestContext, owner: SetupOwner, rawEmail: string | null | undefined): Promise<SetupSession> {
    return this.step(ctx, SetupStep.CHOOSE_SETUP_OWNER, async ({ em, session, order, link, now, actor }) => {
      session.owner = owner;
      if (owner === SetupOwner.SELF) {
        const partner = await partnerOrganizationOf(em, order);
        if (!partner) {
          // The partner's first order: it creates its partner organization (at step 8).
          const existingUser = (await em.findOne(User, { email: link.recipientEmail })) ?? (await em.findOne(Rep, { email: link.recipientEmail }));
          if (existingUser) {
            throw userError(
              UserErrorCode.USER_IN_ANOTHER_ORGANIZATION,
              `${link.recipientEmail} already belongs to a Webex organization, so it cannot become the administrator of a new partner organization. ${ONE_ORGANIZATION}`,
              ['input', 'owner'],
            );
          }
          return SetupStep.CREATE_PARTNER_ORGANIZATION;
        }
        session.draft = { ...session.draft, owner: { partnerOrganizationId: partner.id } };
        return SetupStep.REVIEW_PARTNER_ORGANIZATION;
      }

      const v = new InputValidator();
      const email =
        rawEmail === null || rawEmail === undefined || rawEmail.trim() === ''
          ? (v.check(false, UserErrorCode.INVALID_EMAIL, 'email', 'Enter the email address of the person who will set up'), '')
          : v.email('email', rawEmail);
      v.check(
        !email || email !== link.recipientEmail,
        UserErrorCode.INVALID_INPUT,
        'email',
        'That is your own address. Choose Yes, I will set up the services instead.',
      );
      v.done();

      if (owner === SetupOwner.CUSTOMER) {
        // Refuse now rather than after the customer has walked the wizard.
        await customerOrganizationOf(em, email, null, ['input', 'email']);
        order.customerSelfSetup = true;
      }
      // The new holder: resends go to them until a rep takes the order back (OrderService.takeBack).
      order.handedOverTo = email;
      await this.lifecycle.transition({ em, actor, now }, order, OrderStatus.HANDED_OVER, {
        action: owner === SetupOwner.CUSTOMER ? 'setup.handed_to_customer' : 'setup.handed_to_colleague',
        before: { recipient: link.recipientEmail },
        after: { recipient: email, customerSelfSetup: order.customerSelfSetup },
      });
      // Every other link, this one included, is revoked with its sessions.
      await this.links.issueSetupLink(em, actor, now, order, email, {
        audience: owner === SetupOwner.CUSTOMER ? LinkAudience.CUSTOMER : LinkAudience.PARTNER,
        revokeAllOthers: true,
        handedOverBy: link.recipientEmail,
      });
      return SetupStep.HANDED_OVER;
    });
  }

  /** Step 5, first order: the details that will create the partner organization. */
  createPartnerOrganization(ctx: RequestContext, input: OrganizationDetailsInput): Promise<SetupSession> {
    const v = new InputValidator();
    const details = organizationDetails(v, '', input);
    v.done();
    return this.step(ctx, SetupStep.CREATE_PARTNER_ORGANIZATION, async ({ session }) => {
      session.draft = { ...session.draft, newPartnerOrganization: details };
      return SetupStep.CUSTOMER_ADMINISTRATOR;
    });
  }

  /** Step 5, existing organization: recognized goes on; not recognized puts the order on hold for a rep. */
  reviewPartnerOrganization(ctx: RequestContext, recognized: boolean): Promise<SetupSession> {
    return this.step(ctx, SetupStep.REVIEW_PARTNER_ORGANIZATION, async (scope) => {
      if (!recognized) return this.hold(scope, EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION);
      return SetupStep.CUSTOMER_ADMINISTRATOR;
    });
  }

  /** Step 6: the customer administrator's email; one user, one organization. */
  setCustomerAdministrator(ctx: RequestContext, rawEmail: string): Promise<SetupSession> {
    const v = new InputValidator();
    const email = v.email('email', rawEmail);
    v.done();
    return this.step(ctx, SetupStep.CUSTOMER_ADMINISTRATOR, async ({ em, session, order, link }) => {
      const field = ['input', 'email'];
      if (session.draft.newPartnerOrganization && email === link.recipientEmail) {
        throw userError(
          UserErrorCode.USER_IN_ANOTHER_ORGANIZATION,
          `You will be the administrator of the new partner organization, so ${email} cannot also administer the customer organization. ${ONE_ORGANIZATION}`,
          field,
        );
      }
      const partnerId = session.draft.owner?.partnerOrganizationId ?? null;
      let organizationId = await customerOrganizationOf(em, email, { partnerOrganizationId: partnerId }, field);
      // A rep who resolved an unrecognized customer organization may have named the right one.
      organizationId ??= order.customerOrganization?.id;
      session.draft = { ...session.draft, customerAdministrator: { email, organizationId } };
      return organizationId ? SetupStep.VERIFY_CUSTOMER_ORGANIZATION : SetupStep.CONFIRM_CUSTOMER_ORGANIZATION;
    });
  }

  /** Step 7, new organization: pick one of the suggested organizations, or create a new one. */
  confirmCustomerOrganization(
    ctx: RequestContext,
    input: { candidateId?: string | null; newOrganization?: OrganizationDetailsInput | null },
  ): Promise<SetupSession> {
    const v = new InputValidator();
    const both = !!input.candidateId === !!input.newOrganization;
    v.check(!both, UserErrorCode.INVALID_INPUT, 'candidateId', 'Choose one of the suggested organizations or enter a new one, not both');
    const newOrganization = !both && input.newOrganization ? organizationDetails(v, 'newOrganization', input.newOrganization) : undefined;
    v.done();
    return this.step(ctx, SetupStep.CONFIRM_CUSTOMER_ORGANIZATION, async ({ em, session, order, link }) => {
      if (input.candidateId) {
        const candidates = await candidateOrganizations(em, session, order, link);
        if (!candidates.some((c) => c.id === input.candidateId)) {
          throw userError(UserErrorCode.NOT_FOUND, 'That organization is not one of the suggestions', ['input', 'candidateId']);
        }
        session.draft = { ...session.draft, customerOrganization: { candidateId: input.candidateId } };
      } else {
        session.draft = { ...session.draft, customerOrganization: { newOrganization } };
      }
      return SetupStep.REVIEW_ORDER;
    });
  }

  /** Step 7, existing organization: recognized goes on; not recognized puts the order on hold for a rep. */
  verifyCustomerOrganization(ctx: RequestContext, recognized: boolean): Promise<SetupSession> {
    return this.step(ctx, SetupStep.VERIFY_CUSTOMER_ORGANIZATION, async (scope) => {
      if (!recognized) return this.hold(scope, EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION);
      return SetupStep.REVIEW_ORDER;
    });
  }

  // ── Step 8: the point of no return ───────────────────────────────────────────────────────

  /**
   * "The order is now set up": one transaction creates or links the organizations, the users, the
   * partner's access (unless the customer sets up itself) and a PENDING subscription. The order row
   * is locked first, so of two sessions completing at once exactly one commits.
   */
  async completeOrderSetup(ctx: RequestContext): Promise<SetupSession> {
    try {
      return await this.step(ctx, SetupStep.REVIEW_ORDER, (scope) => this.completion.complete(scope));
    } catch (error) {
      // A race lost to another request: the constraint's user error (db/migrations/constraints.ts).
      throw userErrorForConstraint(error) ?? error;
    }
  }

  /** Step 9: the new organization's first administrator chooses a password. */
  setPassword(ctx: RequestContext, password: string): Promise<SetupSession> {
    const problem = passwordProblem(password ?? '');
    if (problem) throw userError(UserErrorCode.PASSWORD_TOO_WEAK, `${problem}.`, ['input', 'password']);
    return this.step(ctx, SetupStep.SET_PASSWORD, async ({ em, session, order, now, actor }) => {
      const user = await em.findOneOrFail(User, session.user!.id);
      user.passwordHash = await hashPassword(password);
      audit(em, actor, now, { action: 'user.password_set', targetType: 'User', targetId: user.id, orderId: order.id });
      return SetupStep.SERVICE_SETUP;
    });
  }

  // ── Shared machinery ─────────────────────────────────────────────────────────────────────

  /**
   * Runs one wizard step in one transaction, with the session and the order locked: checks that
   * the session is alive, the order can go on and the step is allowed now; then records the step.
   */
  private async step(ctx: RequestContext, step: SetupStep, work: (scope: StepScope) => Promise<SetupStep>): Promise<SetupSession> {
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const session = await this.lockedSession(ctx, em, now);
      const order = await em.findOneOrFail(Order, session.order.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const link = await em.findOneOrFail(SetupLink, session.link.id);
      if (link.revokedAt) throw userError(UserErrorCode.SESSION_EXPIRED, 'Your setup session has ended: its Set up now link was replaced or withdrawn.');
      this.assertOrderCanGoOn(order, session, step);
      if (!stepAllowed(session.nextStep, session.completedSteps, step)) {
        throw userError(UserErrorCode.STEP_NOT_ALLOWED, `This step is not available now. The next step is ${session.nextStep}.`);
      }
      const rewound = rewindTo(session.completedSteps, session.draft, step);
      session.completedSteps = rewound.completed;
      session.draft = rewound.draft;
      const before = session.nextStep;
      const next = await work({ em, session, order, link, now, actor: actorOf(ctx) }).catch(sessionSafe);
      session.completedSteps = [...session.completedSteps, step];
      session.nextStep = next;
      session.lastActiveAt = now;
      session.expiresAt = this.expiryFrom(now, link);
      audit(em, actorOf(ctx), now, {
        action: `setup.${step.toLowerCase()}`,
        targetType: 'SetupSession',
        targetId: session.id,
        orderId: order.id,
        before: { nextStep: before },
        after: { nextStep: next, role: session.role ?? null, owner: session.owner ?? null },
      });
      return session;
    });
  }

  /** The bearer's session, locked; SESSION_EXPIRED when it was replaced or timed out. */
  async lockedSession(ctx: RequestContext, em: EntityManager, now: Date): Promise<SetupSession> {
    const session =
      ctx.viewer?.kind === ViewerKind.SETUP_SESSION
        ? await em.findOne(SetupSession, ctx.viewer.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
        : null;
    if (!session) throw userError(UserErrorCode.SESSION_EXPIRED, 'Your setup session has ended. Open your Set up now link again.');
    if (session.revokedAt || session.expiresAt <= now) {
      throw userError(
        UserErrorCode.SESSION_EXPIRED,
        'Your setup session has ended (the link was opened again, or it was idle too long). Open your Set up now link again.',
      );
    }
    return session;
  }

  private assertOrderCanGoOn(order: Order, session: SetupSession, step: SetupStep): void {
    if (order.status === OrderStatus.ON_HOLD)
      throw userError(UserErrorCode.ORDER_ON_HOLD, 'This order is on hold. Your Cisco representative will contact you.');
    if (isClosed(order)) {
      throw userError(UserErrorCode.SESSION_EXPIRED, `This order is ${order.status.toLowerCase()}; the setup session has ended.`);
    }
    if (isSetUp(order) && DRAFT_STEPS.includes(step)) {
      throw userError(UserErrorCode.ORDER_ALREADY_SET_UP, 'This order is already set up.');
    }
    if (FINAL_STEPS.includes(session.nextStep) && session.nextStep !== SetupStep.DONE) {
      throw userError(UserErrorCode.STEP_NOT_ALLOWED, `This setup session has ended (${session.nextStep}).`);
    }
  }

  /** Not recognized: order on hold, an escalation for the reps, the session stops. */
  private async hold({ em, order, now, actor }: StepScope, kind: EscalationKind): Promise<SetupStep> {
    await this.lifecycle.transition({ em, actor, now }, order, OrderStatus.ON_HOLD, { action: 'order.on_hold', escalation: kind, after: { reason: kind } });
    return SetupStep.ON_HOLD;
  }

  private expiryFrom(now: Date, link: SetupLink): Date {
    return new Date(Math.min(now.getTime() + SESSION_IDLE_MS, link.expiresAt.getTime()));
  }

  /** Organizations to suggest at CONFIRM_CUSTOMER_ORGANIZATION (the directory's rule). */
  candidates(em: EntityManager, session: SetupSession, order: Order, link: SetupLink): Promise<Organization[]> {
    return candidateOrganizations(em, session, order, link);
  }
}
