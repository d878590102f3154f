import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { buildConsole } from './support/browser.js';
import { createOrganization, createRep, createUser, unique } from './support/factories.js';
import { collectPageErrors, ensurePortalBuilt, field, launchBrowser, Mailbox, screenshots, waitForHeading, goToSetup } from './support/portal.js';
import { administratorWithExpiredActivation } from './support/recovery.js';

/**
 * Each way back in, walked in a real browser from the dead end to the goal: the built portal and
 * console served by the real server, emails delivered over SMTP to a sink and opened from there.
 */

const OLD_PASSWORD = 'Old-password-2026!';
const NEW_PASSWORD = 'Nuova-password-2026!';

jest.setTimeout(240_000);

let app: TestApp;
let browser: Browser;
let mailbox: Mailbox;

beforeAll(async () => {
  buildConsole();
  await ensurePortalBuilt();
  [app, browser] = await Promise.all([startTestApp({ now: new Date().toISOString() }), launchBrowser()]);
  mailbox = await Mailbox.open(app);
}, 240_000);
afterAll(async () => {
  await mailbox?.close();
  await browser?.close();
  await app?.stop();
});

async function openPage(url: string, locale = 'en-US') {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale });
  // The console is a large bundle to parse on a busy machine.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await goToSetup(page, url);
  return { page, errors, close: () => context.close() };
}

async function choosePassword(page: Page, password: string, labels = { password: 'Password', confirm: 'Confirm the password' }) {
  await field(page, labels.password).fill(password);
  await field(page, labels.confirm).fill(password);
}

describe('the portal', () => {
  it('takes an administrator who forgot the password from the login page to a new password and their account (in Italian)', async () => {
    const shot = screenshots('recovery-forgot-password-it');
    const organization = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: 'Rossi Networks' });
    const user = await createUser(app.em(), organization, `${unique('anna')}@rossi.example`.toLowerCase(), OLD_PASSWORD);
    const { page, errors, close } = await openPage(`${app.url}/portal/`, 'it-IT');
    try {
      await waitForHeading(page, 'Accedi');
      await page.getByRole('link', { name: 'Hai dimenticato la password?' }).click();
      await waitForHeading(page, 'Hai dimenticato la password?');
      await field(page, 'Indirizzo e-mail').fill(user.email);
      await page.getByRole('button', { name: 'Inviami il collegamento' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Se a ${user.email} corrisponde un account` })
        .waitFor();
      await shot(page, 'sent');

      const link = await mailbox.link(user.email, 'reset-password');
      const [email] = mailbox.sink.to(user.email);
      expect(email.subject).toBe('Reimposta la password di Provisioning Hub');
      expect(email.html).toContain('<html lang="it">');

      await goToSetup(page, link);
      await waitForHeading(page, 'Scegli una nuova password');
      await choosePassword(page, NEW_PASSWORD, { password: 'Password', confirm: 'Conferma la password' });
      await page.getByRole('button', { name: 'Salva la password e accedi' }).click();
      await waitForHeading(page, 'I tuoi ordini e abbonamenti');
      await page.getByText(user.email).first().waitFor();
      expect(new URL(page.url()).search).toBe('');
      await shot(page, 'logged-in');

      // The link is spent: used again, it offers to ask for a new one.
      await goToSetup(page, link);
      await waitForHeading(page, 'Scegli una nuova password');
      await choosePassword(page, 'Ancora-un-altra-2026!', { password: 'Password', confirm: 'Conferma la password' });
      await page.getByRole('button', { name: 'Salva la password e accedi' }).click();
      await page.getByRole('alert').filter({ hasText: 'già stato usato o è scaduto' }).waitFor();
      await page.getByRole('link', { name: 'Chiedi un nuovo collegamento' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('takes an administrator from an expired activation link to a new link at the address on file, and to their account', async () => {
    const shot = screenshots('recovery-expired-activation');
    const { user, expiredToken } = await administratorWithExpiredActivation(app, { organizationName: 'Studio Verdi' });
    const { page, errors, close } = await openPage(`${app.url}/portal/activate?token=${expiredToken}`);
    try {
      await waitForHeading(page, 'Activate your administrator account');
      await choosePassword(page, NEW_PASSWORD);
      await page.getByRole('button', { name: 'Activate and log in' }).click();
      await page.getByRole('alert').filter({ hasText: 'already used or has expired' }).waitFor();
      await shot(page, 'expired');
      await page.getByRole('button', { name: 'Send me a new link' }).click();
      await page.getByRole('status').filter({ hasText: 'A new activation link is on its way to the email address we have on file' }).waitFor();
      await shot(page, 'sent');

      const link = await mailbox.link(user.email, 'activate');
      expect(link).not.toContain(expiredToken);
      await goToSetup(page, link);
      await waitForHeading(page, 'Activate your administrator account');
      await choosePassword(page, NEW_PASSWORD);
      await page.getByRole('button', { name: 'Activate and log in' }).click();
      await waitForHeading(page, 'Your orders and subscriptions');
      await page.getByText(user.email).first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets an administrator send a colleague who never activated a fresh activation link from the account page', async () => {
    const { organization, user } = await administratorWithExpiredActivation(app);
    const colleague = await createUser(app.em(), organization, `${unique('marco')}@customer.example`.toLowerCase(), OLD_PASSWORD);
    const { page, errors, close } = await openPage(`${app.url}/portal/`);
    try {
      await field(page, 'Email address').fill(colleague.email);
      await field(page, 'Password').fill(OLD_PASSWORD);
      await page.getByRole('button', { name: 'Log in', exact: true }).click();
      await waitForHeading(page, 'Your orders and subscriptions');
      const person = page.getByTestId('person').filter({ hasText: user.email });
      await person.getByText('Not activated yet').waitFor();
      await person.getByRole('button', { name: `Send a new activation link to ${user.email}` }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `A new activation link was sent to ${user.email}` })
        .waitFor();

      // The goal: the colleague's new link works.
      const link = await mailbox.link(user.email, 'activate');
      const activated = await app.gql(`mutation($input: ActivateAccountInput!) { activateAccount(input: $input) { viewer { email } errors { code } } }`, {
        input: { token: new URL(link).searchParams.get('token'), password: NEW_PASSWORD },
      });
      expect(activated.data.activateAccount).toEqual({ viewer: { email: user.email }, errors: [] });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the console', () => {
  it('takes a rep who forgot the password from the sign-in page to a new password and the console', async () => {
    const rep = await createRep(app.em(), { email: `${unique('lucia')}@cisco.example`.toLowerCase(), password: OLD_PASSWORD });
    const { page, close } = await openPage(`${app.url}/admin/`);
    try {
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
      await page.locator('input[name="email"]').fill(rep.email);
      await page.getByRole('button', { name: 'Email me a link' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `If ${rep.email} has an account` })
        .waitFor();

      const link = await mailbox.link(rep.email, 'reset-password');
      expect(link).toContain('/admin/#/reset-password?token=');
      await goToSetup(page, link);
      await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
      await page.locator('input[name="password"]').fill(NEW_PASSWORD);
      await page.locator('input[name="confirm"]').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Save the password and sign in' }).click();
      // Signed in: the console's menu is there, and the address bar no longer holds the link.
      await page.getByTestId('dashboard').waitFor();
      expect(page.url()).not.toContain('token=');
      await page.screenshot({ path: 'test/screenshots/console-recovery-signed-in.png' });
    } finally {
      await close();
    }
  });

  it('lets a rep send a fresh activation link from an organization’s people, and the link activates the account', async () => {
    const { organization, user } = await administratorWithExpiredActivation(app, { organizationName: `Studio Bianchi ${unique('')}` });
    const rep = await createRep(app.em(), { password: OLD_PASSWORD });
    const { page, close } = await openPage(`${app.url}/admin/`);
    try {
      await page.locator('input[name="username"]').fill(rep.email);
      await page.locator('input[name="password"]').fill(OLD_PASSWORD);
      await page.locator('button[type=submit]').click();
      await page.getByTestId('dashboard').waitFor();
      await goToSetup(page, `${app.url}/admin/#/organizations/${organization.id}/show/people`);
      await page.getByTestId(`send-activation-${user.email}`).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Send a new activation link' }).click();
      await page.getByText(`A new activation link was sent to ${user.email}.`).waitFor();

      const link = await mailbox.link(user.email, 'activate');
      await goToSetup(page, link);
      await waitForHeading(page, 'Activate your administrator account');
      await choosePassword(page, NEW_PASSWORD);
      await page.getByRole('button', { name: 'Activate and log in' }).click();
      await waitForHeading(page, 'Your orders and subscriptions');
    } finally {
      await close();
    }
  });
});
