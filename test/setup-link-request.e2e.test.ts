import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from './support/app.js';
import { unique } from './support/factories.js';
import { collectPageErrors, ensurePortalBuilt, launchBrowser, Mailbox, screenshots, waitForHeading, goToSetup } from './support/portal.js';
import { Wizard } from './support/wizard.js';

/**
 * From an expired Set up now link to the wizard, in a real browser and in Italian: the built portal
 * served by the real server, the new link delivered over SMTP to a sink and opened from there.
 */

jest.setTimeout(240_000);

let app: TestApp;
let browser: Browser;
let mailbox: Mailbox;

beforeAll(async () => {
  await ensurePortalBuilt();
  [app, browser] = await Promise.all([startTestApp({ now: new Date().toISOString() }), launchBrowser()]);
  mailbox = await Mailbox.open(app);
}, 240_000);
afterAll(async () => {
  await mailbox?.close();
  await browser?.close();
  await app?.stop();
});

describe('the expired Set up now link page', () => {
  it('sends a new link to the contact on file and the new link opens the wizard (in Italian)', async () => {
    const shot = screenshots('setup-link-request-it');
    const wizard = new Wizard(app);
    const contact = `${unique('contatto')}@rossi.example`.toLowerCase();
    const { orderId, token: replaced } = await wizard.orderWithLink({ provisioningContactEmail: contact, locale: 'it' }, contact);
    // A newer link to the same person replaces the first one: the first is now a dead end.
    await wizard.issueLink(orderId, contact);
    // Both emails delivered now: whatever arrives after the click is the new link.
    await mailbox.link(contact, 'setup');
    const before = mailbox.sink.to(contact).length;
    app.clock.advance(1000);

    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'it-IT' });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    try {
      await goToSetup(page, `${app.url}/portal/setup?token=${replaced}`);
      await waitForHeading(page, 'Questo collegamento non funziona più');
      await shot(page, 'expired');
      await page.getByRole('button', { name: 'Inviami un nuovo collegamento' }).click();
      await page.getByRole('status').filter({ hasText: 'Un nuovo collegamento Imposta ora è in arrivo' }).waitFor();
      await shot(page, 'sent');

      const link = await mailbox.link(contact, 'setup');
      expect(mailbox.sink.to(contact)).toHaveLength(before + 1);
      expect(link).not.toContain(replaced);
      const newest = mailbox.sink.to(contact).at(-1)!;
      expect(newest.subject).toContain('Configura il tuo ordine Webex');
      await goToSetup(page, link);
      await waitForHeading(page, 'Scegli il tuo ruolo');
      await shot(page, 'wizard');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
