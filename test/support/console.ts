import type { EntityManager } from '@mikro-orm/postgresql';
import { SYSTEM_ACTOR } from '../../server/common/tx-scope.js';
import { hashToken, generateToken } from '../../server/common/tokens.js';
import { Escalation, EscalationKind } from '../../server/escalations/escalation.entity.js';
import { OrderStatus } from '../../server/orders/order-status.js';
import { Order } from '../../server/orders/order.entity.js';
import { fingerprint, normaliseOrderInput, orderSchedule } from '../../server/orders/order.service.js';
import type { PlaceOrderInput } from '../../server/orders/order.types.js';
import type { Organization } from '../../server/organizations/organization.entity.js';
import { LinkAudience, SetupStep } from '../../server/setup/setup-enums.js';
import { SetupLink } from '../../server/setup/setup-link.entity.js';
import { SetupSession } from '../../server/setup/setup-session.entity.js';
import { Subscription, SubscriptionStatus } from '../../server/subscriptions/subscription.entity.js';
import type { TestApp } from './app.js';
import { orderInput } from './factories.js';

/** Test data for the reps' console: orders in a given state, with the rows that state implies. */

export async function createOrder(
  app: TestApp,
  options: {
    input?: Record<string, unknown>;
    placedAt?: Date;
    status?: OrderStatus;
    partnerOrganization?: Organization;
    customerOrganization?: Organization;
  } = {},
): Promise<Order> {
  const em = app.em();
  const normalised = normaliseOrderInput(orderInput(options.input) as unknown as PlaceOrderInput);
  const placedAt = options.placedAt ?? app.clock.now();
  const order = em.create(Order, {
    ...normalised,
    intakeFingerprint: fingerprint(normalised),
    ...orderSchedule(normalised.requestedStartDate, normalised.timeZone, 0),
    status: options.status ?? OrderStatus.PLACED,
    partnerOrganization: options.partnerOrganization,
    customerOrganization: options.customerOrganization,
    createdAt: placedAt,
    updatedAt: placedAt,
  });
  await em.persist(order).flush();
  return order;
}

/** An order whose Set up now link went out (AWAITING_SETUP), to `recipient` for `audience`. */
export async function orderAwaitingSetup(app: TestApp, options: Parameters<typeof createOrder>[1] & { recipient?: string; audience?: LinkAudience } = {}) {
  const order = await createOrder(app, options);
  await app.em().transactional(async (em) => {
    const managed = await em.findOneOrFail(Order, order.id);
    await app.services.links.issueSetupLink({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, managed, options.recipient ?? managed.provisioningContactEmail, {
      audience: options.audience,
    });
  });
  return app.em().findOneOrFail(Order, order.id);
}

/** The order went on hold in the wizard (the organization was not recognized) and an escalation was opened. */
export async function orderOnHold(
  app: TestApp,
  kind: EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION | EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION,
  options: Parameters<typeof orderAwaitingSetup>[1] & { underReview?: Organization } = {},
): Promise<{ order: Order; escalation: Escalation }> {
  const waiting = await orderAwaitingSetup(app, options);
  const now = app.clock.now();
  const escalationId = await app.em().transactional(async (em) => {
    const order = await em.findOneOrFail(Order, waiting.id);
    const link = await em.findOneOrFail(SetupLink, { order }, { orderBy: { createdAt: 'desc' } });
    em.create(SetupSession, {
      tokenHash: hashToken(generateToken('setup')),
      link,
      order,
      nextStep: SetupStep.ON_HOLD,
      draft:
        kind === EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION
          ? { owner: { partnerOrganizationId: options.underReview?.id } }
          : { customerAdministrator: { email: 'it@customer.example', organizationId: options.underReview?.id } },
      lastActiveAt: now,
      expiresAt: new Date(now.getTime() + 3_600_000),
      createdAt: now,
    });
    order.status = OrderStatus.SETUP_IN_PROGRESS;
    order.setupStartedAt = now;
    order.status = OrderStatus.ON_HOLD;
    const escalation = await app.services.escalations.open({ em, actor: SYSTEM_ACTOR, now }, order, kind);
    return escalation!.id;
  });
  return { order: await app.em().findOneOrFail(Order, waiting.id), escalation: await app.em().findOneOrFail(Escalation, escalationId) };
}

/** An overdue order (link sent, nobody started, past the day after its start date) with its escalation. */
export async function overdueOrder(app: TestApp, options: Parameters<typeof orderAwaitingSetup>[1] & { openedAt?: Date } = {}) {
  // Overdue a full day after its first email went out (#22): placed three days ago, so it is overdue now.
  const now = app.clock.now();
  app.clock.set(new Date(now.getTime() - 3 * 86_400_000));
  const order = await orderAwaitingSetup(app, { ...options, input: { requestedStartDate: '2026-11-20', timeZone: 'UTC', ...options.input } }).finally(() =>
    app.clock.set(now),
  );
  const escalation = await app.em().transactional(async (em) => {
    const managed = await em.findOneOrFail(Order, order.id);
    return app.services.escalations.open({ em, actor: SYSTEM_ACTOR, now: options.openedAt ?? app.clock.now() }, managed, EscalationKind.OVERDUE_PROVISIONING);
  });
  return { order, escalation: escalation! };
}

/** A set-up order with its pending subscription (or an active one, provisioned). */
export async function orderWithSubscription(
  app: TestApp,
  partner: Organization,
  customer: Organization,
  options: { provisioned?: boolean } = {},
): Promise<{ order: Order; subscription: Subscription }> {
  const now = app.clock.now();
  const order = await createOrder(app, {
    status: options.provisioned ? OrderStatus.PROVISIONED : OrderStatus.SET_UP,
    partnerOrganization: partner,
    customerOrganization: customer,
  });
  const em: EntityManager = app.em();
  const subscription = em.create(Subscription, {
    order: order.id,
    customerOrganization: customer.id,
    status: options.provisioned ? SubscriptionStatus.ACTIVE : SubscriptionStatus.PENDING,
    services: order.services,
    billingStartedAt: options.provisioned ? now : undefined,
    meetingSettings: { siteName: 'acme', siteUrl: 'acme.webex.com', timeZone: 'Europe/Rome', language: 'it' },
    callingSettings: {
      locationName: 'HQ',
      address: 'Via Roma 1',
      city: 'Milano',
      postalCode: '20100',
      country: 'IT',
      timeZone: 'Europe/Rome',
      announcementLanguage: 'it',
      emailLanguage: 'it',
      mainNumber: null,
    },
    createdAt: now,
  });
  await em.persist(subscription).flush();
  return { order, subscription };
}
