import type { Browser, Page } from 'playwright-core';
import { Order } from '../server/orders/order.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { SetupSession } from '../server/setup/setup-session.entity.js';
import { Subscription } from '../server/subscriptions/subscription.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createOrganization, unique } from './support/factories.js';
import { collectPageErrors, ensurePortalBuilt, field, goToSetup, launchBrowser, Mailbox, waitForHeading } from './support/portal.js';
import { Wizard } from './support/wizard.js';

/**
 * The journey in Chromium (#22): a page opened and left starts nothing (items 6), and a partner who
 * saves calling and meeting settings, leaves and comes back finds them, and keeps them (item 8).
 */
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

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'en-US' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { page, errors: collectPageErrors(page), close: () => context.close() };
}
const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

describe('the setup journey in the browser (#22)', () => {
  it('item 6: opening the link (as a mail scanner would) starts nothing; the Set up now click starts the setup', async () => {
    const contact = `scan-${unique('')}@rossi.example`.toLowerCase();
    const { orderId } = await wizard.orderWithLink({ provisioningContactEmail: contact, locale: 'en' }, contact);
    const link = await mailbox.link(contact);
    const { page, errors, close } = await newPage();
    await page.goto(link);
    await waitForHeading(page, 'Set up your Webex order');
    await page.waitForTimeout(500);
    const untouched = await app.em().findOneOrFail(Order, orderId);
    expect(untouched.setupStartedAt).toBeFalsy();
    expect(untouched.status).toBe('AWAITING_SETUP');
    expect(await app.em().count(SetupSession, { order: orderId })).toBe(0);

    await page.getByRole('button', { name: 'Set up now' }).click();
    await waitForHeading(page, 'Choose your role');
    const started = await app.em().findOneOrFail(Order, orderId);
    expect(started.status).toBe('SETUP_IN_PROGRESS');
    expect(await app.em().count(SetupSession, { order: orderId })).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('item 8: calling and meeting settings saved, left, and come back to are shown as saved, and Next keeps them', async () => {
    const partnerAccountId = unique('PA-');
    await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: 'Rossi Networks', partnerAccountId });
    const contact = `back-${unique('')}@rossi.example`.toLowerCase();
    const { orderId, token } = await wizard.orderWithLink({ partnerAccountId, provisioningContactEmail: contact, locale: 'en' }, contact);
    await wizard.ok(await wizard.toReview(token), 'completeOrderSetup', {});
    const link = `${app.url}/portal/setup?token=${token}`;

    const first = await newPage();
    await goToSetup(first.page, link);
    await waitForHeading(first.page, 'Subscription details');
    await next(first.page);
    await waitForHeading(first.page, 'Calling settings');
    await field(first.page, 'Location name').fill('Sede Torino');
    await field(first.page, 'Time zone').selectOption('Europe/Rome');
    await next(first.page);
    await waitForHeading(first.page, 'Meeting settings');
    await field(first.page, 'Site name').fill('acme-torino');
    await next(first.page);
    await waitForHeading(first.page, 'Enterprise settings');
    expect(first.errors).toEqual([]);
    await first.close(); // leaves

    const second = await newPage();
    await goToSetup(second.page, link);
    await waitForHeading(second.page, 'Subscription details');
    await next(second.page);
    await waitForHeading(second.page, 'Calling settings');
    expect(await field(second.page, 'Location name').inputValue()).toBe('Sede Torino');
    await next(second.page);
    await waitForHeading(second.page, 'Meeting settings');
    expect(await field(second.page, 'Site name').inputValue()).toBe('acme-torino');
    await next(second.page);
    await waitForHeading(second.page, 'Enterprise settings');
    const subscription = await app.em().findOneOrFail(Subscription, { order: orderId });
    expect(subscription.callingSettings?.locationName).toBe('Sede Torino');
    expect(subscription.meetingSettings?.siteName).toBe('acme-torino');
    expect(second.errors).toEqual([]);
    await second.close();
  });
});
