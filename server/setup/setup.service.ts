import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actorOf, audit, type Actor } from '../audit/audit.js';
import { hashPassword, passwordProblem } from '../auth/passwords.js';
import { Rep } from '../auth/rep.entity.js';
import { failedWith, type RateLimiter } from '../auth/rate-limiter.js';
import { ViewerKind } from '../auth/viewer.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { generateToken, hashToken } from '../common/tokens.js';
import { InputValidator } from '../common/validation.js';
import { EscalationKind, EscalationStatus, Escalation } from '../escalations/escalation.entity.js';
import type { EscalationService } from '../escalations/escalation.service.js';
import type { RequestContext } from '../graphql/context.js';
import { Order } from '../orders/order.entity.js';
import { assertTransition, OrderStatus } from '../orders/order-status.js';
import { Organization, OrganizationKind } from '../organizations/organization.entity.js';
import { User, UserRole } from '../organizations/user.entity.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { LinkAudience, LinkKind, SetupOwner, SetupRole, SetupStep } from './setup-enums.js';
import { SetupLink } from './setup-link.entity.js';
import type { SetupLinkService } from './setup-link.service.js';
import { SetupSession, type OrganizationDetails } from './setup-session.entity.js';
import { DRAFT_STEPS, FINAL_STEPS, rewindTo, stepAllowed } from './setup-steps.js';

/** A setup session ends after an hour without a step; re-opening the link starts a new one. */
export const SESSION_IDLE_MS = 60 * 60 * 1000;

const WORDS = {
  oneOrganization: 'A user can belong to only one Webex organization at a time.',
};

/** What a step's work function gets: everything locked and loaded, in one transaction. */
interface StepScope {
  em: EntityManager;
  session: SetupSession;
  order: Order;
  link: SetupLink;
  now: Date;
  actor: Actor;
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
    private readonly escalations: EscalationService,
    private readonly limiter: RateLimiter,
  ) {}

  // ── Step 2: "Set up now" ────────────────────────────────────────────────────────────────

  /**
   * Opens a session on a Set up now link. Re-opening the same link discards the earlier draft and
   * revokes its session token: leaving the wizard saves nothing.
   */
  start(ctx: RequestContext, token: string): Promise<{ session: SetupSession; sessionToken: string }> {
    const account = typeof token === 'string' ? token.trim() : '';
    // Unknown and expired links count as failed attempts, per link and per client address.
    return this.limiter.guard(ctx, { action: 'startSetup', account, address: ctx.ip, field: ['input', 'token'] }, () => this.open(ctx, token), failedWith(UserErrorCode.TOKEN_INVALID, UserErrorCode.TOKEN_EXPIRED));
  }

  private async open(ctx: RequestContext, token: string): Promise<{ session: SetupSession; sessionToken: string }> {
    const now = ctx.clock.now();
    const sessionToken = generateToken('setup');
    const session = await ctx.em.transactional(async (em) => {
      const link = typeof token === 'string' && token.length <= 200 ? await em.findOne(SetupLink, { tokenHash: hashToken(token.trim()), kind: LinkKind.SETUP }) : null;
      if (!link) throw userError(UserErrorCode.TOKEN_INVALID, 'This Set up now link is not valid. Check that you copied the whole link.', ['input', 'token']);
      const order = await em.findOneOrFail(Order, link.order.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (link.revokedAt || link.usedAt || link.expiresAt <= now || order.status === OrderStatus.EXPIRED || order.status === OrderStatus.CANCELLED) {
        throw userError(UserErrorCode.TOKEN_EXPIRED, 'This Set up now link has expired or was replaced by a newer one.', ['input', 'token']);
      }
      if (order.status === OrderStatus.SET_UP || order.status === OrderStatus.PROVISIONED) {
        throw userError(UserErrorCode.ORDER_ALREADY_SET_UP, 'This order is already set up. Continue in your organization’s administration tools.', ['input', 'token']);
      }
      if (order.status === OrderStatus.ON_HOLD) {
        throw userError(UserErrorCode.ORDER_ON_HOLD, 'This order is on hold. Your Cisco representative will contact you.', ['input', 'token']);
      }

      const earlier = await em.find(SetupSession, { link, revokedAt: null });
      for (const old of earlier) old.revokedAt = now;

      const statusBefore = order.status;
      if (order.status !== OrderStatus.SETUP_IN_PROGRESS) {
        assertTransition(order.status, OrderStatus.SETUP_IN_PROGRESS);
        order.status = OrderStatus.SETUP_IN_PROGRESS;
      }
      order.setupStartedAt ??= now;
      order.updatedAt = now;

      const session = em.create(SetupSession, {
        tokenHash: hashToken(sessionToken),
        link,
        order,
        lastActiveAt: now,
        expiresAt: this.expiryFrom(now, link),
        createdAt: now,
      });
      audit(em, actorOf(ctx), now, {
        action: 'setup.started',
        targetType: 'SetupSession',
        targetId: session.id,
        orderId: order.id,
        before: { status: statusBefore, discardedSessions: earlier.map((s) => s.id) },
        after: { status: order.status, recipient: link.recipientEmail },
      });
      return session;
    });
    return { session, sessionToken };
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
      const organizationId = await this.customerOrganizationOf(em, link.recipientEmail, null, ['input', 'role']);
      session.draft = { ...session.draft, customerAdministrator: { email: link.recipientEmail, organizationId } };
      return organizationId ? SetupStep.VERIFY_CUSTOMER_ORGANIZATION : SetupStep.CONFIRM_CUSTOMER_ORGANIZATION;
    });
  }

  /** Step 4: "Yes, I will set up", "Another person in my company will set up", or "The customer will set up". */
  chooseSetupOwner(ctx: RequestContext, owner: SetupOwner, rawEmail: string | null | undefined): Promise<SetupSession> {
    return this.step(ctx, SetupStep.CHOOSE_SETUP_OWNER, async ({ em, session, order, link, now, actor }) => {
      session.owner = owner;
      if (owner === SetupOwner.SELF) {
        const partner = await this.partnerOrganizationOf(em, order);
        if (!partner) {
          // The partner's first order: it creates its partner organization (at step 8).
          const existingUser = (await em.findOne(User, { email: link.recipientEmail })) ?? (await em.findOne(Rep, { email: link.recipientEmail }));
          if (existingUser) {
            throw userError(
              UserErrorCode.USER_IN_ANOTHER_ORGANIZATION,
              `${link.recipientEmail} already belongs to a Webex organization, so it cannot become the administrator of a new partner organization. ${WORDS.oneOrganization}`,
              ['input', 'owner'],
            );
          }
          return SetupStep.CREATE_PARTNER_ORGANIZATION;
        }
        session.draft = { ...session.draft, owner: { partnerOrganizationId: partner.id } };
        return SetupStep.REVIEW_PARTNER_ORGANIZATION;
      }

      const v = new InputValidator();
      const email = rawEmail === null || rawEmail === undefined || rawEmail.trim() === '' ? (v.check(false, UserErrorCode.INVALID_EMAIL, 'email', 'Enter the email address of the person who will set up'), '') : v.email('email', rawEmail);
      v.check(!email || email !== link.recipientEmail, UserErrorCode.INVALID_INPUT, 'email', 'That is your own address. Choose Yes, I will set up the services instead.');
      v.done();

      if (owner === SetupOwner.CUSTOMER) {
        // Refuse now rather than after the customer has walked the wizard.
        await this.customerOrganizationOf(em, email, null, ['input', 'email']);
        order.customerSelfSetup = true;
      }
      const statusBefore = order.status;
      assertTransition(order.status, OrderStatus.HANDED_OVER);
      order.status = OrderStatus.HANDED_OVER;
      await this.links.issueSetupLink(em, actor, now, order, email, {
        audience: owner === SetupOwner.CUSTOMER ? LinkAudience.CUSTOMER : LinkAudience.PARTNER,
        revokeAllOthers: true,
        handedOverBy: link.recipientEmail,
      });
      audit(em, actor, now, {
        action: owner === SetupOwner.CUSTOMER ? 'setup.handed_to_customer' : 'setup.handed_to_colleague',
        targetType: 'Order',
        targetId: order.id,
        orderId: order.id,
        before: { status: statusBefore, recipient: link.recipientEmail },
        after: { status: order.status, recipient: email, customerSelfSetup: order.customerSelfSetup },
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
          `You will be the administrator of the new partner organization, so ${email} cannot also administer the customer organization. ${WORDS.oneOrganization}`,
          field,
        );
      }
      const partnerId = session.draft.owner?.partnerOrganizationId ?? null;
      let organizationId = await this.customerOrganizationOf(em, email, { partnerOrganizationId: partnerId }, field);
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
        const candidates = await this.candidates(em, session, order, link);
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
      return await this.step(ctx, SetupStep.REVIEW_ORDER, (scope) => this.complete(scope));
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const constraint = (error as { constraint?: string }).constraint ?? error.message;
      if (constraint.includes('app_user_email')) {
        throw userError(UserErrorCode.USER_IN_ANOTHER_ORGANIZATION, `One of these people joined another Webex organization meanwhile. ${WORDS.oneOrganization}`);
      }
      if (constraint.includes('subscription_order')) throw userError(UserErrorCode.ORDER_ALREADY_SET_UP, 'This order was set up meanwhile.');
      if (constraint.includes('partner_account_id')) {
        throw userError(UserErrorCode.STEP_NOT_ALLOWED, 'Your partner organization was created meanwhile by another order. Open your Set up now link again to review it.');
      }
      throw error;
    }
  }

  private async complete({ em, session, order, link, now, actor }: StepScope): Promise<SetupStep> {
    const draft = session.draft;
    const customerPath = session.role === SetupRole.CUSTOMER;
    const created: string[] = [];

    // The partner organization (partner path only): the one reviewed, or a new one.
    let partner: Organization | null = null;
    let walker: User | null = null;
    if (!customerPath) {
      if (draft.owner?.partnerOrganizationId) {
        partner = await em.findOneOrFail(Organization, draft.owner.partnerOrganizationId);
      } else {
        partner = em.create(Organization, { kind: OrganizationKind.PARTNER, ...draft.newPartnerOrganization!, partnerAccountId: order.partnerAccountId, createdAt: now, updatedAt: now });
        // The person walking the wizard becomes its first administrator (password at the next step).
        walker = em.create(User, { organization: partner, email: link.recipientEmail, role: UserRole.ADMIN, createdAt: now });
        created.push(`partner organization ${partner.id}`, `user ${walker.email}`);
        session.createdOrganization = em.getReference(Organization, partner.id, { wrapped: true });
      }
    }

    // The customer organization: the one verified, the candidate picked, or a new one.
    const administratorEmail = draft.customerAdministrator!.email;
    let customer: Organization;
    const existingId = draft.customerAdministrator?.organizationId ?? draft.customerOrganization?.candidateId;
    if (existingId) {
      customer = await em.findOneOrFail(Organization, existingId);
    } else {
      customer = em.create(Organization, {
        kind: OrganizationKind.CUSTOMER,
        ...draft.customerOrganization!.newOrganization!,
        managingPartner: customerPath || !partner ? undefined : partner,
        createdAt: now,
        updatedAt: now,
      });
      created.push(`customer organization ${customer.id}`);
      if (customerPath) session.createdOrganization = em.getReference(Organization, customer.id, { wrapped: true });
    }
    if (!customerPath && existingId && customer.managingPartner?.id !== partner!.id) {
      // A rep may have pointed the order at an organization this partner did not manage yet.
      customer.managingPartner = em.getReference(Organization, partner!.id, { wrapped: true });
      customer.updatedAt = now;
    }
    if (customerPath && customer.managingPartner) {
      // The customer sets up its own services: the partner keeps no access to its organization.
      customer.managingPartner = undefined;
      customer.updatedAt = now;
    }

    // The customer administrator: already in this organization, or created now.
    const administrator = await em.findOne(User, { email: administratorEmail });
    if (administrator && administrator.organization.id !== customer.id) {
      throw userError(UserErrorCode.USER_IN_ANOTHER_ORGANIZATION, `${administratorEmail} already belongs to another Webex organization. ${WORDS.oneOrganization}`);
    }
    let newAdministrator: User | null = null;
    if (!administrator) {
      newAdministrator = em.create(User, { organization: customer, email: administratorEmail, role: UserRole.ADMIN, createdAt: now });
      created.push(`user ${administratorEmail}`);
    }
    if (customerPath) walker = administrator ?? newAdministrator;

    const subscription = em.create(Subscription, { order, customerOrganization: customer, services: order.services, createdAt: now });

    const statusBefore = order.status;
    assertTransition(order.status, OrderStatus.SET_UP);
    order.status = OrderStatus.SET_UP;
    order.setUpAt = now;
    order.updatedAt = now;
    order.customerOrganization = em.getReference(Organization, customer.id, { wrapped: true });
    if (partner) order.partnerOrganization = em.getReference(Organization, partner.id, { wrapped: true });
    if (customerPath) order.customerSelfSetup = true;
    if (walker) session.user = em.getReference(User, walker.id, { wrapped: true });

    // Flush now so a lost race (unique email, one subscription per order) fails before the emails are queued.
    await em.flush();

    // A customer administrator created by a partner activates the account by email.
    if (newAdministrator && !customerPath) {
      await this.links.issueActivationLink(em, actor, now, order, newAdministrator, customer.name);
    } else if (newAdministrator && customerPath && existingId) {
      // The customer joined an existing organization: no password step here, so an activation email.
      await this.links.issueActivationLink(em, actor, now, order, newAdministrator, customer.name);
    }

    // The overdue escalation, if any, closes itself with the reason on record.
    const overdue = await em.find(Escalation, { order, kind: EscalationKind.OVERDUE_PROVISIONING, status: { $ne: EscalationStatus.RESOLVED } });
    for (const escalation of overdue) {
      escalation.status = EscalationStatus.RESOLVED;
      escalation.resolvedAt = now;
      escalation.resolution = `Resolved automatically: the order was set up on ${now.toISOString()} by ${link.recipientEmail}.`;
      audit(em, actor, now, { action: 'escalation.auto_resolved', targetType: 'Escalation', targetId: escalation.id, orderId: order.id, after: { status: escalation.status, resolution: escalation.resolution } });
    }

    audit(em, actor, now, {
      action: 'order.set_up',
      targetType: 'Order',
      targetId: order.id,
      orderId: order.id,
      before: { status: statusBefore },
      after: {
        status: order.status,
        partnerOrganizationId: partner?.id ?? null,
        customerOrganizationId: customer.id,
        customerAdministrator: administratorEmail,
        subscriptionId: subscription.id,
        customerSelfSetup: order.customerSelfSetup,
        created,
      },
    });
    const needsPassword = customerPath ? !existingId : !draft.owner?.partnerOrganizationId;
    return needsPassword ? SetupStep.SET_PASSWORD : SetupStep.SERVICE_SETUP;
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
      this.assertOrderCanGoOn(order, session, step);
      if (!stepAllowed(session.nextStep, session.completedSteps, step)) {
        throw userError(UserErrorCode.STEP_NOT_ALLOWED, `This step is not available now. The next step is ${session.nextStep}.`);
      }
      const rewound = rewindTo(session.completedSteps, session.draft, step);
      session.completedSteps = rewound.completed;
      session.draft = rewound.draft;
      const before = session.nextStep;
      const next = await work({ em, session, order, link, now, actor: actorOf(ctx) });
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
    const session = ctx.viewer?.kind === ViewerKind.SETUP_SESSION ? await em.findOne(SetupSession, ctx.viewer.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
    if (!session) throw userError(UserErrorCode.SESSION_EXPIRED, 'Your setup session has ended. Open your Set up now link again.');
    if (session.revokedAt || session.expiresAt <= now) {
      throw userError(UserErrorCode.SESSION_EXPIRED, 'Your setup session has ended (the link was opened again, or it was idle too long). Open your Set up now link again.');
    }
    return session;
  }

  private assertOrderCanGoOn(order: Order, session: SetupSession, step: SetupStep): void {
    if (order.status === OrderStatus.ON_HOLD) throw userError(UserErrorCode.ORDER_ON_HOLD, 'This order is on hold. Your Cisco representative will contact you.');
    if (order.status === OrderStatus.EXPIRED || order.status === OrderStatus.CANCELLED) {
      throw userError(UserErrorCode.SESSION_EXPIRED, `This order is ${order.status.toLowerCase()}; the setup session has ended.`);
    }
    const setUp = order.status === OrderStatus.SET_UP || order.status === OrderStatus.PROVISIONED;
    if (setUp && DRAFT_STEPS.includes(step)) {
      throw userError(UserErrorCode.ORDER_ALREADY_SET_UP, 'This order is already set up.');
    }
    if (FINAL_STEPS.includes(session.nextStep) && session.nextStep !== SetupStep.DONE) {
      throw userError(UserErrorCode.STEP_NOT_ALLOWED, `This setup session has ended (${session.nextStep}).`);
    }
  }

  /** Not recognized: order on hold, an escalation for the reps, the session stops. */
  private async hold({ em, order, now, actor }: StepScope, kind: EscalationKind): Promise<SetupStep> {
    const statusBefore = order.status;
    assertTransition(order.status, OrderStatus.ON_HOLD);
    order.status = OrderStatus.ON_HOLD;
    order.updatedAt = now;
    await this.escalations.open(em, actor, now, order, kind);
    audit(em, actor, now, { action: 'order.on_hold', targetType: 'Order', targetId: order.id, orderId: order.id, before: { status: statusBefore }, after: { status: order.status, reason: kind } });
    return SetupStep.ON_HOLD;
  }

  private expiryFrom(now: Date, link: SetupLink): Date {
    return new Date(Math.min(now.getTime() + SESSION_IDLE_MS, link.expiresAt.getTime()));
  }

  /** The order's partner organization: the one a rep assigned, else the one of its CCW account. */
  async partnerOrganizationOf(em: EntityManager, order: Order): Promise<Organization | null> {
    if (order.partnerOrganization) return em.findOne(Organization, order.partnerOrganization.id);
    return em.findOne(Organization, { kind: OrganizationKind.PARTNER, partnerAccountId: order.partnerAccountId });
  }

  /**
   * The customer organization an administrator email already belongs to (undefined: nobody has it).
   * One user, one organization: a partner organization's user is refused; on the partner's path, so
   * is a user of a customer organization this partner does not manage (the partner must not see it).
   */
  private async customerOrganizationOf(
    em: EntityManager,
    email: string,
    partnerPath: { partnerOrganizationId: string | null } | null,
    field: string[],
  ): Promise<string | undefined> {
    // One answer for every address the caller may not use (a partner's, another partner's customer's,
    // a Cisco rep's): the message must not tell a setup session which of them it is.
    const refused = () =>
      userError(
        UserErrorCode.USER_IN_ANOTHER_ORGANIZATION,
        `${email} already belongs to a Webex organization that you do not manage. ${WORDS.oneOrganization} Choose The customer will set up, or contact your Cisco representative.`,
        field,
      );
    const user = await em.findOne(User, { email }, { populate: ['organization'] });
    if (!user) {
      if (await em.findOne(Rep, { email })) throw refused();
      return undefined;
    }
    const organization = user.organization.getEntity();
    if (organization.kind === OrganizationKind.PARTNER) throw refused();
    if (partnerPath && (!partnerPath.partnerOrganizationId || organization.managingPartner?.id !== partnerPath.partnerOrganizationId)) throw refused();
    return organization.id;
  }

  /**
   * Organizations to suggest at CONFIRM_CUSTOMER_ORGANIZATION: by the first five letters of the
   * customer's name and by users with the administrator's email domain. On the partner's path only
   * organizations that partner manages are shown (tenants never see each other); on the customer's
   * own path, those its colleagues (same email domain) belong to.
   */
  async candidates(em: EntityManager, session: SetupSession, order: Order, link: SetupLink): Promise<Organization[]> {
    const email = session.draft.customerAdministrator?.email ?? link.recipientEmail;
    const domain = email.split('@')[1] ?? '';
    const partnerId = session.draft.owner?.partnerOrganizationId ?? null;
    if (session.role !== SetupRole.CUSTOMER && !partnerId) return [];
    const rows: { id: string }[] = await em.getConnection().execute(
      `select o.id from organization o
        where o.kind = 'CUSTOMER'
          and (${session.role === SetupRole.CUSTOMER ? 'false' : 'o.managing_partner_id = ? and lower(left(o.name, 5)) = ?'}
               or exists (select 1 from app_user u where u.organization_id = o.id and split_part(u.email, '@', 2) = ?))
          ${session.role === SetupRole.CUSTOMER ? '' : 'and o.managing_partner_id = ?'}
        order by o.created_at, o.id limit 10`,
      session.role === SetupRole.CUSTOMER ? [domain] : [partnerId, order.customerName.slice(0, 5).toLowerCase(), domain, partnerId],
      'all',
      em.getTransactionContext(),
    );
    return rows.length ? em.find(Organization, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } }) : [];
  }
}
