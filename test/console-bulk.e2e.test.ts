import { jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { Escalation, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { OutboxMessage, OutboxStatus } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { buildConsole, launchBrowser, screenshotPath } from './support/browser.js';
import { orderAwaitingSetup, overdueOrder } from './support/console.js';
import { createRep, unique } from './support/factories.js';

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
    await queue.getByRole('checkbox', { name: /select all/i }).check();
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.getByRole('dialog').locator('textarea[name="resolution"]').fill('Partner called; setup booked for Monday.');
    await page.getByRole('dialog').getByRole('button', { name: 'Resolve' }).click();
    await page.getByText('2 escalations updated').waitFor();
    await page.screenshot({ path: screenshotPath('bulk-resolved') });

    for (const { escalation } of picked) {
      const stored = await app.em().findOneOrFail(Escalation, escalation.id);
      expect(stored).toMatchObject({ status: EscalationStatus.RESOLVED, resolution: 'Partner called; setup booked for Monday.' });
      expect(await app.em().count(AuditEvent, { action: 'escalation.resolved', targetId: escalation.id })).toBe(1);
    }
    expect((await app.em().findOneOrFail(Escalation, untouched.escalation.id)).status).toBe(EscalationStatus.OPEN);
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
