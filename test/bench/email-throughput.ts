/**
 * Email throughput: N orders due at once (default 10,000) → Set up now emails delivered into a local
 * SMTP sink, side by side with the sink's raw acceptance rate (nodemailer pooled straight to it).
 *
 *   npm run bench:email                                   # embedded PostgreSQL in a temp folder
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:email
 *   BENCH_EMAILS=2000 npm run bench:email
 *
 * With a database URL the bench creates its own database on that server and drops it afterwards.
 * Every phase has a time limit (BENCH_PHASE_TIMEOUT_S, default 300 s).
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { systemClock } from '../../server/common/clock.js';
import { loadConfig } from '../../server/common/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/db/embedded-postgres.js';
import { migrateUp, openDatabase } from '../../server/db/orm.js';
import { runDueSetupLinks } from '../../server/jobs/due-setup-links.job.js';
import { OutboxSender } from '../../server/jobs/outbox-sender.js';
import { createSmtpMailer } from '../../server/outbox/mailer.js';
import { setupLinkEmail } from '../../server/outbox/emails.js';
import { createServices } from '../../server/services.js';
import { SmtpSink } from '../support/smtp-sink.js';

const COUNT = Number(process.env.BENCH_EMAILS ?? 10_000);
const PHASE_TIMEOUT_MS = Number(process.env.BENCH_PHASE_TIMEOUT_S ?? 300) * 1000;

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    work(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${label} took longer than ${PHASE_TIMEOUT_MS / 1000} s`)), PHASE_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  return { result, seconds: (performance.now() - started) / 1000 };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function database(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `ph_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async drop() {
        const client = new pg.Client({ connectionString: server });
        await client.connect();
        await client.query(`drop database if exists "${name}" with (force)`);
        await client.end();
      },
    };
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ph-bench-'));
  // Run as root, PostgreSQL runs as the postgres user, who must be able to enter the folder (STACK.md trap 3).
  chmodSync(folder, 0o755);
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: path.join(folder, 'postgres'), port: await freePort(), database: 'ph_bench' });
  return {
    url: embedded.url,
    async drop() {
      await embedded.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<void> {
  console.log(`Email throughput: ${COUNT} setup emails due at once (${os.cpus().length} cores, PostgreSQL on this machine)\n`);
  const db = await database();
  const sink = await SmtpSink.start();
  const orm = await openDatabase(db.url, { pool: { min: 0, max: 10 } });
  try {
    await migrateUp(orm);
    const config = loadConfig({ DATABASE_URL: db.url, PORTAL_URL: 'http://localhost:4000/portal', SMTP_URL: sink.url, LOG_LEVEL: 'silent' });
    const deps = { orm, services: createServices(config), clock: systemClock, config, log: pino({ level: 'silent' }) };

    // 1. The ceiling: nodemailer pooled (5 connections) straight into the sink, same message size,
    //    200 sends in flight (the pool queues them; thousands queued at once only measure the queue).
    const sample = setupLinkEmail('en', {
      ccwOrderNumber: 'CCW-BENCH-000001',
      customerName: 'Acme Italia S.p.A.',
      url: 'http://localhost:4000/portal/setup?token=phs_' + 'x'.repeat(43),
      expiresOn: '2 January 2027',
    });
    const raw = createSmtpMailer(sink.url, config.emailFrom);
    const sendRaw = async (from: number, to: number, inFlight = 200) => {
      let next = from;
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          for (let i = next++; i < to; i = next++) {
            await raw.send({ id: String(i), messageKey: `raw:${i}`, recipient: `contact${i}@example.com`, locale: 'en', ...sample });
          }
        }),
      );
    };
    await sendRaw(0, Math.min(500, COUNT)); // warm-up: connections open, code hot
    sink.messages.length = 0;
    const ceiling = await timed('raw sending', () => sendRaw(0, COUNT));
    raw.close();
    if (sink.messages.length !== COUNT) throw new Error(`sink accepted ${sink.messages.length} of ${COUNT} raw messages`);
    sink.messages.length = 0;

    // 2. N orders placed earlier, all due now (bulk insert: intake is not what is measured).
    await orm.em.fork().getConnection().execute(`
      insert into customer_order (id, ccw_order_number, offer, status, partner_account_id, partner_name, customer_name, services,
        requested_start_date, time_zone, locale, provisioning_contact_email, intake_fingerprint, setup_due_at, overdue_at, created_at, updated_at)
      select gen_random_uuid(), 'CCW-BENCH-' || lpad(n::text, 6, '0'), 'A_WX', 'PLACED', 'PA-' || (n % 500), 'Rossi Networks', 'Acme ' || n,
        '[{"kind":"MEETINGS","quantity":50}]', current_date, 'UTC', case when n % 2 = 0 then 'it' else 'en' end,
        'contact' || n || '@example.com', md5(n::text) || md5(n::text), now() - interval '1 minute', now() + interval '1 day', now(), now()
      from generate_series(1, ${COUNT}) as n`);

    // 3. The due-links sweep: link, order state, outbox row and audit per order, in batches of 100.
    const sweep = await timed('due-links sweep', () => runDueSetupLinks(deps));
    if (sweep.result.handled !== COUNT) throw new Error(`sweep handled ${sweep.result.handled} of ${COUNT}`);

    // 4. Delivery as the worker runs it: the outbox sender (2 drainers, batches of 100, one UPDATE per batch).
    const sender = new OutboxSender(deps, createSmtpMailer(sink.url, config.emailFrom), { concurrency: 2 });
    const delivery = await timed('outbox delivery', () => sender.wake());
    await sender.stop();
    const sent = Number((await orm.em.fork().getConnection().execute(`select count(*) as n from outbox_message where status = 'SENT'`))[0].n);
    const distinct = new Set(sink.messages.map((m) => m.messageId)).size;
    if (sent !== COUNT || sink.messages.length !== COUNT || distinct !== COUNT) {
      throw new Error(`delivered ${sink.messages.length} (${distinct} distinct), ${sent} marked SENT, of ${COUNT}`);
    }

    const rate = (seconds: number) => Math.round(COUNT / seconds);
    const rows = [
      ['nodemailer pooled (5) → sink: the ceiling', ceiling.seconds, rate(ceiling.seconds), '1.00'],
      ['due-links sweep (links + outbox + audit)', sweep.seconds, rate(sweep.seconds), '—'],
      ['outbox delivery → sink (2 drainers × 100)', delivery.seconds, rate(delivery.seconds), (ceiling.seconds / delivery.seconds).toFixed(2)],
      ['due → delivered, end to end', sweep.seconds + delivery.seconds, rate(sweep.seconds + delivery.seconds), (ceiling.seconds / (sweep.seconds + delivery.seconds)).toFixed(2)],
    ] as const;
    console.log('| phase | seconds | per second | vs the ceiling |');
    console.log('|---|---|---|---|');
    for (const [label, seconds, perSecond, ratio] of rows) console.log(`| ${label} | ${seconds.toFixed(2)} | ${perSecond} | ${ratio} |`);
    console.log(`\nAll ${COUNT} delivered once each (distinct Message-IDs, all SENT).`);
    console.log(JSON.stringify({ count: COUNT, ceilingPerSecond: rate(ceiling.seconds), sweepPerSecond: rate(sweep.seconds), deliveryPerSecond: rate(delivery.seconds), ratio: +(ceiling.seconds / delivery.seconds).toFixed(2) }));
  } finally {
    await orm.close();
    await sink.stop();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
