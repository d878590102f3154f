/**
 * What docs/integrators.md and docs/operators.md promise, checked the way a client written only from them would: the built
 * product started with every variable of the configuration table of docs/operators.md in the form an operator types
 * it, then HTTP, SMTP and a browser.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import type { Browser } from 'playwright-core';
import { SmtpSink, type ReceivedEmail } from '../support/smtp-sink.js';
import { buildProduct, data, freshDatabase, freshDataDir, graphql, launchBrowser, linkIn, startProduct, type Product } from './product.js';

const INTAKE_KEY = 'ccw-intake-2026-0a1b2c3d4e5f6a7b';
const SCHEDULER_KEY = 'sched/2026+Prod=9f8e7d6c5b4a';
const ADMIN_EMAIL = 'Ops.Admin@Example.com';
const ADMIN_PASSWORD = 'correct horse battery staple 2026';
const PASSWORD = 'Webex-setup-2026!';

let product: Product;
let sink: SmtpSink;
let browser: Browser | undefined;

beforeAll(async () => {
  const main = await buildProduct();
  sink = await SmtpSink.start();
  product = await startProduct(main, {
    HOST: '127.0.0.1',
    DATABASE_URL: await freshDatabase(),
    SMTP_URL: sink.url,
    PORTAL_URL: 'https://partners.example.com/portal/',
    INTAKE_API_KEY: INTAKE_KEY,
    SCHEDULER_API_KEY: SCHEDULER_KEY,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    OVERDUE_SWEEP_INTERVAL: '30 seconds',
    REPS_EMAIL: 'Cisco.Reps@Example.com',
    NODE_ENV: 'production',
    SETUP_EMAIL_LOCAL_HOUR: '8',
    SETUP_LINK_SWEEP_INTERVAL: '1 minute',
    OUTBOX_POLL_INTERVAL: '5 seconds',
    EMAIL_FROM: 'Provisioning Hub <no-reply@partners.example.com>',
    EMAIL_MAX_ATTEMPTS: '15',
    PH_MODE: 'all',
    PH_DATA_DIR: freshDataDir(),
    LOG_LEVEL: 'warn',
    // As behind a reverse proxy on the same host: the proxy names the client in X-Forwarded-For.
    TRUST_PROXY: 'loopback',
    METRICS_TOKEN: 'scrape-token-2026-abcdef',
    CORS_ORIGINS: 'https://partners.example.com',
    RATE_LIMIT_WINDOW_SECONDS: '900',
    RATE_LIMIT_PER_ACCOUNT: '10',
    RATE_LIMIT_PER_ADDRESS: '50',
    RATE_LIMIT_ACCOUNT_CEILING: '20',
    RATE_LIMIT_RESET_EMAILS_PER_ACCOUNT: '3',
    STALLED_SETUP_AFTER: '3 days',
    WEBHOOK_TIMEOUT: '10 seconds',
    WEBHOOK_MAX_ATTEMPTS: '15',
    WEBHOOK_SECRET_OVERLAP: '24 hours',
    WEBHOOK_POLL_INTERVAL: '10 seconds',
    WEBHOOK_PRIVATE_TARGETS: 'refuse',
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  await sink?.stop();
});

let seq = 0;
/** Yesterday in UTC: due at once, whatever SETUP_EMAIL_LOCAL_HOUR says. */
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const orderInput = (overrides: Record<string, unknown> = {}) => ({
  ccwOrderNumber: `CCW-C-${process.pid}-${++seq}`,
  offer: 'A_WX',
  partnerAccountId: `PA-C-${process.pid}-${seq}`,
  partnerName: 'Rossi Networks',
  customerName: 'Acme Italia',
  services: [
    { kind: 'MEETINGS', quantity: 50 },
    { kind: 'CALLING', quantity: 20 },
  ],
  requestedStartDate: yesterday(),
  timeZone: 'UTC',
  provisioningContactEmail: `Provisioning.${seq}@Rossi.example`,
  locale: 'it',
  ...overrides,
});

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created errors { code message } order { id status } } }`;
const SESSION = `id nextStep completedSteps subscription { id status billingStartedAt subdomain } missingSettings`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token errors { code message } } }`;

async function placeOrder(overrides: Record<string, unknown> = {}): Promise<{ id: string; contact: string }> {
  const input = orderInput(overrides);
  const placed = (await data(product.url, PLACE, { input }, { token: INTAKE_KEY })).placeOrder;
  expect(placed.errors).toEqual([]);
  return { id: placed.order.id, contact: input.provisioningContactEmail.toLowerCase() };
}

async function emailTo(address: string, containing: string): Promise<ReceivedEmail> {
  for (const deadline = Date.now() + 30_000; ; await new Promise((r) => setTimeout(r, 100))) {
    const found = sink.to(address).find((email) => email.text.includes(containing));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no email to ${address} containing ${containing}; got ${sink.messages.map((m) => m.envelopeTo).join(', ')}`);
  }
}

async function step(sessionToken: string, name: string, inputType: string, input: Record<string, unknown> = {}, address?: string): Promise<any> {
  const result = await data(
    product.url,
    `mutation($input: ${inputType}!) { ${name}(input: $input) { errors { code message field } session { ${SESSION} } } }`,
    { input },
    {
      token: sessionToken,
      headers: address ? { 'x-forwarded-for': address } : {},
    },
  );
  return result[name];
}

async function ok(sessionToken: string, name: string, inputType: string, input: Record<string, unknown> = {}): Promise<any> {
  const payload = await step(sessionToken, name, inputType, input);
  if (payload.errors.length) throw new Error(`${name}: ${JSON.stringify(payload.errors)}`);
  return payload.session;
}

const startSetup = (token: string, address?: string) =>
  data(
    product.url,
    `mutation($input: StartSetupInput!) { startSetup(input: $input) { sessionToken errors { code message } session { ${SESSION} } } }`,
    { input: { token } },
    {
      headers: address ? { 'x-forwarded-for': address } : {},
    },
  ).then((d) => d.startSetup);

/** From the Set up now email to Provision, as a partner walks the wizard over HTTP (the main path's steps). */
async function walkToProvisioned(order: { id: string; contact: string }, tag = ''): Promise<{ done: any; administrator: string; subdomain: string }> {
  const email = await emailTo(order.contact, '/setup?token=');
  expect(email.contentLanguage).toBe('it');
  const link = linkIn(email.text, 'setup')!;
  // PORTAL_URL as typed, with its trailing slash: the link is on the portal's own host.
  expect(link.url).toMatch(/^https:\/\/partners\.example\.com\/portal\/setup\?token=/);

  const started = await startSetup(link.token);
  expect(started.errors).toEqual([]);
  const token = started.sessionToken;
  expect(started.session.nextStep).toBe('CHOOSE_ROLE');
  await ok(token, 'chooseRole', 'ChooseRoleInput', { role: 'PARTNER' });
  expect((await ok(token, 'chooseSetupOwner', 'ChooseSetupOwnerInput', { owner: 'SELF' })).nextStep).toBe('CREATE_PARTNER_ORGANIZATION');
  await ok(token, 'createPartnerOrganization', 'CreatePartnerOrganizationInput', {
    name: `Rossi Networks${tag}`,
    country: 'IT',
    address: 'Via Roma 1',
    city: 'Milano',
    postalCode: '20100',
  });
  const administrator = `It.Admin.${seq}@Acme${tag.replace(/\W/g, '')}.example`;
  expect((await ok(token, 'setCustomerAdministrator', 'SetCustomerAdministratorInput', { email: administrator })).nextStep).toBe(
    'CONFIRM_CUSTOMER_ORGANIZATION',
  );
  await ok(token, 'confirmCustomerOrganization', 'ConfirmCustomerOrganizationInput', {
    newOrganization: { name: `Acme Italia${tag}`, country: 'it', address: 'Corso Buenos Aires 10', city: 'Milano', postalCode: '20124' },
  });
  expect((await ok(token, 'completeOrderSetup', 'CompleteOrderSetupInput', {})).nextStep).toBe('SET_PASSWORD');
  expect((await ok(token, 'setPassword', 'SetPasswordInput', { password: PASSWORD })).nextStep).toBe('SERVICE_SETUP');
  await ok(token, 'saveCallingSettings', 'CallingSettingsInput', {
    locationName: 'Sede Milano',
    address: 'Corso Buenos Aires 10',
    city: 'Milano',
    postalCode: '20124',
    country: 'IT',
    timeZone: 'Europe/Rome',
    announcementLanguage: 'it',
    emailLanguage: 'en-US',
  });
  await ok(token, 'saveMeetingSettings', 'MeetingSettingsInput', { siteName: `acme${seq}`, timeZone: 'Europe/Rome', language: 'it' });
  const subdomain = `Acme${process.pid}x${seq}`;
  await ok(token, 'saveEnterpriseSettings', 'EnterpriseSettingsInput', { subdomain });
  const done = await ok(token, 'provisionSubscription', 'ProvisionInput', {});
  return { done, administrator, subdomain };
}

describe('the main path, as a partner walks it', () => {
  it('takes an order from intake through the Set up now email and the wizard to a provisioned, billing subscription', async () => {
    const order = await placeOrder();
    const { done, administrator, subdomain } = await walkToProvisioned(order);
    expect(done.nextStep).toBe('DONE');
    expect(done.subscription).toMatchObject({ status: 'ACTIVE', subdomain: subdomain.toLowerCase() });
    expect(new Date(done.subscription.billingStartedAt).getTime()).toBeGreaterThan(0);

    // The customer administrator gets an activation link on the portal's host, and it works.
    const activation = linkIn((await emailTo(administrator.toLowerCase(), '/activate?token=')).text, 'activate')!;
    expect(activation.url).toMatch(/^https:\/\/partners\.example\.com\/portal\/activate\?token=/);
    const activated = await data(product.url, `mutation($input: ActivateAccountInput!) { activateAccount(input: $input) { token errors { code } } }`, {
      input: { token: activation.token, password: PASSWORD },
    });
    expect(activated.activateAccount.errors).toEqual([]);

    // The partner logs in with the email the order named (any case) and sees the order provisioned.
    const login = (await data(product.url, LOGIN, { input: { email: order.contact.toUpperCase(), password: PASSWORD } })).login;
    expect(login.errors).toEqual([]);
    const mine = await data(product.url, `{ orders(first: 10) { totalCount edges { node { id status } } } }`, {}, { token: login.token });
    expect(mine.orders.edges.map((e: any) => e.node)).toEqual([{ id: order.id, status: 'PROVISIONED' }]);
    // And CCW's intake reads the status of the order it placed.
    expect((await data(product.url, `query($id: ID!) { order(id: $id) { status } }`, { id: order.id }, { token: INTAKE_KEY })).order).toEqual({
      status: 'PROVISIONED',
    });
  });
});

describe('the subscription after provisioning, from the intake key alone (#26, docs/integrators.md)', () => {
  const EVENTS = `query($orderId: ID!, $types: [OrderEventType!]) { orderEvents(orderId: $orderId, types: $types, first: 100) {
    edges { node { type actorKind reason snapshot changes } } } }`;
  /** The order's events of these types, as the key reads the feed (a moment's wait: the feed hands out committed events only). */
  async function eventsOf(orderId: string, types: string[], wanted: number): Promise<any[]> {
    for (const deadline = Date.now() + 15_000; ; await new Promise((r) => setTimeout(r, 200))) {
      const nodes = (await data(product.url, EVENTS, { orderId, types }, { token: INTAKE_KEY })).orderEvents.edges.map((e: any) => e.node);
      if (nodes.length >= wanted || Date.now() > deadline) return nodes;
    }
  }
  const change = (
    name: string,
    type: string,
    fields = 'replayed errors { code reason } subscription { status suspendedAt services { kind quantity } } scheduledChange { kind effectiveAt status }',
  ) => `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`;
  /** Sends a change twice with one client request id: the retry is answered as the first, replayed, and applied once. */
  async function twice(name: string, type: string, input: Record<string, unknown>): Promise<any> {
    const first = (await data(product.url, change(name, type), { input }, { token: INTAKE_KEY }))[name];
    expect(first).toMatchObject({ replayed: false, errors: [] });
    const retry = (await data(product.url, change(name, type), { input }, { token: INTAKE_KEY }))[name];
    expect(retry).toEqual({ ...first, replayed: true });
    return first;
  }

  it('sees ORDER_PLACED for next month’s order; suspends, resumes, changes quantities from a date and cancels, each retried once; each an event with actor, reason and snapshot; reads the subscription back', async () => {
    const nextMonth = new Date(Date.now() + 31 * 86_400_000).toISOString().slice(0, 10);
    const future = await placeOrder({ requestedStartDate: nextMonth });
    const [placed] = await eventsOf(future.id, ['ORDER_PLACED'], 1);
    expect(placed).toMatchObject({ type: 'ORDER_PLACED', actorKind: 'CCW', snapshot: expect.objectContaining({ status: 'PLACED' }) });

    const order = await placeOrder();
    await walkToProvisioned(order, ` ${seq}`);
    const id = (suffix: string) => `ccw-${order.id}-${suffix}`;
    const suspended = await twice('suspendSubscription', 'SuspendSubscriptionInput', {
      orderId: order.id,
      reason: 'Unpaid invoice',
      clientRequestId: id('suspend'),
    });
    expect(suspended.subscription.status).toBe('SUSPENDED');
    const resumed = await twice('resumeSubscription', 'ResumeSubscriptionInput', { orderId: order.id, clientRequestId: id('resume') });
    expect(resumed.subscription).toMatchObject({ status: 'ACTIVE', suspendedAt: null });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const scheduled = await twice('changeSubscriptionQuantities', 'ChangeSubscriptionQuantitiesInput', {
      orderId: order.id,
      services: [
        { kind: 'MEETINGS', quantity: 75 },
        { kind: 'CALLING', quantity: 20 },
      ],
      effectiveDate: tomorrow,
      clientRequestId: id('quantities'),
    });
    expect(scheduled.scheduledChange).toMatchObject({ kind: 'QUANTITIES', status: 'SCHEDULED' });
    const cancelled = await twice('cancelSubscription', 'CancelSubscriptionInput', {
      orderId: order.id,
      reason: 'Customer left',
      clientRequestId: id('cancel'),
    });
    expect(cancelled.subscription.status).toBe('CANCELLED');

    // Each change once in the feed, as CCW's, with the order's facts after it.
    const events = await eventsOf(order.id, ['SUBSCRIPTION_CHANGED'], 4);
    expect(events.map((e) => [e.changes.change, e.actorKind])).toEqual([
      ['SUSPENDED', 'CCW'],
      ['RESUMED', 'CCW'],
      ['QUANTITIES_SCHEDULED', 'CCW'],
      ['CANCELLED', 'CCW'],
    ]);
    for (const event of events) expect(event.snapshot).toEqual(expect.objectContaining({ id: order.id }));

    // Read back: the subscription as it is now, and what waits (voided by the cancellation).
    const back = await data(
      product.url,
      `query($id: ID!) { order(id: $id) { subscription { status services { kind quantity } scheduledChanges { kind status } } } }`,
      { id: order.id },
      { token: INTAKE_KEY },
    );
    expect(back.order.subscription.status).toBe('CANCELLED');
    expect(back.order.subscription.services).toEqual(
      expect.arrayContaining([
        { kind: 'MEETINGS', quantity: 50 },
        { kind: 'CALLING', quantity: 20 },
      ]),
    );
  });
});

describe('GraphQL over HTTP', () => {
  it('answers a GET query with no extra header (curl "…/graphql?query=%7B__typename%7D")', async () => {
    const response = await fetch(`${product.url}/graphql?query=%7B__typename%7D`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a GET query with a bearer token and variables', async () => {
    const query = encodeURIComponent('query($first: Int) { overdueOrders(first: $first) { pageInfo { hasNextPage } } }');
    const response = await fetch(`${product.url}/graphql?query=${query}&variables=${encodeURIComponent('{"first":1}')}`, {
      headers: { authorization: `Bearer ${SCHEDULER_KEY}` },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).data.overdueOrders.pageInfo).toHaveProperty('hasNextPage');
  });

  it('refuses a mutation over GET with 405, and a POST that is not JSON with 415, changing nothing', async () => {
    const input = orderInput();
    const mutation = `mutation { placeOrder(input: { ccwOrderNumber: "${input.ccwOrderNumber}", offer: A_WX, partnerAccountId: "PA-G", partnerName: "P", customerName: "C", services: [{ kind: MEETINGS, quantity: 1 }], requestedStartDate: "2031-01-01", provisioningContactEmail: "x@y.example" }) { created } }`;
    const get = await fetch(`${product.url}/graphql?query=${encodeURIComponent(mutation)}`, { headers: { authorization: `Bearer ${INTAKE_KEY}` } });
    expect(get.status).toBe(405);
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const post = await fetch(`${product.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: `Bearer ${INTAKE_KEY}` },
        body: JSON.stringify({ query: mutation }),
      });
      expect({ contentType, status: post.status }).toEqual({ contentType, status: 415 });
    }
    const found = await data(
      product.url,
      `{ orders(first: 1, filter: { ccwOrderNumber: "${input.ccwOrderNumber}" }) { totalCount } }`,
      {},
      { token: await repToken() },
    );
    expect(found.orders.totalCount).toBe(0);
  });
});

describe('webhooks as docs/integrators.md documents them', () => {
  const CREATE_WEBHOOK = `mutation($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) { secret subscription { id url } errors { code field params } }
  }`;

  it('refuses a target inside the operator’s network (WEBHOOK_PRIVATE_TARGETS=refuse) and accepts a public one, with its secret once', async () => {
    for (const url of ['http://localhost:4000/graphql', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.5/hooks']) {
      const refused = (await data(product.url, CREATE_WEBHOOK, { input: { url, eventTypes: ['ORDER_STATUS_CHANGED'] } }, { token: INTAKE_KEY }))
        .createWebhookSubscription;
      expect(refused).toEqual({
        secret: null,
        subscription: null,
        errors: [{ code: 'INVALID_INPUT', field: ['input', 'url'], params: { reason: 'URL_PRIVATE' } }],
      });
    }
    const created = (
      await data(
        product.url,
        CREATE_WEBHOOK,
        { input: { url: 'https://hooks.partners.example.com/provisioning', eventTypes: ['ORDER_STATUS_CHANGED'] } },
        { token: INTAKE_KEY },
      )
    ).createWebhookSubscription;
    expect(created.errors).toEqual([]);
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.subscription.url).toBe('https://hooks.partners.example.com/provisioning');
  });
});

let repTokenCache: string | undefined;
async function repToken(): Promise<string> {
  if (repTokenCache) return repTokenCache;
  const login = (
    await data(product.url, LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } }, { headers: { 'x-forwarded-for': '203.0.113.200' } })
  ).login;
  expect(login.errors).toEqual([]);
  return (repTokenCache = login.token);
}

describe('security rules (#23), from outside', () => {
  it('5: refuses webhook targets in IPv6 ranges that embed or translate IPv4, and site-local ones', async () => {
    const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { errors { code params } } }`;
    for (const url of ['http://[::7f00:1]/', 'http://[64:ff9b::127.0.0.1]/', 'http://[::ffff:0:7f00:1]/', 'http://[2002:7f00:1::]/', 'http://[fec0::1]/']) {
      const refused = (await data(product.url, CREATE, { input: { url, eventTypes: ['ORDER_STATUS_CHANGED'] } }, { token: INTAKE_KEY }))
        .createWebhookSubscription;
      expect([url, refused.errors]).toEqual([url, [{ code: 'INVALID_INPUT', params: { reason: 'URL_PRIVATE' } }]]);
    }
  });

  it('10: the scheduler key asks overdueOrders at most a day ahead; a rep asks any date', async () => {
    const OVERDUE = `query($asOf: DateTime) { overdueOrders(asOf: $asOf, first: 1) { totalCount } }`;
    const far = await graphql(product.url, OVERDUE, { asOf: '9999-12-31T00:00:00Z' }, { token: SCHEDULER_KEY });
    expect(far.body.data).toBeNull();
    expect(far.body.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const soon = await graphql(product.url, OVERDUE, { asOf: new Date(Date.now() + 3_600_000).toISOString() }, { token: SCHEDULER_KEY });
    expect(soon.body.errors).toBeUndefined();
    const rep = await graphql(product.url, OVERDUE, { asOf: '9999-12-31T00:00:00Z' }, { token: await repToken() });
    expect(rep.body.errors).toBeUndefined();
  });

  it('7: a CSV download with a repeated query parameter answers 400, saying so', async () => {
    const filter = encodeURIComponent(JSON.stringify({ status: ['PLACED'] }));
    const response = await fetch(`${product.url}/export/orders.csv?filter=${filter}&filter=${filter}`, {
      headers: { authorization: `Bearer ${await repToken()}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('The query parameter filter must be given once, as plain text');
  });

  it('3: a rep’s resolution text never reaches the machine keys through the event feed', async () => {
    // An escalation from outside, at once: the partner names as customer administrator an address that already
    // has an account (the rep's own): step 8 holds the order for a rep (#23 item 2) and opens an escalation.
    const { id: orderId, contact } = await placeOrder();
    const started = await startSetup(linkIn((await emailTo(contact, '/setup?token=')).text, 'setup')!.token);
    const session = started.sessionToken;
    await ok(session, 'chooseRole', 'ChooseRoleInput', { role: 'PARTNER' });
    await ok(session, 'chooseSetupOwner', 'ChooseSetupOwnerInput', { owner: 'SELF' });
    await ok(session, 'createPartnerOrganization', 'CreatePartnerOrganizationInput', {
      name: 'Rossi Networks',
      country: 'IT',
      address: 'Via Roma 1',
      city: 'Milano',
      postalCode: '20100',
    });
    await ok(session, 'setCustomerAdministrator', 'SetCustomerAdministratorInput', { email: ADMIN_EMAIL });
    await ok(session, 'confirmCustomerOrganization', 'ConfirmCustomerOrganizationInput', {
      newOrganization: { name: 'Acme Italia', country: 'IT', address: 'Via Po 2', city: 'Torino', postalCode: '10100' },
    });
    expect((await ok(session, 'completeOrderSetup', 'CompleteOrderSetupInput', {})).nextStep).toBe('ON_HOLD');
    const ESCALATIONS = `query($orderId: ID) { escalations(first: 5, filter: { orderId: $orderId }) { edges { node { id } } } }`;
    const escalationId: string | undefined = (await data(product.url, ESCALATIONS, { orderId }, { token: await repToken() })).escalations.edges[0]?.node.id;
    expect(escalationId).toBeDefined();
    const secret = 'Spoke to Anna Rossi, PIN 4711, home +39 02 1234';
    const resolved = (
      await data(
        product.url,
        `mutation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { errors { code } } }`,
        { input: { escalationId, resolution: secret } },
        { token: await repToken() },
      )
    ).resolveEscalation;
    expect(resolved.errors).toEqual([]);
    const FEED = `query($after: String) { orderEvents(first: 100, after: $after) { edges { node { type orderId changes } } pageInfo { hasNextPage endCursor } } }`;
    for (const token of [INTAKE_KEY, SCHEDULER_KEY]) {
      let resolvedEvent: { changes: Record<string, unknown> } | undefined;
      const seen: unknown[] = [];
      for (const deadline = Date.now() + 20_000; !resolvedEvent && Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        let after: string | null = null;
        seen.length = 0;
        for (;;) {
          const page: any = (await data(product.url, FEED, { after }, { token })).orderEvents;
          seen.push(...page.edges.map((e: { node: unknown }) => e.node));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        resolvedEvent = (seen as { type: string; orderId: string; changes: Record<string, unknown> }[]).find(
          (e) => e.orderId === orderId && e.type === 'ESCALATION_RESOLVED',
        );
      }
      expect(resolvedEvent?.changes).toEqual({ escalationId, kind: 'UNRECOGNIZED_CUSTOMER_ORGANIZATION' });
      expect(JSON.stringify(seen)).not.toContain('4711');
    }
  }, 120_000);
});

describe('limits never refuse a valid credential because someone else failed', () => {
  it('opens a valid Set up now link from an address that sent 50 unknown links (a shared office)', async () => {
    const office = '203.0.113.10';
    const order = await placeOrder();
    const link = linkIn((await emailTo(order.contact, '/setup?token=')).text, 'setup')!;
    for (let i = 0; i < 50; i++) {
      const failed = await startSetup(`${link.token.slice(0, -6)}typo${String(i).padStart(2, '0')}`, office);
      expect(failed.errors[0].code).toBe('TOKEN_INVALID');
    }
    expect((await startSetup('phs_one-more-old-link', office)).errors[0].code).toBe('TOO_MANY_ATTEMPTS');
    const opened = await startSetup(link.token, office);
    expect(opened.errors).toEqual([]);
    expect(opened.session.nextStep).toBe('CHOOSE_ROLE');
  });

  it('keeps a rep able to log in after someone sends 10 wrong passwords for the rep’s email in one request', async () => {
    const attacker = '198.51.100.66';
    const aliases = Array.from(
      { length: 10 },
      (_, i) => `a${i}: login(input: { email: "${ADMIN_EMAIL.toLowerCase()}", password: "guess-${i}" }) { errors { code } }`,
    ).join('\n');
    const attack = await data(product.url, `mutation { ${aliases} }`, {}, { headers: { 'x-forwarded-for': attacker } });
    expect(Object.values(attack).map((p: any) => p.errors[0].code)).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
    expect(
      (await data(product.url, LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } }, { headers: { 'x-forwarded-for': attacker } })).login
        .errors[0].code,
    ).toBe('TOO_MANY_ATTEMPTS');

    const rep = (
      await data(product.url, LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } }, { headers: { 'x-forwarded-for': '203.0.113.77' } })
    ).login;
    expect(rep.errors).toEqual([]);
    expect(rep.token).toBeTruthy();
  });
});

describe('an account under attack from many addresses', () => {
  it('checks at most 20 of 100 wrong passwords for a rep from 100 addresses (IPv4 and IPv6 /64s), refused with Retry-After; the rep still signs in from an address that signed in before, and by a reset link', async () => {
    const repToken_ = await repToken();
    const email = 'Attacked.Rep@Example.com';
    const created = await data(
      product.url,
      `mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id } errors { code message } } }`,
      { input: { email, name: 'Attacked Rep', role: 'REP', password: PASSWORD } },
      { token: repToken_ },
    );
    expect(created.createRep.errors).toEqual([]);
    const office = '2001:db8:c0:1::20';
    const login = async (address: string, password: string) => {
      const response = await graphql(product.url, LOGIN, { input: { email, password } }, { headers: { 'x-forwarded-for': address } });
      return { login: (response.body as any).data.login, retryAfter: response.headers.get('retry-after') };
    };
    expect((await login(office, PASSWORD)).login.errors).toEqual([]);

    const answers = [];
    for (let i = 0; i < 100; i++) answers.push(await login(i % 2 ? `192.0.2.${i + 1}` : `2001:db8:${0xa00 + i}:${i}::1`, `guess-${i}`));
    const checked = answers.filter((a) => a.login.errors[0].code === 'INVALID_CREDENTIALS');
    const refused = answers.filter((a) => a.login.errors[0].code === 'TOO_MANY_ATTEMPTS');
    expect(checked.length).toBeLessThanOrEqual(20);
    expect(checked.length + refused.length).toBe(100);
    for (const { retryAfter } of refused) expect(Number(retryAfter)).toBeGreaterThan(0);

    // The rep, from another address of the office's /64 that signed in before.
    const back = await login('2001:db8:c0:1::21', PASSWORD);
    expect(back.login.errors).toEqual([]);
    expect(back.login.token).toBeTruthy();
    // And by a reset link, from a new address.
    const home = '198.51.100.150';
    const requested = await data(
      product.url,
      `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { errors { code } } }`,
      { input: { email } },
      { headers: { 'x-forwarded-for': home } },
    );
    expect(requested.requestPasswordReset.errors).toEqual([]);
    const token = /token=(phr_[A-Za-z0-9_-]+)/.exec((await emailTo(email.toLowerCase(), 'reset-password?token=')).text)![1];
    const reset = await data(
      product.url,
      `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token errors { code } } }`,
      { input: { token, password: 'Brand-new-password-2026!' } },
      { headers: { 'x-forwarded-for': home } },
    );
    expect(reset.resetPassword.errors).toEqual([]);
    expect(reset.resetPassword.token).toBeTruthy();
  });
});

describe('every request is bounded', () => {
  const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
  /** Every field without arguments of a type, leaves only: what a client that wants "everything" asks for. */
  const leaves = (typeName: string) => {
    const type = schema.getType(typeName) as GraphQLObjectType;
    return Object.values(type.getFields())
      .filter((f) => f.args.length === 0 && isLeafType(getNamedType(f.type)))
      .map((f) => f.name)
      .join(' ');
  };
  /** Objects without arguments, one level down, each with all its leaves. */
  const wide = (typeName: string) => {
    const type = schema.getType(typeName) as GraphQLObjectType;
    const nested = Object.values(type.getFields())
      .filter((f) => f.args.length === 0 && isObjectType(getNamedType(f.type)))
      .map((f) => `${f.name} { ${leaves(getNamedType(f.type).name) || '__typename'} }`);
    return `${leaves(typeName)} ${nested.join(' ')}`;
  };

  const query = (field: string, n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n')} }`;

  /** The most aliases of `field` (0 to 30) that the limits serve (a binary search), with the time the largest took, and the refusal of one more. */
  async function widest(field: string, token: string) {
    const timed = async (n: number) => {
      const started = performance.now();
      const response = await graphql(product.url, query(field, n), {}, { token });
      return { response, ms: performance.now() - started };
    };
    let low = 0;
    let high = 30;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((await timed(mid)).response.body.errors) high = mid - 1;
      else low = mid;
    }
    const served = low ? await timed(low) : undefined;
    const refused = low < 30 ? await timed(low + 1) : undefined;
    if (served?.response.body.errors) throw new Error(JSON.stringify(served.response.body.errors));
    return { served: low, servedMs: served?.ms ?? 0, refusal: refused && { ms: refused.ms, error: refused.response.body.errors[0] } };
  }

  beforeAll(async () => {
    // Pages worth reading: 120 orders, and escalations with notes on some of them.
    for (let i = 0; i < 120; i++) await placeOrder({ requestedStartDate: '2031-01-15' });
  }, 120_000);

  it('answers the most expensive requests the limits allow within about a second, and refuses more naming the limit', async () => {
    const token = await repToken();
    const order = wide('Order');
    const shapes = [
      `orders(first: PAGE) { totalCount edges { cursor node { ${order} escalations { ${wide('Escalation')} notes { ${leaves('EscalationNote')} } } auditTrail { ${leaves('AuditEntry')} } } } }`,
      `searchOrders(limit: PAGE) { totalCount nodes { ${order} outboxMessages { ${leaves('OutboxMessage')} } setupLinks { ${leaves('SetupLinkInfo')} } } }`,
      `orders(first: PAGE) { edges { node { id ccwOrderNumber status } } }`,
      `overdueOrders(first: PAGE) { totalCount edges { node { ${order} } } }`,
      `orders(first: PAGE) { edges { node { escalations { order { escalations { order { escalations { order { id } } } } } } } } }`,
    ].flatMap((shape) => [100, 25, 5].map((page) => shape.replace('PAGE', String(page))));
    const report = [];
    for (const shape of shapes) {
      const result = await widest(shape, token);
      report.push({
        shape: shape.slice(0, 32),
        served: result.served,
        servedMs: Math.round(result.servedMs),
        refusedMs: result.refusal && Math.round(result.refusal.ms),
        refusal: result.refusal?.error.message.slice(0, 30),
      });
      expect(result.servedMs).toBeLessThan(1500);
      if (result.refusal) {
        expect(result.refusal.ms).toBeLessThan(1500);
        expect(result.refusal.error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(result.refusal.error.message).toMatch(/too expensive: it can read more than 50000 values|Aliases limit of 30 exceeded/);
      }
    }
    // Some shape must reach the cost limit rather than the alias limit, or the test proves nothing about cost.
    expect(report.some((r) => r.refusal && /too expensive/.test(r.refusal))).toBe(true);
    console.log(report.map((r) => JSON.stringify(r)).join('\n'));
  }, 120_000);

  it('refuses a document of more tokens than the limit before running it', async () => {
    const query = `{ ${Array.from({ length: 10_100 }, () => '__typename').join(' ')} }`;
    const response = await graphql(product.url, query, {}, { unchecked: true });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/contains more tha[nt] 10000 tokens/i);
  });
});

describe('browser headers for the console and the portal', () => {
  it.each(['/admin/', '/portal/', '/portal/setup?token=abc'])(
    'serves %s with a Content-Security-Policy, frame-ancestors none, nosniff and a Referrer-Policy',
    async (page) => {
      const response = await fetch(`${product.url}${page}`);
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it('loads both apps in Chromium with the policy on and no violation', async () => {
    browser = await launchBrowser();
    for (const [path, ready] of [
      ['/admin/', 'input[name="username"], input[type="email"], input[name="email"]'],
      ['/portal/', 'input[type="email"], input[name="email"]'],
    ] as const) {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load (CSP): ${e.violatedDirective} ${e.blockedURI}`)),
      );
      await page.goto(`${product.url}${path}`);
      await page.waitForSelector(ready, { timeout: 20_000 });
      await page.waitForTimeout(300);
      expect({ path, violations }).toEqual({ path, violations: [] });
      await page.close();
    }
  }, 60_000);
});
