import { Rep, RepRole } from '../server/auth/rep.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { User } from '../server/organizations/user.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, orderInput, unique } from './support/factories.js';
import { changedTables, databaseFingerprint } from './support/world.js';
import { CALLING, CUSTOMER_ORGANIZATION, MEETINGS, PARTNER_ORGANIZATION, STRONG_PASSWORD, Wizard } from './support/wizard.js';

/**
 * Findings of the black-box security probe (issue 13): one person has one kind of account; the wizard's
 * refusals of a customer administrator do not tell which kind of address it was; no schema suggestions
 * in production; names cannot carry invisible format characters.
 */

let app: TestApp;
let wizard: Wizard;
beforeAll(async () => {
  app = await startTestApp({ env: { RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_ACCOUNT: '100000' } });
  wizard = new Wizard(app);
}, 60_000);
afterAll(() => app.stop());

const email = (prefix: string) => `${unique(prefix)}@example.com`.toLowerCase();
const mutation = (name: string, inputType: string, selection = '') =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { errors { code message field } ${selection} } }`;

/** A setup session at step 6 (the customer administrator), on partner A's first order. */
async function atCustomerAdministrator(partnerAccountId = unique('PA-')): Promise<string> {
  const { token } = await wizard.orderWithLink({ partnerAccountId });
  const { sessionToken } = await wizard.start(token);
  await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
  await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
  await wizard.ok(sessionToken, 'createPartnerOrganization', PARTNER_ORGANIZATION);
  return sessionToken;
}

describe('one person, one kind of account (an email is a rep or an organization user, never both)', () => {
  it('an admin cannot create a rep with the email of a partner administrator, and the partner can still log in', async () => {
    const admin = await createRep(app.em(), { role: RepRole.ADMIN });
    const adminLogin = await loginToken(app.em(), { rep: admin }, app.clock.now());
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
    const partnerAdmin = await createUser(app.em(), partner, email('partner-admin-'), STRONG_PASSWORD);

    const before = await databaseFingerprint(app);
    const created = await app.gql(
      mutation('createRep', 'CreateRepInput', 'rep { id }'),
      { input: { email: partnerAdmin.email.toUpperCase(), name: 'Impostor', password: 'Correct-horse-battery-9' } },
      adminLogin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createRep).toMatchObject({ rep: null, errors: [{ code: 'USER_IN_ANOTHER_ORGANIZATION', field: ['input', 'email'] }] });
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
    expect(await app.em().count(Rep, { email: partnerAdmin.email })).toBe(0);

    const login = await app.gql(mutation('login', 'LoginInput', 'viewer { kind }'), { input: { email: partnerAdmin.email, password: STRONG_PASSWORD } });
    expect(login.data.login).toMatchObject({ errors: [], viewer: { kind: 'PARTNER_ADMIN' } });
  });

  it('a rep’s email as customer administrator is never used: step 6 answers as for any address, step 8 holds the order for a rep and creates nothing', async () => {
    const rep = await createRep(app.em(), { email: email('rep-') });
    const session = await atCustomerAdministrator();
    const step = await wizard.step(session, 'setCustomerAdministrator', { email: rep.email });
    expect(step.errors).toEqual([]);
    expect(step.session.nextStep).toBe('CONFIRM_CUSTOMER_ORGANIZATION');
    await wizard.ok(session, 'confirmCustomerOrganization', { newOrganization: CUSTOMER_ORGANIZATION });
    const held = await wizard.ok(session, 'completeOrderSetup', {});
    expect(held.nextStep).toBe('ON_HOLD');
    expect(await app.em().count(User, { email: rep.email })).toBe(0);
  });

  it('a provisioning contact who is a rep cannot become a partner administrator', async () => {
    const rep = await createRep(app.em(), { email: email('rep-contact-') });
    const { token } = await wizard.orderWithLink({}, rep.email);
    const { sessionToken } = await wizard.start(token);
    await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    const step = await wizard.step(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
    expect(step.errors).toEqual([expect.objectContaining({ code: 'USER_IN_ANOTHER_ORGANIZATION' })]);
    expect(await app.em().count(User, { email: rep.email })).toBe(0);
  });

  it('is enforced by the database: a user with a rep’s email (or a rep with a user’s) cannot be written, even at once', async () => {
    const rep = await createRep(app.em(), { email: email('db-rep-') });
    const organization = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER });
    await expect(createUser(app.em(), organization, rep.email)).rejects.toMatchObject({ constraint: 'one_account_per_email' });
    const user = await createUser(app.em(), organization, email('db-user-'));
    await expect(createRep(app.em(), { email: user.email })).rejects.toMatchObject({ constraint: 'one_account_per_email' });

    // Two transactions adding the same new address, one to each table, at the same time: one wins.
    for (let i = 0; i < 5; i++) {
      const shared = email('race-');
      const results = await Promise.allSettled([createUser(app.em(), organization, shared), createRep(app.em(), { email: shared })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    }
  });
});

describe('setCustomerAdministrator tells nothing about who holds an address (#23 item 2)', () => {
  it('answers registered addresses (a rep, another partner’s administrator, another partner’s customer) exactly as unknown ones', async () => {
    const otherPartner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
    const partnerAdmin = await createUser(app.em(), otherPartner, email('other-partner-'));
    const otherCustomer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: otherPartner });
    const customerAdmin = await createUser(app.em(), otherCustomer, email('other-customer-'));
    const rep = await createRep(app.em(), { email: email('probe-rep-') });
    const registered = [partnerAdmin.email, customerAdmin.email, rep.email];
    const unknown = [email('nobody-'), email('nobody-'), email('nobody-')];

    const answers: string[] = [];
    for (const address of [...registered, ...unknown]) {
      const session = await atCustomerAdministrator();
      const step = await wizard.step(session, 'setCustomerAdministrator', { email: address });
      answers.push(JSON.stringify({ errors: step.errors, next: step.session.nextStep, candidates: step.session.customerOrganizationCandidates }));
    }
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0])).toEqual({ errors: [], next: 'CONFIRM_CUSTOMER_ORGANIZATION', candidates: [] });
  });

  it('lets one link try a few addresses only (10), over all its sessions', async () => {
    const { token } = await wizard.orderWithLink({ partnerAccountId: unique('PA-') });
    let last: { errors: { code: string }[] } = { errors: [] };
    for (let i = 0; i < 11; i++) {
      const { sessionToken } = await wizard.start(token);
      await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
      await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
      await wizard.ok(sessionToken, 'createPartnerOrganization', PARTNER_ORGANIZATION);
      last = await wizard.step(sessionToken, 'setCustomerAdministrator', { email: email(`try${i}-`) });
      if (i < 10) expect(last.errors).toEqual([]);
    }
    expect(last.errors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
  });
});

describe('schema suggestions in production', () => {
  it('are off with NODE_ENV=production: no "Did you mean" names a field, a type or an enum value to any client', async () => {
    const production = await startTestApp({ env: { NODE_ENV: 'production', METRICS_TOKEN: 'metrics-token-0123456789' } });
    try {
      const field = await production.gql('{ ordr(id: "x") { id } }');
      expect(field.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const argument = await production.gql('{ orders(frist: 1) { totalCount } }');
      const type = await production.gql('query($f: OrderFiltr) { orders(filter: $f) { totalCount } }', { f: {} });
      const enumValue = await production.gql('query($s: [OrderStatus!]) { orders(filter: { status: $s }) { totalCount } }', { s: ['PLACD'] });
      const inputField = await production.gql('query($f: OrderFilter) { orders(filter: $f) { totalCount } }', { f: { statu: ['PLACED'] } });
      for (const answer of [field, argument, type, enumValue, inputField]) {
        expect(answer.errors?.length).toBeGreaterThan(0);
        expect(JSON.stringify(answer.errors)).not.toMatch(/did you mean/i);
      }
      // Development keeps them: they help whoever writes a query.
      expect(JSON.stringify((await app.gql('{ ordr(id: "x") { id } }')).errors)).toMatch(/Did you mean/);
    } finally {
      await production.stop();
    }
  });
});

describe('names cannot disguise themselves', () => {
  const DISGUISES = ['Acme\u202Egnp.exe', 'Acme\u200BItalia', 'Ac\u2066me\u2069', 'Acme\u00ADItalia', '\u200DAcme', 'Acme\u2060', 'Acme\u{E0041}'];

  it('refuses Unicode format characters (bidi overrides and isolates, zero-width characters; category Cf) in every name field, with the same error', async () => {
    const intake = await createApiKey(app.em(), ['orders:write']);
    const admin = await createRep(app.em(), { role: RepRole.ADMIN });
    const adminLogin = await loginToken(app.em(), { rep: admin }, app.clock.now());
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });

    // Service setup: a session at SERVICE_SETUP.
    const { token } = await wizard.orderWithLink();
    const serviceSession = await wizard.toReview(token, email('it-admin-'));
    await wizard.ok(serviceSession, 'completeOrderSetup');
    await wizard.ok(serviceSession, 'setPassword', { password: STRONG_PASSWORD });

    const partnerOrgSession = await (async () => {
      const { token: t } = await wizard.orderWithLink();
      const { sessionToken } = await wizard.start(t);
      await wizard.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
      await wizard.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
      return sessionToken;
    })();
    const customerOrgSession = await atCustomerAdministrator();
    await wizard.ok(customerOrgSession, 'setCustomerAdministrator', { email: email('new-admin-') });

    const fields: { about: string; send: (name: string) => Promise<any>; field: string[] }[] = [
      {
        about: 'placeOrder partnerName',
        field: ['input', 'partnerName'],
        send: (name) => app.gql(mutation('placeOrder', 'PlaceOrderInput'), { input: orderInput({ partnerName: name }) }, intake).then((r) => r.data.placeOrder),
      },
      {
        about: 'placeOrder customerName',
        field: ['input', 'customerName'],
        send: (name) =>
          app.gql(mutation('placeOrder', 'PlaceOrderInput'), { input: orderInput({ customerName: name }) }, intake).then((r) => r.data.placeOrder),
      },
      {
        about: 'createPartnerOrganization name',
        field: ['input', 'name'],
        send: (name) => wizard.step(partnerOrgSession, 'createPartnerOrganization', { ...PARTNER_ORGANIZATION, name }),
      },
      {
        about: 'confirmCustomerOrganization newOrganization.name',
        field: ['input', 'newOrganization', 'name'],
        send: (name) => wizard.step(customerOrgSession, 'confirmCustomerOrganization', { newOrganization: { ...CUSTOMER_ORGANIZATION, name } }),
      },
      {
        about: 'saveCallingSettings locationName',
        field: ['input', 'locationName'],
        send: (name) => wizard.step(serviceSession, 'saveCallingSettings', { ...CALLING, locationName: name }),
      },
      {
        about: 'saveMeetingSettings siteName',
        field: ['input', 'siteName'],
        send: (name) => wizard.step(serviceSession, 'saveMeetingSettings', { ...MEETINGS, siteName: name }),
      },
      {
        about: 'updateOrganization name',
        field: ['input', 'name'],
        send: (name) =>
          app
            .gql(mutation('updateOrganization', 'UpdateOrganizationInput'), { input: { id: partner.id, name } }, adminLogin)
            .then((r) => r.data.updateOrganization),
      },
      {
        about: 'createRep name',
        field: ['input', 'name'],
        send: (name) =>
          app
            .gql(mutation('createRep', 'CreateRepInput'), { input: { email: email('new-rep-'), name, password: 'Correct-horse-battery-9' } }, adminLogin)
            .then((r) => r.data.createRep),
      },
      {
        about: 'updateRep name',
        field: ['input', 'name'],
        send: (name) => app.gql(mutation('updateRep', 'UpdateRepInput'), { input: { id: admin.id, name } }, adminLogin).then((r) => r.data.updateRep),
      },
    ];

    const messages = new Set<string>();
    for (const { about, send, field } of fields) {
      for (const name of DISGUISES) {
        const before = await databaseFingerprint(app);
        const answer = await send(name);
        const context = `${about} ${JSON.stringify(name)}: ${JSON.stringify(answer)}`;
        expect({ context, errors: answer.errors.map((e: any) => ({ code: e.code, field: e.field })) }).toEqual({
          context,
          errors: [{ code: 'INVALID_INPUT', field }],
        });
        expect({ context, changed: changedTables(before, await databaseFingerprint(app)) }).toEqual({ context, changed: [] });
        messages.add(answer.errors[0].message.replace(/^The [a-z ]+ contains/, 'The … contains'));
      }
    }
    // The same rule everywhere: one message, whatever the field.
    expect([...messages]).toHaveLength(1);
  });
});
