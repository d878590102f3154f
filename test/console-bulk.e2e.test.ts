import { jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { Escalation, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { OutboxMessage, OutboxStatus } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { buildConsole, launchBrowser, screenshotPath } from './support/browser.js';
import { orderAwaitingSetup, overdueOrder } from './support/console.js';
import { createRep, loginToken, unique } from './support/factories.js';
import { Rep } from '../server/auth/rep.entity.js';

/**
 * Bulk work in the console, in Chromium against the real server: bulk assign and resolve on the
 * queue, CSV downloads of a list and of an order's timeline, and "send again" for a failed email.
 */

const PASSWORD = 'Console-bulk-2026!';
const REP_EMAIL = 'bulk.rep@cisco.example';

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

jest.setTimeout(300_000);

beforeAll(async () => {
  buildConsole();
  app = await startTestApp({ now: new Date().toISOString() });
  await createRep(app.em(), { email: REP_EMAIL, password: PASSWORD });
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(90_000);
  await page.goto(`${app.url}/admin/`);
  await page.locator('input[name="username"]').fill(REP_EMAIL);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.getByTestId('dashboard').waitFor();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

const go = (hash: string) => page.goto(`${app.url}/admin/#${hash}`);

/** Clicks a button that downloads, and answers the file's name and text. */
async function downloadBy(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: (await readFile(file!, 'utf8')).replace(/^\ufeff/, '') };
}

describe('bulk work in the console', () => {
  it('assigns the selected escalations to me, then resolves them with one resolution', async () => {
    const customer = unique('Bulk Customer ');
    const picked = [
      await overdueOrder(app, { input: { customerName: `${customer} A` } }),
      await overdueOrder(app, { input: { customerName: `${customer} B` } }),
    ];
    const untouched = await overdueOrder(app, { input: { customerName: unique('Other Customer ') } });

    await go(`/escalations?filter=${encodeURIComponent(JSON.stringify({ status: ['OPEN', 'IN_PROGRESS'], q: customer }))}`);
    const queue = page.getByTestId('escalation-queue');
    await queue.getByText(`${customer} A`).waitFor();
    await queue.getByRole('checkbox', { name: /select all/i }).check();
    await page.getByRole('button', { name: 'Assign to me' }).click();
    await page.getByText('2 escalations updated').waitFor();

    for (const { escalation } of picked) {
      const stored = await app.em().findOneOrFail(Escalation, escalation.id, { populate: ['assignee'] });
      expect(stored.status).toBe(EscalationStatus.IN_PROGRESS);
      expect(stored.assignee?.getEntity().email).toBe(REP_EMAIL);
    }

    await queue.getByText(`${customer} B`).waitFor();
    await page.getByTestId('tab-unresolved').getByText('To do (2)').waitFor();
    await page.getByTestId('tab-resolved').getByText('Resolved (0)').waitFor();
    const unresolvedNow = () => app.em().count(Escalation, { status: { $in: [EscalationStatus.OPEN, EscalationStatus.IN_PROGRESS] } });
    await page
      .getByTestId('open-escalations-badge')
      .getByText(String(await unresolvedNow()), { exact: true })
      .waitFor();
    await queue.getByRole('checkbox', { name: /select all/i }).check();
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.getByRole('dialog').locator('textarea[name="resolution"]').fill('Partner called; setup booked for Monday.');
    await page.getByRole('dialog').getByRole('button', { name: 'Resolve' }).click();
    await page.getByText('2 escalations updated').waitFor();
    await page.screenshot({ path: screenshotPath('bulk-resolved') });
    // The counts this changed follow at once, without a reload: the tabs and the sidebar's badge.
    await page.getByTestId('tab-unresolved').getByText('To do (0)').waitFor({ timeout: 5_000 });
    await page.getByTestId('tab-resolved').getByText('Resolved (2)').waitFor({ timeout: 5_000 });
    await page
      .getByTestId('open-escalations-badge')
      .getByText(String(await unresolvedNow()), { exact: true })
      .waitFor({ timeout: 5_000 });
    // The queue, empty now, says what it is and what to do.
    await page.getByTestId('empty-state').getByText('Nothing to do here').waitFor();

    for (const { escalation } of picked) {
      const stored = await app.em().findOneOrFail(Escalation, escalation.id);
      expect(stored).toMatchObject({ status: EscalationStatus.RESOLVED, resolution: 'Partner called; setup booked for Monday.' });
      expect(await app.em().count(AuditEvent, { action: 'escalation.resolved', targetId: escalation.id })).toBe(1);
    }
    expect((await app.em().findOneOrFail(Escalation, untouched.escalation.id)).status).toBe(EscalationStatus.OPEN);
  });

  it('in Italian too: a bulk resolve updates the tabs and the badge without a reload', async () => {
    const customer = unique('Cliente Massivo ');
    await overdueOrder(app, { input: { customerName: `${customer} A` } });
    await overdueOrder(app, { input: { customerName: `${customer} B` } });
    const italian = await browser.newContext({ locale: 'it-IT', viewport: { width: 1280, height: 900 } });
    try {
      const tab = await italian.newPage();
      tab.setDefaultTimeout(90_000);
      await tab.goto(`${app.url}/admin/`);
      await tab.locator('input[name="username"]').fill(REP_EMAIL);
      await tab.locator('input[name="password"]').fill(PASSWORD);
      await tab.getByRole('button', { name: 'Accedi' }).click();
      await tab.getByTestId('dashboard').waitFor();
      await tab.goto(`${app.url}/admin/#/escalations?filter=${encodeURIComponent(JSON.stringify({ status: ['OPEN', 'IN_PROGRESS'], q: customer }))}`);
      const queue = tab.getByTestId('escalation-queue');
      // (at 1280 px the customer's column is hidden: the rows are counted)
      await tab.waitForFunction(() => document.querySelectorAll('[data-testid="escalation-queue"] tbody tr[data-id]').length === 2);
      await tab.getByTestId('tab-unresolved').getByText('Da fare (2)').waitFor();
      const unresolvedNow = () => app.em().count(Escalation, { status: { $in: [EscalationStatus.OPEN, EscalationStatus.IN_PROGRESS] } });
      await tab
        .getByTestId('open-escalations-badge')
        .getByText(String(await unresolvedNow()), { exact: true })
        .waitFor();
      await queue.getByRole('checkbox', { name: 'Seleziona tutto' }).check();
      await tab.getByRole('button', { name: 'Risolvi' }).click();
      await tab.getByRole('dialog').locator('textarea[name="resolution"]').fill('Il partner ha fissato la configurazione.');
      await tab.getByRole('dialog').getByRole('button', { name: 'Risolvi' }).click();
      await tab.getByText('2 segnalazioni aggiornate').waitFor();
      await tab.getByTestId('tab-unresolved').getByText('Da fare (0)').waitFor({ timeout: 5_000 });
      await tab.getByTestId('tab-resolved').getByText('Risolte (2)').waitFor({ timeout: 5_000 });
      const left = await unresolvedNow();
      // No escalation left anywhere (this test alone): the badge hides.
      const badge = tab.getByTestId('open-escalations-badge');
      await (left ? badge.getByText(String(left), { exact: true }) : badge.locator('.MuiBadge-invisible')).waitFor({ state: 'attached', timeout: 5_000 });
      await tab.getByTestId('empty-state').getByText('Niente da fare qui').waitFor();
    } finally {
      await italian.close();
    }
  });

  it('shows another rep’s resolution in the open queue within the polling interval (15 s), as a notice rather than moving rows', async () => {
    const customer = unique('Live Customer ');
    const first = await overdueOrder(app, { input: { customerName: `${customer} A` } });
    await overdueOrder(app, { input: { customerName: `${customer} B` } });
    await go(`/escalations?filter=${encodeURIComponent(JSON.stringify({ status: ['OPEN', 'IN_PROGRESS'], q: customer }))}`);
    const queue = page.getByTestId('escalation-queue');
    await queue.getByText(`${customer} B`).waitFor();
    await page.getByTestId('tab-unresolved').getByText('To do (2)').waitFor();

    // Another rep resolves one, over the API.
    const colleague = await createRep(app.em());
    const token = await loginToken(app.em(), { rep: colleague }, app.clock.now());
    const { data } = await app.gql(
      `mutation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { errors { code } } }`,
      { input: { escalationId: first.escalation.id, resolution: 'Done by a colleague' } },
      token,
    );
    expect(data.resolveEscalation.errors).toEqual([]);
    const started = Date.now();
    await page.getByTestId('queue-changes').getByText('1 changed by another rep').waitFor({ timeout: 25_000 });
    const waited = Date.now() - started;
    await page.getByTestId('tab-unresolved').getByText('To do (1)').waitFor({ timeout: 25_000 });
    // Within the documented interval (15 s), with room for a busy machine.
    expect(waited).toBeLessThan(20_000);
    // The row is still where it was (faded) until the rep asks for the queue as it is now.
    expect(await queue.getByText(`${customer} A`).count()).toBe(1);
    await page.getByTestId('queue-changes-show').click();
    await queue.getByText(`${customer} A`).waitFor({ state: 'detached' });
    await page.getByTestId('queue-changes').waitFor({ state: 'detached' });
  });

  it('works the queue with the keyboard alone: move, assign to a colleague, resolve, search, the shortcuts, open', async () => {
    const customer = unique('Keyboard Customer ');
    const a = await overdueOrder(app, { input: { customerName: `${customer} A` } });
    const b = await overdueOrder(app, { input: { customerName: `${customer} B` } });
    const colleague = await createRep(app.em(), { email: `${unique('colleague')}@cisco.example` });
    await app.em().nativeUpdate(Rep, { id: colleague.id }, { name: 'Marco Bianchi' });
    await go(`/escalations?filter=${encodeURIComponent(JSON.stringify({ status: ['OPEN', 'IN_PROGRESS'], q: customer }))}`);
    const queue = page.getByTestId('escalation-queue');
    await queue.getByText(`${customer} B`).waitFor();
    // Nothing selected: the bulk toolbar's buttons are neither shown nor reachable.
    expect(await page.getByRole('button', { name: 'Assign to me' }).count()).toBe(0);

    const focusedRow = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? null);
    // Both opened at the same instant: the queue's order (then by id) decides which row is first.
    const [first, second] = await queue.locator('tbody tr[data-id]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id!));
    expect([first, second].sort()).toEqual([a.escalation.id, b.escalation.id].sort());
    const customerOf = (id: string) => (id === a.escalation.id ? `${customer} A` : `${customer} B`);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    expect(await focusedRow()).toBe(first);
    await page.keyboard.press('j');
    expect(await focusedRow()).toBe(second);
    await page.keyboard.press('k');
    expect(await focusedRow()).toBe(first);

    // a: assign to a colleague.
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog');
    // The dialog starts in its field.
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Marco');
    await page.getByRole('option', { name: /Marco Bianchi/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Assign the escalation');
    await page.keyboard.press('Enter');
    await page.getByText('The escalation is assigned').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const assigned = await app.em().findOneOrFail(Escalation, first);
    expect([assigned.status, assigned.assignee?.id]).toEqual([EscalationStatus.IN_PROGRESS, colleague.id]);
    const notices = await app.em().find(OutboxMessage, { template: 'ESCALATION_ASSIGNED', recipient: colleague.email });
    expect(notices).toHaveLength(1);
    await queue.getByText('Marco Bianchi').waitFor();

    // r: resolve the row in focus.
    await page.locator(`tr[data-id="${first}"]`).focus();
    await page.keyboard.press('r');
    await page.waitForFunction(() => (document.activeElement as HTMLTextAreaElement | null)?.name === 'resolution');
    await page.keyboard.type('Resolved from the keyboard.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Escalation resolved').waitFor();
    expect((await app.em().findOneOrFail(Escalation, first)).resolution).toBe('Resolved from the keyboard.');

    // /: the search field; ?: the list of shortcuts.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('q');
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    await page.getByTestId('shortcuts').getByText('Resolve the escalation').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts').waitFor({ state: 'detached' });

    // Enter opens the escalation in focus.
    await queue.getByText(customerOf(first)).waitFor({ state: 'detached' });
    await page.keyboard.press('j');
    expect(await focusedRow()).toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/escalations/${second}/show`));
    await page.getByTestId('escalation-details').waitFor();
  });

  it('exports the filtered orders as CSV, every page of them', async () => {
    const partner = unique('CSV Partner ');
    for (let i = 0; i < 30; i++) await orderAwaitingSetup(app, { input: { partnerName: partner } });
    await go(`/orders?filter=${encodeURIComponent(JSON.stringify({ q: partner }))}&perPage=10`);
    await page.getByText(partner).first().waitFor();

    const { name, text } = await downloadBy(() => page.getByTestId('csv-export').click());

    expect(name).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = text.trimEnd().split('\r\n');
    expect(header.startsWith('id,ccw_order_number,offer,status')).toBe(true);
    // 30 rows although the list shows 10 a page.
    expect(rows).toHaveLength(30);
    expect(rows.every((row) => row.includes(partner))).toBe(true);
  });

  it('sends a failed email again from the order’s emails, and downloads the order’s timeline', async () => {
    const recipient = `${unique('bounced')}@partner.example`;
    const order = await orderAwaitingSetup(app, { recipient });
    await app.em().nativeUpdate(OutboxMessage, { orderId: order.id }, { status: OutboxStatus.FAILED, attempts: 3, lastError: '550 No such user' });

    await go(`/orders/${order.id}/show/emails`);
    const emails = page.getByTestId('emails');
    await emails.getByText('550 No such user').waitFor();
    await emails.getByRole('button', { name: 'Send again' }).click();
    await page.getByText('The email is queued to be sent again').waitFor();
    const [message] = await app.em().find(OutboxMessage, { orderId: order.id });
    expect(message).toMatchObject({ status: OutboxStatus.PENDING, attempts: 0 });
    // The page reloads: the email is queued, and there is nothing to send again.
    await emails.locator('tbody').getByText('Queued').waitFor();
    expect(await emails.getByRole('button', { name: 'Send again' }).count()).toBe(0);

    await go(`/orders/${order.id}/show/timeline`);
    const { name, text } = await downloadBy(() => page.getByRole('button', { name: 'Timeline as CSV' }).click());
    expect(name).toBe(`order-${order.ccwOrderNumber.replace(/[^A-Za-z0-9._-]/g, '_')}-audit-trail.csv`);
    const [header, ...rows] = text.trimEnd().split('\r\n');
    expect(header).toBe('at,actor_kind,actor,action,target_type,target_id,before,after,request_id,ip');
    expect(rows.some((row) => row.includes('email.resent') && row.includes(REP_EMAIL))).toBe(true);
  });
});
