import type { Browser, Page } from 'playwright-core';
import { Escalation, EscalationKind, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { Organization, OrganizationKind } from '../server/organizations/organization.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createOrganization, createUser, unique } from './support/factories.js';
import { collectPageErrors, ensurePortalBuilt, Mailbox, field, fieldError, launchBrowser, screenshots, waitForHeading, goToSetup } from './support/portal.js';
import { STRONG_PASSWORD, Wizard } from './support/wizard.js';

let app: TestApp;
let wizard: Wizard;
let browser: Browser;
let mailbox: Mailbox;

beforeAll(async () => {
  await ensurePortalBuilt();
  [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  wizard = new Wizard(app);
  mailbox = await Mailbox.open(app);
}, 180_000);
afterAll(async () => {
  await mailbox?.close();
  await browser?.close();
  await app?.stop();
});

async function openPage(url: string) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'en-US' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await goToSetup(page, url);
  return { page, errors, close: () => context.close() };
}

const next = (page: Page, name = 'Next') => page.getByRole('button', { name, exact: true }).click();

async function asPartner(page: Page) {
  await waitForHeading(page, 'Choose your role');
  await page.getByRole('radio', { name: 'I am a partner' }).check();
  await next(page);
  await waitForHeading(page, 'Who will set up the services?');
}

async function handOver(page: Page, to: 'Another person in my company will set up' | 'The customer will set up', label: string, email: string) {
  await page.getByRole('radio', { name: to }).check();
  await field(page, label).fill(email);
  await next(page);
  await waitForHeading(page, 'The setup was handed over');
}

describe('the reference portal: hand-overs, customer self-setup, holds and end pages', () => {
  it('hands the setup to a colleague, says who got it, retires the old link, and opens the wizard for the colleague from their own email', async () => {
    const shot = screenshots('colleague');
    const contact = `alias-${unique('')}@rossi.example`.toLowerCase();
    const colleague = `marco-${unique('')}@rossi.example`.toLowerCase();
    const { orderId, ccwOrderNumber } = await wizard.orderWithLink({ provisioningContactEmail: contact, locale: 'en' });
    const link = await mailbox.link(contact);
    const { page, errors, close } = await openPage(link);
    await asPartner(page);
    await page.getByRole('radio', { name: 'Another person in my company will set up' }).check();
    await field(page, 'Your colleague’s email address').fill(contact);
    await next(page);
    expect(await fieldError(page, 'Your colleague’s email address')).toBe('That is your own address. Choose Yes, I will set up the services instead.');
    await shot(page, 'own-address');
    await handOver(page, 'Another person in my company will set up', 'Your colleague’s email address', colleague.toUpperCase());
    const handed = await page.locator('main').innerText();
    expect(handed).toContain(`We sent a Set up now link to ${colleague}. They will complete provisioning of order ${ccwOrderNumber}.`);
    expect(handed).toContain('Your own link no longer works.');
    await shot(page, 'handed-over');
    expect((await app.em().findOneOrFail(Order, orderId)).status).toBe('HANDED_OVER');

    await goToSetup(page, link);
    await waitForHeading(page, 'This link no longer works');
    expect(await page.locator('main').innerText()).toContain('ask your Cisco representative to send a new one');
    await shot(page, 'old-link-expired');

    await goToSetup(page, await mailbox.link(colleague));
    await asPartner(page);
    expect(await page.locator('main').innerText()).toContain(`was sent to ${colleague}`);
    await page.getByRole('radio', { name: 'Yes, I will set up the services' }).check();
    await next(page);
    await waitForHeading(page, 'Create your partner organization');
    await shot(page, 'colleague-walks-on');
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the customer set up its own organization from the link the partner handed over, to Provision, and then see it after logging in', async () => {
    const shot = screenshots('customer-self-setup');
    const contact = `boss-${unique('')}@rossi.example`.toLowerCase();
    const customer = `cio-${unique('')}@selfco.example`.toLowerCase();
    const subdomain = unique('selfco')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    const { orderId } = await wizard.orderWithLink({ provisioningContactEmail: contact, locale: 'en', services: [{ kind: 'MEETINGS', quantity: 25 }] });
    const { page, errors, close } = await openPage(await mailbox.link(contact));
    await asPartner(page);
    await handOver(page, 'The customer will set up', 'The customer administrator’s email address', customer);
    expect(await page.locator('main').innerText()).toContain('You will not have access to manage the customer’s organization.');
    await shot(page, 'partner-handed-over');

    await goToSetup(page, await mailbox.link(customer));
    await waitForHeading(page, 'Choose your role');
    await page.getByRole('radio', { name: 'I am a partner' }).check();
    await next(page);
    await page.getByText('This link was sent to the customer administrator. Choose I am the customer.').waitFor();
    await shot(page, 'wrong-role');
    await page.getByRole('radio', { name: 'I am the customer' }).check();
    await next(page);

    await waitForHeading(page, 'Confirm the customer information');
    expect(await page.getByTestId('progress').innerText()).toMatch(/Step 7 of 10/i);
    expect(await page.locator('main').innerText()).toContain(`Administrator: ${customer}`);
    await field(page, 'Organization name').fill('SelfCo');
    await field(page, 'Country').selectOption('IT');
    await field(page, 'Address').fill('Via Dante 5');
    await field(page, 'City').fill('Bologna');
    await field(page, 'Postal code').fill('40121');
    await next(page);
    await waitForHeading(page, 'Check the customer and partner information');
    expect(await page.locator('main').innerText()).toContain(
      'The customer sets up their own services. The partner has no access to manage the customer’s organization.',
    );
    await shot(page, 'review');
    await next(page);
    await waitForHeading(page, 'Create a password');
    expect(await page.locator('main').innerText()).toContain(`Create the password of ${customer}, the first administrator of SelfCo.`);
    await field(page, 'Password').fill(STRONG_PASSWORD);
    await field(page, 'Confirm the password').fill(`${STRONG_PASSWORD}x`);
    await next(page);
    expect(await fieldError(page, 'Confirm the password')).toBe('The two passwords are different.');
    await field(page, 'Confirm the password').fill(STRONG_PASSWORD);
    await next(page);

    // Meetings only: details, meeting settings, enterprise settings, provision.
    await waitForHeading(page, 'Subscription details');
    expect(await page.getByTestId('progress').innerText()).toMatch(/\(1 of 4\)/i);
    await next(page);
    await waitForHeading(page, 'Meeting settings');
    expect(await field(page, 'Site name').inputValue()).toBe('selfco');
    await field(page, 'Site name').fill('-selfco');
    await next(page);
    expect(await fieldError(page, 'Site name')).toBe('Use letters and digits, with dashes only inside the name.');
    await field(page, 'Site name').fill('selfco-meet');
    await next(page);
    await waitForHeading(page, 'Enterprise settings');
    // Back keeps what was typed on the earlier service page.
    await page.getByRole('button', { name: 'Back' }).click();
    await waitForHeading(page, 'Meeting settings');
    expect(await field(page, 'Site name').inputValue()).toBe('selfco-meet');
    await next(page);
    await waitForHeading(page, 'Enterprise settings');
    await field(page, 'Subdomain').fill(subdomain);
    await page.getByRole('button', { name: 'Check availability' }).click();
    await page.getByText(`${subdomain} is available. Click Save to claim it.`).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Saved. The SIP domain is ${subdomain}.calls.webex.com.`).waitFor();
    await next(page);
    await waitForHeading(page, 'Provisioning and billing start');
    await page.getByRole('button', { name: 'Provision' }).click();
    await waitForHeading(page, 'Your services are provisioned');
    await shot(page, 'done');
    const order = await app.em().findOneOrFail(Order, orderId, { populate: ['customerOrganization'] });
    expect(order.status).toBe('PROVISIONED');
    expect(order.customerOrganization?.getEntity().managingPartner ?? null).toBeNull();

    await page.getByRole('link', { name: 'Log in' }).click();
    await waitForHeading(page, 'Log in');
    await field(page, 'Email address').fill(customer);
    await field(page, 'Password').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await waitForHeading(page, 'Your orders and subscriptions');
    await page.getByTestId('subscription').waitFor();
    expect(await page.locator('main').innerText()).toContain('Organization: SelfCo (customer organization)');
    expect(await page.getByTestId('subscription').innerText()).toContain('Meetings (25)');
    await shot(page, 'customer-account');
    expect(errors).toEqual([]);
    await close();
  });

  it('puts the order on hold when the partner does not recognize its organization, and says the Cisco representative will contact them', async () => {
    const shot = screenshots('on-hold');
    const partnerAccountId = unique('PA-');
    const partnerName = `Rossi Networks ${partnerAccountId}`;
    await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: partnerName, partnerAccountId });
    const contact = `newcomer-${unique('')}@rossi.example`.toLowerCase();
    const { orderId } = await wizard.orderWithLink({ partnerAccountId, provisioningContactEmail: contact, locale: 'en' });
    const link = await mailbox.link(contact);
    const { page, errors, close } = await openPage(link);
    await asPartner(page);
    await page.getByRole('radio', { name: 'Yes, I will set up the services' }).check();
    await next(page);
    await waitForHeading(page, 'Review your partner organization');
    expect(await page.getByRole('heading', { level: 2, name: partnerName }).isVisible()).toBe(true);
    await shot(page, 'review-partner');

    await page.getByRole('button', { name: 'I don’t recognize this organization' }).click();
    const dialog = page.getByRole('dialog', { name: 'Don’t recognize the organization?' });
    await dialog.waitFor();
    await shot(page, 'confirm-hold');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await app.em().findOneOrFail(Order, orderId)).status).toBe('SETUP_IN_PROGRESS');
    await page.getByRole('button', { name: 'I don’t recognize this organization' }).click();
    await dialog.getByRole('button', { name: 'Put the order on hold' }).click();

    await waitForHeading(page, 'The order is on hold');
    const held = await page.locator('main').innerText();
    expect(held).toContain('Your Cisco representative will contact you');
    expect(held).toContain('you will receive a new Set up now link by email');
    await shot(page, 'on-hold');
    expect((await app.em().findOneOrFail(Order, orderId)).status).toBe('ON_HOLD');
    expect(await app.em().count(Escalation, { order: orderId, kind: EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION, status: EscalationStatus.OPEN })).toBe(1);

    await goToSetup(page, link);
    await waitForHeading(page, 'The order is on hold');
    expect(errors).toEqual([]);
    await close();
  });

  it('gives a clear page for an unknown link, a missing token, an order already set up, and a session replaced by opening the link again', async () => {
    const shot = screenshots('end-pages');
    const { page, errors, close } = await openPage(`${app.url}/portal/setup?token=phs_not-a-real-token`);
    await waitForHeading(page, 'This link is not valid');
    await shot(page, 'invalid');
    await goToSetup(page, `${app.url}/portal/setup`);
    await waitForHeading(page, 'Open the link from your email');

    const contact = `twice-${unique('')}@rossi.example`.toLowerCase();
    const { orderId } = await wizard.orderWithLink({ provisioningContactEmail: contact, locale: 'en', services: [{ kind: 'MESSAGING', quantity: 1 }] });
    const link = await mailbox.link(contact);
    await goToSetup(page, link);
    await asPartner(page);
    // The same link opened in a second tab starts afresh and ends the first tab's session.
    const second = await page.context().newPage();
    await goToSetup(second, link);
    await waitForHeading(second, 'Choose your role');
    await page.getByRole('radio', { name: 'Yes, I will set up the services' }).check();
    await next(page);
    await waitForHeading(page, 'Your setup session has ended');
    expect(await page.locator('main').innerText()).toContain('Nothing was saved.');
    await shot(page, 'session-ended');
    await page.getByRole('button', { name: 'Start again' }).click();
    await waitForHeading(page, 'Choose your role');
    await second.close();

    // Set up through the API, then a newer link to the same order: already set up, log in instead.
    const sessionToken = await wizard.toReview(await wizard.issueLink(orderId, contact), `adm-${unique('')}@done.example`);
    await wizard.ok(sessionToken, 'completeOrderSetup', {});
    await goToSetup(page, `${app.url}/portal/setup?token=${await wizard.issueLink(orderId, `late-${unique('')}@rossi.example`)}`);
    await waitForHeading(page, 'This order is already set up');
    expect(await page.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe('/portal/');
    await shot(page, 'already-set-up');
    expect(errors).toEqual([]);
    await close();
  });

  it('activates a customer administrator created by the partner from the activation email, and shows their order', async () => {
    const shot = screenshots('activation');
    const contact = `act-${unique('')}@rossi.example`.toLowerCase();
    const administrator = `admin-${unique('')}@activated.example`.toLowerCase();
    const { ccwOrderNumber, token } = await wizard.orderWithLink({
      provisioningContactEmail: contact,
      locale: 'en',
      services: [{ kind: 'MESSAGING', quantity: 3 }],
    });
    await wizard.ok(await wizard.toReview(token, administrator), 'completeOrderSetup', {});
    const link = await mailbox.link(administrator, 'activate');
    const { page, errors, close } = await openPage(link);
    await waitForHeading(page, 'Activate your administrator account');
    await field(page, 'Password').fill('weak');
    await field(page, 'Confirm the password').fill('weak');
    await page.getByRole('button', { name: 'Activate and log in' }).click();
    expect(await fieldError(page, 'Password')).toContain('Choose a stronger password');
    await shot(page, 'weak-password');
    await field(page, 'Password').fill(STRONG_PASSWORD);
    await field(page, 'Confirm the password').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Activate and log in' }).click();
    await waitForHeading(page, 'Your orders and subscriptions');
    expect(new URL(page.url()).pathname).toBe('/portal/');
    await page.getByTestId('order').waitFor();
    expect(await page.getByTestId('order').innerText()).toContain(ccwOrderNumber);
    expect(await page.getByTestId('subscription').innerText()).toContain('Pending');
    await shot(page, 'account');

    // A reload keeps the login (sessionStorage); the activation link is spent.
    await page.reload();
    await waitForHeading(page, 'Your orders and subscriptions');
    await goToSetup(page, link);
    await field(page, 'Password').fill(STRONG_PASSWORD);
    await field(page, 'Confirm the password').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Activate and log in' }).click();
    await page.getByText('This activation link was already used or has expired.').waitFor();
    expect(await app.em().count(Organization, { kind: OrganizationKind.CUSTOMER, name: 'Acme Italia' })).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('verifies the organization an administrator already belongs to, and offers the partner’s own customer organizations as candidates to pick', async () => {
    const shot = screenshots('candidates');
    const partnerAccountId = unique('PA-');
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: `Rossi Networks ${partnerAccountId}`, partnerAccountId });
    const known = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, name: 'Acme Italia Nord', managingPartner: partner });
    const knownAdmin = `cfo-${unique('')}@acme-nord.example`.toLowerCase();
    await createUser(app.em(), known, knownAdmin);
    const sibling = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, name: 'Acme Italia Sud', managingPartner: partner });
    const contact = `pick-${unique('')}@rossi.example`.toLowerCase();
    const { orderId } = await wizard.orderWithLink({
      partnerAccountId,
      provisioningContactEmail: contact,
      locale: 'en',
      services: [{ kind: 'MESSAGING', quantity: 5 }],
    });
    const { page, errors, close } = await openPage(await mailbox.link(contact));
    await asPartner(page);
    await page.getByRole('radio', { name: 'Yes, I will set up the services' }).check();
    await next(page);
    await waitForHeading(page, 'Review your partner organization');
    await next(page);
    await waitForHeading(page, 'Customer administrator');
    await field(page, 'Customer administrator’s email address').fill(knownAdmin);
    await next(page);

    // The administrator belongs to Acme Italia Nord: verify it.
    await waitForHeading(page, 'Verify the customer information');
    expect(await page.getByRole('heading', { level: 2, name: 'Acme Italia Nord' }).isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).toContain('0 active subscriptions');
    await shot(page, 'verify');

    // Back to the administrator: someone new, so the partner's matching organizations are suggested.
    await page.getByRole('button', { name: 'Back' }).click();
    await waitForHeading(page, 'Customer administrator');
    expect(await field(page, 'Customer administrator’s email address').inputValue()).toBe(knownAdmin);
    await field(page, 'Customer administrator’s email address').fill(`new-${unique('')}@acme-sud.example`);
    await next(page);
    await waitForHeading(page, 'Confirm the customer information');
    const suggestion = page.getByRole('radio', { name: 'Acme Italia Sud' });
    expect(await page.getByRole('radio', { name: 'Acme Italia Nord' }).count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('Created on');
    await next(page);
    await page.getByText('Choose an organization, or create a new one.').waitFor();
    await suggestion.check();
    await shot(page, 'candidates');
    await next(page);
    await waitForHeading(page, 'Check the customer and partner information');
    const review = await page.locator('main').innerText();
    expect(review).toContain('Existing organization');
    expect(review).toContain('Acme Italia Sud');
    await next(page);
    // The partner organization existed: no password step.
    await waitForHeading(page, 'Subscription details');
    expect((await app.em().findOneOrFail(Order, orderId)).customerOrganization?.id).toBe(sibling.id);
    expect(errors).toEqual([]);
    await close();
  });
});
