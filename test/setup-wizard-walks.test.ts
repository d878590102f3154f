import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { Escalation, EscalationKind, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { Organization } from '../server/organizations/organization.entity.js';
import { User } from '../server/organizations/user.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { Subscription } from '../server/subscriptions/subscription.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createRep, loginToken, unique } from './support/factories.js';
import { CALLING, CUSTOMER_ORGANIZATION, MEETINGS, PARTNER_ORGANIZATION, STRONG_PASSWORD, Wizard } from './support/wizard.js';

let app: TestApp;
let wizard: Wizard;

beforeAll(async () => {
  app = await startTestApp();
  wizard = new Wizard(app);
});
afterAll(() => app.stop());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token errors { code } viewer { kind email organization { name kind } } } }`;
const MY_ORDERS = `{ orders { totalCount edges { node { id status partnerOrganization { name } customerOrganization { id name } subscription { id status } } } } }`;

describe('the Set up now wizard, walked end to end', () => {
  it('takes a partner on its first order from the link to a provisioned, billing subscription', async () => {
    const partnerAccountId = unique('PA-');
    const { orderId, token } = await wizard.orderWithLink({ partnerAccountId, provisioningContactEmail: 'giulia@rossi.example' });

    const started = await wizard.start(token);
    expect(started.errors).toEqual([]);
    expect(started.session).toMatchObject({
      nextStep: 'CHOOSE_ROLE',
      completedSteps: [],
      recipientEmail: 'giulia@rossi.example',
      order: { id: orderId, status: 'SETUP_IN_PROGRESS' },
    });
    const t = started.sessionToken;

    expect((await wizard.ok(t, 'chooseRole', { role: 'PARTNER' })).nextStep).toBe('CHOOSE_SETUP_OWNER');
    expect((await wizard.ok(t, 'chooseSetupOwner', { owner: 'SELF' })).nextStep).toBe('CREATE_PARTNER_ORGANIZATION');
    const afterPartner = await wizard.ok(t, 'createPartnerOrganization', PARTNER_ORGANIZATION);
    expect(afterPartner).toMatchObject({
      nextStep: 'CUSTOMER_ADMINISTRATOR',
      newPartnerOrganization: { name: 'Rossi Networks', country: 'IT' },
      partnerOrganization: null,
    });
    const afterAdmin = await wizard.ok(t, 'setCustomerAdministrator', { email: 'IT-Admin@Acme.example' });
    expect(afterAdmin).toMatchObject({
      nextStep: 'CONFIRM_CUSTOMER_ORGANIZATION',
      customerAdministratorEmail: 'it-admin@acme.example',
      customerOrganizationCandidates: [],
    });
    const review = await wizard.ok(t, 'confirmCustomerOrganization', { newOrganization: CUSTOMER_ORGANIZATION });
    expect(review).toMatchObject({ nextStep: 'REVIEW_ORDER', newCustomerOrganization: { name: 'Acme Italia' } });

    // Nothing exists yet: the draft lives only in the session.
    expect(await app.em().count(Organization, { name: { $in: ['Rossi Networks', 'Acme Italia'] }, createdAt: { $gte: new Date(0) }, partnerAccountId })).toBe(
      0,
    );

    const setUp = await wizard.ok(t, 'completeOrderSetup', {});
    expect(setUp).toMatchObject({
      nextStep: 'SET_PASSWORD',
      partnerOrganization: { name: 'Rossi Networks', kind: 'PARTNER' },
      customerOrganization: { name: 'Acme Italia', kind: 'CUSTOMER' },
      subscription: { status: 'PENDING', billingStartedAt: null, subdomain: null },
      order: { status: 'SET_UP' },
      missingSettings: ['ENTERPRISE_SETTINGS', 'CALLING_SETTINGS', 'MEETING_SETTINGS'],
    });
    // The customer administrator was created and gets an activation email.
    const activation = await app.em().findOneOrFail(OutboxMessage, { orderId, template: 'ACTIVATION' });
    expect(activation.recipient).toBe('it-admin@acme.example');
    expect(activation.text).toContain('http://portal.test/portal/activate?token=pha_');

    expect((await wizard.ok(t, 'setPassword', { password: STRONG_PASSWORD })).nextStep).toBe('SERVICE_SETUP');
    await wizard.ok(t, 'saveCallingSettings', CALLING);
    await wizard.ok(t, 'saveMeetingSettings', MEETINGS);
    const check = await app.gql(`{ checkSubdomainAvailability(subdomain: "AcmeItalia") { subdomain available reason message } }`, {}, t);
    expect(check.data.checkSubdomainAvailability).toEqual({ subdomain: 'acmeitalia', available: true, reason: null, message: null });
    const afterEnterprise = await wizard.ok(t, 'saveEnterpriseSettings', { subdomain: 'AcmeItalia' });
    expect(afterEnterprise).toMatchObject({ missingSettings: [], subscription: { subdomain: 'acmeitalia' } });

    app.clock.advance(60_000);
    const done = await wizard.ok(t, 'provisionSubscription', {});
    expect(done).toMatchObject({
      nextStep: 'DONE',
      order: { status: 'PROVISIONED' },
      subscription: { status: 'ACTIVE', billingStartedAt: app.clock.now().toISOString() },
    });
    const order = await app.em().findOneOrFail(Order, orderId);
    expect(order.provisionedAt?.toISOString()).toBe(app.clock.now().toISOString());

    // The new partner administrator logs in and sees the order.
    const login = await app.gql(LOGIN, { input: { email: 'giulia@rossi.example', password: STRONG_PASSWORD } });
    expect(login.data.login).toMatchObject({
      errors: [],
      viewer: { kind: 'PARTNER_ADMIN', email: 'giulia@rossi.example', organization: { name: 'Rossi Networks', kind: 'PARTNER' } },
    });
    const mine = await app.gql(MY_ORDERS, {}, login.data.login.token);
    expect(mine.data.orders.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        id: orderId,
        status: 'PROVISIONED',
        partnerOrganization: { name: 'Rossi Networks' },
        customerOrganization: expect.objectContaining({ name: 'Acme Italia' }),
        subscription: expect.objectContaining({ status: 'ACTIVE' }),
      }),
    ]);

    const actions = (await app.em().find(AuditEvent, { orderId }, { orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'order.placed',
        'setup_link.issued',
        'setup.started',
        'setup.choose_role',
        'order.set_up',
        'activation_link.issued',
        'user.password_set',
        'subscription.calling_settings_saved',
        'organization.subdomain_saved',
        'subscription.provisioned',
      ]),
    );
  });

  it('lets an existing partner review its organization and go straight to service setup after step 8', async () => {
    const partnerAccountId = unique('PA-');
    const first = await wizard.orderWithLink({ partnerAccountId, services: [{ kind: 'MESSAGING', quantity: 10 }] });
    const t1 = await wizard.toReview(first.token, `admin-${unique('')}@first.example`);
    await wizard.ok(t1, 'completeOrderSetup', {});

    const second = await wizard.orderWithLink({
      partnerAccountId,
      provisioningContactEmail: 'colleague@rossi.example',
      services: [{ kind: 'MESSAGING', quantity: 5 }],
    });
    const { sessionToken: t2 } = await wizard.start(second.token);
    await wizard.ok(t2, 'chooseRole', { role: 'PARTNER' });
    const review = await wizard.ok(t2, 'chooseSetupOwner', { owner: 'SELF' });
    expect(review).toMatchObject({ nextStep: 'REVIEW_PARTNER_ORGANIZATION', partnerOrganization: { name: 'Rossi Networks', kind: 'PARTNER' } });
    await wizard.ok(t2, 'reviewPartnerOrganization', { recognized: true });
    await wizard.ok(t2, 'setCustomerAdministrator', { email: `admin-${unique('')}@second.example` });
    await wizard.ok(t2, 'confirmCustomerOrganization', { newOrganization: { ...CUSTOMER_ORGANIZATION, name: 'Second Customer' } });
    const setUp = await wizard.ok(t2, 'completeOrderSetup', {});
    expect(setUp.nextStep).toBe('SERVICE_SETUP');
    expect(setUp.missingSettings).toEqual(['ENTERPRISE_SETTINGS']);
    expect(await app.em().count(Organization, { partnerAccountId })).toBe(1);
    await wizard.ok(t2, 'saveEnterpriseSettings', { subdomain: unique('second') });
    expect((await wizard.ok(t2, 'provisionSubscription', {})).subscription.status).toBe('ACTIVE');
  });

  it('hands the setup to a colleague: the session ends, the old link stops working, the colleague gets a link of their own', async () => {
    const { orderId, token } = await wizard.orderWithLink({ provisioningContactEmail: 'alias@rossi.example' });
    const { sessionToken } = await wizard.start(token);
    await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    const handed = await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'COLLEAGUE', email: 'Marco@Rossi.example' });
    expect(handed).toMatchObject({ nextStep: 'HANDED_OVER', owner: 'COLLEAGUE', order: { status: 'HANDED_OVER' } });

    expect((await wizard.start(token)).errors.map((e) => e.code)).toEqual(['TOKEN_EXPIRED']);
    const email = await app.em().findOneOrFail(OutboxMessage, { orderId, recipient: 'marco@rossi.example' });
    expect(email.text).toContain('alias@rossi.example');
    const colleagueToken = /token=(phs_[A-Za-z0-9_-]+)/.exec(email.text)![1];

    const colleague = await wizard.start(colleagueToken);
    expect(colleague.session).toMatchObject({ nextStep: 'CHOOSE_ROLE', recipientEmail: 'marco@rossi.example', order: { status: 'SETUP_IN_PROGRESS' } });
    const refused = await wizard.step(colleague.sessionToken, 'chooseRole', { role: 'CUSTOMER' });
    expect(refused.errors.map((e) => e.code)).toEqual(['ROLE_NOT_ALLOWED']);
    expect((await wizard.ok(colleague.sessionToken, 'chooseRole', { role: 'PARTNER' })).nextStep).toBe('CHOOSE_SETUP_OWNER');
  });

  it('lets the customer set up its own organization, and the partner then sees nothing of it by any path', async () => {
    const partnerAccountId = unique('PA-');
    // The partner already exists, with an administrator who can log in.
    const earlier = await wizard.orderWithLink({
      partnerAccountId,
      provisioningContactEmail: 'boss@rossi.example',
      services: [{ kind: 'MESSAGING', quantity: 1 }],
    });
    const te = await wizard.toReview(earlier.token, `c-${unique('')}@other.example`);
    await wizard.ok(te, 'completeOrderSetup', {});
    await wizard.ok(te, 'setPassword', { password: STRONG_PASSWORD });
    const partnerLogin = (await app.gql(LOGIN, { input: { email: 'boss@rossi.example', password: STRONG_PASSWORD } })).data.login.token;

    const { orderId, token } = await wizard.orderWithLink({
      partnerAccountId,
      provisioningContactEmail: 'boss@rossi.example',
      services: [{ kind: 'CALLING', quantity: 3 }],
    });
    const partner = await wizard.start(token);
    await wizard.ok(partner.sessionToken, 'chooseRole', { role: 'PARTNER' });
    expect((await wizard.ok(partner.sessionToken, 'chooseSetupOwner', { owner: 'CUSTOMER', email: 'cio@selfco.example' })).nextStep).toBe('HANDED_OVER');

    const invitation = await app.em().findOneOrFail(OutboxMessage, { orderId, recipient: 'cio@selfco.example' });
    const customerToken = /token=(phs_[A-Za-z0-9_-]+)/.exec(invitation.text)![1];
    const customer = await wizard.start(customerToken);
    const t = customer.sessionToken;
    expect((await wizard.step(t, 'chooseRole', { role: 'PARTNER' })).errors.map((e) => e.code)).toEqual(['ROLE_NOT_ALLOWED']);
    const confirm = await wizard.ok(t, 'chooseRole', { role: 'CUSTOMER' });
    expect(confirm).toMatchObject({ nextStep: 'CONFIRM_CUSTOMER_ORGANIZATION', customerAdministratorEmail: 'cio@selfco.example' });
    await wizard.ok(t, 'confirmCustomerOrganization', { newOrganization: { ...CUSTOMER_ORGANIZATION, name: 'SelfCo' } });
    const setUp = await wizard.ok(t, 'completeOrderSetup', {});
    expect(setUp).toMatchObject({ nextStep: 'SET_PASSWORD', partnerOrganization: null, customerOrganization: { name: 'SelfCo' } });
    await wizard.ok(t, 'setPassword', { password: STRONG_PASSWORD });
    await wizard.ok(t, 'saveCallingSettings', CALLING);
    await wizard.ok(t, 'saveEnterpriseSettings', { subdomain: unique('selfco') });
    const done = await wizard.ok(t, 'provisionSubscription', {});
    const subscriptionId = done.subscription.id;
    const selfCo = await app.em().findOneOrFail(Organization, { name: 'SelfCo' });
    expect(selfCo.managingPartner ?? null).toBeNull();
    expect(await app.em().count(Organization, { partnerAccountId })).toBe(1);

    // The partner sees its order, but neither the customer organization nor the subscription.
    const mine = await app.gql(
      `{ orders(filter: { status: [PROVISIONED] }) { edges { node { id customerOrganization { id } subscription { id } } } } }`,
      {},
      partnerLogin,
    );
    expect(mine.data.orders.edges.map((e: any) => e.node)).toEqual([{ id: orderId, customerOrganization: null, subscription: null }]);
    const one = await app.gql(`query($id: ID!) { order(id: $id) { id customerOrganization { id } subscription { id } } }`, { id: orderId }, partnerLogin);
    expect(one.data.order).toEqual({ id: orderId, customerOrganization: null, subscription: null });
    expect((await app.gql(`query($id: ID!) { subscription(id: $id) { id } }`, { id: subscriptionId }, partnerLogin)).data.subscription).toBeNull();
    const write = await app.gql(
      `mutation($input: EnterpriseSettingsInput!) { saveEnterpriseSettings(input: $input) { errors { code } subscription { id } } }`,
      { input: { subscriptionId, subdomain: 'hijack' } },
      partnerLogin,
    );
    expect(write.data.saveEnterpriseSettings).toEqual({ errors: [{ code: 'NOT_FOUND' }], subscription: null });
    const provision = await app.gql(
      `mutation($input: ProvisionInput!) { provisionSubscription(input: $input) { errors { code } } }`,
      { input: { subscriptionId } },
      partnerLogin,
    );
    expect(provision.data.provisionSubscription.errors).toEqual([{ code: 'NOT_FOUND' }]);
    expect(
      (await app.gql(`{ checkSubdomainAvailability(subdomain: "${selfCo.subdomain}") { available reason } }`, {}, partnerLogin)).data
        .checkSubdomainAvailability,
    ).toEqual({ available: false, reason: 'SUBDOMAIN_TAKEN' });
    expect((await app.em().findOneOrFail(Organization, selfCo.id)).subdomain).toBe(selfCo.subdomain);

    // The customer administrator logs in and sees its own side.
    const customerLogin = (await app.gql(LOGIN, { input: { email: 'cio@selfco.example', password: STRONG_PASSWORD } })).data.login;
    expect(customerLogin.viewer).toMatchObject({ kind: 'CUSTOMER_ADMIN', organization: { name: 'SelfCo', kind: 'CUSTOMER' } });
    const theirs = await app.gql(MY_ORDERS, {}, customerLogin.token);
    expect(theirs.data.orders.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        id: orderId,
        customerOrganization: expect.objectContaining({ name: 'SelfCo' }),
        subscription: expect.objectContaining({ id: subscriptionId }),
      }),
    ]);
  });

  it('saves nothing when the wizard is left and re-opened: the old session ends and the walk starts afresh', async () => {
    const partnerAccountId = unique('PA-');
    const { orderId, token } = await wizard.orderWithLink({ partnerAccountId });
    const counts = async () => [await app.em().count(Organization, {}), await app.em().count(User, {}), await app.em().count(Subscription, {})];
    const before = await counts();
    const abandoned = await wizard.toReview(token, 'someone@abandon.example');

    const again = await wizard.start(token);
    expect(again.session).toMatchObject({ nextStep: 'CHOOSE_ROLE', completedSteps: [], customerAdministratorEmail: null, newPartnerOrganization: null });
    expect(await counts()).toEqual(before);
    const stale = await wizard.step(abandoned, 'completeOrderSetup', {});
    expect(stale).toEqual({ session: null, errors: [expect.objectContaining({ code: 'SESSION_EXPIRED' })] });
    expect((await app.gql(`{ setupSession { id } }`, {}, abandoned)).data.setupSession).toBeNull();
    expect(await counts()).toEqual(before);
    expect((await app.em().findOneOrFail(Order, orderId)).status).toBe('SETUP_IN_PROGRESS');
  });

  it('puts the order on hold when the partner does not recognize its organization, until a rep resolves it', async () => {
    const partnerAccountId = unique('PA-');
    const first = await wizard.orderWithLink({ partnerAccountId, services: [{ kind: 'MESSAGING', quantity: 1 }] });
    await wizard.ok(await wizard.toReview(first.token, `x-${unique('')}@first.example`), 'completeOrderSetup', {});

    const { orderId, token, ccwOrderNumber } = await wizard.orderWithLink({ partnerAccountId, provisioningContactEmail: 'new-person@rossi.example' });
    const { sessionToken } = await wizard.start(token);
    await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
    const held = await wizard.ok(sessionToken, 'reviewPartnerOrganization', { recognized: false });
    expect(held).toMatchObject({ nextStep: 'ON_HOLD', order: { status: 'ON_HOLD' } });
    const escalation = await app.em().findOneOrFail(Escalation, { order: orderId });
    expect(escalation).toMatchObject({ kind: 'UNRECOGNIZED_PARTNER_ORGANIZATION', status: 'OPEN' });
    const notice = await app.em().findOneOrFail(OutboxMessage, { orderId, template: 'REP_NOTICE' });
    expect(notice.subject).toContain(ccwOrderNumber);

    expect((await wizard.step(sessionToken, 'setCustomerAdministrator', { email: 'a@b.example' })).errors.map((e) => e.code)).toEqual(['ORDER_ON_HOLD']);
    expect((await wizard.start(token)).errors.map((e) => e.code)).toEqual(['ORDER_ON_HOLD']);

    const rep = await createRep(app.em());
    app.clock.advance(60_000);
    const resolved = await app.gql(
      `mutation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { errors { code } escalation { status resolution resolvedAt order { status } } } }`,
      { input: { escalationId: escalation.id, resolution: 'Confirmed with the partner: the organization is theirs.' } },
      await loginToken(app.em(), { rep }),
    );
    expect(resolved.data.resolveEscalation).toMatchObject({ errors: [], escalation: { status: 'RESOLVED', order: { status: 'AWAITING_SETUP' } } });
    expect((await wizard.start(token)).errors.map((e) => e.code)).toEqual(['TOKEN_EXPIRED']);
    const fresh = (await app.em().find(OutboxMessage, { orderId, template: 'SETUP_LINK' }, { orderBy: { createdAt: 'desc', id: 'desc' } })).find(
      (m) => m.recipient === 'new-person@rossi.example',
    )!;
    const freshToken = /token=(phs_[A-Za-z0-9_-]+)/.exec(fresh.text)![1];
    const restarted = await wizard.start(freshToken);
    expect(restarted.errors).toEqual([]);
    expect(restarted.session.nextStep).toBe('CHOOSE_ROLE');
  });

  it('puts the order on hold when the customer organization is not recognized', async () => {
    const partnerAccountId = unique('PA-');
    const first = await wizard.orderWithLink({ partnerAccountId, services: [{ kind: 'MESSAGING', quantity: 1 }] });
    const existingAdmin = `cfo-${unique('')}@known.example`;
    await wizard.ok(await wizard.toReview(first.token, existingAdmin), 'completeOrderSetup', {});

    const { orderId, token } = await wizard.orderWithLink({ partnerAccountId });
    const { sessionToken } = await wizard.start(token);
    await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
    await wizard.ok(sessionToken, 'reviewPartnerOrganization', { recognized: true });
    const verify = await wizard.ok(sessionToken, 'setCustomerAdministrator', { email: existingAdmin });
    expect(verify).toMatchObject({ nextStep: 'VERIFY_CUSTOMER_ORGANIZATION', customerOrganization: { name: 'Acme Italia' } });
    const held = await wizard.ok(sessionToken, 'verifyCustomerOrganization', { recognized: false });
    expect(held).toMatchObject({ nextStep: 'ON_HOLD', order: { status: 'ON_HOLD' } });
    expect(await app.em().count(Escalation, { order: orderId, kind: EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION, status: EscalationStatus.OPEN })).toBe(
      1,
    );
    expect(await app.em().count(Subscription, { order: orderId })).toBe(0);
  });
});
