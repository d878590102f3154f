import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditChange } from '../audit/audit.js';
import { scopeOf } from '../common/tx-scope.js';
import { ViewerKind } from '../auth/viewer.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { InputValidator, isUuid } from '../common/validation.js';
import { userErrorForConstraint } from '../db/migrations/constraints.js';
import type { RequestContext } from '../common/request-context.js';
import { Order } from '../orders/order.entity.js';
import type { OrderLifecycle } from '../orders/order-lifecycle.js';
import { ServiceKind } from '../orders/service-line.js';
import { Organization } from '../organizations/organization.entity.js';
import { SetupStep } from '../setup/setup-enums.js';
import type { SetupSession } from '../setup/setup-session.entity.js';
import { primeStepAnswer, sessionSafe, type SetupService } from '../setup/setup.service.js';
import { endStep } from '../setup/step-end.js';
import { checkSubdomainForm, SUBDOMAIN_MESSAGES } from './subdomain.js';
import { Subscription, SubscriptionStatus, type CallingSettings, type MeetingSettings } from './subscription.entity.js';
import { provisionSubscription } from './subscription-provisioning.js';

const rethrow = (error: unknown): never => {
  throw error;
};

export enum MissingSetting {
  ENTERPRISE_SETTINGS = 'ENTERPRISE_SETTINGS',
  CALLING_SETTINGS = 'CALLING_SETTINGS',
  MEETING_SETTINGS = 'MEETING_SETTINGS',
}

/** What provisioning still needs: enterprise settings always, calling with CALLING, meetings with MEETINGS. */
export function missingSettings(
  subscription: Pick<Subscription, 'services' | 'callingSettings' | 'meetingSettings'>,
  organization: Pick<Organization, 'subdomain'>,
): MissingSetting[] {
  const bought = (kind: ServiceKind) => subscription.services.some((s) => s.kind === kind);
  const missing: MissingSetting[] = [];
  if (!organization.subdomain) missing.push(MissingSetting.ENTERPRISE_SETTINGS);
  if (bought(ServiceKind.CALLING) && !subscription.callingSettings) missing.push(MissingSetting.CALLING_SETTINGS);
  if (bought(ServiceKind.MEETINGS) && !subscription.meetingSettings) missing.push(MissingSetting.MEETING_SETTINGS);
  return missing;
}

/** Who is acting on which subscription, locked for the change. */
interface Target {
  em: EntityManager;
  subscription: Subscription;
  organization: Organization;
  order: Order;
  session: SetupSession | null;
  now: Date;
  /** The change's audit rows, written with the change's end (`endStep`, setup/step-end.ts). */
  endAudit: AuditChange[];
}

/** The calling settings as a client sends them: the main number may be left out. */
export type CallingSettingsInput = Omit<CallingSettings, 'mainNumber'> & { mainNumber?: string | null };

export interface SubdomainAvailability {
  subdomain: string;
  available: boolean;
  reason: UserErrorCode | null;
  message: string | null;
}

/**
 * Step 10, the service setup wizard. It acts on the bearer's setup session (after step 8) or, with a
 * login token, on `subscriptionId` of an organization the administrator manages. Settings are saved
 * as they are entered; provisioning starts billing once.
 */
export class ServiceSetupService {
  constructor(
    private readonly setup: SetupService,
    private readonly lifecycle: OrderLifecycle,
  ) {}

  saveCallingSettings(ctx: RequestContext, input: CallingSettingsInput & { subscriptionId?: string | null }) {
    const v = new InputValidator();
    const settings: CallingSettings = {
      locationName: v.text('locationName', input.locationName, { max: 100, label: 'The location name' }),
      address: v.text('address', input.address, { max: 200, label: 'The address' }),
      city: v.text('city', input.city, { max: 100, label: 'The city' }),
      postalCode: v.text('postalCode', input.postalCode, {
        max: 20,
        label: 'The postal code',
        pattern: /^[A-Za-z0-9][A-Za-z0-9 -]*$/,
        patternHint: 'may contain only letters, digits, spaces and dashes',
      }),
      country: v.country('country', input.country),
      timeZone: v.timeZone('timeZone', input.timeZone),
      announcementLanguage: v.language('announcementLanguage', input.announcementLanguage),
      emailLanguage: v.language('emailLanguage', input.emailLanguage),
      mainNumber: v.optionalText('mainNumber', input.mainNumber, {
        max: 16,
        label: 'The main number',
        pattern: /^\+[1-9]\d{6,14}$/,
        patternHint: 'must be in international format, such as +390212345678',
      }),
    };
    v.done();
    return this.change(ctx, input.subscriptionId, async ({ subscription, order, endAudit }) => {
      this.requireService(subscription, ServiceKind.CALLING, 'Calling');
      const before = subscription.callingSettings ?? null;
      subscription.callingSettings = settings;
      endAudit.push({
        action: 'subscription.calling_settings_saved',
        targetType: 'Subscription',
        targetId: subscription.id,
        orderId: order.id,
        before: { callingSettings: before },
        after: { callingSettings: settings },
      });
    });
  }

  saveMeetingSettings(ctx: RequestContext, input: { subscriptionId?: string | null; siteName: string; timeZone: string; language: string }) {
    const v = new InputValidator();
    const siteName = v
      .text('siteName', input.siteName, {
        max: 63,
        label: 'The site name',
        pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/,
        patternHint: 'may contain only letters, digits and inner dashes',
      })
      .toLowerCase();
    const settings: MeetingSettings = {
      siteName,
      siteUrl: `${siteName}.webex.com`,
      timeZone: v.timeZone('timeZone', input.timeZone),
      language: v.language('language', input.language),
    };
    v.done();
    return this.change(ctx, input.subscriptionId, async ({ subscription, order, endAudit }) => {
      this.requireService(subscription, ServiceKind.MEETINGS, 'Meetings');
      const before = subscription.meetingSettings ?? null;
      subscription.meetingSettings = settings;
      endAudit.push({
        action: 'subscription.meeting_settings_saved',
        targetType: 'Subscription',
        targetId: subscription.id,
        orderId: order.id,
        before: { meetingSettings: before },
        after: { meetingSettings: settings },
      });
    });
  }

  /** Claims the subdomain: the database's unique index decides a race, and the loser hears SUBDOMAIN_TAKEN. */
  async saveEnterpriseSettings(ctx: RequestContext, input: { subscriptionId?: string | null; subdomain: string }) {
    const { subdomain, problem } = checkSubdomainForm(input.subdomain ?? '');
    if (problem) throw userError(problem, SUBDOMAIN_MESSAGES[problem], ['input', 'subdomain']);
    try {
      return await this.change(ctx, input.subscriptionId, async ({ em, organization, subscription, order, now, endAudit }) => {
        const before = organization.subdomain ?? null;
        // The freeze is the organization's: once any of its subscriptions is provisioned, its subdomain is live.
        if (before && (await em.count(Subscription, { customerOrganization: organization, status: SubscriptionStatus.ACTIVE }))) {
          if (before === subdomain) return;
          throw userError(
            UserErrorCode.STEP_NOT_ALLOWED,
            `${organization.name} is already provisioned with the subdomain ${before}; change it in Control Hub.`,
            ['input', 'subdomain'],
          );
        }
        organization.subdomain = subdomain;
        organization.updatedAt = now;
        endAudit.push({
          action: 'organization.subdomain_saved',
          targetType: 'Organization',
          targetId: organization.id,
          orderId: order.id,
          before: { subdomain: before },
          after: { subdomain, sipDomain: `${subdomain}.calls.webex.com`, subscriptionId: subscription.id },
        });
      });
    } catch (error) {
      // Another organization claimed it meanwhile: organization_subdomain_unique (db/migrations/constraints.ts).
      throw userErrorForConstraint(error) ?? error;
    }
  }

  /** "Check availability": answers without reserving anything. */
  async checkSubdomainAvailability(ctx: RequestContext, raw: string): Promise<SubdomainAvailability> {
    const { subdomain, problem } = checkSubdomainForm(raw ?? '');
    if (problem) return { subdomain, available: false, reason: problem, message: SUBDOMAIN_MESSAGES[problem] };
    const holder = await ctx.em.findOne(Organization, { subdomain });
    const own = holder && (await this.viewerOrganizationIds(ctx)).includes(holder.id);
    if (holder && !own) {
      return { subdomain, available: false, reason: UserErrorCode.SUBDOMAIN_TAKEN, message: SUBDOMAIN_MESSAGES[UserErrorCode.SUBDOMAIN_TAKEN] };
    }
    return { subdomain, available: true, reason: null, message: null };
  }

  /**
   * "Provision": activates the subscription and starts billing for every purchased service, once.
   * The subscription row is locked, so concurrent calls agree on one `billingStartedAt`.
   */
  provision(ctx: RequestContext, input: { subscriptionId?: string | null }) {
    return this.change(
      ctx,
      input.subscriptionId,
      async ({ em, subscription, organization, order, session, now }) => {
        if (subscription.status === SubscriptionStatus.ACTIVE) return;
        const missing = missingSettings(subscription, organization);
        if (missing.length) {
          throw userError(UserErrorCode.SETTINGS_INCOMPLETE, `Save these settings before provisioning: ${missing.join(', ')}.`, undefined, { missing });
        }
        if (session) {
          session.completedSteps = [...session.completedSteps, SetupStep.SERVICE_SETUP];
          session.nextStep = SetupStep.DONE;
        }
        await provisionSubscription(this.lifecycle, scopeOf(ctx, em, now), order, subscription);
      },
      { allowDone: true },
    );
  }

  private requireService(subscription: Subscription, kind: ServiceKind, label: string): void {
    if (!subscription.services.some((s) => s.kind === kind)) {
      throw userError(UserErrorCode.STEP_NOT_ALLOWED, `${label} was not purchased with this order.`, undefined, { reason: 'NOT_PURCHASED', service: label });
    }
  }

  /**
   * Finds, authorizes and locks the target subscription, runs the change, and returns what the payload shows. The
   * session's, order's, subscription's and organization's changes are written with the change's audit rows
   * (`endAudit`) in one statement (`endStep`, setup/step-end.ts).
   */
  private async change(
    ctx: RequestContext,
    subscriptionId: string | null | undefined,
    work: (target: Target) => Promise<void>,
    options: { allowDone?: boolean } = {},
  ): Promise<{ session: SetupSession | null; subscription: Subscription }> {
    const now = ctx.clock.now();
    let held: { order: Order; subscription: Subscription; organization: Organization } | undefined;
    const answer = await ctx.em.transactional(async (em) => {
      let session: SetupSession | null = null;
      let subscription: Subscription | null;
      let locked: { order: Order; organization: Organization } | null = null;
      if (ctx.viewer?.kind === ViewerKind.SETUP_SESSION) {
        // The session, its order, subscription and customer organization: locked by one statement.
        const rows = await this.setup.lockedStep(ctx, em, now, { service: true });
        session = rows.session;
        const allowed = session.nextStep === SetupStep.SERVICE_SETUP || (options.allowDone && session.nextStep === SetupStep.DONE);
        if (!allowed) {
          throw userError(UserErrorCode.STEP_NOT_ALLOWED, `The service setup is not available now. The next step is ${session.nextStep}.`, undefined, {
            nextStep: session.nextStep,
          });
        }
        subscription = rows.subscription ?? null;
        if (rows.organization) locked = { order: rows.order, organization: rows.organization };
        session.lastActiveAt = now;
      } else {
        if (!subscriptionId) throw userError(UserErrorCode.INVALID_INPUT, 'Name the subscription to set up', ['input', 'subscriptionId']);
        subscription = await this.visibleSubscription(ctx, em, subscriptionId, true);
      }
      if (!subscription) throw userError(UserErrorCode.NOT_FOUND, 'No such subscription', ['input', 'subscriptionId']);
      // Already locked and loaded for a setup session; locked here for the others.
      const order = locked?.order ?? (await em.findOneOrFail(Order, subscription.order.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }));
      const organization =
        locked?.organization ??
        (await em.findOneOrFail(Organization, subscription.customerOrganization.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }));
      if (subscription.status === SubscriptionStatus.ACTIVE && !options.allowDone) {
        throw userError(UserErrorCode.STEP_NOT_ALLOWED, 'This subscription is already provisioned; change its settings in Control Hub.', undefined, {
          reason: 'PROVISIONED',
        });
      }
      // Any act on an unprovisioned order's setup restarts its idle clock (reminder, stalled escalation).
      order.activityAt = now;
      const endAudit: AuditChange[] = [];
      await work({ em, subscription, organization, order, session, now, endAudit }).catch(session ? sessionSafe : rethrow);
      await endStep(scopeOf(ctx, em, now), { rows: [order, subscription, organization, session], audit: endAudit });
      held = { order, subscription, organization };
      return { session, subscription };
    });
    if (held) primeStepAnswer(ctx, held.order, held);
    return answer;
  }

  /** A subscription an administrator may set up: their own customer organization's, or one their partner organization manages. */
  async visibleSubscription(ctx: RequestContext, em: EntityManager, id: string, lock = false): Promise<Subscription | null> {
    if (!isUuid(id)) return null;
    const organizations = await this.viewerOrganizationIds(ctx, em);
    if (ctx.viewer?.kind === ViewerKind.REP || ctx.viewer?.kind === ViewerKind.ADMIN) {
      return em.findOne(Subscription, id, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
    }
    if (!organizations.length) return null;
    return em.findOne(Subscription, { id, customerOrganization: { $in: organizations } }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
  }

  /** Customer organizations the viewer administers: its own, or (partners) those it manages. */
  private async viewerOrganizationIds(ctx: RequestContext, em: EntityManager = ctx.em): Promise<string[]> {
    const viewer = ctx.viewer;
    if (!viewer) return [];
    if (viewer.kind === ViewerKind.SETUP_SESSION) {
      const session = viewer.setupSessionExpired ? null : await this.setup.current(ctx);
      const order = session ? await em.findOne(Order, session.order.id) : null;
      return order?.customerOrganization ? [order.customerOrganization.id] : [];
    }
    if (viewer.kind === ViewerKind.CUSTOMER_ADMIN) return viewer.organizationId ? [viewer.organizationId] : [];
    if (viewer.kind === ViewerKind.PARTNER_ADMIN) {
      const managed = await em.find(Organization, { managingPartner: viewer.organizationId }, { fields: ['id'] });
      return managed.map((o) => o.id);
    }
    return [];
  }
}
