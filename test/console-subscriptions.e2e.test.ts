import { jest } from '@jest/globals';
import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { RepRole } from '../server/auth/rep.entity.js';
import { runSubscriptionChanges } from '../server/jobs/subscription-changes.job.js';
import { OrderEventType } from '../server/orders/order-event.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { Organization } from '../server/organizations/organization.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { SubscriptionChange, SubscriptionChangeStatus } from '../server/subscriptions/subscription-change.entity.js';
import { canTransitionSubscription } from '../server/subscriptions/subscription-lifecycle.js';
import { Subscription, SubscriptionStatus } from '../server/subscriptions/subscription.entity.js';
import { WebhookDelivery } from '../server/webhooks/webhook-delivery.entity.js';
import { subscriptionActions, type SubscriptionAction } from '../admin/console/src/subscriptions/subscription-actions.js';
import { startTestApp, type TestApp } from './support/app.js';
import { seriousAccessibilityFindings, settledAccessibilityFindings, type AxeFinding } from './support/axe.js';
import { buildConsole, launchBrowser, screenshotPath } from './support/browser.js';
import { createOrder, orderWithSubscription } from './support/console.js';
import { createOrganization, createRep, createUser, loginToken, unique } from './support/factories.js';
import { ensurePortalBuilt } from './support/portal.js';
import { jobDependencies } from './support/scheduling.js';

/**
 * The subscription after provisioning (#26) in Chromium against the real server: a rep suspends,
 * resumes, schedules a quantity change (applied on its day by the sweep) and cancels from the
 * subscription's page, each change in its timeline; the delivery log pages through its deliveries and
 * says why held ones wait; the partner's portal account shows a suspended subscription and a change
 * scheduled for a later day. axe-core finds nothing serious on these pages.
 */

const PASSWORD = 'Console-subs-2026!';
const ADMIN_EMAIL = 'subs.admin@cisco.example';
const PARTNER_EMAIL = 'admin@partner-subs.example';
const TIME_ZONE = 'Europe/Rome';

let app: TestApp;
let browser: Browser;
let adminToken: string;

jest.setTimeout(300_000);

beforeAll(async () => {
  buildConsole();
  await ensurePortalBuilt();
  // The webhook's target is this machine (private targets are refused by default); nothing is sent to it here.
  app = await startTestApp({ now: new Date().toISOString(), env: { WEBHOOK_PRIVATE_TARGETS: 'allow' } });
  const admin = await createRep(app.em(), { email: ADMIN_EMAIL, password: PASSWORD, role: RepRole.ADMIN });
  adminToken = await loginToken(app.em(), { rep: admin });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function openTab(locale = 'en-US', options: { bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 1000 }, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  return { context, page };
}

async function signInToConsole(page: Page) {
  await page.goto(`${app.url}/admin/`);
  await page.locator('input[name="username"]').fill(ADMIN_EMAIL);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('dashboard').waitFor();
}

/** A provisioned subscription of a partner's customer (its order in Europe/Rome). */
async function provisionedSubscription(partnerName?: string) {
  const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: partnerName });
  const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, name: `Cliente di ${partner.name}`, managingPartner: partner });
  const { order, subscription } = await orderWithSubscription(app, partner, customer, { provisioned: true });
  return { partner, customer, order, subscription };
}

/** A day counted from today in the order's time zone, as the date input takes it. */
const dayFromToday = (days: number) => DateTime.now().setZone(TIME_ZONE).plus({ days }).toISODate()!;

async function dialogSubmit(page: Page, name: RegExp) {
  await page.getByRole('dialog').getByRole('button', { name }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

const timelineActions = (page: Page) =>
  page
    .getByTestId('timeline')
    .locator('[data-action]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')));

describe('the console’s subscription page', () => {
  it('offers each action only where the server’s transition table allows it', () => {
    const wanted = (status: SubscriptionStatus): SubscriptionAction[] => {
      const provisioned = status !== SubscriptionStatus.PENDING && status !== SubscriptionStatus.CANCELLED;
      return [
        ...(canTransitionSubscription(status, SubscriptionStatus.SUSPENDED) ? (['SUSPEND'] as const) : []),
        ...(provisioned && canTransitionSubscription(status, SubscriptionStatus.ACTIVE) ? (['RESUME'] as const) : []),
        ...(provisioned ? (['CHANGE_QUANTITIES'] as const) : []),
        ...(canTransitionSubscription(status, SubscriptionStatus.CANCELLED) ? (['CANCEL'] as const) : []),
      ];
    };
    for (const status of Object.values(SubscriptionStatus))
      expect({ status, actions: [...subscriptionActions(status)].sort() }).toEqual({ status, actions: wanted(status).sort() });
  });

  it('a rep suspends, resumes, schedules a quantity change (applied on its day) and cancels, and reads it all in the timeline', async () => {
    const { order, subscription } = await provisionedSubscription();
    const { context, page } = await openTab();
    const realNow = app.clock.now();
    try {
      await signInToConsole(page);
      await page.goto(`${app.url}/admin/#/subscriptions/${subscription.id}/show`);
      const status = page.getByTestId('subscription-status');
      await status.getByText('Active').waitFor();
      // Active: suspend, change quantities, cancel; nothing to resume.
      expect(await page.getByTestId('subscription-resume').count()).toBe(0);

      // Suspend: the reason is required before anything is sent.
      await page.getByTestId('subscription-suspend').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Suspend' }).click();
      await page.getByRole('dialog').getByText('Required').waitFor();
      await page.getByRole('dialog').getByLabel('Reason').fill('Unpaid invoice 2026-118');
      await dialogSubmit(page, /^Suspend$/);
      await page.getByText('Subscription suspended').first().waitFor();
      await status.getByText('Suspended').waitFor();
      await page.getByText('Unpaid invoice 2026-118').waitFor();
      expect(await page.getByTestId('subscription-suspend').count()).toBe(0);
      expect((await app.em().findOneOrFail(Subscription, subscription.id, { refresh: true })).status).toBe(SubscriptionStatus.SUSPENDED);

      // Resume (no reason needed).
      await page.getByTestId('subscription-resume').click();
      await dialogSubmit(page, /^Resume$/);
      await status.getByText('Active').waitFor();

      // Change quantities from a day in the past: the server's error lands on the date field and nothing changes.
      await page.getByTestId('subscription-quantities').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Meetings').fill('40');
      await dialog.getByLabel('From a later day').check();
      await dialog.getByLabel('Effective date').fill(dayFromToday(-1));
      await dialog.getByRole('button', { name: 'Change quantities' }).click();
      await dialog.getByText('The effective date is in the past').waitFor();
      expect(await app.em().count(SubscriptionChange, { subscriptionId: subscription.id })).toBe(0);
      // From the day after tomorrow: scheduled, and shown as waiting with its day.
      const effective = dayFromToday(2);
      await dialog.getByLabel('Effective date').fill(effective);
      await dialogSubmit(page, /^Change quantities$/);
      await page.getByText('Quantity change scheduled').first().waitFor();
      const waiting = page.getByTestId('scheduled-change');
      await waiting.getByText('Scheduled').waitFor();
      const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${effective}T00:00:00Z`));
      await waiting.getByText(`Takes effect on ${day}`).waitFor();
      await waiting.getByText('Meetings × 40').waitFor();
      const [change] = await app.em().find(SubscriptionChange, { subscriptionId: subscription.id });
      expect(change).toMatchObject({ status: SubscriptionChangeStatus.SCHEDULED, services: expect.arrayContaining([{ kind: 'MEETINGS', quantity: 40 }]) });
      expect(change.effectiveAt.toISOString()).toBe(DateTime.fromISO(effective, { zone: TIME_ZONE }).toUTC().toISO());

      // The timeline: newest first, who did what; the scheduled change marked as still waiting.
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await page.getByTestId('timeline').waitFor();
      expect(await timelineActions(page)).toEqual(['subscription.quantities_scheduled', 'subscription.resumed', 'subscription.suspended']);
      const newest = page.getByTestId('timeline').locator('[data-action]').first();
      await newest.getByText('Subscription quantity change scheduled').waitFor();
      await newest.getByText(`by ${ADMIN_EMAIL}`).waitFor();
      await newest.getByText(`takes effect on ${day}`).waitFor();
      await newest.getByTestId('scheduled-change-status').getByText('Scheduled').waitFor();
      await page.screenshot({ path: screenshotPath('subscription-timeline-scheduled'), fullPage: true });

      // Its day comes for the sweep (the server's clock moves on to it, then back: the rep's session stays valid), which applies it as the system.
      app.clock.set(new Date(change.effectiveAt.getTime() + 60_000));
      try {
        expect((await runSubscriptionChanges(jobDependencies(app))).handled).toBe(1);
      } finally {
        app.clock.set(realNow);
      }
      await page.reload();
      await page.getByTestId('timeline').waitFor();
      expect((await timelineActions(page))[0]).toBe('subscription.quantities_changed');
      const applied = page.getByTestId('timeline').locator('[data-action]').first();
      await applied.getByText('System').waitFor();
      await applied.getByText('as scheduled').waitFor();
      await page.getByTestId('timeline').locator('[data-action="subscription.quantities_scheduled"]').getByText('Applied').waitFor();
      await page.getByTestId('scheduled-changes').getByText('No change is waiting.').waitFor();

      // Cancel at once, with a reason: final, no action left.
      await page.getByTestId('subscription-cancel').click();
      await page.getByRole('dialog').getByLabel('Reason').fill('Contract ended');
      await dialogSubmit(page, /^Cancel the subscription$/);
      await page.getByText('Subscription cancelled').first().waitFor();
      await page.getByRole('tab', { name: 'Summary' }).click();
      await status.getByText('Cancelled').waitFor();
      await page.getByText('Contract ended').waitFor();
      for (const action of ['suspend', 'resume', 'quantities', 'cancel']) expect(await page.getByTestId(`subscription-${action}`).count()).toBe(0);
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await page.getByTestId('timeline').locator('[data-action="subscription.cancelled"]').waitFor();
      // Newest first by when each happened: the change applied on its day (days ahead of the rep's cancellation here) stays on top.
      expect(await timelineActions(page)).toEqual([
        'subscription.quantities_changed',
        'subscription.cancelled',
        'subscription.quantities_scheduled',
        'subscription.resumed',
        'subscription.suspended',
      ]);
      await page.screenshot({ path: screenshotPath('subscription-timeline'), fullPage: true });
      expect(await app.em().findOneOrFail(Subscription, subscription.id, { refresh: true })).toMatchObject({
        status: SubscriptionStatus.CANCELLED,
        cancellationReason: 'Contract ended',
        services: expect.arrayContaining([{ kind: 'MEETINGS', quantity: 40 }]),
      });
      expect((await app.em().findOneOrFail(Order, order.id, { refresh: true })).services).toEqual(expect.arrayContaining([{ kind: 'MEETINGS', quantity: 40 }]));
    } finally {
      app.clock.set(realNow);
      await context.close();
    }
  });

  it('shows a cancellation scheduled for a later day as waiting, and the cancellation that voids it', async () => {
    const { subscription } = await provisionedSubscription();
    const { context, page } = await openTab('it-IT');
    try {
      await signInToConsole(page);
      await page.goto(`${app.url}/admin/#/subscriptions/${subscription.id}/show`);
      await page.getByTestId('subscription-status').getByText('Attivo').waitFor();
      await page.getByTestId('subscription-cancel').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Motivo').fill('Disdetta a fine anno');
      await dialog.getByLabel('Da un giorno successivo').check();
      await dialog.getByLabel('Data di decorrenza').fill(dayFromToday(10));
      await dialogSubmit(page, /^Annulla l’abbonamento$/);
      await page.getByText('Annullamento dell’abbonamento programmato').first().waitFor();
      // Still active until its day; the waiting cancellation is on the page.
      await page.getByTestId('subscription-status').getByText('Attivo').waitFor();
      await page.locator('[data-testid="scheduled-change"][data-kind="CANCEL"]').getByText('Programmato').waitFor();
      // Cancelled at once after all: the scheduled one is not applied.
      await page.getByTestId('subscription-cancel').click();
      await dialog.getByLabel('Motivo').fill('Richiesta del partner');
      await dialogSubmit(page, /^Annulla l’abbonamento$/);
      await page.getByTestId('subscription-status').getByText('Annullato').waitFor();
      await page.getByRole('tab', { name: 'Cronologia' }).click();
      await page.getByTestId('timeline').locator('[data-action="subscription.cancellation_scheduled"]').getByText('Non applicato (annullato prima)').waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('the delivery log', () => {
  it('pages through more deliveries than one page holds, by keyboard too, and says why held ones wait', async () => {
    const created = await app.gql(
      `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { errors { code message } subscription { id } } }`,
      { input: { url: 'http://127.0.0.1:9/ph-hooks', eventTypes: ['ORDER_AMENDED'] } },
      adminToken,
    );
    expect(created.data.createWebhookSubscription.errors).toEqual([]);
    const webhookId: string = created.data.createWebhookSubscription.subscription.id;
    const order = await createOrder(app);
    await app.em().transactional(async (em) => {
      const managed = await em.findOneOrFail(Order, order.id);
      for (let i = 0; i < 30; i += 1)
        app.services.lifecycle.recordEvent({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, managed, OrderEventType.ORDER_AMENDED, { amendment: `n${i}` });
    });
    expect(await app.em().count(WebhookDelivery, { subscription: webhookId })).toBe(30);
    // Disabled: its queued deliveries are held, whatever their next attempt says.
    const disabled = await app.gql(
      `mutation($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { errors { code } } }`,
      { input: { id: webhookId, enabled: false } },
      adminToken,
    );
    expect(disabled.data.updateWebhookSubscription.errors).toEqual([]);

    const { context, page } = await openTab();
    try {
      await signInToConsole(page);
      await page.goto(`${app.url}/admin/#/webhooks/${webhookId}/show`);
      const range = page.getByTestId('webhook-deliveries-range');
      await range.getByText('1–25 of 30').waitFor();
      const log = page.getByTestId('webhook-deliveries');
      expect(await log.locator('tbody tr').count()).toBe(25);
      expect(await log.locator('tbody tr[data-held="SUBSCRIPTION_DISABLED"]').count()).toBe(25);
      await log.locator('tbody tr').first().getByText('Held: webhook disabled').waitFor();
      await log.locator('tbody tr').first().getByText('when the webhook is enabled again').waitFor();
      expect(await page.getByTestId('webhook-deliveries-previous').isDisabled()).toBe(true);
      const firstPage = await log.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent));

      // By keyboard: the older page, where the focus moves to "Newer" (the last page has no "Older").
      await page.getByTestId('webhook-deliveries-next').focus();
      await page.keyboard.press('Enter');
      await range.getByText('26–30 of 30').waitFor();
      expect(await log.locator('tbody tr').count()).toBe(5);
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'webhook-deliveries-previous');
      await page.keyboard.press('Enter');
      await range.getByText('1–25 of 30').waitFor();
      expect(await log.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent))).toEqual(firstPage);
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'webhook-deliveries-next');

      // The order's own log: the same deliveries, the same pages.
      await page.goto(`${app.url}/admin/#/orders/${order.id}/show/webhooks`);
      await range.getByText('1–25 of 30').waitFor();
      await page.getByTestId('webhook-deliveries-next').click();
      await range.getByText('26–30 of 30').waitFor();
      await page.screenshot({ path: screenshotPath('webhook-log-pages'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});

describe('transferring a customer organization from its page', () => {
  it('a rep picks the new partner and the organization moves with its order; its own partner again is refused in the dialog, in Italian, changing nothing', async () => {
    const { partner, customer, order } = await provisionedSubscription(unique('Rossi Reti '));
    const other = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: unique('Bianchi Telecom ') });
    const { context, page } = await openTab('it-IT');
    await signInToConsole(page);
    await page.goto(`${app.url}/admin/#/organizations/${customer.id}/show`);
    const dialog = page.getByRole('dialog');
    const pick = async (name: string) => {
      await dialog.getByLabel('Nuovo partner').fill(name);
      await page.getByRole('option', { name: new RegExp(name) }).click();
    };

    await page.getByTestId('transfer-organization').click();
    await dialog.getByText(`quelli di ${partner.name} non più`).waitFor();
    await pick(partner.name);
    await dialog.getByRole('button', { name: /^Trasferisci a un altro partner$/ }).click();
    await dialog.getByText(`È già ${partner.name} a gestire questa organizzazione cliente`).waitFor();
    expect((await app.em().findOneOrFail(Organization, customer.id)).managingPartner?.id).toBe(partner.id);

    await pick(other.name);
    await dialog.getByLabel('Motivo').fill('Il cliente ha cambiato partner');
    await dialog.getByRole('button', { name: /^Trasferisci a un altro partner$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Organizzazione trasferita: entrambi i partner hanno ricevuto un’email').waitFor();
    expect((await app.em().findOneOrFail(Organization, customer.id)).managingPartner?.id).toBe(other.id);
    expect((await app.em().findOneOrFail(Order, order.id)).partnerOrganization?.id).toBe(other.id);
    await page.getByRole('link', { name: other.name }).first().waitFor();
    await page.screenshot({ path: screenshotPath('console-organization-transferred-it') });
    await context.close();
  });
});

describe('the partner’s portal account', () => {
  it('shows a suspended subscription and a change scheduled for a later day, in English and Italian', async () => {
    const { partner, order } = await provisionedSubscription('Partner Conti Srl');
    await createUser(app.em(), partner, PARTNER_EMAIL, PASSWORD);
    const effective = dayFromToday(5);
    for (const [mutation, input] of [
      ['suspendSubscription', { orderId: order.id, reason: 'Unpaid invoice' }],
      [
        'changeSubscriptionQuantities',
        { orderId: order.id, services: order.services.map((s) => ({ kind: s.kind, quantity: s.quantity + 5 })), effectiveDate: effective },
      ],
    ] as const) {
      const type = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
      const { data } = await app.gql(`mutation($input: ${type}!) { ${mutation}(input: $input) { errors { code message } } }`, { input }, adminToken);
      expect(data[mutation].errors).toEqual([]);
    }
    const day = (lang: string) =>
      new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${effective}T00:00:00Z`));

    for (const { locale, lang, words } of [
      {
        locale: 'en-US',
        lang: 'en',
        words: { login: 'Log in', suspended: 'Suspended', since: 'Suspended since', change: 'Quantity change (scheduled)', effect: 'takes effect on' },
      },
      {
        locale: 'it-IT',
        lang: 'it',
        words: { login: 'Accedi', suspended: 'Sospeso', since: 'Sospeso dal', change: 'Cambio di quantità (programmato)', effect: 'ha effetto dal' },
      },
    ]) {
      const { context, page } = await openTab(locale, { bypassCSP: true });
      try {
        await page.goto(`${app.url}/portal/`);
        await page.locator('input[type="email"]').fill(PARTNER_EMAIL);
        await page.locator('input[type="password"]').fill(PASSWORD);
        await page.getByRole('button', { name: words.login, exact: true }).click();
        const card = page.getByTestId('subscription');
        await card.waitFor();
        const text = await card.innerText();
        expect(text).toContain(words.suspended);
        expect(text).toContain(words.since);
        // The reason a rep gave stays out of the portal, as it stays out of the partner's email.
        expect(text).not.toContain('Unpaid invoice');
        const change = card.getByTestId('scheduled-change');
        expect(await change.getAttribute('data-kind')).toBe('QUANTITIES');
        const line = await change.innerText();
        expect(line).toContain(words.change);
        expect(line).toContain(`${words.effect} ${day(lang)}`);
        if (lang === 'en') {
          expect(await seriousAccessibilityFindings(page)).toEqual([]);
          await page.screenshot({ path: screenshotPath('portal-subscription-suspended'), fullPage: true });
        }
      } finally {
        await context.close();
      }
    }
  });
});

describe('accessibility (axe-core) of the pages changed for the subscription’s lifecycle', () => {
  it('finds nothing serious on the subscription page, its dialogs and timeline, and the paged delivery log', async () => {
    const { subscription } = await provisionedSubscription();
    const { data } = await app.gql(
      `mutation($input: ChangeSubscriptionQuantitiesInput!) { changeSubscriptionQuantities(input: $input) { errors { code } } }`,
      {
        input: {
          orderId: subscription.order.id,
          services: subscription.services.map((s) => ({ kind: s.kind, quantity: s.quantity + 1 })),
          effectiveDate: dayFromToday(3),
        },
      },
      adminToken,
    );
    expect(data.changeSubscriptionQuantities.errors).toEqual([]);
    const { context, page } = await openTab('en-US', { bypassCSP: true });
    const found: { page: string; findings: AxeFinding[] }[] = [];
    const check = async (name: string) => {
      const findings = await settledAccessibilityFindings(page);
      if (findings.length) found.push({ page: name, findings });
    };
    try {
      await signInToConsole(page);
      await page.goto(`${app.url}/admin/#/subscriptions/${subscription.id}/show`);
      await page.getByTestId('scheduled-change').waitFor();
      await check('subscription summary');
      for (const action of ['suspend', 'quantities', 'cancel']) {
        await page.getByTestId(`subscription-${action}`).click();
        await page.getByRole('dialog').waitFor();
        if (action !== 'suspend') await page.getByRole('dialog').getByLabel('From a later day').check();
        await check(`subscription ${action} dialog`);
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await page.getByTestId('timeline').waitFor();
      await check('subscription timeline');
      const [webhook] = await app.em().find(WebhookDelivery, {}, { limit: 1, populate: ['subscription'] });
      expect(webhook).toBeDefined();
      await page.goto(`${app.url}/admin/#/webhooks/${webhook.subscription.id}/show`);
      await page.getByTestId('webhook-deliveries-pager').waitFor();
      await check('webhook delivery log');
    } finally {
      await context.close();
    }
    expect(found).toEqual([]);
  });
});
