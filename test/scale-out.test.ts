import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { withStartupLock } from '../server/db/startup-lock.js';
import { createEmptyDatabase } from './support/database.js';
import { orderInput } from './support/factories.js';
import { buildServer, freePort } from './support/server-process.js';
import { SmtpSink, type ReceivedEmail } from './support/smtp-sink.js';
import {
  CALLING,
  CUSTOMER_ORGANIZATION,
  MEETINGS,
  PARTNER_ORGANIZATION,
  START_SETUP,
  STEP_DOCUMENTS,
  STRONG_PASSWORD,
  type StepName,
} from './support/wizard.js';

/**
 * Scale-out (issue 8): API replicas keep nothing in memory that another replica needs (sessions,
 * rate limits, jobs and locks are in PostgreSQL). Two API processes (PH_MODE=api) and two job
 * workers (PH_MODE=worker), built like `npm run build:server` and started all at once on one fresh
 * database, behave as one product.
 */

const INTAKE_KEY = 'phk_scale-out-intake-key-0000000001';
const SCHEDULER_KEY = 'phk_scale-out-scheduler-key-00000001';
const ADMIN_EMAIL = 'admin@scale-out.example';
const ADMIN_PASSWORD = 'Scale-out-admin-password-1';
const REPS = 'reps@scale-out.example';
const PORTAL_URL = 'http://portal.scale-out.example/portal';
const ORDERS = 20;
const PER_ACCOUNT = 3;
const DAY = 86_400_000;

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created errors { code message } order { id status ccwOrderNumber } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token errors { code message } viewer { kind email } } }`;

// ── The processes ───────────────────────────────────────────────────────────────────────────

interface Member {
  name: string;
  mode: 'api' | 'worker';
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function spawnMember(main: string, name: string, mode: Member['mode'], env: Record<string, string>): Promise<Member> {
  // Every process gets a port of its own: the API listens on it; a worker may serve operations endpoints on it.
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', ...env, PH_MODE: mode, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { name, mode, child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** An API is up when /readyz says so; a worker (no HTTP needed) when it logs that its jobs started. */
async function ready(member: Member, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (member.child.exitCode !== null) throw new Error(`${member.name} exited at start:\n${member.output()}`);
    if (member.mode === 'worker') {
      if (member.output().includes('"msg":"jobs started"')) return;
    } else {
      try {
        if ((await fetch(`${member.url}/readyz`)).status === 200) return;
      } catch {
        // not listening yet
      }
    }
    if (Date.now() > deadline) throw new Error(`${member.name} did not start in time:\n${member.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function gql(api: Member, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`${api.name}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ── The run ─────────────────────────────────────────────────────────────────────────────────

let main: string;
let database: { url: string; drop(): Promise<void> };
let sink: SmtpSink;
let db: pg.Client;
let members: Member[] = [];
let apis: [Member, Member];
let workers: [Member, Member];

beforeAll(async () => {
  main = buildServer('dist/scale-out-build');
  // An empty database, not a migrated clone: the four processes migrate it themselves, all at once.
  database = await createEmptyDatabase();
  sink = await SmtpSink.start();
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
}, 240_000);

afterAll(async () => {
  for (const member of members) if (member.child.exitCode === null && member.child.signalCode === null) member.child.kill('SIGKILL');
  await Promise.all(members.map((m) => m.exited));
  await db?.end();
  await sink?.stop();
  await database?.drop();
});

const today = () => new Date().toISOString().slice(0, 10);
const dayFromToday = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

async function count(sql: string, params: unknown[] = []): Promise<number> {
  return Number((await db.query(sql, params)).rows[0].n);
}

/** When every sweep has finished a run that started after `since`. */
async function sweepsFinishedSince(since: Date): Promise<boolean> {
  const rows = (await db.query(`select name, last_finished_at from agenda_jobs where name in ('setup-links:send-due', 'orders:escalate-overdue')`)).rows;
  return rows.length === 2 && rows.every((r) => r.last_finished_at && new Date(r.last_finished_at).getTime() > since.getTime());
}

function tokenIn(message: ReceivedEmail): string {
  const token = /setup\?token=(phs_[A-Za-z0-9_-]+)/.exec(message.text)?.[1];
  if (!token) throw new Error(`no setup link in "${message.subject}"`);
  return token;
}

describe('scale-out: two API replicas and two job workers on one database', () => {
  it('start all at once on an empty database: it is migrated once and the bootstrap credentials are written once', async () => {
    const env = {
      DATABASE_URL: database.url,
      SMTP_URL: sink.url,
      PORTAL_URL,
      INTAKE_API_KEY: INTAKE_KEY,
      SCHEDULER_API_KEY: SCHEDULER_KEY,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      REPS_EMAIL: REPS,
      NODE_ENV: 'production',
      METRICS_TOKEN: 'metrics-token-0123456789',
      LOG_LEVEL: 'info',
      SETUP_LINK_SWEEP_INTERVAL: '500 ms',
      OVERDUE_SWEEP_INTERVAL: '500 ms',
      OUTBOX_POLL_INTERVAL: '1 second',
      RATE_LIMIT_PER_ACCOUNT: String(PER_ACCOUNT),
    };
    members = await Promise.all([
      spawnMember(main, 'api-1', 'api', env),
      spawnMember(main, 'api-2', 'api', env),
      spawnMember(main, 'worker-1', 'worker', env),
      spawnMember(main, 'worker-2', 'worker', env),
    ]);
    await Promise.all(members.map((member) => ready(member)));
    apis = [members[0], members[1]];
    workers = [members[2], members[3]];

    const migrations = (await db.query('select name, count(*)::int as n from mikro_orm_migrations group by name')).rows;
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.filter((m) => m.n !== 1)).toEqual([]);
    expect(await count(`select count(*) as n from rep where email = $1`, [ADMIN_EMAIL])).toBe(1);
    expect((await db.query(`select name from api_key order by name`)).rows.map((r) => r.name)).toEqual(['intake', 'scheduler']);
    // Each job is one row however many workers scheduled it.
    expect((await db.query(`select name, count(*)::int as n from agenda_jobs group by name order by name`)).rows).toEqual([
      { name: 'orders:escalate-overdue', n: 1 },
      { name: 'orders:escalate-stalled', n: 1 },
      { name: 'orders:remind-unfinished', n: 1 },
      { name: 'outbox:deliver', n: 1 },
      { name: 'setup-links:expire', n: 1 },
      { name: 'setup-links:send-due', n: 1 },
      { name: 'subscriptions:apply-scheduled', n: 1 },
      { name: 'webhooks:deliver', n: 1 },
    ]);
  }, 90_000);

  it('walks a Set up now wizard to a provisioned, billing subscription with every request on the other API', async () => {
    let turn = 0;
    const next = () => apis[turn++ % 2];
    const contact = 'giulia@rossi-scale.example';
    const placed = await gql(
      next(),
      PLACE,
      { input: orderInput({ requestedStartDate: today(), timeZone: 'UTC', provisioningContactEmail: contact, locale: 'en' }) },
      INTAKE_KEY,
    );
    expect(placed.placeOrder).toMatchObject({ created: true, errors: [], order: { status: 'AWAITING_SETUP' } });
    const orderId = placed.placeOrder.order.id;

    // The link arrives by email, sent by one of the workers.
    const email = await until('the setup email', () => sink.to(contact)[0]);
    const token = tokenIn(email);

    const started = (await gql(next(), String(START_SETUP), { input: { token } })).startSetup;
    expect(started).toMatchObject({ errors: [], session: { nextStep: 'CHOOSE_ROLE', order: { id: orderId, status: 'SETUP_IN_PROGRESS' } } });
    const sessionToken: string = started.sessionToken;
    const walked: string[] = [];
    const step = async (name: StepName, input: Record<string, unknown> = {}) => {
      const api = next();
      walked.push(`${name}@${api.name}`);
      const payload = (await gql(api, String(STEP_DOCUMENTS[name]), { input }, sessionToken))[name];
      expect({ step: name, errors: payload.errors }).toEqual({ step: name, errors: [] });
      return payload.session;
    };

    expect((await step('chooseRole', { role: 'PARTNER' })).nextStep).toBe('CHOOSE_SETUP_OWNER');
    expect((await step('chooseSetupOwner', { owner: 'SELF' })).nextStep).toBe('CREATE_PARTNER_ORGANIZATION');
    expect((await step('createPartnerOrganization', PARTNER_ORGANIZATION)).nextStep).toBe('CUSTOMER_ADMINISTRATOR');
    expect((await step('setCustomerAdministrator', { email: 'it-admin@acme-scale.example' })).nextStep).toBe('CONFIRM_CUSTOMER_ORGANIZATION');
    expect((await step('confirmCustomerOrganization', { newOrganization: CUSTOMER_ORGANIZATION })).nextStep).toBe('REVIEW_ORDER');
    expect(await step('completeOrderSetup')).toMatchObject({ nextStep: 'SET_PASSWORD', order: { status: 'SET_UP' }, subscription: { status: 'PENDING' } });
    expect((await step('setPassword', { password: STRONG_PASSWORD })).nextStep).toBe('SERVICE_SETUP');
    await step('saveCallingSettings', CALLING);
    await step('saveMeetingSettings', MEETINGS);
    expect(await step('saveEnterpriseSettings', { subdomain: 'acmescale' })).toMatchObject({ missingSettings: [], subscription: { subdomain: 'acmescale' } });
    const done = await step('provisionSubscription');
    expect(done).toMatchObject({ nextStep: 'DONE', order: { id: orderId, status: 'PROVISIONED' }, subscription: { status: 'ACTIVE' } });
    expect(done.subscription.billingStartedAt).toEqual(expect.any(String));
    // placeOrder went to API 1 and startSetup to API 2, so the steps went to API 1, API 2, API 1…
    expect(walked.map((w) => w.split('@')[1])).toEqual(walked.map((_, i) => apis[i % 2].name));

    // A login made on one API is a session on the other.
    const login = (await gql(apis[0], LOGIN, { input: { email: contact, password: STRONG_PASSWORD } })).login;
    expect(login).toMatchObject({ errors: [], viewer: { kind: 'PARTNER_ADMIN', email: contact } });
    const mine = await gql(apis[1], `{ orders { edges { node { id status subscription { status } } } } }`, {}, login.token);
    expect(mine.orders.edges.map((e: any) => e.node)).toEqual([{ id: orderId, status: 'PROVISIONED', subscription: { status: 'ACTIVE' } }]);

    // The customer administrator's activation email went out once.
    await until('the activation email', () => sink.to('it-admin@acme-scale.example')[0]);
  }, 60_000);

  it('counts failed logins across both APIs: the limit holds however the attempts are spread', async () => {
    const wrong = { input: { email: ADMIN_EMAIL, password: 'not-the-password-1' } };
    const codes: string[] = [];
    for (let attempt = 0; attempt < PER_ACCOUNT + 2; attempt++) {
      codes.push((await gql(apis[attempt % 2], LOGIN, wrong)).login.errors[0].code);
    }
    expect(codes.slice(0, PER_ACCOUNT).every((code) => code !== 'TOO_MANY_ATTEMPTS')).toBe(true);
    expect(codes.slice(PER_ACCOUNT)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
  });

  it('sends one setup email per due order and opens one escalation (with one rep notice) per overdue order', async () => {
    const due = Array.from({ length: ORDERS }, (_, i) =>
      orderInput({ requestedStartDate: dayFromToday(30), timeZone: 'UTC', provisioningContactEmail: `due-${i}@partner-scale.example`, locale: 'en' }),
    );
    // Their requested start date was three days ago: the link goes out at once, and they are overdue a
    // full day after it went out (#22), which the test brings forward once the emails are sent.
    const overdue = Array.from({ length: ORDERS }, (_, i) =>
      orderInput({ requestedStartDate: dayFromToday(-3), timeZone: 'UTC', provisioningContactEmail: `overdue-${i}@partner-scale.example`, locale: 'en' }),
    );
    const before = sink.messages.length;
    const place = (input: ReturnType<typeof orderInput>, i: number) => gql(apis[i % 2], PLACE, { input }, INTAKE_KEY).then((d) => d.placeOrder.order);
    const dueOrders = await Promise.all(due.map(place));
    expect(dueOrders.map((o) => o.status)).toEqual(due.map(() => 'PLACED'));
    const overdueOrders = await Promise.all(overdue.map(place));

    // The due orders' start arrives: both workers' sweeps now race for them.
    await db.query(`update customer_order set setup_due_at = now() - interval '1 second' where id = any($1)`, [dueOrders.map((o) => o.id)]);

    await until(
      'the late orders’ setup emails sent',
      async () =>
        (await count(`select count(*) as n from outbox_message where template = 'SETUP_LINK' and status = 'SENT' and order_id = any($1)`, [
          overdueOrders.map((o) => o.id),
        ])) === ORDERS || undefined,
    );
    await db.query(`update customer_order set overdue_at = now() - interval '1 second' where id = any($1)`, [overdueOrders.map((o) => o.id)]);

    const expected = ORDERS /* setup emails, due */ + ORDERS /* setup emails, overdue */ + ORDERS; /* rep notices */
    await sink.waitFor(before + expected, 45_000).catch(async (error: Error) => {
      const statuses = (await db.query(`select status, count(*)::int as n from customer_order group by status`)).rows;
      const outbox = (await db.query(`select template, status, count(*)::int as n from outbox_message group by template, status`)).rows;
      const jobs = (await db.query(`select name, last_run_at, last_finished_at, next_run_at, locked_at, last_modified_by from agenda_jobs`)).rows;
      throw new Error(
        `${error.message}\norders ${JSON.stringify(statuses)}\noutbox ${JSON.stringify(outbox)}\njobs ${JSON.stringify(jobs, null, 1)}\n` +
          `due ${due.filter((o) => sink.to(o.provisioningContactEmail).length).length}, overdue ${overdue.filter((o) => sink.to(o.provisioningContactEmail).length).length}, notices ${sink.to(REPS).length}\n` +
          workers.map((w) => `${w.name}:\n${w.output().slice(-3000)}`).join('\n'),
      );
    });
    // Give a duplicate every chance to appear: let both sweeps finish two more runs after that.
    for (let round = 0; round < 2; round++) {
      const since = new Date();
      await until('the sweeps to run again', () => sweepsFinishedSince(since));
    }
    await until('an empty outbox', async () => (await count(`select count(*) as n from outbox_message where status <> 'SENT'`)) === 0 || undefined);

    for (const input of [...due, ...overdue]) {
      expect({ contact: input.provisioningContactEmail, emails: sink.to(input.provisioningContactEmail).length }).toEqual({
        contact: input.provisioningContactEmail,
        emails: 1,
      });
    }
    const notices = sink.to(REPS);
    expect(notices).toHaveLength(ORDERS);
    for (const input of overdue) expect(notices.filter((m) => m.text.includes(input.ccwOrderNumber))).toHaveLength(1);
    for (const input of due) expect(notices.filter((m) => m.text.includes(input.ccwOrderNumber))).toHaveLength(0);
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(sink.messages.length);

    const escalations = (await db.query(`select order_id, count(*)::int as n from escalation where kind = 'OVERDUE_PROVISIONING' group by order_id`)).rows;
    expect(escalations.map((r) => r.n)).toEqual(overdueOrders.map(() => 1));
    expect(new Set(escalations.map((r) => r.order_id))).toEqual(new Set(overdueOrders.map((o) => o.id)));
    expect(await count(`select count(*) as n from customer_order where id = any($1) and status = 'AWAITING_SETUP'`, [dueOrders.map((o) => o.id)])).toBe(ORDERS);
    expect(await count(`select count(*) as n from setup_link where order_id = any($1)`, [dueOrders.map((o) => o.id)])).toBe(ORDERS);
  }, 90_000);

  it('stop on SIGTERM, each with exit code 0', async () => {
    for (const member of members) member.child.kill('SIGTERM');
    const exits = await Promise.all(members.map((m) => m.exited));
    expect(exits).toEqual(members.map(() => ({ code: 0, signal: null })));
    for (const member of members) expect(member.output()).toContain('stopped: requests drained, jobs stopped, database pools closed');
    expect(await count(`select count(*) as n from agenda_jobs where locked_at is not null`)).toBe(0);
  }, 60_000);
});

describe('the start-up lock', () => {
  it('lets one process at a time do its start-up work; the others wait for it', async () => {
    let inside = 0;
    let most = 0;
    let waited = 0;
    let ran = 0;
    await Promise.all(
      [1, 2, 3, 4].map(() =>
        withStartupLock(
          database.url,
          async () => {
            most = Math.max(most, ++inside);
            await new Promise((r) => setTimeout(r, 100));
            ran++;
            inside--;
          },
          { onWait: () => waited++ },
        ),
      ),
    );
    expect(most).toBe(1);
    expect(ran).toBe(4);
    expect(waited).toBe(3);
  });

  it('is given up when its holder’s connection is gone, so a crashed start leaves nobody waiting', async () => {
    let holderPid = 0;
    let release!: () => void;
    const holding = withStartupLock(database.url, async () => {
      holderPid = Number(
        (await db.query(`select pid from pg_stat_activity where application_name = 'provisioning-hub start-up lock' and datname = current_database()`)).rows[0]
          .pid,
      );
      await new Promise<void>((r) => (release = r));
    });
    await until('the lock to be held', () => holderPid || undefined);
    let waited = false;
    const second = withStartupLock(database.url, async () => 'ran', { onWait: () => (waited = true) });
    await until('the second caller to wait', () => waited || undefined);
    // The holder's process "dies": its connection ends, and PostgreSQL releases its lock.
    await db.query('select pg_terminate_backend($1)', [holderPid]);
    await expect(second).resolves.toBe('ran');
    release();
    await holding;
  });
});
