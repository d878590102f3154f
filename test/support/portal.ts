import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildOnce } from './build-once.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runOutboxDelivery } from '../../server/jobs/outbox-delivery.job.js';
import { createSmtpMailer, type Mailer } from '../../server/outbox/mailer.js';
import type { TestApp } from './app.js';
import { jobDependencies } from './scheduling.js';
import { SmtpSink } from './smtp-sink.js';

// The portal imports admin/shared (the glossary, user errors): a change there is a change of the portal.
const SOURCES = ['admin/portal', 'admin/shared', 'admin/vite.portal.config.ts'];
const BUILT = 'admin/dist/portal/index.html';
const LOCK = 'admin/dist/.portal-build.lock';

/** Builds the portal (vite) unless admin/dist/portal is newer than its sources, one test worker at a time. */
export async function ensurePortalBuilt(): Promise<void> {
  // NODE_ENV is "test" under jest; the portal is built as for production (React's production build).
  await buildOnce(BUILT, SOURCES, LOCK, () =>
    execSync('npx vite build --config admin/vite.portal.config.ts --logLevel error', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } }),
  );
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Email as the people in the tests get it: the outbox is delivered over SMTP (the real delivery
 * job and mailer) to a sink in the test process, and links are read from the received messages.
 */
export class Mailbox {
  private constructor(
    private readonly app: TestApp,
    readonly sink: SmtpSink,
    private readonly mailer: Mailer,
  ) {}

  static async open(app: TestApp): Promise<Mailbox> {
    const sink = await SmtpSink.start();
    return new Mailbox(app, sink, createSmtpMailer(sink.url, app.config.emailFrom));
  }

  /** Delivers what is due in the outbox, then the newest message to `recipient` holding a link of that kind. */
  async link(recipient: string, kind: 'setup' | 'activate' | 'reset-password' = 'setup'): Promise<string> {
    await runOutboxDelivery(jobDependencies(this.app), this.mailer);
    const received = this.sink.to(recipient.toLowerCase());
    for (const email of [...received].reverse()) {
      const match = new RegExp(`(https?://\\S+/${kind}\\?token=[A-Za-z0-9_-]+)`).exec(email.text);
      if (match) {
        // The harness's PORTAL_URL cannot know the test server's port: same path, this server.
        // (The console's links carry their route in the fragment: #/reset-password?token=….)
        const url = new URL(match[1]);
        return `${this.app.url}${url.pathname}${url.search}${url.hash}`;
      }
    }
    throw new Error(`No ${kind} link was emailed to ${recipient} (${received.length} messages received)`);
  }

  async close(): Promise<void> {
    this.mailer.close();
    await this.sink.stop();
  }
}

/**
 * Opens a page as a person clicking an emailed link. A Set up now link opens a landing page that
 * does nothing until its Set up now button is clicked (#22): this clicks it, as the person would.
 */
export async function goToSetup(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const { pathname, searchParams } = new URL(url);
  if (!pathname.endsWith('/portal/setup') || !searchParams.get('token')) return;
  await page.getByTestId('setup-landing').waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: /^(Set up now|Imposta ora)$/ }).click();
}

/** Screenshots of each step, for people to look at (test/screenshots/ is git-ignored). */
export function screenshots(folder: string) {
  const dir = path.join('test/screenshots/portal', folder);
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (page: Page, name: string) => {
    n += 1;
    await page.screenshot({ path: path.join(dir, `${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
}

/** Reports what the page logged as errors (React warnings, failed requests) so a test can assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** The step on screen: the page's one level-1 heading. */
export async function waitForHeading(page: Page, name: string | RegExp): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '(no page)');
    throw new Error(`Expected the heading ${String(name)}; the page shows:\n${shown.slice(0, 1500)}\n${(error as Error).message}`);
  }
}

/** A form field by its whole label (a required field's label ends with an asterisk). */
export function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`));
}

/** The error shown on a form field, once the field is marked invalid. */
export async function fieldError(page: Page, label: string): Promise<string> {
  await field(page, label).and(page.locator('[aria-invalid="true"]')).waitFor();
  return (await fieldMessage(page, label)).message;
}

/** The text shown under a form field (its helper or error text), found through aria-describedby. */
export async function fieldMessage(page: Page, label: string): Promise<{ invalid: boolean; message: string }> {
  const input = field(page, label);
  await input.waitFor();
  const invalid = (await input.getAttribute('aria-invalid')) === 'true';
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const parts = await Promise.all(
    describedBy
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  return { invalid, message: parts.join(' ').trim() };
}
