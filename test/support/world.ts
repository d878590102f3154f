import { SYSTEM_ACTOR } from '../../server/common/tx-scope.js';
import { RepRole } from '../../server/auth/rep.entity.js';
import { EscalationKind } from '../../server/escalations/escalation.entity.js';
import { Order } from '../../server/orders/order.entity.js';
import { OrganizationKind } from '../../server/organizations/organization.entity.js';
import { User } from '../../server/organizations/user.entity.js';
import { OutboxMessage } from '../../server/outbox/outbox-message.entity.js';
import { SetupSession } from '../../server/setup/setup-session.entity.js';
import { Subscription } from '../../server/subscriptions/subscription.entity.js';
import type { TestApp } from './app.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, unique } from './factories.js';
import { CALLING, CUSTOMER_ORGANIZATION, MEETINGS, STRONG_PASSWORD, Wizard } from './wizard.js';

/** The latest Set up now link emailed to `recipient` (hand-overs issue links only by email). */
export async function emailedLinkToken(app: TestApp, recipient: string): Promise<string> {
  const [message] = await app.em().find(OutboxMessage, { recipient, template: 'SETUP_LINK' }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 });
  return /token=(phs_[\w-]+)/.exec(message.text)![1];
}

/**
 * Two partners and their customers, with every kind of principal, built once over HTTP through the
 * real wizard (and factories for people and keys):
 * - partner A (its CCW account `partnerAccountId`) manages customer C1: order O1 set up (subscription
 *   S1, settings not saved), order O1b set up and provisioned (S1b);
 * - order "self" of partner A was handed to its customer, who set up C2 (S2) alone: the partner must
 *   see the order but nothing of C2;
 * - order "colleague" of partner A was handed to a colleague, whose setup session is a principal;
 * - partner B has an order of its own;
 * - setup sessions that timed out or were replaced by a re-opened link;
 * - spare orders for the operations that change things (contact change, escalations, startSetup).
 */
export async function buildWorld(app: TestApp) {
  const wizard = new Wizard(app);
  const em = () => app.em();
  const partnerAccountA = unique('PA-A-');
  const partnerAccountB = unique('PA-B-');
  const partnerA = await createOrganization(em(), { kind: OrganizationKind.PARTNER, name: 'Rossi Networks', partnerAccountId: partnerAccountA });
  const partnerB = await createOrganization(em(), { kind: OrganizationKind.PARTNER, name: 'Bianchi Telecom', partnerAccountId: partnerAccountB });
  const partnerAUser = await createUser(em(), partnerA, 'admin@rossi.example', STRONG_PASSWORD);
  const partnerBUser = await createUser(em(), partnerB, 'admin@bianchi.example', STRONG_PASSWORD);
  const now = app.clock.now();

  // O1: partner A reviews its organization and creates customer C1 with a new administrator.
  const o1 = await wizard.orderWithLink({ partnerAccountId: partnerAccountA });
  const o1Session = await wizard.toReview(o1.token, 'it-admin@acme.example');
  await wizard.ok(o1Session, 'completeOrderSetup');
  const customerAdminUser = await em().findOneOrFail(User, { email: 'it-admin@acme.example' });
  const c1 = customerAdminUser.organization.id;
  const s1 = (await em().findOneOrFail(Subscription, { order: o1.orderId })).id;

  // O1b: a second order for C1 (the administrator is verified), provisioned to the end.
  const o1b = await wizard.orderWithLink({ partnerAccountId: partnerAccountA });
  const o1bSession = await wizard.toReview(o1b.token, 'it-admin@acme.example');
  await wizard.ok(o1bSession, 'completeOrderSetup');
  await wizard.ok(o1bSession, 'saveCallingSettings', CALLING);
  await wizard.ok(o1bSession, 'saveMeetingSettings', MEETINGS);
  await wizard.ok(o1bSession, 'saveEnterpriseSettings', { subdomain: 'matrixacme' });
  await wizard.ok(o1bSession, 'provisionSubscription');
  const s1b = (await em().findOneOrFail(Subscription, { order: o1b.orderId })).id;

  // "self": partner A hands the order to the customer, who creates C2 and sets a password.
  const self = await wizard.orderWithLink({ partnerAccountId: partnerAccountA });
  const selfPartner = await wizard.start(self.token);
  await wizard.ok(selfPartner.sessionToken, 'chooseRole', { role: 'PARTNER' });
  await wizard.ok(selfPartner.sessionToken, 'chooseSetupOwner', { owner: 'CUSTOMER', email: 'boss@selfco.example' });
  const selfCustomer = await wizard.start(await emailedLinkToken(app, 'boss@selfco.example'));
  await wizard.ok(selfCustomer.sessionToken, 'chooseRole', { role: 'CUSTOMER' });
  await wizard.ok(selfCustomer.sessionToken, 'confirmCustomerOrganization', { newOrganization: { ...CUSTOMER_ORGANIZATION, name: 'SelfCo' } });
  await wizard.ok(selfCustomer.sessionToken, 'completeOrderSetup');
  await wizard.ok(selfCustomer.sessionToken, 'setPassword', { password: STRONG_PASSWORD });
  const selfAdmin = await em().findOneOrFail(User, { email: 'boss@selfco.example' });
  const c2 = selfAdmin.organization.id;
  const s2 = (await em().findOneOrFail(Subscription, { order: self.orderId })).id;

  // "colleague": partner A hands the order to a colleague, who opens the link.
  const colleagueOrder = await wizard.orderWithLink({ partnerAccountId: partnerAccountA });
  const handing = await wizard.start(colleagueOrder.token);
  await wizard.ok(handing.sessionToken, 'chooseRole', { role: 'PARTNER' });
  await wizard.ok(handing.sessionToken, 'chooseSetupOwner', { owner: 'COLLEAGUE', email: 'colleague@rossi.example' });
  const colleagueLink = await emailedLinkToken(app, 'colleague@rossi.example');
  const colleague = (await wizard.start(colleagueLink)).sessionToken;

  // Sessions that ended: one idle past its expiry, one replaced by re-opening its link.
  const expiredOrder = await wizard.orderWithLink({ partnerAccountId: partnerAccountA });
  const expiredSession = (await wizard.start(expiredOrder.token)).sessionToken;
  await em().nativeUpdate(SetupSession, { order: expiredOrder.orderId }, { expiresAt: new Date(now.getTime() - 60_000) });
  const revokedOrder = await wizard.orderWithLink({ partnerAccountId: partnerAccountA });
  const revokedSession = (await wizard.start(revokedOrder.token)).sessionToken;
  await wizard.start(revokedOrder.token);

  const orderB = await wizard.orderWithLink({ partnerAccountId: partnerAccountB });
  const contactOrder = await wizard.orderWithLink({ partnerAccountId: partnerAccountA });
  const startOrder = await wizard.orderWithLink({ partnerAccountId: partnerAccountA });

  // Open escalations: one for the rep to resolve, one for the admin, one to work on (assign, notes, contact).
  const escalationIds: string[] = [];
  for (let i = 0; i < 3; i++) {
    const { orderId } = await wizard.orderWithLink({ partnerAccountId: partnerAccountB });
    await app.orm.em.fork().transactional(async (tx) => {
      const escalation = await app.services.escalations.open(
        { em: tx, actor: SYSTEM_ACTOR, now },
        await tx.findOneOrFail(Order, orderId),
        EscalationKind.OVERDUE_PROVISIONING,
      );
      escalationIds.push(escalation!.id);
    });
  }

  // Orders a rep and an admin cancel.
  const cancelForRep = await wizard.orderWithLink({ partnerAccountId: partnerAccountB });
  const cancelForAdmin = await wizard.orderWithLink({ partnerAccountId: partnerAccountB });

  const rep = await createRep(em(), { role: RepRole.REP });
  const spareRep = await createRep(em(), { role: RepRole.REP });
  const admin = await createRep(em(), { role: RepRole.ADMIN });
  const loginOf = (who: { rep?: typeof rep; user?: User }) => () => loginToken(em(), who, app.clock.now());

  return {
    wizard,
    partnerA: {
      id: partnerA.id,
      accountId: partnerAccountA,
      user: partnerAUser,
      login: await loginOf({ user: partnerAUser })(),
      fresh: loginOf({ user: partnerAUser }),
    },
    partnerB: {
      id: partnerB.id,
      accountId: partnerAccountB,
      user: partnerBUser,
      login: await loginOf({ user: partnerBUser })(),
      fresh: loginOf({ user: partnerBUser }),
    },
    customerAdmin: {
      organizationId: c1,
      user: customerAdminUser,
      login: await loginOf({ user: customerAdminUser })(),
      fresh: loginOf({ user: customerAdminUser }),
    },
    selfSetupAdmin: { organizationId: c2, user: selfAdmin, login: await loginOf({ user: selfAdmin })() },
    rep: { rep, login: await loginOf({ rep })(), fresh: loginOf({ rep }) },
    admin: { rep: admin, login: await loginOf({ rep: admin })(), fresh: loginOf({ rep: admin }) },
    intakeKey: await createApiKey(em(), ['orders:write']),
    schedulerKey: await createApiKey(em(), ['orders:overdue:read']),
    colleague: {
      session: colleague,
      link: colleagueLink,
      orderId: colleagueOrder.orderId,
      fresh: async () => (await wizard.start(colleagueLink)).sessionToken,
    },
    expiredSession,
    revokedSession,
    orders: {
      o1: o1.orderId,
      o1b: o1b.orderId,
      self: self.orderId,
      colleague: colleagueOrder.orderId,
      b: orderB.orderId,
      contact: contactOrder.orderId,
      start: startOrder.orderId,
    },
    startLink: startOrder.token,
    organizations: { c1, c2 },
    subscriptions: { s1, s1b, s2 },
    escalations: { forRep: escalationIds[0], forAdmin: escalationIds[1], work: escalationIds[2] },
    cancel: { forRep: cancelForRep.orderId, forAdmin: cancelForAdmin.orderId },
    spareRep: spareRep.id,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/**
 * A fingerprint of every table's content (except the rate limiter's counters, which count refused
 * attempts by design, and the addresses accounts signed in from, and the migrations table): a request that must change nothing leaves it equal.
 */
export async function databaseFingerprint(app: TestApp): Promise<Record<string, string>> {
  const connection = app.em().getConnection();
  const tables = await connection.execute<{ table_name: string }[]>(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('mikro_orm_migrations', 'rate_limit_points', 'login_known_address')
      order by table_name`,
  );
  // Order-independent (a sum of row hashes), so no sort: cheap enough to take around every request.
  const parts = tables.map(
    ({ table_name }) => `select '${table_name}' as t, count(*)::int || ':' || coalesce(sum(hashtextextended(x::text, 0)), 0) as f from "${table_name}" x`,
  );
  const rows = await connection.execute<{ t: string; f: string }[]>(parts.join(' union all '));
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}

/** The tables whose content differs between two fingerprints. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]).sort();
}
