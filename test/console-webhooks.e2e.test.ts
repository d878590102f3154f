import { jest } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { RepRole } from '../server/auth/rep.entity.js';
import { runWebhookDelivery } from '../server/jobs/webhook-delivery.job.js';
import { OrderEventType } from '../server/orders/order-event.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { WebhookSubscription } from '../server/webhooks/webhook-subscription.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { buildConsole, launchBrowser, screenshotPath } from './support/browser.js';
import { createOrder } from './support/console.js';
import { createRep } from './support/factories.js';
import { jobDependencies } from './support/scheduling.js';

/**
 * The Webhooks resource in Chromium against the real server: an admin creates a subscription, sees
 * its secret once (a receiver verifies a delivery signed with it), and sends a FAILED delivery again
 * from the delivery log.
 */

const PASSWORD = 'Console-hooks-2026!';
const ADMIN_EMAIL = 'hooks.admin@cisco.example';

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let receiver: Server;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
let answer = 200;

jest.setTimeout(300_000);

beforeAll(async () => {
  buildConsole();
  // The receiver listens on 127.0.0.1 (private targets are refused by default).
  app = await startTestApp({ now: new Date().toISOString(), env: { WEBHOOK_PRIVATE_TARGETS: 'allow' } });
  await createRep(app.em(), { email: ADMIN_EMAIL, password: PASSWORD, role: RepRole.ADMIN });
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(90_000);
  await page.goto(`${app.url}/admin/`);
  await page.locator('input[name="username"]').fill(ADMIN_EMAIL);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.getByTestId('dashboard').waitFor();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
  await app?.stop();
});

describe('webhooks in the console', () => {
  it('an admin creates a webhook, sees its secret once, and sends a failed delivery again from its log', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/ph-hooks`;
    await page.getByRole('menuitem', { name: 'Webhooks' }).click();
    await page.getByRole('link', { name: /create/i }).click();

    // A mistake first: the server's typed error shows under the field, and nothing is created.
    await page.locator('input[name="url"]').fill('https://user:pw@hooks.example.com/x');
    await page.getByRole('button', { name: /save/i }).click();
    await page.getByText('The URL must not contain a user name or password').waitFor();
    expect(await app.em().count(WebhookSubscription, {})).toBe(0);

    // The form offers every event type the API has, each by its name.
    const offered = await page.locator('form input[type="checkbox"]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect([...offered].sort()).toEqual(Object.values(OrderEventType).sort());
    for (const label of ['Order placed', 'Provisioning contact changed', 'Subscription changed']) await page.getByLabel(label).waitFor();

    await page.locator('input[name="url"]').fill(url);
    await page.getByLabel('Order amended').check();
    await page.getByRole('button', { name: /save/i }).click();
    const secret = await page.getByTestId('webhook-secret').inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    await page.screenshot({ path: screenshotPath('webhook-secret') });
    await page.getByTestId('webhook-secret-stored').click();

    // The webhook's page: no secret anywhere on it, then or after a reload.
    await page.getByTestId('webhook-rotate').waitFor();
    const [stored] = await app.em().find(WebhookSubscription, {});
    expect(stored).toMatchObject({ url, eventTypes: ['ORDER_STATUS_CHANGED', 'ORDER_AMENDED'], createdBy: ADMIN_EMAIL });
    expect(page.url()).toContain(`/webhooks/${stored.id}/show`);
    await page.reload();
    await page.getByText(url).first().waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);

    // A delivery the receiver refuses until it is given up, then "Send again".
    answer = 500;
    const order = await createOrder(app);
    await app.em().transactional(async (em) => {
      const managed = await em.findOneOrFail(Order, order.id);
      app.services.lifecycle.recordEvent({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, managed, OrderEventType.ORDER_AMENDED, { amendment: 'console' });
    });
    const oneAttempt = jobDependencies(app, { config: { webhooks: { ...app.config.webhooks, maxAttempts: 1 } } });
    expect(await runWebhookDelivery(oneAttempt)).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    const [first] = received;
    const expected = createHmac('sha256', secret)
      .update(`${String(first.headers['x-ph-timestamp'])}.${first.body}`)
      .digest('hex');
    expect(first.headers['x-ph-signature']).toBe(`v1=${expected}`);

    await page.reload();
    const log = page.getByTestId('webhook-deliveries');
    await log.locator('tr[data-status="FAILED"]').waitFor();
    await log.getByText('HTTP 500').waitFor();
    answer = 200;
    await log.getByRole('button', { name: 'Send again' }).click();
    await page.getByText('Queued to be sent again').waitFor();
    await log.locator('tr[data-status="PENDING"]').waitFor();
    expect(await runWebhookDelivery(oneAttempt)).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(await app.em().count(AuditEvent, { action: 'webhook.delivery_resent', actorLabel: ADMIN_EMAIL })).toBe(1);
    await page.reload();
    await page.getByTestId('webhook-deliveries').locator('tr[data-status="DELIVERED"]').waitFor();
    await page.screenshot({ path: screenshotPath('webhook-log') });
  });
});
