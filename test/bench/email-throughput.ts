/**
 * Email throughput, a phase of `npm run bench`: N orders due at once → Set up now emails delivered
 * into a local SMTP sink, side by side with the sink's raw acceptance rate (nodemailer pooled
 * straight to it). It works in a database of its own, created and dropped on the bench's server.
 */
import 'reflect-metadata';
import pg from 'pg';
import { pino } from 'pino';
import { systemClock } from '../../server/common/clock.js';
import { loadConfig } from '../../server/common/config.js';
import { migrateUp, openDatabase } from '../../server/db/orm.js';
import { runDueSetupLinks } from '../../server/jobs/due-setup-links.job.js';
import { OutboxSender } from '../../server/jobs/outbox-sender.js';
import { createSmtpMailer } from '../../server/outbox/mailer.js';
import { setupLinkEmail } from '../../server/outbox/emails.js';
import { createServices } from '../../server/services.js';
import { SmtpSink } from '../support/smtp-sink.js';

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

export interface EmailFigures {
  count: number;
  ceilingPerSecond: number;
  sweepPerSecond: number;
  deliveryPerSecond: number;
  endToEndPerSecond: number;
  /** Delivery rate over the ceiling's. */
  ratio: number;
}

/** Runs the phase in a new database `ph_bench_email` on the server of `serverUrl`. */
export async function emailThroughput(serverUrl: string, count: number): Promise<EmailFigures> {
  const db = await scratchDatabase(serverUrl, 'ph_bench_email');
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
    await sendRaw(0, Math.min(500, count)); // warm-up: connections open, code hot
    sink.messages.length = 0;
    const ceiling = await timed('raw sending', () => sendRaw(0, count));
    raw.close();
    if (sink.messages.length !== count) throw new Error(`sink accepted ${sink.messages.length} of ${count} raw messages`);
    sink.messages.length = 0;

    // 2. N orders placed earlier, all due now (bulk insert: intake is not what is measured).
    await orm.em.fork().getConnection().execute(`
      insert into customer_order (id, ccw_order_number, offer, status, partner_account_id, partner_name, customer_name, services,
        requested_start_date, time_zone, locale, provisioning_contact_email, intake_fingerprint, setup_due_at, overdue_at, created_at, updated_at)
      select gen_random_uuid(), 'CCW-BENCH-' || lpad(n::text, 6, '0'), 'A_WX', 'PLACED', 'PA-' || (n % 500), 'Rossi Networks', 'Acme ' || n,
        '[{"kind":"MEETINGS","quantity":50}]', current_date, 'UTC', case when n % 2 = 0 then 'it' else 'en' end,
        'contact' || n || '@example.com', md5(n::text) || md5(n::text), now() - interval '1 minute', now() + interval '1 day', now(), now()
      from generate_series(1, ${count}) as n`);

    // 3. The due-links sweep: link, order state, outbox row and audit per order, in batches of 100.
    const sweep = await timed('due-links sweep', () => runDueSetupLinks(deps));
    if (sweep.result.handled !== count) throw new Error(`sweep handled ${sweep.result.handled} of ${count}`);

    // 4. Delivery as the worker runs it: the outbox sender (2 drainers, batches of 100, one UPDATE per batch).
    const sender = new OutboxSender(deps, createSmtpMailer(sink.url, config.emailFrom), { concurrency: 2 });
    const delivery = await timed('outbox delivery', () => sender.wake());
    await sender.stop();
    const sent = Number((await orm.em.fork().getConnection().execute(`select count(*) as n from outbox_message where status = 'SENT'`))[0].n);
    const distinct = new Set(sink.messages.map((m) => m.messageId)).size;
    if (sent !== count || sink.messages.length !== count || distinct !== count) {
      throw new Error(`delivered ${sink.messages.length} (${distinct} distinct), ${sent} marked SENT, of ${count}`);
    }

    const rate = (seconds: number) => Math.round(count / seconds);
    return {
      count,
      ceilingPerSecond: rate(ceiling.seconds),
      sweepPerSecond: rate(sweep.seconds),
      deliveryPerSecond: rate(delivery.seconds),
      endToEndPerSecond: rate(sweep.seconds + delivery.seconds),
      ratio: ceiling.seconds / delivery.seconds,
    };
  } finally {
    await orm.close();
    await sink.stop();
    await db.drop();
  }
}

/** A new, empty database on the server of `serverUrl`, dropped by `drop()`. */
async function scratchDatabase(serverUrl: string, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`drop database if exists "${name}" with (force)`);
  await run(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
}
