import fc from 'fast-check';
import { runDueSetupLinks } from '../../server/jobs/due-setup-links.job.js';
import { runLinkExpiry } from '../../server/jobs/link-expiry.job.js';
import { runOverdueEscalations } from '../../server/jobs/overdue-escalations.job.js';
import { runSetupReminders } from '../../server/jobs/setup-reminders.job.js';
import { runStalledSetups } from '../../server/jobs/stalled-setups.job.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken } from '../support/factories.js';
import { jobDependencies } from '../support/scheduling.js';
import { burnXids, currentXid, nextPowerOfTen } from '../support/xids.js';
import { OrganizationKind } from '../../server/organizations/organization.entity.js';
import { isSharedAddress } from '../../server/setup/shared-addresses.js';

/*
 * The whole journey of orders, driven by a generator against the real product (#22).
 *
 * Commands are what the real actors do: CCW's intake places, amends, cancels, changes the contact and
 * resends; whoever holds a link opens it, walks the wizard with valid or invalid input, hands over,
 * comes back after step 8, or does nothing; reps resolve escalations and resend links; time passes
 * (minutes to weeks, across the daylight-saving changes of October and November) and the sweeps run.
 * Three partners share email domains (one of them webmail) with their customers and with each other.
 *
 * After every command the product's promises are checked as invariants (each `PROMISE_…` below).
 * A failure throws with the promise's name; fast-check shrinks the command list and prints the seed
 * and path, which `npm run simulate -- --seed S --path P` replays.
 */

// ── The world the actors live in ────────────────────────────────────────────────────────────

/** Domains shared across tenants: a webmail domain, the partners' and two customers'. */
export const DOMAINS = ['gmail.example', 'rossi.example', 'bianchi.example', 'acme.example', 'globex.example'] as const;
const LOCAL_PARTS = ['orders', 'it', 'mario', 'giulia', 'luca', 'admin'] as const;
const TIME_ZONES = ['Europe/Rome', 'America/New_York', 'UTC', 'Asia/Kolkata', 'Pacific/Auckland'] as const;
const PARTNERS = [
  { account: 'PA-ROSSI', name: 'Rossi Networks', domain: 'rossi.example' },
  { account: 'PA-BIANCHI', name: 'Bianchi Telecom', domain: 'bianchi.example' },
  { account: 'PA-VERDI', name: 'Verdi Solutions', domain: 'gmail.example' },
] as const;
const CUSTOMERS = ['Acme Italia', 'Globex Srl', 'Initech SpA'] as const;

/** The instant the journeys start: a week before Europe's clocks go back (25 Oct) and three before America's (1 Nov). */
export const JOURNEY_START = '2026-10-18T07:30:00Z';
/** How long an order may sit with nobody told before the journey calls it lost (overdue day + stalled window + sweep slack). */
const TOLD_WITHIN_MS = 6 * 86_400_000;

const CALLING = {
  locationName: 'Sede',
  address: 'Via Roma 1',
  city: 'Milano',
  postalCode: '20100',
  country: 'IT',
  timeZone: 'Europe/Rome',
  announcementLanguage: 'it',
  emailLanguage: 'it',
};

// ── Model and real system ───────────────────────────────────────────────────────────────────

interface OrderModel {
  id: string;
  ccw: string;
  partner: number;
  /** The session token of whoever walks it now, if any. */
  session?: string;
  /** Settings saved through the wizard after step 8: they must read back unchanged. */
  saved: { calling?: string; siteName?: string; subdomain?: string };
  /** The customer administrator the wizard was given (customer organization membership follows it). */
  customerAdmin?: string;
}

export interface JourneyModel {
  orders: OrderModel[];
  /** Each organization as first seen: its managing partner and its users then. */
  organizations: Map<string, { managingPartner: string | null; users: Set<string> }>;
  /** The partner organization id of each partner index, once known. */
  partnerOrgIds: (string | null)[];
  commands: number;
}

export interface JourneyReal {
  app: TestApp;
  intakeKey: string;
  repToken: string;
  /** Transaction-id powers of ten crossed during the run (the feed must not notice). */
  boundariesCrossed: number;
}

/** Answers that a client may see and act on: user errors in payloads. Anything else fails the journey. */
function gqlOk(response: { status: number; errors?: { message: string; extensions?: { code?: string } }[] }, what: string): void {
  // PROMISE_NO_5XX: every answer is a payload or a documented user error.
  if (response.status >= 500 || response.errors?.length) {
    throw new Error(`PROMISE_NO_5XX: ${what} answered ${response.status} ${JSON.stringify(response.errors)}`);
  }
}

async function call(real: JourneyReal, what: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const response = await real.app.gql(query, variables, token);
  gqlOk(response, what);
  return response.data;
}

const SESSION_FIELDS = `id nextStep completedSteps role owner allowedRole recipientEmail recipientIsSharedAddress
  partnerOrganization { id } customerOrganization { id }
  customerOrganizationCandidates { id name }
  missingSettings
  subscription { id status subdomain callingSettings { locationName } meetingSettings { siteName } }
  order { id status }`;

async function sql<T = any>(real: JourneyReal, query: string, params: unknown[] = []): Promise<T[]> {
  return real.app.em().getConnection().execute<T[]>(query, params);
}

async function runSweeps(real: JourneyReal): Promise<void> {
  const deps = jobDependencies(real.app);
  await runDueSetupLinks(deps);
  await runLinkExpiry(deps);
  await runOverdueEscalations(deps);
  await runSetupReminders(deps);
  await runStalledSetups(deps);
}

/** The latest Set up now token emailed for an order (to whoever holds it now). */
async function latestLinkToken(real: JourneyReal, orderId: string): Promise<string | null> {
  const [message] = await sql<{ text: string }>(
    real,
    `select text from outbox_message where order_id = ? and template in ('SETUP_LINK', 'SETUP_REMINDER') order by created_at desc, id desc limit 1`,
    [orderId],
  );
  return message ? (/token=(phs_[\w-]+)/.exec(message.text)?.[1] ?? null) : null;
}

// ── Invariants: the product's promises, checked after every command ─────────────────────────

/**
 * PROMISE_TENANTS_APART: no person sees, joins or administers an organization of a tenant that did
 * not let them in; a managed organization changes partner only by that partner's act.
 */
async function checkTenants(real: JourneyReal, model: JourneyModel): Promise<void> {
  const organizations = await sql<{ id: string; kind: string; managing_partner_id: string | null; users: string[] | null }>(
    real,
    `select o.id, o.kind, o.managing_partner_id, array_remove(array_agg(u.email order by u.email), null) as users
       from organization o left join app_user u on u.organization_id = o.id group by o.id`,
  );
  for (const org of organizations) {
    const known = model.organizations.get(org.id);
    const users = new Set(org.users ?? []);
    if (!known) {
      model.organizations.set(org.id, { managingPartner: org.managing_partner_id, users });
      continue;
    }
    const joined = [...users].filter((u) => !known.users.has(u));
    if (known.managingPartner !== org.managing_partner_id || joined.length) {
      // The order that changed it: the latest one set up for this organization. It must be the managing partner's own.
      const [latest] = await sql<{ partner_organization_id: string | null; partner_account_id: string }>(
        real,
        `select partner_organization_id, partner_account_id from customer_order where customer_organization_id = ? order by set_up_at desc nulls last limit 1`,
        [org.id],
      );
      const partnerOf = latest
        ? (latest.partner_organization_id ?? model.partnerOrgIds[PARTNERS.findIndex((p) => p.account === latest.partner_account_id)])
        : null;
      if (org.kind === 'CUSTOMER' && known.managingPartner !== null && partnerOf !== known.managingPartner) {
        throw new Error(
          `PROMISE_TENANTS_APART: customer organization ${org.id} managed by ${known.managingPartner} changed (partner now ${org.managing_partner_id}, joined ${joined.join(', ')}) through an order of another partner (${partnerOf})`,
        );
      }
      if (org.kind === 'CUSTOMER' && known.managingPartner === null && joined.length) {
        throw new Error(`PROMISE_TENANTS_APART: self-managed customer organization ${org.id} was joined by ${joined.join(', ')} through a wizard`);
      }
      model.organizations.set(org.id, { managingPartner: org.managing_partner_id, users });
    }
  }
}

/** PROMISE_ONE_ESCALATION: an order has at most one open escalation; each one was announced to the reps once. */
async function checkEscalations(real: JourneyReal): Promise<void> {
  const twice = await sql(real, `select order_id, array_agg(kind) as kinds from escalation where status <> 'RESOLVED' group by order_id having count(*) > 1`);
  if (twice.length) throw new Error(`PROMISE_ONE_ESCALATION: orders with more than one open escalation: ${JSON.stringify(twice)}`);
  const notices = await sql(
    real,
    `select e.id, (select count(*)::int from outbox_message m where m.message_key = 'rep-notice:' || e.id) as n from escalation e
      where (select count(*) from outbox_message m where m.message_key = 'rep-notice:' || e.id) <> 1`,
  );
  if (notices.length) throw new Error(`PROMISE_ONE_ESCALATION: escalations without exactly one rep notice: ${JSON.stringify(notices)}`);
}

/** PROMISE_BILLED_ONCE: billing starts once per subscription, with a timestamp, only when provisioned. */
async function checkBilling(real: JourneyReal): Promise<void> {
  const wrong = await sql(
    real,
    `select s.id from subscription s join customer_order o on o.id = s.order_id
      where (s.status = 'ACTIVE') <> (s.billing_started_at is not null)
         or (select count(*) from audit_event a where a.action = 'subscription.provisioned' and a.target_id = s.id::text) > 1
         or (s.status = 'ACTIVE' and o.status <> 'PROVISIONED')`,
  );
  if (wrong.length) throw new Error(`PROMISE_BILLED_ONCE: ${JSON.stringify(wrong)}`);
}

/**
 * PROMISE_MOVING_OR_TOLD: every order is ended (PROVISIONED, CANCELLED, EXPIRED), or moving (its
 * start date not reached, or somebody acted recently), or a rep has been told (an escalation opened
 * or resolved since the last act). No order sits — SET_UP unprovisioned included — with nobody told.
 */
async function checkMovingOrTold(real: JourneyReal): Promise<void> {
  const now = real.app.clock.now();
  const lost = await sql(
    real,
    `with activity as (
       select o.id, o.status, o.ccw_order_number,
              greatest(o.updated_at, o.created_at,
                       (select max(s.last_active_at) from setup_session s where s.order_id = o.id),
                       (select max(l.created_at) from setup_link l where l.order_id = o.id),
                       (select max(greatest(e.created_at, coalesce(e.resolved_at, e.created_at))) from escalation e where e.order_id = o.id),
                       o.setup_due_at) as last_act
         from customer_order o
        where o.status not in ('PROVISIONED', 'CANCELLED', 'EXPIRED', 'ON_HOLD'))
     select id, status, ccw_order_number, last_act from activity a
      where a.last_act < ?::timestamptz - ? * interval '1 millisecond'
        and not exists (select 1 from escalation e where e.order_id = a.id and e.status <> 'RESOLVED')`,
    [now, TOLD_WITHIN_MS],
  );
  if (lost.length) throw new Error(`PROMISE_MOVING_OR_TOLD: orders with nobody told for ${TOLD_WITHIN_MS / 86_400_000} days: ${JSON.stringify(lost)}`);
}

/** PROMISE_FEED_EXACTLY_ONCE: the feed, at any page size, hands out every committed event once, each order's in order. */
export async function checkFeed(real: JourneyReal, pageSize: number): Promise<void> {
  // The feed hands out a transaction's events once no older transaction is running anywhere on the
  // server (pg_snapshot_xmin is server-wide): other test files' transactions may hold it back briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      return await readFeedOnce(real, pageSize);
    } catch (error) {
      if (attempt >= 50 || !(error instanceof FeedBehind)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

class FeedBehind extends Error {}

async function readFeedOnce(real: JourneyReal, pageSize: number): Promise<void> {
  const stored = await sql<{ id: string }>(real, `select id::text as id from order_event order by id`);
  const seen: { id: string; orderId: string }[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10_000; page++) {
    const data = await call(
      real,
      'orderEvents',
      `query($after: String, $first: Int) { orderEvents(after: $after, first: $first) { edges { node { id orderId } } pageInfo { hasNextPage endCursor } } }`,
      { after, first: pageSize },
      real.repToken,
    );
    seen.push(...data.orderEvents.edges.map((e: { node: { id: string; orderId: string } }) => e.node));
    if (!data.orderEvents.pageInfo.hasNextPage) break;
    after = data.orderEvents.pageInfo.endCursor;
  }
  const ids = seen.map((e) => e.id);
  if (new Set(ids).size !== ids.length) throw new Error(`PROMISE_FEED_EXACTLY_ONCE: pages of ${pageSize} repeated events`);
  const missing = stored.map((r) => r.id).filter((id) => !ids.includes(id));
  // A tail not handed out yet is the server-wide horizon (above); a hole before an event handed out is a loss.
  const holeBeforeSeen = missing.some((id) => ids.some((seenId) => BigInt(seenId) > BigInt(id)));
  if (missing.length && !holeBeforeSeen && ids.every((id) => stored.some((r) => r.id === id)))
    throw new FeedBehind(`${missing.length} events not yet handed out`);
  if (missing.length || ids.length !== stored.length)
    throw new Error(`PROMISE_FEED_EXACTLY_ONCE: pages of ${pageSize} handed out ${ids.length} of ${stored.length} events (missing ${missing.slice(0, 5)})`);
  const last = new Map<string, bigint>();
  for (const e of seen) {
    const id = BigInt(e.id);
    if ((last.get(e.orderId) ?? -1n) > id) throw new Error(`PROMISE_FEED_EXACTLY_ONCE: order ${e.orderId}'s events out of order at pages of ${pageSize}`);
    last.set(e.orderId, id);
  }
}

/** PROMISE_ALIAS_NO_ACCOUNT: a shared address (orders@, it@…) never becomes a partner organization's administrator. */
async function checkAliases(real: JourneyReal): Promise<void> {
  const users = await sql<{ email: string }>(real, `select u.email from app_user u join organization o on o.id = u.organization_id where o.kind = 'PARTNER'`);
  const aliases = users.filter((u) => isSharedAddress(u.email));
  if (aliases.length) throw new Error(`PROMISE_ALIAS_NO_ACCOUNT: shared addresses administer partner organizations: ${aliases.map((u) => u.email).join(', ')}`);
}

export async function checkInvariants(real: JourneyReal, model: JourneyModel): Promise<void> {
  await checkAliases(real);
  await checkTenants(real, model);
  await checkEscalations(real);
  await checkBilling(real);
  await checkMovingOrTold(real);
}

// ── Commands ────────────────────────────────────────────────────────────────────────────────

type Cmd = fc.AsyncCommand<JourneyModel, JourneyReal>;

const emailArb = fc
  .tuple(fc.constantFrom(...LOCAL_PARTS), fc.constantFrom(...DOMAINS), fc.constantFrom('', '', 'Upper'))
  .map(([local, domain, upper]) => (upper ? `${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain.toUpperCase()}` : `${local}@${domain}`));

class PlaceOrder implements Cmd {
  constructor(
    readonly partner: number,
    readonly startOffsetDays: number,
    readonly timeZone: string,
    readonly contact: string,
    readonly customer: string,
    readonly offer: string,
  ) {}
  check = () => true;
  async run(model: JourneyModel, real: JourneyReal): Promise<void> {
    const partner = PARTNERS[this.partner];
    const date = new Date(real.app.clock.now().getTime() + this.startOffsetDays * 86_400_000).toISOString().slice(0, 10);
    const ccw = `CCW-J-${model.orders.length + 1}`;
    const data = await call(
      real,
      'placeOrder',
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } errors { code } } }`,
      {
        input: {
          ccwOrderNumber: ccw,
          offer: this.offer,
          partnerAccountId: partner.account,
          partnerName: partner.name,
          customerName: this.customer,
          services: [
            { kind: 'MEETINGS', quantity: 10 },
            { kind: 'CALLING', quantity: 5 },
          ],
          requestedStartDate: date,
          timeZone: this.timeZone,
          provisioningContactEmail: this.contact,
          locale: 'it',
        },
      },
      real.intakeKey,
    );
    const order = data.placeOrder.order;
    if (order) model.orders.push({ id: order.id, ccw, partner: this.partner, saved: {} });
    else if (!data.placeOrder.errors.some((e: { code: string }) => e.code === 'INVALID_INPUT' || e.code === 'START_DATE_TOO_FAR_IN_PAST'))
      throw new Error(`placeOrder refused a valid order: ${JSON.stringify(data.placeOrder.errors)}`);
  }
  toString = () => `PlaceOrder(${this.partner}, ${this.startOffsetDays}d, ${this.timeZone}, ${this.contact}, ${this.customer}, ${this.offer})`;
}

class AdvanceTime implements Cmd {
  constructor(readonly minutes: number) {}
  check = () => true;
  async run(model: JourneyModel, real: JourneyReal): Promise<void> {
    real.app.clock.set(new Date(real.app.clock.now().getTime() + this.minutes * 60_000));
    await runSweeps(real);
  }
  toString = () => `AdvanceTime(${this.minutes} min)`;
}

/** The person holding an order's latest link clicks Set up now. */
class StartSetup implements Cmd {
  constructor(readonly order: number) {}
  check = (m: Readonly<JourneyModel>) => m.orders.length > 0;
  async run(model: JourneyModel, real: JourneyReal): Promise<void> {
    const order = model.orders[this.order % model.orders.length];
    const token = await latestLinkToken(real, order.id);
    if (!token) return;
    const data = await call(real, 'startSetup', `mutation($input: StartSetupInput!) { startSetup(input: $input) { sessionToken errors { code } } }`, {
      input: { token },
    });
    if (data.startSetup.sessionToken) {
      order.session = data.startSetup.sessionToken;
      await checkResumedSettings(real, order);
    }
  }
  toString = () => `StartSetup(${this.order})`;
}

/**
 * PROMISE_SAVED_STAYS: nothing a person saved changes except by an act that shows them the value
 * it replaces; a resumed service setup shows what was saved.
 */
async function checkResumedSettings(real: JourneyReal, order: OrderModel): Promise<void> {
  if (!order.session || (!order.saved.calling && !order.saved.siteName)) return;
  const data = await call(real, 'setupSession', `query { setupSession { ${SESSION_FIELDS} } }`, {}, order.session);
  const subscription = data.setupSession?.subscription;
  if (!subscription) return;
  if (order.saved.calling && subscription.callingSettings?.locationName !== order.saved.calling)
    throw new Error(`PROMISE_SAVED_STAYS: calling settings saved as ${order.saved.calling} read back ${JSON.stringify(subscription.callingSettings)}`);
  if (order.saved.siteName && subscription.meetingSettings?.siteName !== order.saved.siteName)
    throw new Error(`PROMISE_SAVED_STAYS: site name saved as ${order.saved.siteName} read back ${JSON.stringify(subscription.meetingSettings)}`);
}

/** The person in the wizard takes the step it shows next, with generated input (sometimes invalid). */
class WizardStep implements Cmd {
  constructor(
    readonly order: number,
    readonly choice: number,
    readonly email: string,
    readonly invalid: boolean,
  ) {}
  check = (m: Readonly<JourneyModel>) => m.orders.some((o) => o.session);
  async run(model: JourneyModel, real: JourneyReal): Promise<void> {
    const walking = model.orders.filter((o) => o.session);
    const order = walking[this.order % walking.length];
    const current = await call(real, 'setupSession', `query { setupSession { ${SESSION_FIELDS} } }`, {}, order.session);
    const session = current.setupSession;
    if (!session) {
      order.session = undefined;
      return;
    }
    checkCandidates(model, order, session);
    const step = await this.stepFor(model, order, session);
    if (!step) return;
    const data = await call(
      real,
      step.name,
      `mutation($input: ${step.input}!) { ${step.name}(input: $input) { errors { code field } session { ${SESSION_FIELDS} } } }`,
      { input: step.variables },
      order.session,
    );
    const payload = data[step.name];
    if (payload.errors.some((e: { code: string }) => e.code === 'SESSION_EXPIRED')) order.session = undefined;
    if (!payload.errors.length) {
      if (step.name === 'saveCallingSettings') order.saved.calling = step.variables.locationName as string;
      if (step.name === 'saveMeetingSettings') order.saved.siteName = step.variables.siteName as string;
      if (step.name === 'setCustomerAdministrator') order.customerAdmin = step.variables.email as string;
      if (payload.session) checkCandidates(model, order, payload.session);
    }
  }

  private async stepFor(
    model: JourneyModel,
    order: OrderModel,
    session: any,
  ): Promise<{ name: string; input: string; variables: Record<string, unknown> } | null> {
    const c = this.choice;
    switch (session.nextStep) {
      case 'CHOOSE_ROLE':
        return { name: 'chooseRole', input: 'ChooseRoleInput', variables: { role: session.allowedRole } };
      case 'CHOOSE_SETUP_OWNER': {
        const owner = ['SELF', 'SELF', 'SELF', 'COLLEAGUE', 'CUSTOMER'][c % 5];
        // A person opening a link sent to a shared address gives their own (the alias rule).
        const yourEmail = `person${c % 7}@${session.recipientEmail.split('@')[1]}`;
        return {
          name: 'chooseSetupOwner',
          input: 'ChooseSetupOwnerInput',
          variables: owner === 'SELF' ? { owner, ...(session.recipientIsSharedAddress ? { yourEmail } : {}) } : { owner, email: this.email },
        };
      }
      case 'CREATE_PARTNER_ORGANIZATION':
        return {
          name: 'createPartnerOrganization',
          input: 'CreatePartnerOrganizationInput',
          variables: { name: this.invalid ? '' : PARTNERS[order.partner].name, country: 'IT', address: 'Via Roma 1', city: 'Milano', postalCode: '20100' },
        };
      case 'REVIEW_PARTNER_ORGANIZATION':
        return { name: 'reviewPartnerOrganization', input: 'ReviewInput', variables: { recognized: c % 11 !== 0 } };
      case 'CUSTOMER_ADMINISTRATOR':
        return { name: 'setCustomerAdministrator', input: 'SetCustomerAdministratorInput', variables: { email: this.invalid ? 'not-an-email' : this.email } };
      case 'CONFIRM_CUSTOMER_ORGANIZATION': {
        const candidates = session.customerOrganizationCandidates as { id: string }[];
        if (candidates.length && c % 2 === 0)
          return {
            name: 'confirmCustomerOrganization',
            input: 'ConfirmCustomerOrganizationInput',
            variables: { candidateId: candidates[c % candidates.length].id },
          };
        return {
          name: 'confirmCustomerOrganization',
          input: 'ConfirmCustomerOrganizationInput',
          variables: { newOrganization: { name: CUSTOMERS[c % CUSTOMERS.length], country: 'IT', address: 'Via Po 2', city: 'Torino', postalCode: '10100' } },
        };
      }
      case 'VERIFY_CUSTOMER_ORGANIZATION':
        return { name: 'verifyCustomerOrganization', input: 'ReviewInput', variables: { recognized: c % 13 !== 0 } };
      case 'REVIEW_ORDER':
        return { name: 'completeOrderSetup', input: 'CompleteOrderSetupInput', variables: {} };
      case 'SET_PASSWORD':
        return { name: 'setPassword', input: 'SetPasswordInput', variables: { password: this.invalid ? 'short' : 'Webex-setup-2026!' } };
      case 'SERVICE_SETUP': {
        const missing: string[] = session.missingSettings;
        if (missing.includes('CALLING_SETTINGS') && c % 3 === 0)
          return { name: 'saveCallingSettings', input: 'CallingSettingsInput', variables: { ...CALLING, locationName: `Sede ${c}` } };
        if (missing.includes('MEETING_SETTINGS') && c % 3 === 1)
          return {
            name: 'saveMeetingSettings',
            input: 'MeetingSettingsInput',
            variables: { siteName: `site${c}x${model.commands}`, timeZone: 'Europe/Rome', language: 'it' },
          };
        if (missing.includes('ENTERPRISE_SETTINGS'))
          return {
            name: 'saveEnterpriseSettings',
            input: 'EnterpriseSettingsInput',
            variables: { subdomain: this.invalid ? 'bad sub!' : `sub${c}x${model.commands}` },
          };
        if (missing.length === 0) return { name: 'provisionSubscription', input: 'ProvisionInput', variables: {} };
        if (missing.includes('CALLING_SETTINGS'))
          return { name: 'saveCallingSettings', input: 'CallingSettingsInput', variables: { ...CALLING, locationName: `Sede ${c}` } };
        return {
          name: 'saveMeetingSettings',
          input: 'MeetingSettingsInput',
          variables: { siteName: `site${c}x${model.commands}`, timeZone: 'Europe/Rome', language: 'it' },
        };
      }
      default:
        return null;
    }
  }
  toString = () => `WizardStep(${this.order}, ${this.choice}, ${this.email}${this.invalid ? ', invalid' : ''})`;
}

/**
 * PROMISE_TENANTS_APART, as the wizard shows it: the candidates offered at CONFIRM_CUSTOMER_ORGANIZATION
 * are organizations of the order's own partner (partner path), or ones the person already belongs to.
 */
function checkCandidates(model: JourneyModel, order: OrderModel, session: any): void {
  for (const candidate of (session.customerOrganizationCandidates ?? []) as { id: string; name: string }[]) {
    const known = model.organizations.get(candidate.id);
    const partnerOrg = model.partnerOrgIds[order.partner];
    const member = order.customerAdmin && known?.users.has(order.customerAdmin.toLowerCase());
    if (!known || (known.managingPartner !== partnerOrg && !member) || (session.role === 'CUSTOMER' && !member)) {
      throw new Error(
        `PROMISE_TENANTS_APART: order of partner ${PARTNERS[order.partner].name} (${session.role}) was offered organization ${candidate.name} (managed by ${known?.managingPartner})`,
      );
    }
  }
}

/** The person in the wizard takes several steps in a row (a person who knows what they want). */
class Walk implements Cmd {
  constructor(
    readonly order: number,
    readonly choice: number,
    readonly email: string,
    readonly steps: number,
  ) {}
  check = (m: Readonly<JourneyModel>) => m.orders.some((o) => o.session);
  async run(model: JourneyModel, real: JourneyReal): Promise<void> {
    for (let i = 0; i < this.steps && model.orders.some((o) => o.session); i++) {
      await new WizardStep(this.order, this.choice + i * 7, this.email, false).run(model, real);
    }
  }
  toString = () => `Walk(${this.order}, ${this.choice}, ${this.email}, ${this.steps} steps)`;
}

/** The person walking simply leaves (closes the tab): nothing happens until time passes. */
class Abandon implements Cmd {
  constructor(readonly order: number) {}
  check = (m: Readonly<JourneyModel>) => m.orders.some((o) => o.session);
  async run(model: JourneyModel): Promise<void> {
    const walking = model.orders.filter((o) => o.session);
    walking[this.order % walking.length].session = undefined;
  }
  toString = () => `Abandon(${this.order})`;
}

/** CCW: amend the start date, cancel, change the contact, resend; any order (closed ones answer user errors). */
class Intake implements Cmd {
  constructor(
    readonly order: number,
    readonly action: 'date' | 'cancel' | 'contact' | 'resend',
    readonly days: number,
    readonly email: string,
  ) {}
  check = (m: Readonly<JourneyModel>) => m.orders.length > 0;
  async run(model: JourneyModel, real: JourneyReal): Promise<void> {
    const order = model.orders[this.order % model.orders.length];
    const requestId = `j-${model.commands}-${this.action}`;
    if (this.action === 'date') {
      const date = new Date(real.app.clock.now().getTime() + this.days * 86_400_000).toISOString().slice(0, 10);
      await call(
        real,
        'amendOrderStartDate',
        `mutation($input: AmendOrderStartDateInput!) { amendOrderStartDate(input: $input) { errors { code } } }`,
        { input: { orderId: order.id, clientRequestId: requestId, requestedStartDate: date } },
        real.intakeKey,
      );
    } else if (this.action === 'cancel') {
      await call(
        real,
        'amendOrderCancel',
        `mutation($input: AmendOrderCancelInput!) { amendOrderCancel(input: $input) { errors { code } } }`,
        { input: { orderId: order.id, clientRequestId: requestId, reason: 'Il cliente ha rinunciato' } },
        real.intakeKey,
      );
    } else {
      await call(
        real,
        'updateProvisioningContact',
        `mutation($input: UpdateProvisioningContactInput!) { updateProvisioningContact(input: $input) { errors { code } } }`,
        { input: { orderId: order.id, ...(this.action === 'contact' ? { email: this.email } : {}), resend: true } },
        real.intakeKey,
      );
    }
  }
  toString = () => `Intake(${this.order}, ${this.action}, ${this.days}d, ${this.email})`;
}

/** A rep works the queue: resolves the oldest open escalation, or resends its order's link. */
class RepWork implements Cmd {
  constructor(readonly action: 'resolve' | 'resend') {}
  check = () => true;
  async run(model: JourneyModel, real: JourneyReal): Promise<void> {
    const [open] = await sql<{ id: string; order_id: string }>(
      real,
      `select id, order_id from escalation where status <> 'RESOLVED' order by created_at, id limit 1`,
    );
    if (!open) return;
    if (this.action === 'resolve') {
      await call(
        real,
        'resolveEscalation',
        `mutation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { errors { code } } }`,
        { input: { escalationId: open.id, resolution: 'Partner contacted by phone' } },
        real.repToken,
      );
    } else {
      await call(
        real,
        'updateProvisioningContact',
        `mutation($input: UpdateProvisioningContactInput!) { updateProvisioningContact(input: $input) { errors { code } } }`,
        { input: { orderId: open.order_id, resend: true } },
        real.repToken,
      );
    }
  }
  toString = () => `RepWork(${this.action})`;
}

/**
 * A rep moves a customer organization (and its orders and subscriptions) to another partner. When the
 * product accepts, the model learns the new managing partner (a rep's transfer is the one legitimate way a
 * managed organization changes hands); from then on PROMISE_TENANTS_APART holds the old partner's orders to it.
 */
class RepTransfer implements Cmd {
  constructor(
    readonly organization: number,
    readonly partner: number,
  ) {}
  check = () => true;
  async run(model: JourneyModel, real: JourneyReal): Promise<void> {
    const managed = await sql<{ id: string; managing_partner_id: string }>(
      real,
      `select id, managing_partner_id from organization where kind = 'CUSTOMER' and managing_partner_id is not null order by created_at, id`,
    );
    if (!managed.length) return;
    const org = managed[this.organization % managed.length];
    const targets = model.partnerOrgIds.filter((id): id is string => !!id && id !== org.managing_partner_id);
    if (!targets.length) return;
    const target = targets[this.partner % targets.length];
    const answer = await call(
      real,
      'transferCustomerOrganization',
      `mutation($input: TransferCustomerOrganizationInput!) { transferCustomerOrganization(input: $input) { errors { code } } }`,
      { input: { organizationId: org.id, toPartnerOrganizationId: target, reason: 'Customer changed partner' } },
      real.repToken,
    );
    if (answer.transferCustomerOrganization.errors.length) return;
    const left = await sql(real, `select id from customer_order where customer_organization_id = ? and partner_organization_id = ?`, [
      org.id,
      org.managing_partner_id,
    ]);
    if (left.length) throw new Error(`PROMISE_TENANTS_APART: ${left.length} order(s) of ${org.id} stayed with the partner it was transferred from`);
    const known = model.organizations.get(org.id);
    if (known) known.managingPartner = target;
  }
  toString = () => `RepTransfer(${this.organization}, ${this.partner})`;
}

/** Reads the whole feed at a page size (PROMISE_FEED_EXACTLY_ONCE), after moving transaction ids past a power of ten. */
class ReadFeed implements Cmd {
  constructor(
    readonly pageSize: number,
    readonly crossBoundary: boolean,
  ) {}
  check = () => true;
  async run(_model: JourneyModel, real: JourneyReal): Promise<void> {
    if (this.crossBoundary) {
      const url = real.app.config.databaseUrl!;
      const boundary = await nextPowerOfTen(url);
      const distance = Number(boundary - (await currentXid(url)));
      // A fresh server crosses 10^3 … 10^5 cheaply (200,000 ids at most, about half a second); further ones are left to longer runs.
      if (distance <= 200_000) {
        await burnXids(url, distance - 2);
        real.boundariesCrossed++;
      }
    }
    await checkFeed(real, this.pageSize);
  }
  toString = () => `ReadFeed(${this.pageSize}${this.crossBoundary ? ', across a power of ten' : ''})`;
}

export function journeyCommands(): fc.Arbitrary<Iterable<Cmd>> {
  const order = fc.nat(40);
  return fc.commands(
    [
      fc
        .tuple(
          fc.nat(PARTNERS.length - 1),
          fc.integer({ min: -4, max: 12 }),
          fc.constantFrom(...TIME_ZONES),
          emailArb,
          fc.constantFrom(...CUSTOMERS),
          fc.constantFrom('A_WX', 'A_WX', 'A_SPK', 'A_FLEX'),
        )
        .map(([p, d, tz, e, c, o]) => checked(new PlaceOrder(p, d, tz, e, c, o))),
      fc.constantFrom(5, 60, 6 * 60, 25 * 60, 3 * 24 * 60, 8 * 24 * 60, 31 * 24 * 60).map((m) => checked(new AdvanceTime(m))),
      fc.constantFrom(30, 25 * 60, 2 * 24 * 60, 4 * 24 * 60).map((m) => checked(new AdvanceTime(m))),
      order.map((o) => checked(new StartSetup(o))),
      fc.tuple(order, fc.nat(1000), emailArb, fc.boolean()).map(([o, c, e, i]) => checked(new WizardStep(o, c, e, i && c % 5 === 0))),
      fc.tuple(order, fc.nat(1000), emailArb).map(([o, c, e]) => checked(new WizardStep(o, c, e, false))),
      fc.tuple(order, fc.nat(1000), emailArb, fc.integer({ min: 2, max: 12 })).map(([o, c, e, n]) => checked(new Walk(o, c, e, n))),
      fc.tuple(order, fc.nat(1000), emailArb, fc.integer({ min: 2, max: 12 })).map(([o, c, e, n]) => checked(new Walk(o, c, e, n))),
      order.map((o) => checked(new StartSetup(o))),
      order.map((o) => checked(new Abandon(o))),
      fc
        .tuple(
          order,
          fc.constantFrom('date', 'cancel', 'contact', 'resend') as fc.Arbitrary<'date' | 'cancel' | 'contact' | 'resend'>,
          fc.integer({ min: -2, max: 20 }),
          emailArb,
        )
        .map(([o, a, d, e]) => checked(new Intake(o, a, d, e))),
      fc.constantFrom('resolve', 'resend').map((a) => checked(new RepWork(a as 'resolve' | 'resend'))),
      fc.tuple(fc.nat(10), fc.nat(3)).map(([o, p]) => checked(new RepTransfer(o, p))),
      fc.tuple(fc.nat(10), fc.nat(3)).map(([o, p]) => checked(new RepTransfer(o, p))),
      fc.tuple(fc.constantFrom(1, 3, 7, 100), fc.boolean()).map(([s, b]) => checked(new ReadFeed(s, b))),
    ],
    { maxCommands: 50, size: 'max' },
  );
}

/** A fresh product for one journey: a real server on a fresh database clone, the intake key, a rep, the partners' organizations. */
export async function setupJourney(): Promise<{ model: JourneyModel; real: JourneyReal }> {
  const app = await startTestApp({ now: JOURNEY_START });
  const intakeKey = await createApiKey(app.em(), ['orders:write']);
  const rep = await createRep(app.em());
  const repToken = await loginToken(app.em(), { rep }, new Date('2027-12-31T00:00:00Z'));
  // Two of the three partners have an organization already (with a user on a shared domain); the third is new.
  const partnerOrgIds: (string | null)[] = [null, null, null];
  for (const index of [0, 1]) {
    const org = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: PARTNERS[index].name, partnerAccountId: PARTNERS[index].account });
    await createUser(app.em(), org, `paola.${index}@${PARTNERS[index].domain}`);
    partnerOrgIds[index] = org.id;
  }
  const model: JourneyModel = { orders: [], organizations: new Map(), partnerOrgIds, commands: 0 };
  const real: JourneyReal = { app, intakeKey, repToken, boundariesCrossed: 0 };
  await checkInvariants(real, model);
  return { model, real };
}

/** Wraps each command so the invariants run after it, and partner organizations created by the wizard are learned. */
function checked(command: Cmd): Cmd {
  return {
    check: (m) => command.check(m),
    async run(model, real) {
      model.commands++;
      await command.run(model, real);
      for (let index = 0; index < PARTNERS.length; index++) {
        if (model.partnerOrgIds[index]) continue;
        const [row] = await sql<{ id: string }>(real, `select id from organization where kind = 'PARTNER' and partner_account_id = ?`, [
          PARTNERS[index].account,
        ]);
        if (row) model.partnerOrgIds[index] = row.id;
      }
      await checkInvariants(real, model);
    },
    toString: () => command.toString(),
  };
}

export interface JourneyOptions {
  runs: number;
  seed: number;
  path?: string;
}

/** Runs `runs` journeys; a failure reports the seed, the path and the shrunk command list (fast-check's report). */
export async function runJourneys(options: JourneyOptions): Promise<void> {
  await fc.assert(
    fc.asyncProperty(journeyCommands(), async (commands) => {
      const { model, real } = await setupJourney();
      try {
        await fc.asyncModelRun(() => ({ model, real }), commands);
        await checkFeed(real, 3);
        if (process.env.JOURNEY_VERBOSE) {
          const [stats] = await sql(
            real,
            `select (select count(*) from customer_order) as orders,
                    (select json_object_agg(status, n) from (select status, count(*) n from customer_order group by status) x) as statuses,
                    (select count(*) from escalation) as escalations, (select count(*) from order_event) as events,
                    (select count(*) from audit_event where action like 'setup.%') as steps,
                    (select count(*) from audit_event where action = 'organization.transferred') as transfers`,
          );
          console.log(`journey: ${model.commands} commands, ${JSON.stringify(stats)}, boundaries ${real.boundariesCrossed}`);
        }
      } finally {
        await real.app.stop();
      }
    }),
    { numRuns: options.runs, seed: options.seed, path: options.path, endOnFailure: false, verbose: 1 },
  );
}
