import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit, type AuditChange } from '../audit/audit.js';
import { actorOf, scopeOf, type TxScope } from '../common/tx-scope.js';
import { failedWith, type RateLimiter } from '../auth/rate-limiter.js';
import { countEveryCall } from '../auth/guarded-request.js';
import { ViewerKind } from '../auth/viewer.js';
import { userError, UserErrorCode, UserFacingError } from '../common/errors.js';
import { generateToken, hashToken } from '../common/tokens.js';
import { userErrorForConstraint } from '../db/migrations/constraints.js';
import type { RequestContext } from '../common/request-context.js';
import { Order } from '../orders/order.entity.js';
import { assertOpenForSetup, type OrderLifecycle } from '../orders/order-lifecycle.js';
import { isClosed, isSetUp } from '../orders/order-predicates.js';
import { OrderStatus } from '../orders/order-status.js';
import { holderOf } from '../orders/order.service.js';
import { candidateOrganizations } from './organization-directory.js';
import type { Organization } from '../organizations/organization.entity.js';
import { LinkKind, SetupStep } from './setup-enums.js';
import type { OrderSetupCompletion } from './order-setup-completion.js';
import { SetupLink } from './setup-link.entity.js';
import type { SetupLinkService } from './setup-link.service.js';
import { SetupSession } from './setup-session.entity.js';
import { endStep } from './step-end.js';
import { lockStepRows, type LockedStepRows } from './step-rows.js';
import type { StepScope } from './step-scope.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import { DRAFT_STEPS, FINAL_STEPS, rewindTo, stepAllowed } from './setup-steps.js';
import { STEP_HANDLERS, type StepDependencies, type StepInputs, type StepWork, type WizardStep } from './wizard-steps.js';

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

/**
 * The step's answer (the session's `missingSettings`: the order's subscription and its customer organization) from
 * the rows the step held, once its transaction has committed, so the payload sends no statement of its own: the
 * subscription and organization when the step locked them (the service setup) or created them (step 8: `StepScope.held`),
 * and before step 8 none (step 8 creates the subscription together with the order's customer organization). Anything else
 * is read as before.
 */
export function primeStepAnswer(ctx: RequestContext, order: Order, held?: { subscription?: Subscription | null; organization?: Organization | null }): void {
  if (held?.subscription !== undefined) ctx.loaders.subscriptionByOrder.prime(order.id, held.subscription);
  else if (!order.customerOrganization) ctx.loaders.subscriptionByOrder.prime(order.id, null);
  if (held?.organization) ctx.loaders.organizationById.prime(held.organization.id, held.organization);
}

/** The order was cancelled (by CCW or a rep) or expired: ORDER_CLOSED, with the status as its reason. */
function orderClosed(order: Order, field?: string[]) {
  return userError(
    UserErrorCode.ORDER_CLOSED,
    order.status === OrderStatus.CANCELLED
      ? 'This order was cancelled: there is nothing to set up. Ask whoever placed the order, or your Cisco representative.'
      : 'This order expired because its setup was not finished in time. Ask your Cisco representative.',
    field,
    { reason: order.status === OrderStatus.CANCELLED ? 'CANCELLED' : 'EXPIRED' },
  );
}

export class SetupService {
  constructor(
    private readonly links: SetupLinkService,
    private readonly lifecycle: OrderLifecycle,
    private readonly limiter: RateLimiter,
    private readonly completion: OrderSetupCompletion,
  ) {
    this.stepDependencies = { links, lifecycle, completion };
  }

  private readonly stepDependencies: StepDependencies;

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
        if (order.status === OrderStatus.SET_UP) {
          // Past step 8 and not provisioned: whoever completed step 8 gets a fresh link back to the
          // service setup (no password needed); anyone else's old link cannot ask for it.
          const finisher = await this.links.finisherOf(em, order);
          if (finisher && finisher.email === link.recipientEmail) {
            await this.links.issueSetupLink(scopeOf(ctx, em, now), order, finisher.email, { audience: finisher.audience });
            return;
          }
        }
        assertOpenForSetup(order, field);
        if (order.linkExpiresAt && order.linkExpiresAt <= now)
          throw userError(UserErrorCode.ORDER_CLOSED, 'The order is expired; nothing more can change', field);
        const holder = holderOf(order);
        if (link.recipientEmail !== holder.email) {
          throw userError(UserErrorCode.TOKEN_EXPIRED, 'This order’s setup is now with someone else; your link no longer works.', field, {
            reason: 'HOLDER_CHANGED',
          });
        }
        await this.links.issueSetupLink(scopeOf(ctx, em, now), order, holder.email, { audience: holder.audience, revokeAllOthers: true, keepDeadline: true });
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
      if (isClosed(order)) throw orderClosed(order, ['input', 'token']);
      if (link.revokedAt || link.usedAt || link.expiresAt <= now) {
        throw userError(UserErrorCode.TOKEN_EXPIRED, 'This Set up now link has expired or was replaced by a newer one.', ['input', 'token']);
      }
      if (isSetUp(order)) {
        // Whoever completed step 8 with this link comes back to the service setup, until Provision.
        const resumed = order.status === OrderStatus.SET_UP ? await this.resumeAfterStep8(scopeOf(ctx, em, now), link, order, sessionToken) : null;
        if (resumed) return resumed;
        throw userError(UserErrorCode.ORDER_ALREADY_SET_UP, 'This order is already set up. Continue in your organization’s administration tools.', [
          'input',
          'token',
        ]);
      }
      if (order.status === OrderStatus.ON_HOLD) {
        throw userError(UserErrorCode.ORDER_ON_HOLD, 'This order is on hold. Your Cisco representative will contact you.', ['input', 'token']);
      }

      order.activityAt = now;
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
      await this.lifecycle.transition(scopeOf(ctx, em, now), order, OrderStatus.SETUP_IN_PROGRESS, {
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
  private async resumeAfterStep8(tx: TxScope, link: SetupLink, order: Order, sessionToken: string): Promise<SetupSession | null> {
    const { em, now } = tx;
    // The person who completed step 8 may come back with any link of theirs for this order (the
    // reminder and "send me a new link" issue fresh ones): their sessions, on any of their links.
    const sessions = await em.find(
      SetupSession,
      { order, link: { recipientEmail: link.recipientEmail, kind: LinkKind.SETUP } },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
    const done = sessions.find((s) => s.completedSteps.includes(SetupStep.REVIEW_ORDER));
    if (!done) return null;
    for (const old of sessions) if (!old.revokedAt) old.revokedAt = now;
    order.activityAt = now;
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
    audit(tx, {
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

  // ── Steps 3–9: the table of handlers (wizard-steps.ts) ─────────────────────────────────────

  /**
   * Runs wizard step `step` with its input: the handler checks the input, then does its work in the
   * step's transaction (`step`), with the session and the order locked. A race lost to another request
   * on a unique index answers that index's user error (db/migrations/constraints.ts).
   */
  async runStep<S extends WizardStep>(ctx: RequestContext, step: S, input: StepInputs[S]): Promise<SetupSession> {
    const work = await STEP_HANDLERS[step](input, this.stepDependencies);
    try {
      return await this.step(ctx, step, work);
    } catch (error) {
      throw userErrorForConstraint(error) ?? error;
    }
  }

  // ── Shared machinery ─────────────────────────────────────────────────────────────────────

  /**
   * Runs one wizard step in one transaction, with the session and the order locked: checks that
   * the session is alive, the order can go on and the step is allowed now; then records the step: the session's
   * and the order's changes with the step's audit event, in one statement (`endStep`, step-end.ts).
   */
  private async step(ctx: RequestContext, step: SetupStep, work: StepWork): Promise<SetupSession> {
    const now = ctx.clock.now();
    let held: { order: Order; subscription?: Subscription; organization?: Organization } | undefined;
    const answer = await ctx.em.transactional(async (em) => {
      const { session, order, link } = await this.lockedStep(ctx, em, now);
      if (link.revokedAt) throw userError(UserErrorCode.SESSION_EXPIRED, 'Your setup session has ended: its Set up now link was replaced or withdrawn.');
      this.assertOrderCanGoOn(order, session, step);
      if (!stepAllowed(session.nextStep, session.completedSteps, step)) {
        throw userError(UserErrorCode.STEP_NOT_ALLOWED, `This step is not available now. The next step is ${session.nextStep}.`);
      }
      const rewound = rewindTo(session.completedSteps, session.draft, step);
      session.completedSteps = rewound.completed;
      session.draft = rewound.draft;
      const before = session.nextStep;
      const endAudit: AuditChange[] = [];
      const scope: StepScope = { em, session, order, link, now, actor: actorOf(ctx), endAudit };
      const next = await work(scope).catch(sessionSafe);
      session.completedSteps = [...session.completedSteps, step];
      session.nextStep = next;
      session.lastActiveAt = now;
      session.expiresAt = this.expiryFrom(now, link);
      order.activityAt = now;
      await endStep(scopeOf(ctx, em, now), {
        rows: [order, session],
        audit: [
          ...endAudit,
          {
            action: `setup.${step.toLowerCase()}`,
            targetType: 'SetupSession',
            targetId: session.id,
            orderId: order.id,
            before: { nextStep: before },
            after: { nextStep: next, role: session.role ?? null, owner: session.owner ?? null },
          },
        ],
      });
      held = { order, ...scope.held };
      return session;
    });
    if (held) primeStepAnswer(ctx, held.order, held);
    return answer;
  }

  /**
   * The bearer's session with its order and link (with `service`, the subscription and its customer
   * organization too), locked by one statement (`step-rows.ts`); SESSION_EXPIRED when the session was
   * replaced or timed out, ORDER_CLOSED when its order was cancelled or expired meanwhile.
   */
  async lockedStep(ctx: RequestContext, em: EntityManager, now: Date, options: { service?: boolean } = {}): Promise<LockedStepRows> {
    const rows = ctx.viewer?.kind === ViewerKind.SETUP_SESSION ? await lockStepRows(em, ctx.viewer.id, options) : null;
    if (!rows) throw userError(UserErrorCode.SESSION_EXPIRED, 'Your setup session has ended. Open your Set up now link again.');
    if (rows.session.revokedAt || rows.session.expiresAt <= now) {
      // An order that was cancelled or expired says so, rather than "open your link again".
      if (isClosed(rows.order)) throw orderClosed(rows.order);
      throw userError(
        UserErrorCode.SESSION_EXPIRED,
        'Your setup session has ended (the link was opened again, or it was idle too long). Open your Set up now link again.',
      );
    }
    return rows;
  }

  private assertOrderCanGoOn(order: Order, session: SetupSession, step: SetupStep): void {
    if (order.status === OrderStatus.ON_HOLD)
      throw userError(UserErrorCode.ORDER_ON_HOLD, 'This order is on hold. Your Cisco representative will contact you.');
    if (isClosed(order)) throw orderClosed(order);
    if (isSetUp(order) && DRAFT_STEPS.includes(step)) {
      throw userError(UserErrorCode.ORDER_ALREADY_SET_UP, 'This order is already set up.');
    }
    if (FINAL_STEPS.includes(session.nextStep) && session.nextStep !== SetupStep.DONE) {
      throw userError(UserErrorCode.STEP_NOT_ALLOWED, `This setup session has ended (${session.nextStep}).`);
    }
  }

  private expiryFrom(now: Date, link: SetupLink): Date {
    return new Date(Math.min(now.getTime() + SESSION_IDLE_MS, link.expiresAt.getTime()));
  }

  /** Organizations to suggest at CONFIRM_CUSTOMER_ORGANIZATION (the directory's rule). */
  candidates(em: EntityManager, session: SetupSession, order: Order, link: SetupLink): Promise<Organization[]> {
    return candidateOrganizations(em, session, order, link);
  }
}
