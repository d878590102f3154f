import { Escalation, EscalationKind, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { runDueSetupLinks } from '../server/jobs/due-setup-links.job.js';
import { runOutboxDelivery } from '../server/jobs/outbox-delivery.job.js';
import { runOverdueEscalations } from '../server/jobs/overdue-escalations.job.js';
import { runSetupReminders } from '../server/jobs/setup-reminders.job.js';
import { runStalledSetups } from '../server/jobs/stalled-setups.job.js';
import { Order } from '../server/orders/order.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { User } from '../server/organizations/user.entity.js';
import { createSmtpMailer, type Mailer } from '../server/outbox/mailer.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { loadConfig } from '../server/common/config.js';
import { createApiKey, createOrganization, createRep, loginToken, orderInput, unique } from './support/factories.js';
import { emailedSetupToken, jobDependencies, placeOrder, startSetup } from './support/scheduling.js';
import { SmtpSink } from './support/smtp-sink.js';
import { CALLING, MEETINGS, Wizard } from './support/wizard.js';

/**
 * Plain regression tests for what the journey simulation (test/journey/) found (#22): each names the
 * defect it pins down, and each failed on the main this issue was filed against.
 */
let app: TestApp;
let wizard: Wizard;
let intakeKey: string;
let sink: SmtpSink;
let mailer: Mailer;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-11-02T09:00:00Z' });
  wizard = new Wizard(app);
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  sink = await SmtpSink.start();
  mailer = createSmtpMailer(sink.url, app.config.emailFrom);
});
afterAll(async () => {
  mailer.close();
  await sink.stop();
  await app.stop();
});

const deps = () => jobDependencies(app);
const sweeps = async () => {
  await runOverdueEscalations(deps());
  await runSetupReminders(deps());
  await runStalledSetups(deps());
};
const escalationsOf = (orderId: string) => app.em().find(Escalation, { order: orderId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
const openEscalationsOf = async (orderId: string) => (await escalationsOf(orderId)).filter((e) => e.status !== EscalationStatus.RESOLVED);
const REQUEST_LINK = `mutation($input: RequestSetupLinkInput!) { requestSetupLink(input: $input) { errors { code } } }`;

describe('what the journey found (#22)', () => {
  it('item 4: an order set up but never provisioned gets a reminder to whoever finished step 8 (a link back without a password), then one STALLED escalation, settled at provisioning', async () => {
    app.clock.set('2026-11-02T09:00:00Z');
    const partnerAccountId = unique('PA-');
    await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: 'Rossi Networks', partnerAccountId });
    const contact = `${unique('contact')}@rossi.example`.toLowerCase();
    const { orderId, token } = await wizard.orderWithLink({ partnerAccountId, provisioningContactEmail: contact }, contact);
    const session = await wizard.toReview(token);
    await wizard.ok(session, 'completeOrderSetup', {});
    expect(await app.em().count(User, { email: contact })).toBe(0); // no account: the link is the only way back

    // A day later, nobody has touched it: one reminder with a fresh link, and no escalation yet.
    app.clock.advance(24 * 3_600_000 + 1000);
    await sweeps();
    await sweeps();
    const reminders = await app.em().find(OutboxMessage, { orderId, template: 'SETUP_REMINDER' });
    expect(reminders.map((m) => m.recipient)).toEqual([contact]);
    expect(reminders[0].subject).toContain('Completa la configurazione dei servizi');
    expect(await escalationsOf(orderId)).toEqual([]);

    // Three days after the last activity, still idle: one STALLED escalation (and only one).
    app.clock.set(new Date(new Date('2026-11-02T09:00:00Z').getTime() + 3 * 86_400_000 + 1000));
    await sweeps();
    await sweeps();
    expect((await escalationsOf(orderId)).map((e) => [e.kind, e.status])).toEqual([[EscalationKind.STALLED_SETUP, EscalationStatus.OPEN]]);

    // The reminder's link resumes the service setup, with no password; provisioning settles the escalation.
    const reminderToken = /token=(phs_[\w-]+)/.exec(reminders[0].text)![1];
    const resumed = await wizard.start(reminderToken);
    expect(resumed.errors).toEqual([]);
    expect(resumed.session.nextStep).toBe('SERVICE_SETUP');
    await wizard.ok(resumed.sessionToken, 'saveCallingSettings', CALLING);
    await wizard.ok(resumed.sessionToken, 'saveMeetingSettings', MEETINGS);
    await wizard.ok(resumed.sessionToken, 'saveEnterpriseSettings', {
      subdomain: unique('remind')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    });
    await wizard.ok(resumed.sessionToken, 'provisionSubscription', {});
    const [settled] = await escalationsOf(orderId);
    expect(settled.status).toBe(EscalationStatus.RESOLVED);
    expect(settled.resolution).toMatch(/provisioned/);
  });

  it('item 4: once its link has expired, whoever finished step 8 asks for a new one and comes back to the service setup', async () => {
    app.clock.set('2026-11-02T09:00:00Z');
    const partnerAccountId = unique('PA-');
    await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: 'Rossi Networks', partnerAccountId });
    const contact = `${unique('contact')}@rossi.example`.toLowerCase();
    const { orderId, token } = await wizard.orderWithLink({ partnerAccountId, provisioningContactEmail: contact, offer: 'A_FLEX' }, contact);
    const session = await wizard.toReview(token);
    await wizard.ok(session, 'completeOrderSetup', {});

    app.clock.advance(8 * 86_400_000); // past the A-FLEX link's 7 days
    expect((await startSetup(app, token)).errors.map((e) => e.code)).toEqual(['TOKEN_EXPIRED']);
    const asked = await app.gql(REQUEST_LINK, { input: { token } });
    expect(asked.data.requestSetupLink.errors).toEqual([]);
    const fresh = await emailedSetupToken(app, contact);
    expect(fresh).not.toBe(token);
    const back = await wizard.start(fresh);
    expect(back.errors).toEqual([]);
    expect(back.session.nextStep).toBe('SERVICE_SETUP');
    expect((await app.em().findOneOrFail(Order, orderId)).status).toBe('SET_UP');
  });

  it('item 5: a partner who opens the link late is not escalated as STALLED while filling in; when they then stall, the open OVERDUE is superseded (never two open)', async () => {
    app.clock.set('2026-11-02T09:00:00Z');
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-05', timeZone: 'UTC' });
    app.clock.set('2026-11-05T00:00:00Z');
    await runDueSetupLinks(deps());
    app.clock.set('2026-11-08T12:00:00Z'); // three and a half days late
    await sweeps();
    expect((await escalationsOf(order.id)).map((e) => e.kind)).toEqual([EscalationKind.OVERDUE_PROVISIONING]);

    const contact = (await app.em().findOneOrFail(Order, order.id)).provisioningContactEmail;
    const started = await startSetup(app, await emailedSetupToken(app, contact));
    expect(started.errors).toEqual([]);
    await wizard.ok(started.sessionToken!, 'chooseRole', { role: 'PARTNER' });
    app.clock.advance(10 * 60_000);
    await sweeps(); // old rule: stalled from the start date, so STALLED opened here beside the OVERDUE
    expect((await openEscalationsOf(order.id)).map((e) => e.kind)).toEqual([EscalationKind.OVERDUE_PROVISIONING]);

    // Left alone for three days after the last step: the stall supersedes the overdue escalation.
    app.clock.advance(3 * 86_400_000);
    await sweeps();
    await sweeps();
    const all = await escalationsOf(order.id);
    expect(all.map((e) => [e.kind, e.status])).toEqual([
      [EscalationKind.OVERDUE_PROVISIONING, EscalationStatus.RESOLVED],
      [EscalationKind.STALLED_SETUP, EscalationStatus.OPEN],
    ]);
    expect(all[0].resolution).toMatch(/Superseded by a newer escalation of this order \(STALLED_SETUP\)/);
  });

  it('item 5: an order placed after its start date is overdue a full day after its first email, not minutes after; the day counts from when the email actually went out', async () => {
    app.clock.set('2026-11-10T09:00:00Z');
    const late = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-01', timeZone: 'Europe/Rome' });
    expect(late.status).toBe('AWAITING_SETUP');
    expect(late.overdue).toBe(false);
    app.clock.advance(10 * 60_000);
    await sweeps();
    expect(await escalationsOf(late.id)).toEqual([]);

    // The mail server is down for six hours: the email goes out at 15:10, so overdue from 15:10 the next day.
    app.clock.set('2026-11-10T15:10:00Z');
    await runOutboxDelivery(deps(), mailer, {});
    const sent = await app.em().findOneOrFail(OutboxMessage, { orderId: late.id, template: 'SETUP_LINK' });
    expect(sent.status).toBe('SENT');
    expect((await app.em().findOneOrFail(Order, late.id)).overdueAt.toISOString()).toBe('2026-11-11T15:10:00.000Z');
    app.clock.set('2026-11-11T15:09:59Z');
    await sweeps();
    expect(await escalationsOf(late.id)).toEqual([]);
    app.clock.set('2026-11-11T15:10:00Z');
    await sweeps();
    expect((await escalationsOf(late.id)).map((e) => e.kind)).toEqual([EscalationKind.OVERDUE_PROVISIONING]);
  });

  it('simulate --seed 31337 (path 32:3:9:12:11:9:10:10:8:8:4:5:5:5): an overdue order a rep resolved, still not started OVERDUE_AGAIN_AFTER later, comes back to the reps once; one started in between does not', async () => {
    app.clock.set('2026-11-20T08:00:00Z');
    const idle = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-20', timeZone: 'Europe/Rome' });
    const startsContact = `${unique('starts-')}@partner.example`.toLowerCase();
    const starts = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-20', timeZone: 'Europe/Rome', provisioningContactEmail: startsContact });
    await runDueSetupLinks(deps());
    await runOutboxDelivery(deps(), mailer, {});
    app.clock.advance(24 * 3_600_000 + 60_000);
    await sweeps();
    const [first] = await escalationsOf(idle.id);
    expect([first.kind, first.status]).toEqual([EscalationKind.OVERDUE_PROVISIONING, EscalationStatus.OPEN]);
    expect((await escalationsOf(starts.id)).map((e) => e.kind)).toEqual([EscalationKind.OVERDUE_PROVISIONING]);

    // A rep calls both partners and resolves both escalations; one partner then starts, the other never does.
    const rep = await createRep(app.em());
    const repToken = await loginToken(app.em(), { rep }, app.clock.now());
    const resolvedAt = app.clock.now().getTime();
    for (const orderId of [idle.id, starts.id]) {
      const [escalation] = await escalationsOf(orderId);
      const { data } = await app.gql<{ resolveEscalation: { errors: unknown[] } }>(
        `mutation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { errors { code } } }`,
        { input: { escalationId: escalation.id, resolution: 'Called the partner: they will set it up this week.' } },
        repToken,
      );
      expect(data?.resolveEscalation.errors).toEqual([]);
    }
    app.clock.advance(3_600_000);
    expect((await startSetup(app, await emailedSetupToken(app, startsContact))).errors).toEqual([]);

    const notices = () => app.em().count(OutboxMessage, { orderId: idle.id, template: 'REP_NOTICE' });
    expect(await notices()).toBe(1);
    app.clock.set(new Date(resolvedAt + loadConfig({ NODE_ENV: 'test' }).overdueAgainAfterMs - 1000));
    await sweeps();
    expect(await openEscalationsOf(idle.id)).toEqual([]);

    app.clock.set(new Date(resolvedAt + app.config.overdueAgainAfterMs));
    await sweeps();
    await sweeps();
    expect((await escalationsOf(idle.id)).map((e) => [e.kind, e.status])).toEqual([
      [EscalationKind.OVERDUE_PROVISIONING, EscalationStatus.RESOLVED],
      [EscalationKind.OVERDUE_PROVISIONING, EscalationStatus.OPEN],
    ]);
    expect(await notices()).toBe(2);
    // Started in between: it is not overdue any more, so nothing comes back for it.
    expect(await openEscalationsOf(starts.id)).toEqual([]);
  });

  it('OVERDUE_AGAIN_AFTER defaults to 3 days and takes the usual interval forms', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).overdueAgainAfterMs).toBe(3 * 86_400_000);
    expect(loadConfig({ NODE_ENV: 'test', OVERDUE_AGAIN_AFTER: '36 hours' }).overdueAgainAfterMs).toBe(36 * 3_600_000);
    expect(() => loadConfig({ NODE_ENV: 'test', OVERDUE_AGAIN_AFTER: 'soon' })).toThrow(/OVERDUE_AGAIN_AFTER must be an interval/);
  });

  it('item 1: a stranger sharing only an email domain is never offered, and cannot pick, another tenant’s customer organization; an existing administrator’s self-setup through another partner’s order leaves the managing partner as it was', async () => {
    app.clock.set('2026-11-02T09:00:00Z');
    const webmail = `${unique('mail')}.example`.toLowerCase();
    const accountA = unique('PA-A-');
    const accountB = unique('PA-B-');
    const partnerA = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: 'Rossi Networks', partnerAccountId: accountA });
    await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: 'Bianchi Telecom', partnerAccountId: accountB });

    // Partner A sets up its customer, whose administrator has a webmail address.
    const a = await wizard.orderWithLink({ partnerAccountId: accountA, customerName: 'Acme Italia' });
    await wizard.ok(await wizard.toReview(a.token, `mario@${webmail}`), 'completeOrderSetup', {});
    const acme = (await app.em().findOneOrFail(User, { email: `mario@${webmail}` }, { populate: ['organization'] })).organization.getEntity();
    expect(acme.managingPartner?.id).toBe(partnerA.id);

    // Partner B hands its own order to a stranger on the same webmail domain.
    const b = await wizard.orderWithLink({ partnerAccountId: accountB, customerName: 'Acme Italia' });
    const handing = await wizard.start(b.token);
    await wizard.ok(handing.sessionToken, 'chooseRole', { role: 'PARTNER' });
    await wizard.ok(handing.sessionToken, 'chooseSetupOwner', { owner: 'CUSTOMER', email: `stranger@${webmail}` });
    const stranger = await wizard.start(await emailedSetupToken(app, `stranger@${webmail}`));
    const atConfirm = await wizard.ok(stranger.sessionToken, 'chooseRole', { role: 'CUSTOMER' });
    expect(atConfirm.nextStep).toBe('CONFIRM_CUSTOMER_ORGANIZATION');
    expect(atConfirm.customerOrganizationCandidates).toEqual([]);
    const picked = await wizard.step(stranger.sessionToken, 'confirmCustomerOrganization', { candidateId: acme.id });
    expect(picked.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);

    // Partner B hands another order to A's customer administrator, who sets it up alone: A keeps managing Acme.
    const c = await wizard.orderWithLink({ partnerAccountId: accountB, customerName: 'Acme Italia' });
    const handingC = await wizard.start(c.token);
    await wizard.ok(handingC.sessionToken, 'chooseRole', { role: 'PARTNER' });
    await wizard.ok(handingC.sessionToken, 'chooseSetupOwner', { owner: 'CUSTOMER', email: `mario@${webmail}` });
    const mario = await wizard.start(await emailedSetupToken(app, `mario@${webmail}`));
    expect((await wizard.ok(mario.sessionToken, 'chooseRole', { role: 'CUSTOMER' })).nextStep).toBe('VERIFY_CUSTOMER_ORGANIZATION');
    await wizard.ok(mario.sessionToken, 'verifyCustomerOrganization', { recognized: true });
    await wizard.ok(mario.sessionToken, 'completeOrderSetup', {});
    const after = await app.em().findOneOrFail(Order, c.orderId, { populate: ['customerOrganization'] });
    expect(after.customerOrganization?.id).toBe(acme.id);
    expect(
      (await app.em().findOneOrFail(User, { email: `mario@${webmail}` }, { populate: ['organization'] })).organization.getEntity().managingPartner?.id,
    ).toBe(partnerA.id);
  });

  it('item 7: a cancelled order tells the holder of its link by email and on the page (ORDER_CLOSED, reason CANCELLED)', async () => {
    app.clock.set('2026-11-02T09:00:00Z');
    const contact = `${unique('orders')}@rossi.example`.toLowerCase();
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-02', provisioningContactEmail: contact, locale: 'it' });
    const token = await emailedSetupToken(app, contact);
    const opened = await startSetup(app, token);
    const cancelled = await app.gql(
      `mutation($input: AmendOrderCancelInput!) { amendOrderCancel(input: $input) { errors { code } } }`,
      { input: { orderId: order.id, clientRequestId: unique('c-'), reason: 'Il cliente ha rinunciato' } },
      intakeKey,
    );
    expect(cancelled.data.amendOrderCancel.errors).toEqual([]);
    const [notice, ...more] = await app.em().find(OutboxMessage, { orderId: order.id, template: 'ORDER_CANCELLED' });
    expect(more).toEqual([]);
    expect(notice.recipient).toBe(contact);
    expect(notice.subject).toContain('annullato');

    const step = await app.gql(`mutation { chooseRole(input: { role: PARTNER }) { errors { code params } } }`, {}, opened.sessionToken!);
    expect(step.data.chooseRole.errors).toEqual([{ code: 'ORDER_CLOSED', params: { reason: 'CANCELLED' } }]);
    const again = await app.gql(`mutation($input: StartSetupInput!) { startSetup(input: $input) { errors { code params } } }`, { input: { token } });
    expect(again.data.startSetup.errors).toEqual([{ code: 'ORDER_CLOSED', params: { reason: 'CANCELLED' } }]);
  });

  it('item 7: an amendment that changes nothing records nothing; a start date far in the past is refused with a clear error, and a retry of an order placed in time still answers it', async () => {
    app.clock.set('2026-11-02T09:00:00Z');
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-20', timeZone: 'Europe/Rome' });
    const eventsOf = () => app.em().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from order_event where order_id = ?`, [order.id]);
    const before = (await eventsOf())[0].n;
    const same = await app.gql(
      `mutation($input: AmendOrderStartDateInput!) { amendOrderStartDate(input: $input) { errors { code } } }`,
      { input: { orderId: order.id, clientRequestId: unique('d-'), requestedStartDate: '2026-11-20' } },
      intakeKey,
    );
    expect(same.data.amendOrderStartDate.errors).toEqual([]);
    const sameQuantities = await app.gql(
      `mutation($input: AmendOrderQuantitiesInput!) { amendOrderQuantities(input: $input) { errors { code } } }`,
      {
        input: {
          orderId: order.id,
          clientRequestId: unique('q-'),
          services: [
            { kind: 'CALLING', quantity: 20 },
            { kind: 'MEETINGS', quantity: 50 },
          ],
        },
      },
      intakeKey,
    );
    expect(sameQuantities.data.amendOrderQuantities.errors).toEqual([]);
    expect((await eventsOf())[0].n).toBe(before);

    const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created errors { code field params } } }`;
    const old = orderInput({ requestedStartDate: '2026-09-01' });
    const refused = await app.gql(PLACE, { input: old }, intakeKey);
    expect(refused.data.placeOrder.errors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'requestedStartDate'], params: { reason: 'START_DATE_TOO_OLD', days: 30 } },
    ]);
    const moved = await app.gql(
      `mutation($input: AmendOrderStartDateInput!) { amendOrderStartDate(input: $input) { errors { code params } } }`,
      { input: { orderId: order.id, clientRequestId: unique('d-'), requestedStartDate: '2026-01-15' } },
      intakeKey,
    );
    expect(moved.data.amendOrderStartDate.errors).toEqual([{ code: 'INVALID_INPUT', params: { reason: 'START_DATE_TOO_OLD', days: 30 } }]);

    // Placed in time, retried two months later: the same order, not a refusal.
    const recent = orderInput({ requestedStartDate: '2026-11-01' });
    expect((await app.gql(PLACE, { input: recent }, intakeKey)).data.placeOrder).toMatchObject({ created: true, errors: [] });
    app.clock.set('2027-01-10T09:00:00Z');
    expect((await app.gql(PLACE, { input: recent }, intakeKey)).data.placeOrder).toMatchObject({ created: false, errors: [] });
  });

  it('the alias rule: on a link sent to a shared address (orders@), the person gives their own email before anything is created, and the account is theirs, not the alias’s', async () => {
    app.clock.set('2026-11-02T09:00:00Z');
    const domain = `${unique('newpartner')}.example`.toLowerCase();
    const alias = `orders@${domain}`;
    const { orderId, token } = await wizard.orderWithLink({ partnerAccountId: unique('PA-'), provisioningContactEmail: alias }, alias);
    const { sessionToken, session } = await wizard.start(token);
    expect(session.nextStep).toBe('CHOOSE_ROLE');
    const shared = await app.gql(`query { setupSession { recipientIsSharedAddress } }`, {}, sessionToken);
    expect(shared.data.setupSession.recipientIsSharedAddress).toBe(true);
    await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    const without = await app.gql(
      `mutation($input: ChooseSetupOwnerInput!) { chooseSetupOwner(input: $input) { errors { code field params } } }`,
      { input: { owner: 'SELF' } },
      sessionToken,
    );
    expect(without.data.chooseSetupOwner.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'yourEmail'], params: { reason: 'OWN_EMAIL_REQUIRED' } }]);
    const stillAlias = await app.gql(
      `mutation($input: ChooseSetupOwnerInput!) { chooseSetupOwner(input: $input) { errors { code field } } }`,
      { input: { owner: 'SELF', yourEmail: `it@${domain}` } },
      sessionToken,
    );
    expect(stillAlias.data.chooseSetupOwner.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'yourEmail'] }]);
    await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF', yourEmail: `Giulia.Neri@${domain.toUpperCase()}` });
    await wizard.ok(sessionToken, 'createPartnerOrganization', {
      name: 'Neri Sistemi',
      country: 'IT',
      address: 'Via Po 1',
      city: 'Torino',
      postalCode: '10100',
    });
    await wizard.ok(sessionToken, 'setCustomerAdministrator', { email: `admin-${unique('')}@customer.example`.toLowerCase() });
    await wizard.ok(sessionToken, 'confirmCustomerOrganization', {
      newOrganization: { name: 'Cliente', country: 'IT', address: 'Via Po 2', city: 'Torino', postalCode: '10100' },
    });
    expect((await wizard.ok(sessionToken, 'completeOrderSetup', {})).nextStep).toBe('SET_PASSWORD');
    expect(await app.em().count(User, { email: alias })).toBe(0);
    const giulia = await app.em().findOneOrFail(User, { email: `giulia.neri@${domain}` }, { populate: ['organization'] });
    expect(giulia.organization.getEntity().kind).toBe(OrganizationKind.PARTNER);
    expect((await app.em().findOneOrFail(Order, orderId, { populate: ['partnerOrganization'] })).partnerOrganization?.id).toBe(giulia.organization.id);
  });
});
