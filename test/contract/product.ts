/**
 * The product as an outside client meets it: the built server started as an operator starts it
 * (`node dist/server/main.js` with environment variables), spoken to only over HTTP, with emails
 * read from a real SMTP sink. Nothing here imports from `server/` or writes to the database: what a
 * test here can do, a client written from docs/integrators.md and docs/operators.md can do.
 */
import { buildSchema, parse, validate, specifiedRules, type GraphQLSchema } from 'graphql';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromium, type Browser } from 'playwright-core';
import { buildOnce } from '../support/build-once.js';
import { buildServer, freePort, startServerProcess, type ServerProcess } from '../support/server-process.js';

const BUILD_DIR = 'dist/contract-build';
const LOCK = 'dist/.contract-build.lock';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `npm run build`: the server into dist, the two browser apps into admin/dist. Returns the server's main.js. */
export async function buildProduct(): Promise<string> {
  const main = path.join(BUILD_DIR, 'server', 'main.js');
  await buildOnce(main, ['server', 'tsconfig.build.json'], LOCK, () => buildServer(BUILD_DIR));
  for (const app of ['admin', 'portal']) {
    await buildOnce(
      `admin/dist/${app}/index.html`,
      [app === 'admin' ? 'admin/console' : 'admin/portal', 'admin/shared', `admin/vite.${app}.config.ts`],
      LOCK,
      () =>
        execFileSync('npx', ['vite', 'build', '--config', `admin/vite.${app}.config.ts`, '--logLevel', 'error'], {
          stdio: 'pipe',
          env: { ...process.env, NODE_ENV: 'production' },
        }),
    );
  }
  return main;
}

/** A fresh data folder, as `mkdir` makes it (the embedded PostgreSQL runs as another OS user when started as root). */
export function freshDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ph-contract-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** A new, empty database on the test run's PostgreSQL server, as an operator's DBA would hand it over. */
export async function freshDatabase(): Promise<string> {
  const server = process.env.PH_TEST_SERVER_URL!;
  const name = `ph_contract_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface Product extends ServerProcess {
  stop(): Promise<void>;
  /** The output once it contains `text` (the banner follows readiness: jobs start in between). */
  waitForOutput(text: string, timeoutMs?: number): Promise<string>;
}

/** Starts the built product with exactly this environment (plus PATH and a free PORT). */
export async function startProduct(main: string, env: Record<string, string>): Promise<Product> {
  const process_ = await startServerProcess(main, env, 120_000);
  return {
    ...process_,
    async stop() {
      if (process_.child.exitCode === null) process_.child.kill('SIGTERM');
      await process_.exited;
    },
    async waitForOutput(text: string, timeoutMs = 30_000) {
      for (const deadline = Date.now() + timeoutMs; !process_.output().includes(text); await sleep(50)) {
        if (Date.now() > deadline) throw new Error(`no "${text}" in the output:\n${process_.output()}`);
      }
      return process_.output();
    },
  };
}

/** Starts the built product expecting it to refuse: resolves with its exit code and output. */
export async function refusedStart(main: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [main], { env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, output };
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  body: any;
}

let published: GraphQLSchema | undefined;

/**
 * Every document this suite sends is checked against the published SDL (schema/schema.graphql) first,
 * as a client's build would: a renamed field fails here, not as a puzzling answer. A test that sends a
 * document on purpose beyond the server's limits says `unchecked`.
 */
function assertValidAgainstSchema(query: string): void {
  published ??= buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
  const errors = validate(published, parse(query), specifiedRules);
  if (errors.length) throw new Error(`not a valid operation of schema/schema.graphql: ${errors.map((e) => e.message).join('; ')}\n${query}`);
}

/** A GraphQL client as docs/integrators.md describes it: POST JSON, `Authorization: Bearer <token>`. */
export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; headers?: Record<string, string>; unchecked?: boolean } = {},
): Promise<GraphQLResponse> {
  if (!options.unchecked) assertValidAgainstSchema(query);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
}

/** The data of a call that must not fail at the request level. */
export async function data(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<any> {
  const response = await graphql(url, query, variables, options);
  if (response.status !== 200 || response.body.errors) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The token of the newest link of this kind (`setup`, `activate`) in an email body. */
export function linkIn(text: string, kind: 'setup' | 'activate'): { url: string; token: string } | undefined {
  const match = new RegExp(`(https?://\\S+/${kind}\\?token=([A-Za-z0-9_-]+))`).exec(text);
  return match ? { url: match[1], token: match[2] } : undefined;
}
