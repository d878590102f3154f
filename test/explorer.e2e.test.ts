import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshotPath } from './support/browser.js';
import { buildOnce } from './support/build-once.js';
import { startTestApp, type TestApp } from './support/app.js';

/**
 * The GraphQL explorer: GraphiQL from its npm package, bundled by our Vite build (admin/explorer), served
 * at GET /graphql to a browser. The browser here has no internet: every request that is not to the test
 * server is refused and recorded, and the page must still load, read the schema and run a query, under
 * the pages' CSP (no violation reported). Production serves it only with GRAPHQL_EXPLORER=on.
 */

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  await buildOnce('admin/dist/explorer/index.html', ['admin/explorer', 'admin/vite.explorer.config.ts'], 'dist/.explorer-build.lock', () =>
    execFileSync('npx', ['vite', 'build', '--config', 'admin/vite.explorer.config.ts', '--logLevel', 'error'], { stdio: 'pipe' }),
  );
  app = await startTestApp();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('GET /graphql in a browser with no internet', () => {
  it('shows GraphiQL, which runs { __typename } against this server, under a CSP of our own files only', async () => {
    const context = await browser.newContext();
    const outside: string[] = [];
    const local = new URL(app.url).host;
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === local || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      outside.push(url.href);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      const response = await page.goto(`${app.url}/graphql`);
      expect(response!.status()).toBe(200);
      const csp = response!.headers()['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("worker-src 'self'");
      expect(csp).not.toMatch(/unsafe-eval|https?:/);

      await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
      // The default query is `{ __typename }`; run it.
      await page.locator('.graphiql-query-editor .view-lines').waitFor();
      await expect(page.locator('.graphiql-query-editor .view-lines').innerText()).resolves.toContain('__typename');
      await page.locator('.graphiql-execute-button').click();
      const result = page.locator('.graphiql-response .view-lines');
      await result.filter({ hasText: '"Query"' }).waitFor({ timeout: 30_000 });
      expect((await result.innerText()).replace(/\s+/g, ' ')).toContain('"__typename": "Query"');
      await page.screenshot({ path: screenshotPath('graphql-explorer') });
      expect({ outside, problems }).toEqual({ outside: [], problems: [] });
    } finally {
      await context.close();
    }
  }, 120_000);

  it('answers API clients at the same address as before: a GET with a query, and a POST, are GraphQL', async () => {
    const get = await fetch(`${app.url}/graphql?query=%7B__typename%7D`, { headers: { accept: 'text/html, application/json' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await app.gql('{ __typename }');
    expect(post.data).toEqual({ __typename: 'Query' });
  });

  it('lets browsers keep its hashed files for a year, and never its page', async () => {
    const page = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/explorer\/assets\/index-[\w-]+\.js)"/.exec(await page.text())![1];
    const asset = await fetch(`${app.url}${script}`);
    expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
  });
});

describe('in production', () => {
  it('is off unless GRAPHQL_EXPLORER=on, which turns it and introspection on', async () => {
    const html = { headers: { accept: 'text/html' } };
    const off = await startTestApp({ env: { NODE_ENV: 'production', METRICS_TOKEN: 'metrics-explorer-test-0001' } });
    try {
      const page = await fetch(`${off.url}/graphql`, html);
      expect(await page.text()).not.toContain('GraphQL explorer');
      expect((await fetch(`${off.url}/explorer/`)).status).not.toBe(200);
    } finally {
      await off.stop();
    }
    const on = await startTestApp({ env: { NODE_ENV: 'production', GRAPHQL_EXPLORER: 'on', METRICS_TOKEN: 'metrics-explorer-test-0001' } });
    try {
      const page = await fetch(`${on.url}/graphql`, html);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Provisioning Hub · GraphQL explorer</title>');
      expect((await on.gql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await on.stop();
    }
  });
});
