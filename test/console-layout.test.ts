import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { pino } from 'pino';
import { RepRole } from '../server/auth/rep.entity.js';
import { seedDemoData } from '../server/demo/seed.js';
import { startTestApp, type TestApp } from './support/app.js';
import { buildConsole, launchBrowser, screenshotPath } from './support/browser.js';
import { createRep } from './support/factories.js';
import { OrderEventType } from '../server/orders/order-event.entity.js';
import { WebhookSubscription } from '../server/webhooks/webhook-subscription.entity.js';

/**
 * The console's lists on the laptop and desktop windows reps use (1280 and 1440 px wide), in a real
 * browser on the demo data: the table fits the window (the columns that matter first, the rest from
 * the large breakpoint on), so no column and no filter button is cut off or needs sideways scrolling.
 */

const PASSWORD = 'Console-layout-2026!';
const ADMIN_EMAIL = 'admin.layout@cisco.example';
const LISTS = ['escalations', 'orders', 'organizations', 'subscriptions', 'reps', 'webhooks'];
/** Both windows, in both languages (Italian labels are longer). */
const WINDOWS: [number, string][] = [
  [1280, 'en-US'],
  [1280, 'it-IT'],
  [1440, 'en-US'],
  [1440, 'it-IT'],
];

let app: TestApp;
let browser: Browser;

jest.setTimeout(300_000);

beforeAll(async () => {
  buildConsole();
  app = await startTestApp({ now: new Date().toISOString() });
  await seedDemoData(app.orm, { config: app.config, services: app.services, log: pino({ level: 'silent' }), now: app.clock.now() });
  await createRep(app.em(), { email: ADMIN_EMAIL, password: PASSWORD, role: RepRole.ADMIN });
  // The demo data has no webhook: one with a long URL and every event type, the widest row the list shows.
  const em = app.em();
  em.persist(
    em.create(WebhookSubscription, {
      url: `https://integrations.partner-systems.example.com/provisioning-hub/webhooks/${'order-events-'.repeat(8)}receiver`,
      eventTypes: Object.values(OrderEventType),
      secret: 'whsec_layout-test-secret-not-used-for-anything',
      createdBy: 'api-key:intake-with-a-rather-long-name',
      createdAt: app.clock.now(),
      updatedAt: app.clock.now(),
    }),
  );
  await em.flush();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** How wide the list's parts are, against the window. */
async function measure(page: Page): Promise<{ viewport: number; page: number; table: number; tableRight: number; actionsRight: number }> {
  return page.evaluate(() => {
    const table = document.querySelector('table');
    const actions = document.querySelector('.RaList-actions, [class*="RaTopToolbar"]');
    return {
      viewport: window.innerWidth,
      page: document.documentElement.scrollWidth,
      table: table ? table.scrollWidth : 0,
      tableRight: table ? Math.ceil(table.getBoundingClientRect().right) : 0,
      actionsRight: actions ? Math.ceil(actions.getBoundingClientRect().right) : 0,
    };
  });
}

describe.each(WINDOWS)("the console's lists in a %i px window (%s)", (width, locale) => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(90_000);
    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill(ADMIN_EMAIL);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: /sign in|accedi/i }).click();
    await page.getByTestId('dashboard').waitFor();
  });
  afterAll(() => page?.context().close());

  it.each(LISTS)('%s: the table and its toolbar fit the window, with no sideways scrolling', async (list) => {
    await page.goto(`${app.url}/admin/#/${list}`);
    await page.locator('table tbody tr').first().waitFor();
    const size = await measure(page);
    await page.screenshot({ path: screenshotPath(`layout-${list}-${width}-${locale}`) });
    expect({ list, ...size }).toEqual({
      list,
      viewport: width,
      page: width,
      table: expect.any(Number),
      tableRight: expect.any(Number),
      actionsRight: expect.any(Number),
    });
    expect(size.tableRight).toBeLessThanOrEqual(width);
    expect(size.actionsRight).toBeLessThanOrEqual(width);
    // The table's own content is not wider than its box (no column cut off inside a scrolling container).
    const box = await page.evaluate(() => Math.ceil(document.querySelector('table')!.getBoundingClientRect().width));
    expect(size.table).toBeLessThanOrEqual(box + 1);
  });
});
