import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { Escalation } from '../server/escalations/escalation.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { Organization, OrganizationKind } from '../server/organizations/organization.entity.js';
import { User } from '../server/organizations/user.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { Subscription } from '../server/subscriptions/subscription.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createOrganization, createRep, createUser, loginToken, unique } from './support/factories.js';
import { CALLING, CUSTOMER_ORGANIZATION, MEETINGS, STRONG_PASSWORD, Wizard } from './support/wizard.js';

let app: TestApp;
let wizard: Wizard;

beforeAll(async () => {
  app = await startTestApp();
  wizard = new Wizard(app);
});
afterAll(() => app.stop());

const codes = (payload: { errors: { code: string }[] }) => payload.errors.map((e) => e.code);

/** A set-up order on the SELF path, ready for service setup (new partner: password already set). */
async function setUpOrder(overrides: Record<string, unknown> = {}) {
  const { orderId, token } = await wizard.orderWithLink({ partnerAccountId: unique('PA-'), ...overrides });
  const sessionToken = await wizard.toReview(token, `admin-${unique('')}@customer.example`);
  await wizard.ok(sessionToken, 'completeOrderSetup', {});
  await wizard.ok(sessionToken, 'setPassword', { password: STRONG_PASSWORD });
  return { orderId, sessionToken };
}

describe('startSetup', () => {
  it('answers TOKEN_INVALID for an unknown link', async () => {
    expect(codes(await wizard.start('phs_made-up'))).toEqual(['TOKEN_INVALID']);
    expect(codes(await wizard.start(''))).toEqual(['TOKEN_INVALID']);
  });

  it('answers TOKEN_EXPIRED for a link replaced by a newer one', async () => {
    const { orderId, token } = await wizard.orderWithLink();
    const order = await app.em().findOneOrFail(Order, orderId);
    await wizard.issueLink(orderId, order.provisioningContactEmail);
    expect(codes(await wizard.start(token))).toEqual(['TOKEN_EXPIRED']);
  });

  it('answers TOKEN_EXPIRED after 30 days for A-WX and after 7 days for A-FLEX', async () => {
    const wx = await wizard.orderWithLink({ offer: 'A_WX' });
    const flex = await wizard.orderWithLink({ offer: 'A_FLEX' });
    const start = app.clock.now();
    app.clock.advance(7 * 86_400_000);
    expect(codes(await wizard.start(flex.token))).toEqual(['TOKEN_EXPIRED']);
    expect(codes(await wizard.start(wx.token))).toEqual([]);
    app.clock.advance(23 * 86_400_000);
    expect(codes(await wizard.start(wx.token))).toEqual(['TOKEN_EXPIRED']);
    app.clock.set(start);
  });

  it('answers ORDER_ALREADY_SET_UP once the order is set up, on a link that did not set it up (the one that did comes back to the service setup)', async () => {
    const { orderId, token } = await wizard.orderWithLink();
    const other = await wizard.issueLink(orderId, `${unique('other')}@partner.example`.toLowerCase());
    await wizard.ok(await wizard.toReview(token), 'completeOrderSetup', {});
    expect(codes(await wizard.start(other))).toEqual(['ORDER_ALREADY_SET_UP']);
    expect(codes(await wizard.start(token))).toEqual([]);
  });

  it('marks the order SETUP_IN_PROGRESS and records when provisioning started, the first time only', async () => {
    const { orderId, token } = await wizard.orderWithLink();
    await wizard.start(token);
    const first = (await app.em().findOneOrFail(Order, orderId)).setupStartedAt;
    app.clock.advance(5_000);
    await wizard.start(token);
    const order = await app.em().findOneOrFail(Order, orderId);
    expect(order.status).toBe('SETUP_IN_PROGRESS');
    expect(order.setupStartedAt).toEqual(first);
  });

  it('ends an idle session after an hour with SESSION_EXPIRED', async () => {
    const { token } = await wizard.orderWithLink();
    const { sessionToken, session } = await wizard.start(token);
    expect(new Date(session.expiresAt).getTime() - app.clock.now().getTime()).toBe(60 * 60 * 1000);
    app.clock.advance(61 * 60 * 1000);
    expect(codes(await wizard.step(sessionToken, 'chooseRole', { role: 'PARTNER' }))).toEqual(['SESSION_EXPIRED']);
  });
});

describe('the step order', () => {
  it('refuses a step out of order with STEP_NOT_ALLOWED and changes nothing', async () => {
    const { orderId, token } = await wizard.orderWithLink();
    const { sessionToken } = await wizard.start(token);
    const payload = await wizard.step(sessionToken, 'completeOrderSetup', {});
    expect(codes(payload)).toEqual(['STEP_NOT_ALLOWED']);
    expect(payload.session).toMatchObject({ nextStep: 'CHOOSE_ROLE', completedSteps: [] });
    expect(await app.em().count(Subscription, { order: orderId })).toBe(0);
  });

  it('lets the user go back to an earlier step, dropping what was entered after it', async () => {
    const { token } = await wizard.orderWithLink();
    const sessionToken = await wizard.toReview(token, 'first@choice.example');
    const back = await wizard.ok(sessionToken, 'setCustomerAdministrator', { email: 'second@choice.example' });
    expect(back).toMatchObject({
      nextStep: 'CONFIRM_CUSTOMER_ORGANIZATION',
      customerAdministratorEmail: 'second@choice.example',
      newCustomerOrganization: null,
    });
    expect(back.completedSteps).toEqual(['CHOOSE_ROLE', 'CHOOSE_SETUP_OWNER', 'CREATE_PARTNER_ORGANIZATION', 'CUSTOMER_ADMINISTRATOR']);
  });

  it('needs a setup session token: none is UNAUTHENTICATED, a login is FORBIDDEN', async () => {
    const anonymous = await app.gql(`mutation { chooseRole(input: { role: PARTNER }) { errors { code } } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const rep = await createRep(app.em());
    const asRep = await app.gql(`mutation { chooseRole(input: { role: PARTNER }) { errors { code } } }`, {}, await loginToken(app.em(), { rep }));
    expect(asRep.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('requires an email to hand the setup to a colleague or the customer', async () => {
    const { token } = await wizard.orderWithLink();
    const { sessionToken } = await wizard.start(token);
    await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    const missing = await wizard.step(sessionToken, 'chooseSetupOwner', { owner: 'COLLEAGUE' });
    expect(missing.errors).toEqual([expect.objectContaining({ code: 'INVALID_EMAIL', field: ['input', 'email'] })]);
    const bad = await wizard.step(sessionToken, 'chooseSetupOwner', { owner: 'CUSTOMER', email: 'nope' });
    expect(bad.errors).toEqual([expect.objectContaining({ code: 'INVALID_EMAIL', field: ['input', 'email'] })]);
    expect(bad.session.nextStep).toBe('CHOOSE_SETUP_OWNER');
  });
});

describe('one user, one organization', () => {
  it('never makes another partner’s administrator a customer administrator: step 6 answers as for anyone (#23 item 2), step 8 holds the order for a rep', async () => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') });
    const partnerUser = await createUser(app.em(), partner);
    const { orderId, token } = await wizard.orderWithLink();
    const { sessionToken } = await wizard.start(token);
    await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
    await wizard.ok(sessionToken, 'createPartnerOrganization', { name: 'P', country: 'IT', address: 'A', city: 'C', postalCode: '1' });
    const accepted = await wizard.ok(sessionToken, 'setCustomerAdministrator', { email: partnerUser.email.toUpperCase() });
    expect(accepted.nextStep).toBe('CONFIRM_CUSTOMER_ORGANIZATION');
    await wizard.ok(sessionToken, 'confirmCustomerOrganization', { newOrganization: CUSTOMER_ORGANIZATION });
    expect((await wizard.ok(sessionToken, 'completeOrderSetup', {})).nextStep).toBe('ON_HOLD');
    const order = await app.em().findOneOrFail(Order, orderId);
    expect(order.status).toBe('ON_HOLD');
    expect(order.customerOrganization).toBeFalsy();
    expect((await app.em().findOneOrFail(User, { email: partnerUser.email })).organization.id).toBe(partner.id);
    expect(await app.em().count(Organization, { name: 'P' })).toBe(0);
  });

  it('never hands a customer administrator of an organization another partner manages to this partner, without revealing it', async () => {
    const otherPartner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') });
    const theirCustomer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: otherPartner, name: 'Secret Customer' });
    const theirAdmin = await createUser(app.em(), theirCustomer);
    const { token } = await wizard.orderWithLink();
    const { sessionToken } = await wizard.start(token);
    await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
    await wizard.ok(sessionToken, 'createPartnerOrganization', { name: 'P', country: 'IT', address: 'A', city: 'C', postalCode: '1' });
    const accepted = await wizard.step(sessionToken, 'setCustomerAdministrator', { email: theirAdmin.email });
    expect(codes(accepted)).toEqual([]);
    expect(JSON.stringify(accepted)).not.toContain('Secret Customer');
    await wizard.ok(sessionToken, 'confirmCustomerOrganization', { newOrganization: CUSTOMER_ORGANIZATION });
    const held = await wizard.ok(sessionToken, 'completeOrderSetup', {});
    expect(held.nextStep).toBe('ON_HOLD');
    expect(JSON.stringify(held)).not.toContain('Secret Customer');
    expect((await app.em().findOneOrFail(Organization, theirCustomer.id)).managingPartner?.id).toBe(otherPartner.id);
  });

  it('refuses the person creating a new partner organization as the customer administrator', async () => {
    const { token } = await wizard.orderWithLink({ provisioningContactEmail: 'me@partner.example' });
    const { sessionToken } = await wizard.start(token);
    await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
    await wizard.ok(sessionToken, 'createPartnerOrganization', { name: 'P', country: 'IT', address: 'A', city: 'C', postalCode: '1' });
    const { data } = await app.gql(
      `mutation($input: SetCustomerAdministratorInput!) { setCustomerAdministrator(input: $input) { errors { code field params } } }`,
      { input: { email: 'me@partner.example' } },
      sessionToken,
    );
    // Its own reason: the partner organization does not exist yet, so it is not "one you do not manage" (#27).
    expect(data.setCustomerAdministrator.errors).toEqual([
      { code: 'USER_IN_ANOTHER_ORGANIZATION', field: ['input', 'email'], params: { reason: 'ADMINISTERS_NEW_PARTNER' } },
    ]);
  });

  it('lets exactly one of two orders claim the same new administrator when both complete at once', async () => {
    const admin = `race-${unique('')}@shared.example`;
    const a = await wizard.toReview((await wizard.orderWithLink({ partnerAccountId: unique('PA-') })).token, admin);
    const b = await wizard.toReview((await wizard.orderWithLink({ partnerAccountId: unique('PA-') })).token, admin);
    const results = await Promise.all([wizard.step(a, 'completeOrderSetup', {}), wizard.step(b, 'completeOrderSetup', {})]);
    expect(results.map(codes).sort()).toEqual([[], ['USER_IN_ANOTHER_ORGANIZATION']]);
    expect(await app.em().count(User, { email: admin })).toBe(1);
    expect(results.find((r) => r.errors.length)!.session.nextStep).toBe('REVIEW_ORDER');
  });

  it('is enforced by the database, not only by a check', async () => {
    const organization = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER });
    const other = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER });
    await createUser(app.em(), organization, 'dup@db.example');
    await expect(
      app
        .em()
        .getConnection()
        .execute(
          `insert into app_user (id, organization_id, email, role, created_at) values (gen_random_uuid(), '${other.id}', 'dup@db.example', 'ADMIN', now())`,
        ),
    ).rejects.toThrow(/app_user_email_unique/);
    await expect(
      app
        .em()
        .getConnection()
        .execute(
          `insert into app_user (id, organization_id, email, role, created_at) values (gen_random_uuid(), '${other.id}', 'Dup@DB.example', 'ADMIN', now())`,
        ),
    ).rejects.toThrow(/check/);
  });
});

describe('step 8, completeOrderSetup', () => {
  it('commits once when two people complete the same order at once; the other hears ORDER_ALREADY_SET_UP', async () => {
    const { orderId, token } = await wizard.orderWithLink({ partnerAccountId: unique('PA-') });
    const otherToken = await wizard.issueLink(orderId, 'second-person@partner.example');
    const first = await wizard.toReview(token, 'one@race.example');
    const second = await wizard.toReview(otherToken, 'two@race.example');
    const results = await Promise.all([wizard.step(first, 'completeOrderSetup', {}), wizard.step(second, 'completeOrderSetup', {})]);
    expect(results.map(codes).sort()).toEqual([[], ['ORDER_ALREADY_SET_UP']]);
    expect(await app.em().count(Subscription, { order: orderId })).toBe(1);
    expect(await app.em().count(AuditEvent, { orderId, action: 'order.set_up' })).toBe(1);
  });

  it('offers candidates by the first five letters of the customer name and by email domain, only among the partner’s own customers', async () => {
    const partnerAccountId = unique('PA-');
    const first = await wizard.orderWithLink({ partnerAccountId, customerName: 'Globex Italia', services: [{ kind: 'MESSAGING', quantity: 1 }] });
    const t1 = await wizard.toReview(first.token, `x-${unique('')}@globex.example`);
    await wizard.ok(t1, 'completeOrderSetup', {});
    const partner = await app.em().findOneOrFail(Organization, { partnerAccountId });
    const byName = await createOrganization(app.em(), {
      kind: OrganizationKind.CUSTOMER,
      name: 'GLOBEX Deutschland',
      managingPartner: partner,
      country: 'DE',
      city: 'Köln',
    });
    const byDomain = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, name: 'Unrelated Name', managingPartner: partner });
    await createUser(app.em(), byDomain, `someone-${unique('')}@initech.example`);
    const stranger = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, name: 'Globex Elsewhere' });

    const second = await wizard.orderWithLink({ partnerAccountId, customerName: 'Globex Corporation' });
    const { sessionToken } = await wizard.start(second.token);
    await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
    await wizard.ok(sessionToken, 'reviewPartnerOrganization', { recognized: true });
    const confirm = await wizard.ok(sessionToken, 'setCustomerAdministrator', { email: 'new-boss@initech.example' });
    const names = confirm.customerOrganizationCandidates.map((c: { name: string }) => c.name).sort();
    expect(names).toEqual(
      ['Acme Italia', 'GLOBEX Deutschland', 'Unrelated Name']
        .filter((n) => n !== 'Acme Italia')
        .concat(names.includes('Acme Italia') ? ['Acme Italia'] : [])
        .sort(),
    );
    expect(names).not.toContain(stranger.name);
    expect(confirm.customerOrganizationCandidates[0]).toEqual(expect.objectContaining({ activeSubscriptionCount: 0, createdAt: expect.any(String) }));
    // Each with where it is, so two of one name tell apart.
    expect(confirm.customerOrganizationCandidates.find((c: { id: string }) => c.id === byName.id)).toEqual(
      expect.objectContaining({ name: 'GLOBEX Deutschland', city: 'Köln', country: 'DE' }),
    );

    expect(codes(await wizard.step(sessionToken, 'confirmCustomerOrganization', { candidateId: stranger.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await wizard.step(sessionToken, 'confirmCustomerOrganization', { candidateId: byName.id, newOrganization: CUSTOMER_ORGANIZATION }))).toEqual([
      'INVALID_INPUT',
    ]);
    await wizard.ok(sessionToken, 'confirmCustomerOrganization', { candidateId: byName.id });
    const setUp = await wizard.ok(sessionToken, 'completeOrderSetup', {});
    expect(setUp.customerOrganization).toMatchObject({ id: byName.id, name: 'GLOBEX Deutschland' });
    expect(await app.em().count(User, { email: 'new-boss@initech.example', organization: byName.id })).toBe(1);
  });

  it('closes the overdue escalation itself, with the reason on record, when the order gets set up', async () => {
    const { orderId, token } = await wizard.orderWithLink();
    const order = await app.em().findOneOrFail(Order, orderId);
    await app.orm.em
      .fork()
      .transactional((em) =>
        app.services.escalations.open({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, em.merge(order), 'OVERDUE_PROVISIONING' as never),
      );
    await wizard.ok(await wizard.toReview(token), 'completeOrderSetup', {});
    const escalation = await app.em().findOneOrFail(Escalation, { order: orderId });
    expect(escalation.status).toBe('RESOLVED');
    expect(escalation.resolution).toMatch(/^Resolved automatically: the order was set up on .* by .*@rossi-networks\.example\.$/);
  });

  it('refuses a weak password with PASSWORD_TOO_WEAK', async () => {
    const { token } = await wizard.orderWithLink({ partnerAccountId: unique('PA-') });
    const t = await wizard.toReview(token);
    await wizard.ok(t, 'completeOrderSetup', {});
    const weak = await wizard.step(t, 'setPassword', { password: 'short' });
    expect(weak.errors).toEqual([expect.objectContaining({ code: 'PASSWORD_TOO_WEAK', field: ['input', 'password'] })]);
    expect(codes(await wizard.step(t, 'setPassword', { password: 'aaaaaaaaaaaaaaaa1' }))).toEqual(['PASSWORD_TOO_WEAK']);
    expect(codes(await wizard.step(t, 'saveEnterpriseSettings', { subdomain: 'early' }))).toEqual(['STEP_NOT_ALLOWED']);
  });
});

describe('service setup', () => {
  it('refuses to provision until the required settings are saved, and lists them', async () => {
    const { sessionToken } = await setUpOrder();
    const payload = await wizard.step(sessionToken, 'provisionSubscription', {});
    expect(codes(payload)).toEqual(['SETTINGS_INCOMPLETE']);
    expect(payload.session.missingSettings).toEqual(['ENTERPRISE_SETTINGS', 'CALLING_SETTINGS', 'MEETING_SETTINGS']);
    expect(payload.session.subscription).toMatchObject({ status: 'PENDING', billingStartedAt: null });
  });

  it('shows a client what is saved and what is missing, and which role the link accepts', async () => {
    const { token } = await wizard.orderWithLink({ customerName: 'Acme Visible' });
    const { sessionToken } = await wizard.start(token);
    const SEE = `{ setupSession { allowedRole order { customerName partnerName } subscription { missingSettings callingSettings { city mainNumber } meetingSettings { siteUrl } } } }`;
    expect((await app.gql(SEE, {}, sessionToken)).data.setupSession).toEqual({
      allowedRole: 'PARTNER',
      order: { customerName: 'Acme Visible', partnerName: 'Rossi Networks S.r.l.' },
      subscription: null,
    });
    const setUp = await setUpOrder();
    await wizard.ok(setUp.sessionToken, 'saveCallingSettings', { ...CALLING, mainNumber: null });
    await wizard.ok(setUp.sessionToken, 'saveMeetingSettings', MEETINGS);
    expect((await app.gql(SEE, {}, setUp.sessionToken)).data.setupSession.subscription).toEqual({
      missingSettings: ['ENTERPRISE_SETTINGS'],
      callingSettings: { city: 'Milano', mainNumber: null },
      meetingSettings: { siteUrl: 'acme-italia.webex.com' },
    });
  });

  it('offers calling settings only when Calling was purchased, and validates them field by field', async () => {
    const { sessionToken } = await setUpOrder({ services: [{ kind: 'MEETINGS', quantity: 5 }] });
    expect(codes(await wizard.step(sessionToken, 'saveCallingSettings', CALLING))).toEqual(['STEP_NOT_ALLOWED']);
    const other = await setUpOrder();
    const bad = await wizard.step(other.sessionToken, 'saveCallingSettings', { ...CALLING, country: 'Italy', timeZone: 'Mars/Olympus', mainNumber: '12345' });
    expect(bad.errors.map((e: { field: string[] }) => e.field.join('.')).sort()).toEqual(['input.country', 'input.mainNumber', 'input.timeZone']);
    const meeting = await wizard.ok(other.sessionToken, 'saveMeetingSettings', { ...MEETINGS, siteName: 'Acme-Milano' });
    expect(meeting.missingSettings).toEqual(['ENTERPRISE_SETTINGS', 'CALLING_SETTINGS']);
    const stored = await app.em().findOneOrFail(Subscription, meeting.subscription.id);
    expect(stored.meetingSettings).toEqual({ siteName: 'acme-milano', siteUrl: 'acme-milano.webex.com', timeZone: 'Europe/Rome', language: 'it' });
  });

  it('checks subdomains: letters and digits only, at most 63, reserved words refused, compared case-insensitively', async () => {
    const { sessionToken } = await setUpOrder();
    const check = async (subdomain: string) =>
      (await app.gql(`query($s: String!) { checkSubdomainAvailability(subdomain: $s) { subdomain available reason message } }`, { s: subdomain }, sessionToken))
        .data.checkSubdomainAvailability;
    expect(await check('acme-italia')).toEqual({
      subdomain: 'acme-italia',
      available: false,
      reason: 'SUBDOMAIN_INVALID',
      message: 'Invalid subdomain name. Use 1 to 63 letters and digits only.',
    });
    expect((await check('a'.repeat(64))).reason).toBe('SUBDOMAIN_INVALID');
    expect((await check('a'.repeat(63))).available).toBe(true);
    expect(await check('Admin')).toMatchObject({ available: false, reason: 'SUBDOMAIN_RESERVED' });
    const taken = unique('taken');
    const holder = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER });
    await app.em().nativeUpdate(Organization, holder.id, { subdomain: taken });
    expect(await check(taken.toUpperCase())).toEqual({
      subdomain: taken,
      available: false,
      reason: 'SUBDOMAIN_TAKEN',
      message: 'Not available. Please try another name.',
    });
    const save = await wizard.step(sessionToken, 'saveEnterpriseSettings', { subdomain: taken.toUpperCase() });
    expect(save.errors).toEqual([expect.objectContaining({ code: 'SUBDOMAIN_TAKEN', field: ['input', 'subdomain'] })]);
    // Checking never reserves.
    const free = unique('free');
    expect((await check(free)).available).toBe(true);
    expect(await app.em().count(Organization, { subdomain: free })).toBe(0);
  });

  it('lets exactly one of two organizations claim a subdomain saved at the same moment', async () => {
    const a = await setUpOrder();
    const b = await setUpOrder();
    const contested = unique('contested');
    const results = await Promise.all([
      wizard.step(a.sessionToken, 'saveEnterpriseSettings', { subdomain: contested }),
      wizard.step(b.sessionToken, 'saveEnterpriseSettings', { subdomain: contested }),
    ]);
    expect(results.map(codes).sort()).toEqual([[], ['SUBDOMAIN_TAKEN']]);
    expect(await app.em().count(Organization, { subdomain: contested })).toBe(1);
  });

  it('replaces the subdomain on a second save, freeing the old one, and freezes it once provisioned', async () => {
    const { sessionToken } = await setUpOrder({ services: [{ kind: 'MESSAGING', quantity: 1 }] });
    const first = unique('first');
    const second = unique('second');
    await wizard.ok(sessionToken, 'saveEnterpriseSettings', { subdomain: first });
    await wizard.ok(sessionToken, 'saveEnterpriseSettings', { subdomain: second });
    expect(await app.em().count(Organization, { subdomain: first })).toBe(0);
    await wizard.ok(sessionToken, 'provisionSubscription', {});
    expect(codes(await wizard.step(sessionToken, 'saveEnterpriseSettings', { subdomain: unique('third') }))).toEqual(['STEP_NOT_ALLOWED']);
    expect(await app.em().count(Organization, { subdomain: second })).toBe(1);
  });

  it('starts billing once: concurrent and repeated provisioning all answer the same billingStartedAt', async () => {
    const { orderId, sessionToken } = await setUpOrder({
      services: [
        { kind: 'MESSAGING', quantity: 1 },
        { kind: 'WEBINARS', quantity: 2 },
      ],
    });
    await wizard.ok(sessionToken, 'saveEnterpriseSettings', { subdomain: unique('once') });
    const results = await Promise.all(Array.from({ length: 6 }, () => wizard.step(sessionToken, 'provisionSubscription', {})));
    expect(results.every((r) => r.errors.length === 0)).toBe(true);
    const stamps = new Set(results.map((r) => r.session.subscription.billingStartedAt));
    expect(stamps.size).toBe(1);
    app.clock.advance(30 * 60_000);
    const later = await wizard.ok(sessionToken, 'provisionSubscription', {});
    expect(later.subscription.billingStartedAt).toBe([...stamps][0]);
    const events = await app.em().find(AuditEvent, { orderId, action: 'subscription.provisioned' });
    expect(events).toHaveLength(1);
    expect(events[0].after).toMatchObject({ billedServices: ['MESSAGING', 'WEBINARS'] });
  });

  it('lets an organization administrator continue service setup with a login, naming the subscription', async () => {
    const { orderId, sessionToken } = await setUpOrder({
      provisioningContactEmail: `pa-${unique('')}@partner.example`.toLowerCase(),
      services: [{ kind: 'MESSAGING', quantity: 1 }],
    });
    const session = await wizard.session(sessionToken);
    const login = await app.gql(`mutation($input: LoginInput!) { login(input: $input) { token } }`, {
      input: { email: session.recipientEmail, password: STRONG_PASSWORD },
    });
    const token = login.data.login.token;
    const subscriptionId = session.subscription.id;
    const noId = await app.gql(`mutation { saveEnterpriseSettings(input: { subdomain: "x1" }) { errors { code field } } }`, {}, token);
    expect(noId.data.saveEnterpriseSettings.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'subscriptionId'] }]);
    const saved = await app.gql(
      `mutation($input: EnterpriseSettingsInput!) { saveEnterpriseSettings(input: $input) { errors { code } session { id } subscription { id subdomain } } }`,
      { input: { subscriptionId, subdomain: 'Login1' + unique('') } },
      token,
    );
    expect(saved.data.saveEnterpriseSettings).toMatchObject({ errors: [], session: null, subscription: { id: subscriptionId } });
    const provisioned = await app.gql(
      `mutation($input: ProvisionInput!) { provisionSubscription(input: $input) { errors { code } subscription { status } } }`,
      { input: { subscriptionId } },
      token,
    );
    expect(provisioned.data.provisionSubscription).toEqual({ errors: [], subscription: { status: 'ACTIVE' } });
    expect((await app.em().findOneOrFail(Order, orderId)).status).toBe('PROVISIONED');
  });
});

describe('accounts', () => {
  it('activates a customer administrator created by a partner, once, and logs them in', async () => {
    const { orderId } = await setUpOrder();
    const email = await app.em().findOneOrFail(OutboxMessage, { orderId, template: 'ACTIVATION' });
    const token = /token=(pha_[A-Za-z0-9_-]+)/.exec(email.text)![1];
    const ACTIVATE = `mutation($input: ActivateAccountInput!) { activateAccount(input: $input) { token errors { code field } viewer { kind email } } }`;
    expect((await app.gql(ACTIVATE, { input: { token, password: 'weak' } })).data.activateAccount.errors).toEqual([
      { code: 'PASSWORD_TOO_WEAK', field: ['input', 'password'] },
    ]);
    const activated = (await app.gql(ACTIVATE, { input: { token, password: STRONG_PASSWORD } })).data.activateAccount;
    expect(activated).toMatchObject({ errors: [], viewer: { kind: 'CUSTOMER_ADMIN', email: email.recipient } });
    expect((await app.gql(ACTIVATE, { input: { token, password: STRONG_PASSWORD } })).data.activateAccount.errors).toEqual([
      { code: 'TOKEN_EXPIRED', field: ['input', 'token'] },
    ]);
    expect((await app.gql(ACTIVATE, { input: { token: 'pha_unknown', password: STRONG_PASSWORD } })).data.activateAccount.errors[0].code).toBe('TOKEN_INVALID');
    const orders = await app.gql(`{ orders { edges { node { id customerOrganization { name } } } } }`, {}, activated.token);
    expect(orders.data.orders.edges.map((e: any) => e.node.id)).toEqual([orderId]);
  });

  it('refuses a wrong password with INVALID_CREDENTIALS and revokes a login at logout', async () => {
    const rep = await createRep(app.em(), { password: 'Rep-password-1' });
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token errors { code } viewer { kind } } }`;
    expect((await app.gql(LOGIN, { input: { email: rep.email, password: 'wrong-password' } })).data.login).toEqual({
      token: null,
      viewer: null,
      errors: [{ code: 'INVALID_CREDENTIALS' }],
    });
    expect((await app.gql(LOGIN, { input: { email: 'nobody@nowhere.example', password: 'whatever-1' } })).data.login.errors).toEqual([
      { code: 'INVALID_CREDENTIALS' },
    ]);
    const { token, viewer } = (await app.gql(LOGIN, { input: { email: rep.email.toUpperCase(), password: 'Rep-password-1' } })).data.login;
    expect(viewer).toEqual({ kind: 'REP' });
    expect((await app.gql(`{ viewer { kind } }`, {}, token)).data.viewer).toEqual({ kind: 'REP' });
    expect((await app.gql(`mutation { logout(input: {}) { errors { code } } }`, {}, token)).data.logout.errors).toEqual([]);
    const after = await app.gql(`{ escalations { totalCount } }`, {}, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
