import type { Browser, Page } from 'playwright-core';
import { Order } from '../server/orders/order.entity.js';
import { Organization, OrganizationKind } from '../server/organizations/organization.entity.js';
import { SetupSession } from '../server/setup/setup-session.entity.js';
import { Subscription } from '../server/subscriptions/subscription.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createOrganization, unique } from './support/factories.js';
import { placeOrder } from './support/scheduling.js';
import {
  collectPageErrors,
  ensurePortalBuilt,
  Mailbox,
  field,
  fieldError,
  fieldMessage,
  launchBrowser,
  screenshots,
  waitForHeading,
  goToSetup,
} from './support/portal.js';
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

async function openPage(url: string, options: { width?: number; locale?: string } = {}) {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1024, height: 900 }, locale: options.locale ?? 'en-US' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await goToSetup(page, url);
  return { page, errors, close: () => context.close() };
}

const next = (page: Page, name = 'Next') => page.getByRole('button', { name, exact: true }).click();

async function fillOrganization(page: Page, organization: { name: string; country: string; address: string; city: string; postalCode: string }) {
  await field(page, 'Organization name').fill(organization.name);
  await field(page, 'Country').selectOption(organization.country);
  await field(page, 'Address').fill(organization.address);
  await field(page, 'City').fill(organization.city);
  await field(page, 'Postal code').fill(organization.postalCode);
}

/** An existing partner organization, so that a new order reviews it and skips the password step. */
async function existingPartner() {
  const partnerAccountId = unique('PA-');
  await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: `Rossi Networks ${partnerAccountId}`, partnerAccountId });
  return partnerAccountId;
}

/** From the emailed link to the service setup on an existing partner's SELF path (no password step). */
async function walkToServiceSetup(page: Page) {
  await waitForHeading(page, 'Choose your role');
  await page.getByRole('radio', { name: 'I am a partner' }).check();
  await next(page);
  await waitForHeading(page, 'Who will set up the services?');
  await page.getByRole('radio', { name: 'Yes, I will set up the services' }).check();
  await next(page);
  await waitForHeading(page, 'Review your partner organization');
  await next(page);
  await waitForHeading(page, 'Customer administrator');
  await field(page, 'Customer administrator’s email address').fill(`admin-${unique('')}@customer.example`);
  await next(page);
  await waitForHeading(page, 'Confirm the customer information');
  await fillOrganization(page, { name: 'Bianchi Logistica', country: 'IT', address: 'Via Po 3', city: 'Torino', postalCode: '10121' });
  await next(page);
  await waitForHeading(page, 'Check the customer and partner information');
  await next(page);
  await waitForHeading(page, 'Subscription details');
}

describe('the reference portal, walked in a browser', () => {
  it('takes the provisioning contact from the emailed Set up now link through every step of a first order to Provision, then shows the order after logging in', async () => {
    const shot = screenshots('self-walk');
    const contact = `giulia-${unique('')}@rossi.example`.toLowerCase();
    const administrator = `it-${unique('')}@acme.example`.toLowerCase();
    const subdomain = unique('acme')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    // CCW places the order for today: the Set up now email goes out at once, over SMTP.
    const intakeKey = await createApiKey(app.em(), ['orders:write']);
    const placed = await placeOrder(app, intakeKey, {
      provisioningContactEmail: contact,
      locale: 'en',
      requestedStartDate: '2026-11-25',
      timeZone: 'UTC',
      services: [
        { kind: 'MEETINGS', quantity: 50 },
        { kind: 'CALLING', quantity: 20 },
      ],
    });
    expect(placed.status).toBe('AWAITING_SETUP');
    const orderId = placed.id;
    const { ccwOrderNumber } = await app.em().findOneOrFail(Order, orderId);
    const link = await mailbox.link(contact);
    expect(mailbox.sink.to(contact)[0].subject).toBe(`Set up your Webex order ${ccwOrderNumber}`);
    const { page, errors, close } = await openPage(link);

    // Step 3: the role.
    await waitForHeading(page, 'Choose your role');
    expect(await page.getByTestId('progress').innerText()).toMatch(/Step 3 of 10/i);
    await shot(page, 'role');
    await next(page);
    await page.getByText('Choose your role.').waitFor();
    await page.getByRole('radio', { name: 'I am a partner' }).check();
    await next(page);

    // Step 4: who sets up.
    await waitForHeading(page, 'Who will set up the services?');
    expect(await page.getByText(ccwOrderNumber).isVisible()).toBe(true);
    await page.getByRole('radio', { name: 'Yes, I will set up the services' }).check();
    await shot(page, 'who-sets-up');
    await next(page);

    // Step 5: the partner organization, first order. A server error lands on its field.
    await waitForHeading(page, 'Create your partner organization');
    await fillOrganization(page, { name: 'Rossi Networks', country: 'IT', address: 'Via Roma 1', city: 'Milano', postalCode: '20100!' });
    await next(page);
    expect(await fieldError(page, 'Postal code')).toBe('Use only letters, digits, spaces and dashes.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-postalCode');
    await shot(page, 'partner-organization-error');
    await field(page, 'Postal code').fill('20100');
    await next(page);

    // Step 6, then Back to step 5 (the draft is still there) and on again.
    await waitForHeading(page, 'Customer administrator');
    await page.getByRole('button', { name: 'Back' }).click();
    await waitForHeading(page, 'Create your partner organization');
    expect(await field(page, 'Organization name').inputValue()).toBe('Rossi Networks');
    await next(page);
    await waitForHeading(page, 'Customer administrator');
    await field(page, 'Customer administrator’s email address').fill('not-an-email');
    await next(page);
    expect(await fieldError(page, 'Customer administrator’s email address')).toBe('Enter a valid email address, such as name@example.com.');
    await field(page, 'Customer administrator’s email address').fill(administrator);
    await shot(page, 'customer-administrator');
    await next(page);

    // Step 7: no existing organization matches: confirm a new one.
    await waitForHeading(page, 'Confirm the customer information');
    await fillOrganization(page, { name: 'Acme Italia', country: 'IT', address: 'Corso Buenos Aires 10', city: 'Milano', postalCode: '20124' });
    await shot(page, 'confirm-customer');
    await next(page);

    // Step 8: review, then Next sets the order up.
    await waitForHeading(page, 'Check the customer and partner information');
    const review = await page.locator('main').innerText();
    for (const text of ['Acme Italia', 'Rossi Networks', administrator, contact, ccwOrderNumber, 'Meetings (50)', 'Calling (20)'])
      expect(review).toContain(text);
    expect(await app.em().count(Organization, { name: 'Acme Italia', createdAt: { $gte: new Date(0) } })).toBe(0);
    await shot(page, 'review');
    await next(page);

    // Step 9: the new partner organization's password.
    await waitForHeading(page, 'Create a password');
    expect(await page.getByRole('button', { name: 'Back' }).count()).toBe(0);
    await field(page, 'Password').fill('short');
    await field(page, 'Confirm the password').fill('short');
    await next(page);
    expect(await fieldError(page, 'Password')).toContain('Choose a stronger password');
    await field(page, 'Password').fill(STRONG_PASSWORD);
    await field(page, 'Confirm the password').fill(STRONG_PASSWORD);
    await shot(page, 'password');
    await next(page);

    // Step 10: the service setup pages for Meetings and Calling.
    await waitForHeading(page, 'Subscription details');
    expect(await page.getByTestId('progress').innerText()).toMatch(/Step 10 of 10 · Set up the services \(1 of 5\)/i);
    await shot(page, 'subscription-details');
    await next(page);
    await waitForHeading(page, 'Calling settings');
    await field(page, 'Location name').fill('Sede Milano');
    expect(await field(page, 'Address').inputValue()).toBe('Corso Buenos Aires 10');
    await field(page, 'Time zone').selectOption('Europe/Rome');
    await field(page, 'Main number (optional)').fill('+390212345678');
    await shot(page, 'calling');
    await next(page);
    await waitForHeading(page, 'Meeting settings');
    await field(page, 'Site name').fill('Acme-Italia');
    expect((await fieldMessage(page, 'Site name')).message).toBe('Site URL: acme-italia.webex.com');
    await shot(page, 'meetings');
    await next(page);
    await waitForHeading(page, 'Enterprise settings');
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    await field(page, 'Subdomain').fill(subdomain);
    await page.getByRole('button', { name: 'Check availability' }).click();
    await page.getByText(`${subdomain} is available. Click Save to claim it.`).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Saved. The SIP domain is ${subdomain}.calls.webex.com.`).waitFor();
    await shot(page, 'enterprise');
    await next(page);
    await waitForHeading(page, 'Provisioning and billing start');
    expect(await page.getByText('All settings are saved.').isVisible()).toBe(true);
    await shot(page, 'provision');
    app.clock.advance(60_000);
    await page.getByRole('button', { name: 'Provision' }).click();

    await waitForHeading(page, 'Your services are provisioned');
    const done = await page.locator('main').innerText();
    expect(done).toContain('Billing started on');
    expect(done).toContain(`SIP domain: ${subdomain}.calls.webex.com`);
    expect(done).toContain('Webex Meetings site: acme-italia.webex.com');
    await shot(page, 'done');
    const order = await app.em().findOneOrFail(Order, orderId);
    expect(order.status).toBe('PROVISIONED');
    const subscription = await app.em().findOneOrFail(Subscription, { order: orderId });
    expect(subscription.billingStartedAt?.toISOString()).toBe(app.clock.now().toISOString());

    // The new partner administrator logs in at /portal/ and sees the order and its subscription.
    await page.getByRole('link', { name: 'Log in' }).click();
    await waitForHeading(page, 'Log in');
    await field(page, 'Email address').fill(contact);
    await field(page, 'Password').fill('wrong-password-1');
    await page.getByRole('button', { name: 'Log in' }).click();
    expect(await fieldError(page, 'Password')).toBe('The email address or the password is not correct.');
    await field(page, 'Password').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await waitForHeading(page, 'Your orders and subscriptions');
    await page.getByTestId('subscription').waitFor();
    const orderCard = await page.getByTestId('order').innerText();
    expect(orderCard).toContain(ccwOrderNumber);
    expect(orderCard).toContain('Provisioned');
    expect(orderCard).toContain('Acme Italia');
    const subscriptionCard = await page.getByTestId('subscription').innerText();
    expect(subscriptionCard).toContain('Active');
    expect(subscriptionCard).toContain(`${subdomain}.calls.webex.com`);
    await shot(page, 'account');
    await page.getByRole('button', { name: 'Log out' }).click();
    await waitForHeading(page, 'Log in');

    expect(errors).toEqual([]);
    await close();
  });

  it('shows a taken subdomain on the subdomain field, from Check availability and from a Save that lost the race', async () => {
    const shot = screenshots('subdomain-taken');
    const partnerAccountId = await existingPartner();
    const contact = `sub-${unique('')}@rossi.example`.toLowerCase();
    const taken = unique('taken')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    const raced = unique('raced')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    const free = unique('free')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    const holder = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, name: 'Someone Else' });
    await app.em().nativeUpdate(Organization, { id: holder.id }, { subdomain: taken });
    const { orderId } = await wizard.orderWithLink({
      partnerAccountId,
      provisioningContactEmail: contact,
      locale: 'en',
      services: [{ kind: 'MESSAGING', quantity: 10 }],
    });
    const { page, errors, close } = await openPage(await mailbox.link(contact));
    await walkToServiceSetup(page);
    // Messaging only: no calling or meeting pages.
    expect(await page.getByTestId('progress').innerText()).toMatch(/\(1 of 3\)/i);
    await next(page);
    await waitForHeading(page, 'Enterprise settings');

    await field(page, 'Subdomain').fill(taken.toUpperCase());
    await page.getByRole('button', { name: 'Check availability' }).click();
    expect(await fieldError(page, 'Subdomain')).toBe('Not available. Please try another name.');
    await shot(page, 'taken-on-check');
    await field(page, 'Subdomain').fill('admin');
    await page.getByRole('button', { name: 'Check availability' }).click();
    expect(await fieldError(page, 'Subdomain')).toBe('This name is reserved. Please try another name.');
    await field(page, 'Subdomain').fill('not-valid');
    await page.getByRole('button', { name: 'Check availability' }).click();
    expect(await fieldError(page, 'Subdomain')).toBe('Invalid subdomain name. Use 1 to 63 letters and digits only.');

    // Available when checked, then claimed by someone else before Save: Save says so on the field.
    await field(page, 'Subdomain').fill(raced);
    await page.getByRole('button', { name: 'Check availability' }).click();
    await page.getByText(`${raced} is available. Click Save to claim it.`).waitFor();
    await app.em().nativeUpdate(Organization, { id: holder.id }, { subdomain: raced });
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await fieldError(page, 'Subdomain')).toBe('Not available. Please try another name.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-subdomain');
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    await shot(page, 'taken-on-save');

    await field(page, 'Subdomain').fill(free);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Saved. The SIP domain is ${free}.calls.webex.com.`).waitFor();
    await next(page);
    await waitForHeading(page, 'Provisioning and billing start');
    await page.getByRole('button', { name: 'Provision' }).click();
    await waitForHeading(page, 'Your services are provisioned');
    expect((await app.em().findOneOrFail(Subscription, { order: orderId })).status).toBe('ACTIVE');
    expect(errors).toEqual([]);
    await close();
  });

  it('starts afresh from the first step when the page is reloaded in the middle of the wizard, having saved nothing', async () => {
    const shot = screenshots('reload');
    const contact = `reload-${unique('')}@rossi.example`.toLowerCase();
    const partnerName = `Reload Networks ${unique('')}`;
    const { orderId } = await wizard.orderWithLink({ provisioningContactEmail: contact, locale: 'en' });
    const link = await mailbox.link(contact);
    const { page, errors, close } = await openPage(link);
    await waitForHeading(page, 'Choose your role');
    // Once read, the link's token leaves the address bar and the history (history.replaceState).
    const token = new URL(link).searchParams.get('token')!;
    expect(token).toMatch(/^phs_/);
    expect(new URL(page.url()).pathname).toBe('/portal/setup');
    expect(page.url()).not.toContain(token);
    await page.getByRole('radio', { name: 'I am a partner' }).check();
    await next(page);
    await waitForHeading(page, 'Who will set up the services?');
    await page.getByRole('radio', { name: 'Yes, I will set up the services' }).check();
    await next(page);
    await waitForHeading(page, 'Create your partner organization');
    await fillOrganization(page, { name: partnerName, country: 'IT', address: 'Via Roma 1', city: 'Milano', postalCode: '20100' });
    await next(page);
    await waitForHeading(page, 'Customer administrator');
    await shot(page, 'before-reload');

    // A reload still has the link (kept with this history entry, not in its address); it lands on the
    // Set up now page again (nothing happens until the click: #22), then starts afresh.
    await page.reload();
    await waitForHeading(page, 'Set up your Webex order');
    // ...and says so: the walk was left before step 8, so nothing was kept (#27).
    expect(await page.getByTestId('setup-restarted').innerText()).toContain('The wizard starts again');
    await page.getByRole('button', { name: 'Set up now' }).click();
    await waitForHeading(page, 'Choose your role');
    expect(page.url()).not.toContain(token);
    expect(await page.getByTestId('progress').innerText()).toMatch(/Step 3 of 10/i);
    expect(await page.getByRole('radio', { name: 'I am a partner' }).isChecked()).toBe(false);
    await shot(page, 'after-reload');
    const sessions = await app.em().find(SetupSession, { order: orderId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session) => session.revokedAt)).toHaveLength(1);
    expect(await app.em().count(Organization, { name: partnerName })).toBe(0);

    // The new session walks on; the form starts empty.
    await page.getByRole('radio', { name: 'I am a partner' }).check();
    await next(page);
    await page.getByRole('radio', { name: 'Yes, I will set up the services' }).check();
    await next(page);
    await waitForHeading(page, 'Create your partner organization');
    // What was typed is gone; the field starts again from the partner's name as CCW sent it on the order (#27: prefilled).
    expect(await field(page, 'Organization name').inputValue()).toBe('Rossi Networks S.r.l.');
    expect(await field(page, 'Organization name').inputValue()).not.toBe(partnerName);
    expect(errors).toEqual([]);
    await close();
  });

  it('speaks Italian for an order placed with locale it, switches language on request, and works by keyboard on a 375px phone screen', async () => {
    const shot = screenshots('italian-phone');
    const contact = `mario-${unique('')}@rossi.example`.toLowerCase();
    await wizard.orderWithLink({ provisioningContactEmail: contact, locale: 'it' });
    const { page, errors, close } = await openPage(await mailbox.link(contact), { width: 375, locale: 'en-US' });

    await waitForHeading(page, 'Scegli il tuo ruolo');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    expect(await page.getByTestId('progress').innerText()).toMatch(/Passaggio 3 di 10/i);
    await shot(page, 'ruolo');

    // Keyboard only: the heading has the focus; Tab reaches the radios, Space picks, Enter on Avanti goes on.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('PARTNER');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.closest('.Mui-focusVisible')!).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Avanti');
    await page.keyboard.press('Enter');

    await waitForHeading(page, 'Chi configurerà i servizi?');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Un’altra persona della mia azienda effettuerà la configurazione' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('non-valido');
    await page.keyboard.press('Enter');
    expect(await fieldError(page, 'Indirizzo e-mail del tuo collega')).toBe('Inserisci un indirizzo e-mail valido, ad esempio nome@esempio.it.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, 'errore-email');

    // Switched to English, the same step and the same error read in English.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForHeading(page, 'Who will set up the services?');
    expect((await fieldMessage(page, 'Your colleague’s email address')).message).toBe('Enter a valid email address, such as name@example.com.');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await shot(page, 'switched-to-english');
    await page.getByRole('button', { name: 'Italiano' }).click();
    await waitForHeading(page, 'Chi configurerà i servizi?');
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the partner administrator finish the service setup after logging in, when the wizard was left after the order was set up', async () => {
    const shot = screenshots('continue-after-login');
    const contact = `left-${unique('')}@rossi.example`.toLowerCase();
    const subdomain = unique('later')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    const { orderId, token } = await wizard.orderWithLink({ provisioningContactEmail: contact, locale: 'en', services: [{ kind: 'CALLING', quantity: 5 }] });
    // Steps 3–9 through the API; then the wizard is left before Provision.
    const sessionToken = await wizard.toReview(token, `adm-${unique('')}@left.example`);
    await wizard.ok(sessionToken, 'completeOrderSetup', {});
    await wizard.ok(sessionToken, 'setPassword', { password: STRONG_PASSWORD });

    const { page, errors, close } = await openPage(await mailbox.link(contact));
    // The same link brings whoever completed step 8 back to the service setup (continuing after step 8) …
    await waitForHeading(page, 'Subscription details');
    await shot(page, 'resumed-with-link');
    // … and an administrator with an account can also continue after logging in.
    await goToSetup(page, `${app.url}/portal/`);
    await waitForHeading(page, 'Log in');
    await field(page, 'Email address').fill(contact);
    await field(page, 'Password').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await waitForHeading(page, 'Your orders and subscriptions');
    expect(await page.getByTestId('subscription').innerText()).toContain('Pending');
    await page.getByRole('button', { name: 'Continue the service setup' }).click();

    await waitForHeading(page, 'Subscription details');
    await next(page);
    await waitForHeading(page, 'Calling settings');
    await field(page, 'Location name').fill('Sede');
    await field(page, 'Address').fill('Corso Buenos Aires 10');
    await field(page, 'City').fill('Milano');
    await field(page, 'Postal code').fill('20124');
    expect(await field(page, 'Country').inputValue()).toBe('IT');
    await next(page);
    await waitForHeading(page, 'Enterprise settings');
    await field(page, 'Subdomain').fill(subdomain);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Saved. The SIP domain is ${subdomain}.calls.webex.com.`).waitFor();
    await next(page);
    await waitForHeading(page, 'Provisioning and billing start');
    await page.getByRole('button', { name: 'Provision' }).click();
    await waitForHeading(page, 'Your services are provisioned');
    await shot(page, 'done');
    await page.getByRole('button', { name: 'Back to your orders' }).click();
    await waitForHeading(page, 'Your orders and subscriptions');
    await page.getByTestId('subscription').filter({ hasText: 'Active' }).waitFor();
    expect((await app.em().findOneOrFail(Order, orderId)).status).toBe('PROVISIONED');
    expect(errors).toEqual([]);
    await close();
  });
});
