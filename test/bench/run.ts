/**
 * `npm run bench` (issue 8): the API against a raw baseline, side by side in one run.
 *
 *   npm run bench                 # 5 rounds of 10 s per target and scenario, 10,000 emails
 *   npm run bench -- --quick      # 3 rounds of 2 s, 2,000 emails (about a minute and a half once seeded)
 *   npm run bench -- --only=order,overdue   # scenarios: order (with the framework floor), orders, overdue, wizard, email
 *   npm run bench -- --write      # also writes test/bench/RESULTS.md
 *   npm run bench -- --fresh      # seed the dataset again
 *
 * The dataset (1,000,000 orders, see seed.ts) is seeded once into an embedded PostgreSQL under
 * `.bench/` (or `BENCH_DATABASE_URL`'s server) and kept. The API runs as its own process, built as
 * `npm start` builds it (PH_MODE=api, NODE_ENV=production); the raw baseline (raw-server.ts) runs as
 * another process on the same database. Rounds alternate raw, API, raw, API… so that both see the
 * same machine; figures are medians over the rounds. The load generator is autocannon, in this process.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pino } from 'pino';
import { systemClock } from '../../server/common/clock.js';
import { loadConfig } from '../../server/common/config.js';
import { openDatabase } from '../../server/db/orm.js';
import { createHttpApp } from '../../server/http/app.js';
import { createServices } from '../../server/services.js';
import { countStatements } from '../support/statements.js';
import { emailThroughput } from './email-throughput.js';
import { freePort } from '../support/server-process.js';
import { benchDatabase, ORDERS, partnerOrderIds, seed, TOKENS } from './seed.js';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const ONLY = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const ROUNDS = QUICK ? 3 : 5;
const SECONDS = QUICK ? 2 : 10;
const WARM_UP = QUICK ? 1 : 3;
const CONNECTIONS = 32;
const WALKERS = 16;
const EMAILS = QUICK ? 2_000 : 10_000;
const here = path.dirname(fileURLToPath(import.meta.url));
const started = Date.now();
const say = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const wanted = (scenario: string) => !ONLY || ONLY.includes(scenario);

// ── Processes ───────────────────────────────────────────────────────────────────────────────

interface Target {
  name: string;
  url: string;
  child: ChildProcess;
}

async function startProcess(name: string, script: string, env: Record<string, string>): Promise<Target> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(process.env.BENCH_PROFILE && name === 'API' ? ['--cpu-prof', '--cpu-prof-dir=.bench/profiles'] : []), script], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited at start`);
    try {
      await fetch(`${url}/healthz`);
      return { name, url, child };
    } catch {
      if (Date.now() > deadline) throw new Error(`${name} did not start`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function stopProcess(target: Target): Promise<void> {
  if (target.child.exitCode !== null) return;
  const exited = new Promise((resolve) => target.child.once('exit', resolve));
  target.child.kill('SIGTERM');
  await exited;
}

/** The API's heap and resident figures from its /metrics (with `BENCH_MEMORY`). */
async function memoryMetrics(url: string): Promise<string> {
  const metrics = await (await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789' } })).text();
  return metrics
    .split('\n')
    .filter((l) => /^nodejs_(heap_size|heap_space_size_used|external)|^process_resident/.test(l))
    .join('\n');
}

/** A child process's resident set, in MB (Linux: /proc/<pid>/status). */
function residentMegabytes(child: ChildProcess): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}

// ── Load ────────────────────────────────────────────────────────────────────────────────────

interface Load {
  method: 'GET' | 'POST';
  path: string | (() => string);
  body?: () => string;
  token: string;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  mean: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function hammer(url: string, load: Load, seconds: number, connections = CONNECTIONS): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: load.method,
        headers: { authorization: `Bearer ${load.token}`, 'content-type': 'application/json' },
        setupRequest: (request) => ({
          ...request,
          path: typeof load.path === 'string' ? load.path : load.path(),
          ...(load.body ? { body: load.body() } : {}),
        }),
      },
    ],
  });
  if (result.errors || result.non2xx || result.timeouts) {
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.average };
}

/** Rounds alternating between the two targets; medians of each. */
async function sideBySide(label: string, raw: [string, Load], api: [string, Load]) {
  say(`${label}: warm-up`);
  await hammer(raw[0], raw[1], WARM_UP);
  await hammer(api[0], api[1], WARM_UP);
  const rounds: { raw: Figures; api: Figures }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const r = await hammer(raw[0], raw[1], SECONDS);
    const a = await hammer(api[0], api[1], SECONDS);
    rounds.push({ raw: r, api: a });
    say(`${label}: round ${round}: raw ${r.rps.toFixed(0)} req/s, API ${a.rps.toFixed(0)} req/s (${(a.rps / r.rps).toFixed(2)}×)`);
  }
  const pick = (side: 'raw' | 'api'): Figures => ({
    rps: median(rounds.map((x) => x[side].rps)),
    p50: median(rounds.map((x) => x[side].p50)),
    p99: median(rounds.map((x) => x[side].p99)),
    mean: median(rounds.map((x) => x[side].mean)),
  });
  const ratios = rounds.map((x) => x.api.rps / x.raw.rps);
  return { raw: pick('raw'), api: pick('api'), ratio: median(ratios) };
}

const graphql = (query: string, variables: () => Record<string, unknown>) => () => JSON.stringify({ query, variables: variables() });

async function post(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function get(url: string, token: string): Promise<any> {
  return (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json();
}

// ── Scenarios ───────────────────────────────────────────────────────────────────────────────

const ORDER_QUERY = `query Order($id: ID!) { order(id: $id) { id ccwOrderNumber offer status requestedStartDate
  partnerOrganization { id name kind } customerOrganization { id name kind } subscription { id status billingStartedAt } } }`;

const ORDERS_QUERY = `query Orders($first: Int) { orders(first: $first) { edges { node { id ccwOrderNumber status
  partnerOrganization { id name kind } customerOrganization { id name kind } subscription { id status }
  escalations { id kind status } } } } }`;

const OVERDUE_QUERY = `query Overdue($first: Int) { overdueOrders(first: $first) { edges { node { id ccwOrderNumber partnerAccountId requestedStartDate provisioningContactEmail } } } }`;

/** The same answer from both, checked once before measuring: a fast wrong answer is no baseline. */
function sameAnswer(label: string, raw: unknown, api: any, pickIds: (data: any) => unknown) {
  if (api.errors) throw new Error(`${label}: the API answered with errors: ${JSON.stringify(api.errors)}`);
  const a = JSON.stringify(pickIds((raw as any).data));
  const b = JSON.stringify(pickIds(api.data));
  if (a !== b) throw new Error(`${label}: raw and API answers differ:\n${a.slice(0, 300)}\n${b.slice(0, 300)}`);
}

/**
 * The API in this process on the bench's database, with every SQL statement it sends counted: statements per request
 * for each scenario (issue 25's "the bench reports statements per request for every scenario"), apart from the timed
 * runs, which go to the API's own process.
 */
interface StatementMeter {
  url: string;
  /** The statements `request` sent. With `warm`, the request is sent once before (its token's viewer then cached). */
  count(request: () => Promise<unknown>, options?: { warm?: boolean }): Promise<number>;
  /** Statements of the request in flight since the last `count` or `mark`, and a fresh start. */
  mark(): number;
  stop(): Promise<void>;
}

async function statementMeter(databaseUrl: string): Promise<StatementMeter> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    METRICS_TOKEN: 'metrics-token-0123456789',
    PORT: '0',
    LOG_LEVEL: 'silent',
    INTAKE_API_KEY: TOKENS.intake,
    SCHEDULER_API_KEY: TOKENS.scheduler,
    API_RATE_LIMIT_PER_MINUTE: '1000000000',
  });
  const orm = await openDatabase(databaseUrl, { pool: { min: 0, max: 4 } });
  const http = await createHttpApp({ orm, config, clock: systemClock, services: createServices(config), log: pino({ level: 'silent' }) });
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.server.address() as import('node:net').AddressInfo).port}`;
  const counter = countStatements();
  const mark = () => {
    const n = counter.statements.length;
    counter.reset();
    return n;
  };
  return {
    url,
    mark,
    async count(request, options = {}) {
      if (options.warm) await request();
      counter.reset();
      await request();
      return mark();
    },
    async stop() {
      counter.stop();
      await http.apollo.stop();
      await orm.close();
    },
  };
}

/** Fails the run on an answer with errors: a statement count of a failed request means nothing. */
function answered(label: string) {
  return (answer: any) => {
    if (answer.errors) throw new Error(`${label}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
    return answer;
  };
}

const STEP_PAYLOAD = 'errors { code message } session { nextStep missingSettings }';
const step = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { ${STEP_PAYLOAD} } }`;

/**
 * The least a wizard step must do, in raw SQL with a pool of 10 as the API's, at the walkers' concurrency: what the
 * product rules ask of a step (the bearer's session read, the session and its order locked, the step recorded on the
 * session, its audit row, one transaction) and nothing else: no HTTP, no GraphQL, no ORM. Each walker steps its own
 * session (those the walk made) `steps` times. The floor under any wizard mutation on this machine.
 */
async function rawWizardSteps(databaseUrl: string, walkers: number, steps: number): Promise<number[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  try {
    const sessions = (await pool.query(`select id, token_hash, order_id from setup_session order by created_at desc limit $1`, [walkers])).rows;
    const timings: number[] = [];
    await Promise.all(
      sessions.map(async (session) => {
        for (let i = 0; i < steps; i++) {
          const at = performance.now();
          await pool.query(`select s.id, s.revoked_at, s.expires_at from setup_session s where s.token_hash = $1`, [session.token_hash]);
          const client = await pool.connect();
          try {
            await client.query('begin');
            await client.query(
              `select to_jsonb(s) as s, to_jsonb(o) as o from setup_session s join customer_order o on o.id = s.order_id where s.id = $1 for update of s, o`,
              [session.id],
            );
            await client.query(`update setup_session set last_active_at = now(), expires_at = now() + interval '1 hour' where id = $1`, [session.id]);
            await client.query(
              `insert into audit_event (at, actor_kind, actor_id, action, target_type, target_id, order_id, before, after)
               values (now(), 'SETUP_SESSION', $1, 'setup.bench', 'SetupSession', $1, $2, '{"nextStep":"A"}', '{"nextStep":"B"}')`,
              [session.id, session.order_id],
            );
            await client.query('commit');
          } finally {
            client.release();
          }
          timings.push(performance.now() - at);
        }
      }),
    );
    return timings;
  } finally {
    await pool.end();
  }
}

/** 16 partners walk the whole wizard at once, each mutation timed; with a meter (one walk at a time), each step's statements. */
async function wizardWalks(api: string, databaseUrl: string, walks: number, meter?: StatementMeter) {
  const stamp = Date.now().toString(36);
  const today = new Date().toISOString().slice(0, 10);
  const place = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { errors { code message } order { id } } }`;
  const orderIds: string[] = [];
  for (let i = 0; i < walks; i++) {
    const answer = await post(api, TOKENS.intake, place, {
      input: {
        ccwOrderNumber: `BENCH-${stamp}-${i}`,
        offer: 'A_FLEX',
        partnerAccountId: `PB-${stamp}-${i}`,
        partnerName: `Bench Partner ${i}`,
        customerName: `Bench Customer ${i}`,
        services: [{ kind: 'MEETINGS', quantity: 25 }],
        requestedStartDate: today,
        timeZone: 'UTC',
        provisioningContactEmail: `contact-${stamp}-${i}@bench-partner.example`,
        locale: 'en',
      },
    });
    if (!answer.data?.placeOrder?.order) throw new Error(`placeOrder: ${JSON.stringify(answer)}`);
    orderIds.push(answer.data.placeOrder.order.id);
  }
  // The Set up now link is in the email the order's placing queued (no worker runs: it stays in the outbox).
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const links = (await client.query(`select order_id, text from outbox_message where order_id = any($1::uuid[])`, [orderIds])).rows;
  await client.end();
  const tokens = links.map((row) => /setup\?token=(phs_[A-Za-z0-9_-]+)/.exec(row.text)![1]);

  const timings = new Map<string, number[]>();
  const statements = new Map<string, number>();
  const timed = async (name: string, query: string, input: Record<string, unknown>, token?: string) => {
    meter?.mark();
    const at = performance.now();
    const response = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables: { input } }),
    });
    const answer = (await response.json()) as any;
    const ms = performance.now() - at;
    const payload = answer.data?.[name];
    if (!payload || payload.errors?.length) throw new Error(`${name}: ${JSON.stringify(answer)}`);
    timings.set(name, [...(timings.get(name) ?? []), ms]);
    if (meter) statements.set(name, Math.max(statements.get(name) ?? 0, meter.mark()));
    return payload;
  };

  let next = 0;
  const walker = async (w: number) => {
    for (let i = next++; i < tokens.length; i = next++) {
      const started = await timed('startSetup', `mutation($input: StartSetupInput!) { startSetup(input: $input) { sessionToken ${STEP_PAYLOAD} } }`, {
        token: tokens[i],
      });
      const session = started.sessionToken as string;
      let state = started.session;
      const n = `${stamp}x${w}x${i}`;
      for (let guard = 0; state.nextStep !== 'DONE' && guard < 20; guard++) {
        switch (state.nextStep) {
          case 'CHOOSE_ROLE':
            state = (await timed('chooseRole', step('chooseRole', 'ChooseRoleInput'), { role: 'PARTNER' }, session)).session;
            break;
          case 'CHOOSE_SETUP_OWNER':
            state = (await timed('chooseSetupOwner', step('chooseSetupOwner', 'ChooseSetupOwnerInput'), { owner: 'SELF' }, session)).session;
            break;
          case 'CREATE_PARTNER_ORGANIZATION':
            state = (
              await timed(
                'createPartnerOrganization',
                step('createPartnerOrganization', 'CreatePartnerOrganizationInput'),
                { name: `Bench Partner ${n}`, country: 'IT', address: 'Via Roma 1', city: 'Milano', postalCode: '20100' },
                session,
              )
            ).session;
            break;
          case 'CUSTOMER_ADMINISTRATOR':
            state = (
              await timed(
                'setCustomerAdministrator',
                step('setCustomerAdministrator', 'SetCustomerAdministratorInput'),
                { email: `it-${n}@bench-customer.example` },
                session,
              )
            ).session;
            break;
          case 'CONFIRM_CUSTOMER_ORGANIZATION':
            state = (
              await timed(
                'confirmCustomerOrganization',
                step('confirmCustomerOrganization', 'ConfirmCustomerOrganizationInput'),
                { newOrganization: { name: `Bench Customer ${n}`, country: 'IT', address: 'Corso Como 1', city: 'Milano', postalCode: '20154' } },
                session,
              )
            ).session;
            break;
          case 'REVIEW_ORDER':
            state = (await timed('completeOrderSetup', step('completeOrderSetup', 'CompleteOrderSetupInput'), {}, session)).session;
            break;
          case 'SET_PASSWORD':
            state = (await timed('setPassword', step('setPassword', 'SetPasswordInput'), { password: 'Bench-walk-pass-2026!' }, session)).session;
            break;
          case 'SERVICE_SETUP': {
            const missing: string[] = state.missingSettings ?? [];
            if (missing.includes('MEETING_SETTINGS')) {
              state = (
                await timed(
                  'saveMeetingSettings',
                  step('saveMeetingSettings', 'MeetingSettingsInput'),
                  { siteName: `bench${n}`.toLowerCase(), timeZone: 'Europe/Rome', language: 'it' },
                  session,
                )
              ).session;
            } else if (missing.includes('ENTERPRISE_SETTINGS')) {
              state = (
                await timed(
                  'saveEnterpriseSettings',
                  step('saveEnterpriseSettings', 'EnterpriseSettingsInput'),
                  { subdomain: `bench${n}`.toLowerCase() },
                  session,
                )
              ).session;
            } else if (missing.includes('CALLING_SETTINGS')) {
              throw new Error('no calling ordered');
            } else {
              state = (await timed('provisionSubscription', step('provisionSubscription', 'ProvisionInput'), {}, session)).session;
            }
            break;
          }
          default:
            throw new Error(`unexpected step ${state.nextStep}`);
        }
      }
      if (state.nextStep !== 'DONE') throw new Error(`walk ${i} did not finish`);
    }
  };
  // Counted statements are the process's: one walker at a time then.
  await Promise.all(Array.from({ length: meter ? 1 : WALKERS }, (_, w) => walker(w)));
  return { timings, statements };
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average at start ${os.loadavg()[0].toFixed(2)}`;
  say(`machine: ${machine}`);
  const database = await benchDatabase(args.includes('--fresh'));
  const lines: string[] = [];
  const table = (...row: (string | number)[]) => lines.push(`| ${row.join(' | ')} |`);
  let api: Target | undefined;
  let raw: Target | undefined;
  let metered: StatementMeter | undefined;
  const meter = async () => (metered ??= await statementMeter(database.url));
  try {
    const reads = ['order', 'orders', 'overdue', 'wizard'].some(wanted);
    if (reads) {
      await seed(database.url, say);
      // The keys' quota is counted on every request (its cost is in the figures) but set past what a round sends.
      const env = {
        DATABASE_URL: database.url,
        NODE_ENV: 'production',
        METRICS_TOKEN: 'metrics-token-0123456789',
        LOG_LEVEL: 'warn',
        PH_MODE: 'api',
        API_RATE_LIMIT_PER_MINUTE: '1000000000',
      };
      api = await startProcess('API', path.resolve(here, '../../server/main.js'), {
        ...env,
        INTAKE_API_KEY: TOKENS.intake,
        SCHEDULER_API_KEY: TOKENS.scheduler,
        // Default rate limits: 16 walkers from one address open valid links, which are never throttled.
      });
      raw = await startProcess('raw baseline', path.resolve(here, 'raw-server.js'), { DATABASE_URL: database.url });
      say(`API at ${api.url}, raw baseline at ${raw.url}, ${database.describe}`);
      // The footprint before any request (code, schema, metadata), apart from what the load adds.
      await new Promise((r) => setTimeout(r, 2000));
      say(`API process RSS at start, before any request: ${residentMegabytes(api.child)} MB`);
      if (process.env.BENCH_MEMORY) say(await memoryMetrics(api.url));
      lines.push(
        `| scenario | raw req/s | raw p50 / p99 ms | API req/s | API p50 / p99 ms | API ÷ raw (median of rounds) | target |`,
        '|---|---|---|---|---|---|---|',
      );
      const row = (label: string, r: { raw: Figures; api: Figures; ratio: number }, target: string) =>
        table(label, fmt(r.raw.rps), `${r.raw.p50} / ${r.raw.p99}`, fmt(r.api.rps), `${r.api.p50} / ${r.api.p99}`, `**${r.ratio.toFixed(2)}×**`, target);

      let orderFigures: { raw: Figures; api: Figures; ratio: number } | undefined;
      let apiRss: number | undefined;
      const ids = await partnerOrderIds(database.url, 500);
      const randomId = () => ids[Math.floor(Math.random() * ids.length)];
      if (wanted('order') || wanted('wizard')) {
        sameAnswer(
          'order(id)',
          await get(`${raw.url}/order?id=${ids[0]}`, TOKENS.partnerAdmin),
          await post(api.url, TOKENS.partnerAdmin, ORDER_QUERY, { id: ids[0] }),
          (d) => [d.order.id, d.order.partnerOrganization.id, d.order.customerOrganization.id, d.order.subscription.id],
        );
        orderFigures = await sideBySide(
          'order(id)',
          [raw.url, { method: 'GET', path: () => `/order?id=${randomId()}`, token: TOKENS.partnerAdmin }],
          [api.url, { method: 'POST', path: '/graphql', body: graphql(ORDER_QUERY, () => ({ id: randomId() })), token: TOKENS.partnerAdmin }],
        );
        const m = await meter();
        const statements = await m.count(() => post(m.url, TOKENS.partnerAdmin, ORDER_QUERY, { id: ids[0] }).then(answered('order(id)')), { warm: true });
        row(
          `order(id) with partner, customer, subscription — partner admin, ${CONNECTIONS} connections; SQL statements per request: ${statements}`,
          orderFigures,
          '≥ 0.60×; 1 statement',
        );
        apiRss = residentMegabytes(api.child);
        say(`API process RSS after the order(id) run: ${apiRss} MB`);
        if (process.env.BENCH_MEMORY) say(await memoryMetrics(api.url));
        // The floor under any resolver work: the same request path (HTTP, body, authentication, Apollo,
        // plugins) answering \`{ __typename }\`, against the same raw order(id).
        const floor = await sideBySide(
          'framework floor',
          [raw.url, { method: 'GET', path: () => `/order?id=${randomId()}`, token: TOKENS.partnerAdmin }],
          [api.url, { method: 'POST', path: '/graphql', body: graphql('query Floor { __typename }', () => ({})), token: TOKENS.partnerAdmin }],
        );
        row("(for scale) `{ __typename }` with the same token: the API's request path alone, against the raw order(id)", floor, '—');
      }

      if (wanted('orders')) {
        sameAnswer(
          'orders(first: 100)',
          await get(`${raw.url}/orders?first=100`, TOKENS.rep),
          await post(api.url, TOKENS.rep, ORDERS_QUERY, { first: 100 }),
          (d) =>
            d.orders.edges.map((e: any) => [
              e.node.id,
              e.node.partnerOrganization?.id,
              e.node.customerOrganization?.id,
              e.node.subscription?.id,
              e.node.escalations.map((x: any) => x.id),
            ]),
        );
        const figures = await sideBySide(
          'orders(first: 100)',
          [raw.url, { method: 'GET', path: '/orders?first=100', token: TOKENS.rep }],
          [api.url, { method: 'POST', path: '/graphql', body: graphql(ORDERS_QUERY, () => ({ first: 100 })), token: TOKENS.rep }],
        );
        const m = await meter();
        const statements: number[] = [];
        for (const first of [1, 10, 100]) {
          statements.push(await m.count(() => post(m.url, TOKENS.rep, ORDERS_QUERY, { first }).then(answered(`orders(first: ${first})`)), { warm: true }));
        }
        row(
          `orders(first: 100) with organizations, subscription, escalations — rep; SQL statements per request at first = 1 / 10 / 100: ${statements.join(' / ')}`,
          figures,
          '≥ 0.40×; 1–2 statements',
        );
      }

      if (wanted('overdue')) {
        sameAnswer(
          'overdueOrders(first: 100)',
          await get(`${raw.url}/overdue?first=100`, TOKENS.scheduler),
          await post(api.url, TOKENS.scheduler, OVERDUE_QUERY, { first: 100 }),
          (d) => d.overdueOrders.edges.map((e: any) => e.node.id),
        );
        const figures = await sideBySide(
          'overdueOrders(first: 100)',
          [raw.url, { method: 'GET', path: '/overdue?first=100', token: TOKENS.scheduler }],
          [api.url, { method: 'POST', path: '/graphql', body: graphql(OVERDUE_QUERY, () => ({ first: 100 })), token: TOKENS.scheduler }],
        );
        const m = await meter();
        const statements = await m.count(() => post(m.url, TOKENS.scheduler, OVERDUE_QUERY, { first: 100 }).then(answered('overdueOrders')), { warm: true });
        row(
          `overdueOrders(first: 100) over ${fmt(ORDERS)} orders — scheduler key; SQL statements per request: ${statements}`,
          figures,
          '≥ 0.50×; 1–2 statements',
        );
      }

      if (apiRss !== undefined) {
        lines.push('', `API process memory after the order(id) run: RSS ${fmt(apiRss)} MB (target ≤ 200 MB).`);
      }

      if (wanted('wizard') && orderFigures) {
        // order(id) at the walkers' concurrency, for the cost ratio.
        const reads = await hammer(
          api.url,
          { method: 'POST', path: '/graphql', body: graphql(ORDER_QUERY, () => ({ id: randomId() })), token: TOKENS.partnerAdmin },
          SECONDS,
          WALKERS,
        );
        say(`wizard: ${WALKERS} partners walking at once (order(id) at ${WALKERS} connections: mean ${reads.mean.toFixed(1)} ms)`);
        const { timings } = await wizardWalks(api.url, database.url, QUICK ? WALKERS * 2 : WALKERS * 5);
        const { statements: stepStatements } = await wizardWalks((await meter()).url, database.url, 1, await meter());
        const all = [...timings.values()].flat();
        const withoutArgon = [...timings.entries()].filter(([name]) => name !== 'setPassword').flatMap(([, ms]) => ms);
        lines.push(
          '',
          `Wizard: ${WALKERS} partners walking at once, ${fmt(all.length)} mutations; order(id) at ${WALKERS} connections: mean ${reads.mean.toFixed(1)} ms.`,
          '',
        );
        lines.push('| mutation | calls | mean ms | ÷ order(id) mean | SQL statements (one walk alone) |', '|---|---|---|---|---|');
        for (const [name, ms] of timings) table(name, ms.length, fmt(mean(ms), 1), `${(mean(ms) / reads.mean).toFixed(2)}×`, stepStatements.get(name) ?? '—');
        table('**all mutations**', all.length, fmt(mean(all), 1), `**${(mean(all) / reads.mean).toFixed(2)}×** (target ≤ 3×)`, '≤ 5 a simple step');
        table('all but setPassword (argon2id)', withoutArgon.length, fmt(mean(withoutArgon), 1), `${(mean(withoutArgon) / reads.mean).toFixed(2)}×`, '');
        // The floor under the target: the same concurrency doing only what a step must (raw SQL, one transaction).
        const floor = await rawWizardSteps(database.url, WALKERS, Math.ceil(all.length / WALKERS));
        table(
          '(floor) a step in raw SQL: session read, lock, update, audit, commit',
          floor.length,
          fmt(mean(floor), 1),
          `${(mean(floor) / reads.mean).toFixed(2)}× (API ÷ floor ${(mean(all) / mean(floor)).toFixed(2)}×)`,
          5,
        );
      }

      await stopProcess(api);
      await stopProcess(raw);
      api = raw = undefined;
    }

    if (wanted('email')) {
      say(`email: ${fmt(EMAILS)} setup emails due at once`);
      const email = await emailThroughput(database.url, EMAILS);
      lines.push('', `Email: ${fmt(email.count)} setup emails due at once, delivered into a local smtp-server sink.`, '');
      lines.push('| phase | per second | ÷ the sink ceiling |', '|---|---|---|');
      table('nodemailer pooled (5) straight into the sink: the ceiling', fmt(email.ceilingPerSecond), '1.00');
      table('due-links sweep (link, order state, outbox row, audit)', fmt(email.sweepPerSecond), '—');
      table("outbox delivery into the sink (the worker's sender)", fmt(email.deliveryPerSecond), `**${email.ratio.toFixed(2)}** (target ≥ 0.5)`);
      table('due → delivered, end to end', fmt(email.endToEndPerSecond), (email.endToEndPerSecond / email.ceilingPerSecond).toFixed(2));
    }
  } finally {
    if (api) await stopProcess(api);
    if (raw) await stopProcess(raw);
    await metered?.stop();
    await database.stop();
  }

  const shown = args.filter((a) => a !== '--write');
  const command = `npm run bench${shown.length ? ` -- ${shown.join(' ')}` : ''}`;
  const report = [
    `Run ${new Date().toISOString()} with \`${command}\` on ${machine}; ${database.describe}.`,
    `${ROUNDS} rounds of ${SECONDS} s per target, alternating raw and API; medians. Total ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    '',
    ...lines,
  ].join('\n');
  console.log(`\n${report}\n`);
  if (args.includes('--write')) {
    // The figures go between the markers; what RESULTS.md says around them is kept.
    const file = path.resolve(here, '../../../../test/bench/RESULTS.md');
    const block = `<!-- bench:start -->\n${report}\n<!-- bench:end -->`;
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
    writeFileSync(file, marked.test(before) ? before.replace(marked, () => block) : `# Benchmark results\n\n${block}\n`);
    say(`written to ${file}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
