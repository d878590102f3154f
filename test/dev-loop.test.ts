import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SERVER_ROUTES } from '../admin/dev-server.js';
import { startTestApp, type TestApp } from './support/app.js';
import { freePort } from './support/server-process.js';

/**
 * `npm run dev`: each Vite server has a dependency cache of its own (one shared cache served the other app
 * "504 Outdated Optimize Dep"), forwards every route of the API server to the server at PORT, and
 * .env.example lists every setting the server reads.
 */

const CONFIGS = { console: 'admin/vite.admin.config.ts', portal: 'admin/vite.portal.config.ts' } as const;

describe('the Vite configurations', () => {
  it('give each app a dependency cache of its own, and forward the server routes to PORT', () => {
    // Resolved by Vite itself, in a process of its own (Vite's bundler does not load inside Jest's module realm).
    const script = `import { resolveConfig } from 'vite';
      const configs = await Promise.all(${JSON.stringify(Object.values(CONFIGS))}.map((configFile) => resolveConfig({ configFile, logLevel: 'silent' }, 'serve')));
      console.log(JSON.stringify(configs.map((c) => ({ cacheDir: c.cacheDir, proxy: c.server.proxy }))));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', PORT: '4567' },
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const resolved = JSON.parse(run.stdout.trim().split('\n').pop()!) as { cacheDir: string; proxy: Record<string, { target: string }> }[];
    const caches = resolved.map((config) => path.relative(process.cwd(), config.cacheDir));
    expect(new Set(caches).size).toBe(Object.keys(CONFIGS).length);
    for (const { proxy } of resolved) {
      expect(Object.keys(proxy).sort()).toEqual([...SERVER_ROUTES].sort());
      for (const route of SERVER_ROUTES) expect({ route, target: proxy[route].target }).toEqual({ route, target: 'http://localhost:4567' });
    }
  });
});

describe('a Vite dev server in front of the API server', () => {
  let app: TestApp;
  let vite: ChildProcess | undefined;
  let base: string;

  beforeAll(async () => {
    app = await startTestApp();
    const port = await freePort();
    vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', CONFIGS.console, '--logLevel', 'error'], {
      env: { PATH: process.env.PATH ?? '', PORT: new URL(app.url).port, PH_DEV_SERVER_URL: app.url, VITE_CONSOLE_PORT: String(port) },
      stdio: 'ignore',
    });
    base = `http://localhost:${port}`;
    for (const deadline = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 250))) {
      try {
        if ((await fetch(`${base}/admin/`)).status === 200) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('the Vite dev server did not start');
    }
  }, 90_000);

  afterAll(async () => {
    if (vite && vite.exitCode === null) {
      const exited = new Promise((resolve) => vite!.once('exit', resolve));
      vite.kill('SIGTERM');
      await exited;
    }
    await app?.stop();
  });

  it('forwards every route the server has (a new one must be added to admin/dev-server.ts)', () => {
    // Express 5 keeps the routes on app.router; /graphql is also answered before Express.
    const stack = (app.http.app as unknown as { router: { stack: { route?: { path: string | string[] } }[] } }).router.stack;
    const paths = stack.flatMap((layer) => (layer.route ? [layer.route.path].flat() : [])).concat('/graphql');
    const mine = (p: string) => p === '/' || p.startsWith('/admin') || p.startsWith('/portal');
    const unforwarded = paths.filter((p) => !mine(p) && !SERVER_ROUTES.some((route) => p === route || p.startsWith(route.endsWith('/') ? route : `${route}/`)));
    expect(paths).toEqual(expect.arrayContaining(['/healthz', '/export/:list.csv', '/auth/oidc/login']));
    expect(unforwarded).toEqual([]);
  });

  it('answers the server routes from the server: GraphQL, health, metrics, CSV export, single sign-on', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(await (await fetch(`${base}/metrics`)).text()).toContain('http_requests_total');
    const graphql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    // Not the console's index.html: the server's own answers (a rep's login is needed; no provider configured).
    const csv = await fetch(`${base}/export/orders.csv`);
    expect([csv.status, await csv.text()]).toEqual([401, expect.stringContaining('Log in as a rep')]);
    const sso = await fetch(`${base}/auth/oidc/login`, { redirect: 'manual' });
    expect(await sso.text()).toContain('Single sign-on is not configured');
  });
});

describe('.env.example', () => {
  const read = (file: string) => readFileSync(file, 'utf8');
  const settings = [...new Set([...read('server/common/config.ts').matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]))].sort();

  it('lists every setting the server reads (server/common/config.ts), and docs/operators.md explains each', () => {
    const example = new Set([...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const operators = read('docs/operators.md');
    expect(settings.length).toBeGreaterThan(40);
    expect(settings.filter((name) => !example.has(name))).toEqual([]);
    expect(settings.filter((name) => !operators.includes(`\`${name}\``))).toEqual([]);
  });

  it('lists nothing that nobody reads', () => {
    const readers = ['server/common/config.ts', 'admin/dev-server.ts', 'scripts/dev.mjs'].map(read).join('\n');
    const listed = [...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(listed.filter((name) => !readers.includes(name))).toEqual([]);
  });
});
