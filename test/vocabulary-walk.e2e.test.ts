import { jest } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pino } from 'pino';
import { hashPassword } from '../server/auth/passwords.js';
import { RepRole } from '../server/auth/rep.entity.js';
import { seedDemoData } from '../server/demo/seed.js';
import { Escalation } from '../server/escalations/escalation.entity.js';
import { OrderStatus } from '../server/orders/order-status.js';
import { Order } from '../server/orders/order.entity.js';
import { Organization, OrganizationKind } from '../server/organizations/organization.entity.js';
import { User } from '../server/organizations/user.entity.js';
import { Subscription, SubscriptionStatus } from '../server/subscriptions/subscription.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { buildConsole, launchBrowser } from './support/browser.js';
import { createApiKey, createOrganization, createRep, loginToken, unique } from './support/factories.js';
import { ensurePortalBuilt, goToSetup, Mailbox } from './support/portal.js';
import { placeOrder } from './support/scheduling.js';
import { STRONG_PASSWORD } from './support/wizard.js';
import { consoleText, portalText, vocabularyProblems, vocabularySize, type Lang } from './support/vocabulary.js';

/**
 * Every page of both apps, in both languages, read as a person reads it (issue 27): no message key,
 * raw enum value or audit action, no text of the other language, no country twice, no "undefined".
 * The console on the demo data (every status, kind and page); the portal's pages without a session,
 * the Set up now wizard walked from the emailed link to Provision (a new partner, with its password
 * step) and to the candidates of step 7 (an existing partner, whose customers show their city), and a
 * partner administrator's account. Both apps name each status with the same word. On top of the demo
 * data: a webhook whose deliveries are held (every order's delivery log), and one of the partner's
 * subscriptions suspended with a quantity change scheduled (#26: the console's subscription page,
 * its dialogs and timeline, and the portal's account).
 */

const PASSWORD = 'Vocabulary-rep-2026!';
const REP_EMAIL = 'vocabulary.rep@cisco.example';
const PARTNER_EMAIL = 'anna.ferri@rossi-networks.example';
const LANGUAGES: { lang: Lang; locale: string }[] = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'it', locale: 'it-IT' },
];

let app: TestApp;
let browser: Browser;
let mailbox: Mailbox;
let intakeKey: string;

jest.setTimeout(600_000);

beforeAll(async () => {
  buildConsole();
  await ensurePortalBuilt();
  app = await startTestApp({ now: new Date().toISOString(), env: { WEBHOOK_PRIVATE_TARGETS: 'allow' } });
  // A webhook for every event before the demo data is made: each order's log has deliveries, held once it is disabled.
  const adminToken = await loginToken(app.em(), { rep: await createRep(app.em(), { role: RepRole.ADMIN }) });
  const gql = async (mutation: string, input: Record<string, unknown>) => {
    const type = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
    const { data } = await app.gql(`mutation($input: ${type}!) { ${mutation}(input: $input) { errors { code message } } }`, { input }, adminToken);
    expect(data[mutation].errors).toEqual([]);
  };
  const { data: webhook } = await app.gql(
    `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } } }`,
    { input: { url: 'http://127.0.0.1:9/walk', eventTypes: SHOWN_EVENT_TYPES } },
    adminToken,
  );
  await seedDemoData(app.orm, { config: app.config, services: app.services, log: pino({ level: 'silent' }), now: app.clock.now() });
  await gql('updateWebhookSubscription', { id: webhook.createWebhookSubscription.subscription.id, enabled: false });
  await createRep(app.em(), { email: REP_EMAIL, password: PASSWORD });
  const em = app.em();
  const partner = await em.findOneOrFail(User, { email: PARTNER_EMAIL });
  partner.passwordHash = await hashPassword(PASSWORD);
  await em.flush();
  // One of this partner's subscriptions suspended, with new quantities scheduled for a later day.
  const [suspended] = await em.find(
    Subscription,
    { status: SubscriptionStatus.ACTIVE, order: { partnerOrganization: partner.organization } },
    { populate: ['order'] },
  );
  await gql('suspendSubscription', { orderId: suspended.order.id, reason: 'Walk: unpaid invoice' });
  const later = new Date(app.clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  const services = suspended.services.map((s) => ({ kind: s.kind, quantity: s.quantity + 1 }));
  await gql('changeSubscriptionQuantities', { orderId: suspended.order.id, services, effectiveDate: later });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  browser = await launchBrowser();
  mailbox = await Mailbox.open(app);
});

afterAll(async () => {
  await mailbox?.close();
  await browser?.close();
  await app?.stop();
});

async function openTab(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  return { context, page };
}

/** Waits until the page has its data: no request for half a second and no progress indicator. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('[role=progressbar]'), undefined, { timeout: 15_000 }).catch(() => undefined);
}

describe('the guard itself', () => {
  it('knows the dictionaries, the enums and the audit actions it looks for', () => {
    const size = vocabularySize();
    expect(size.keys).toBeGreaterThan(500);
    expect(size.enums).toBeGreaterThan(50);
    expect(size.actions).toBeGreaterThan(20);
    expect(size.foreign).toBeGreaterThan(300);
  });

  it('finds a key, a raw value, an audit action, a foreign message and a country twice on a page made to have them', async () => {
    const { context, page } = await openTab('it-IT');
    await page.setContent(`<main>
      <p>console.actions.resolve</p><p>Stato: ON_HOLD</p><p>setup.resumed</p><p>${consoleText('en', 'console.actions.resolve')}</p><p>undefined</p>
      <select name="country"><option value="DE">Germania</option><option value="DD">Germania</option></select>
    </main>`);
    const problems = await vocabularyProblems(page, 'it', 'made');
    for (const kind of [
      'a message key',
      'a raw enum value',
      'a raw audit action',
      'the other language',
      'a placeholder',
      'shows twice',
      'retired country codes',
    ])
      expect(problems.some((problem) => problem.includes(kind))).toBe(true);
    await context.close();
  });
});

describe.each(LANGUAGES)('every page in $locale', ({ lang, locale }) => {
  it('the console: the dashboard, every list, every record’s page and tab, the forms and dialogs', async () => {
    const { context, page } = await openTab(locale);
    const problems: string[] = [];
    const check = async (where: string) => {
      await settle(page);
      problems.push(...(await vocabularyProblems(page, lang, `console ${where}`)));
    };
    const go = async (route: string) => {
      await page.goto(`${app.url}/admin/#${route}`);
      await check(route);
    };
    const tabs = async (route: string) => {
      await go(route);
      const names = await page.getByRole('tab').allInnerTexts();
      for (const [i] of names.entries()) {
        await page.getByRole('tab').nth(i).click();
        await check(`${route} tab ${names[i]}`);
      }
    };

    await page.goto(`${app.url}/admin/`);
    await check('login');
    await page.locator('input[name="username"]').fill(REP_EMAIL);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('dashboard').waitFor();
    await check('dashboard');

    const em = app.em();
    for (const list of ['/escalations', '/orders', '/organizations', '/subscriptions', '/cannedResolutions', '/cannedResolutions/create', '/reps'])
      await go(list);
    // The queue's preview and its dialogs.
    await go('/escalations');
    await page.locator('[data-testid="escalation-queue"] tbody tr[data-id]').first().focus();
    await page.getByTestId('escalation-preview').waitFor();
    await check('/escalations preview');
    await page.getByTestId('escalation-preview').getByTestId('resolve').click();
    await check('/escalations resolve dialog');
    await page.keyboard.press('Escape');
    // Every escalation kind's page, every order status's page.
    const escalations = await em.find(Escalation, {}, { orderBy: { createdAt: 'asc' } });
    const kinds = new Map(escalations.map((escalation) => [`${escalation.kind}/${escalation.status}`, escalation]));
    for (const escalation of kinds.values()) await tabs(`/escalations/${escalation.id}/show`);
    const orders = await em.find(Order, {}, { orderBy: { createdAt: 'asc' } });
    const statuses = new Map(orders.map((order) => [order.status, order]));
    expect(statuses.size).toBeGreaterThanOrEqual(5);
    for (const order of statuses.values()) await tabs(`/orders/${order.id}/show`);
    for (const kind of [OrganizationKind.PARTNER, OrganizationKind.CUSTOMER]) {
      const organization = await em.findOneOrFail(Organization, { kind }, { orderBy: { createdAt: 'asc' } });
      await tabs(`/organizations/${organization.id}/show`);
      await go(`/organizations/${organization.id}/edit`);
    }
    for (const status of Object.values(SubscriptionStatus)) {
      const subscription = await em.findOne(Subscription, { status }, { orderBy: { createdAt: 'asc' } });
      if (!subscription) continue;
      await tabs(`/subscriptions/${subscription.id}/show`);
      await go(`/subscriptions/${subscription.id}/edit`);
    }
    // The suspended subscription's dialogs (#26), each with its day input open.
    const suspended = await em.findOneOrFail(Subscription, { status: SubscriptionStatus.SUSPENDED });
    await go(`/subscriptions/${suspended.id}/show`);
    for (const action of ['resume', 'quantities', 'cancel']) {
      await page.getByTestId(`subscription-${action}`).click();
      const radio = page.getByRole('dialog').locator('input[type="radio"][value="DATE"]');
      if (await radio.count()) await radio.check();
      await check(`/subscriptions suspended, ${action} dialog`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    // The word the console shows for each status is its dictionary's (which the portal's test compares with).
    for (const [status, order] of statuses) {
      await page.goto(`${app.url}/admin/#/orders/${order.id}/show`);
      expect((await page.getByTestId('order-status').innerText()).trim()).toBe(consoleStatusWord(lang, status));
    }
    expect(consoleStatusWord(lang, OrderStatus.ON_HOLD)).toBe(lang === 'it' ? 'In sospeso' : 'On hold');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('the portal: its pages without a session, the wizard from the emailed link to Provision, step 7’s candidates, an account', async () => {
    const problems: string[] = [];
    const { context, page } = await openTab(locale);
    const check = async (where: string) => {
      await settle(page);
      problems.push(...(await vocabularyProblems(page, lang, `portal ${where}`)));
    };
    const heading = (key: Parameters<typeof portalText>[1]) =>
      page.getByRole('heading', { level: 1, name: portalText(lang, key) }).waitFor({ timeout: 30_000 });
    const next = () => page.getByRole('button', { name: portalText(lang, 'common.next'), exact: true }).click();

    for (const path of [
      '/portal/',
      '/portal/forgot-password',
      '/portal/reset-password?token=nope',
      '/portal/activate?token=nope',
      '/portal/setup',
      '/portal/nowhere',
    ]) {
      await page.goto(`${app.url}${path}`);
      await check(path);
    }

    // A new partner's first order, in this language, from the emailed link to Provision.
    const contact = `walk-${lang}-${unique('')}@nuovo-partner.example`.toLowerCase();
    const subdomain = `walk${lang}${unique('').replace(/[^a-z0-9]/gi, '')}`.toLowerCase().slice(0, 30);
    await placeOrder(app, intakeKey, {
      provisioningContactEmail: contact,
      locale: lang,
      requestedStartDate: app.clock.now().toISOString().slice(0, 10),
      timeZone: 'Europe/Rome',
      services: [
        { kind: 'MEETINGS', quantity: 10 },
        { kind: 'CALLING', quantity: 5 },
      ],
    });
    const link = await mailbox.link(contact);
    await page.goto(link);
    await page.getByTestId('setup-landing').waitFor();
    await check('setup landing');
    await goToSetup(page, link);
    await heading('role.title');
    await check('step 3');
    await page.locator('input[name="role"][value="PARTNER"]').check();
    await next();
    await heading('owner.title');
    await check('step 4');
    await page.locator('input[name="owner"][value="SELF"]').check();
    await next();
    await page.locator('input[name="name"]').waitFor();
    await check('step 5, a new partner organization');
    await page.locator('input[name="name"]').fill(`Nuovo Partner ${lang}`);
    await page.locator('select[name="country"]').selectOption('IT');
    await page.locator('input[name="address"]').fill('Via Roma 1');
    await page.locator('input[name="city"]').fill('Milano');
    await page.locator('input[name="postalCode"]').fill('20100');
    await next();
    await page.locator('input[name="email"]').waitFor();
    await check('step 6');
    await page.locator('input[name="email"]').fill(`admin-${lang}-${unique('')}@cliente.example`.toLowerCase());
    await next();
    await page.locator('input[name="newOrganization.name"]').waitFor();
    await check('step 7, a new customer organization');
    await page.locator('input[name="newOrganization.name"]').fill(`Cliente ${lang}`);
    await page.locator('select[name="newOrganization.country"]').selectOption('IT');
    await page.locator('input[name="newOrganization.address"]').fill('Corso Buenos Aires 10');
    await page.locator('input[name="newOrganization.city"]').fill('Milano');
    await page.locator('input[name="newOrganization.postalCode"]').fill('20124');
    await next();
    await page.getByText(contact).first().waitFor();
    await check('step 8');
    await next();
    await page.locator('input[type="password"]').first().waitFor();
    await check('step 9');
    for (const input of await page.locator('input[type="password"]').all()) await input.fill(STRONG_PASSWORD);
    await next();
    await heading('service.details.title');
    await check('step 10, subscription details');
    await next();
    await page.locator('input[name="locationName"]').waitFor();
    await check('step 10, calling');
    await page.locator('input[name="locationName"]').fill('Sede');
    await next();
    await page.locator('input[name="siteName"]').waitFor();
    await check('step 10, meetings');
    await page.locator('input[name="siteName"]').fill(subdomain);
    await next();
    await page.locator('input[name="subdomain"]').waitFor();
    await page.locator('input[name="subdomain"]').fill(subdomain);
    await page.getByRole('button', { name: portalText(lang, 'service.enterprise.check') }).click();
    await page.getByRole('button', { name: portalText(lang, 'common.save'), exact: true }).click();
    await page.getByText(portalText(lang, 'service.enterprise.saved').replace('{domain}', `${subdomain}.calls.webex.com`)).waitFor();
    await check('step 10, enterprise');
    await next();
    await page.getByRole('button', { name: portalText(lang, 'service.provision.button') }).waitFor();
    await check('step 10, provision');
    await page.getByRole('button', { name: portalText(lang, 'service.provision.button') }).click();
    await page.getByText(portalText(lang, 'end.done.next')).waitFor();
    await check('done');

    // An existing partner: its organization to review, and its customers offered at step 7 with their city.
    const partnerAccountId = unique('PA-');
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: `Partner Esistente ${lang}`, partnerAccountId });
    await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, name: `Bianchi Logistica ${lang}`, managingPartner: partner, city: 'Torino' });
    const second = `second-${lang}-${unique('')}@esistente.example`.toLowerCase();
    await placeOrder(app, intakeKey, { provisioningContactEmail: second, locale: lang, partnerAccountId, customerName: `Bianchi Logistica ${lang}` });
    await goToSetup(page, await mailbox.link(second));
    await heading('role.title');
    await page.locator('input[name="role"][value="PARTNER"]').check();
    await next();
    await heading('owner.title');
    await page.locator('input[name="owner"][value="SELF"]').check();
    await next();
    await page.getByText(`Partner Esistente ${lang}`).first().waitFor();
    await check('step 5, an existing partner organization');
    await next();
    await page.locator('input[name="email"]').fill(`admin-${unique('')}@bianchi.example`.toLowerCase());
    await next();
    const candidate = page.getByRole('radio', { name: `Bianchi Logistica ${lang}` });
    await candidate.waitFor();
    const hint = (await candidate.getAttribute('aria-describedby'))!.split(' ')[0];
    expect(await page.locator(`[id="${hint}"]`).innerText()).toMatch(lang === 'it' ? /^Torino, Italia · / : /^Torino, Italy · /);
    await check('step 7, candidates');

    // A partner administrator's account: orders and subscriptions with their statuses.
    await page.goto(`${app.url}/portal/`);
    await page.locator('input[type="email"]').fill(PARTNER_EMAIL);
    await page.locator('input[type="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: portalText(lang, 'common.login'), exact: true }).click();
    await heading('account.title');
    await page.getByTestId('order').first().waitFor();
    await check('account');
    // The same word as the console's for each order's status (and at least one order to compare).
    const statusOf = new Map((await app.em().find(Order, {})).map((order) => [order.ccwOrderNumber, order.status]));
    let compared = 0;
    for (const card of await page.getByTestId('order').all()) {
      const text = await card.innerText();
      const number = [...statusOf.keys()].find((n) => text.includes(n));
      if (!number) continue;
      expect(text).toContain(consoleStatusWord(lang, statusOf.get(number)!));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
    await context.close();
    expect(problems).toEqual([]);
  });
});

/** Every kind of order event (the delivery logs name them). */
const SHOWN_EVENT_TYPES = [
  'ORDER_PLACED',
  'ORDER_STATUS_CHANGED',
  'SUBSCRIPTION_ACTIVATED',
  'SUBSCRIPTION_CHANGED',
  'ESCALATION_OPENED',
  'ESCALATION_RESOLVED',
  'ORDER_AMENDED',
  'CONTACT_CHANGED',
];

/** The console's word for an order status (its chips show it: the console's test checks that). */
const consoleStatusWord = (lang: Lang, status: string) => consoleText(lang, `console.enums.OrderStatus.${status}`);
