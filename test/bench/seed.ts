import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { hashToken } from '../../server/common/tokens.js';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { migrateUp, openDatabase } from '../../server/db/orm.js';
import { freePort } from '../support/server-process.js';

/**
 * The bench's dataset, seeded once in SQL and kept between runs (seeding a million orders takes a
 * minute or two; the measurements are what a run is for):
 *   - 1,000 partner organizations (CCW accounts PA-1 … PA-1000), 50,000 customer organizations;
 *   - 1,000,000 orders: 90 % provisioned with an active subscription, 5 % overdue (nobody started
 *     them; each with its overdue escalation), 5 % placed for a future date;
 *   - a partner admin of PA-1 and a rep, with known login tokens (the API keys come from the API's
 *     configuration, INTAKE_API_KEY and SCHEDULER_API_KEY).
 */
export const ORDERS = 1_000_000;
const PARTNERS = 1_000;
const CUSTOMERS = 50_000;
const SEED_VERSION = `v1:${ORDERS}`;

export const TOKENS = {
  partnerAdmin: 'phl_bench-partner-admin-login-token-000000000001',
  rep: 'phl_bench-rep-login-token-0000000000000000000001',
  intake: 'phk_bench-intake-key-00000000000000000000001',
  scheduler: 'phk_bench-scheduler-key-0000000000000000000001',
};

export interface BenchDatabase {
  url: string;
  /** Server settings that matter for the figures (shared_buffers and the like). */
  describe: string;
  stop(): Promise<void>;
}

/**
 * `BENCH_DATABASE_URL`: a database `ph_bench` on that server, kept between runs. Otherwise an
 * embedded PostgreSQL under `.bench/postgres` (git-ignored), kept likewise. `fresh` starts over.
 */
export async function benchDatabase(fresh: boolean): Promise<BenchDatabase> {
  const server = process.env.BENCH_DATABASE_URL;
  if (server) {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    if (fresh) await admin.query('drop database if exists ph_bench with (force)');
    const exists = (await admin.query(`select 1 from pg_database where datname = 'ph_bench'`)).rowCount;
    if (!exists) await admin.query('create database ph_bench');
    const version = (await admin.query('show server_version')).rows[0].server_version;
    await admin.end();
    const url = new URL(server);
    url.pathname = '/ph_bench';
    return { url: url.toString(), describe: `PostgreSQL ${version} at ${url.host}`, stop: async () => {} };
  }
  const folder = path.resolve('.bench');
  mkdirSync(folder, { recursive: true });
  // PostgreSQL runs as the postgres user when we are root: it must be able to enter the folder.
  chmodSync(folder, 0o755);
  if (fresh) await import('node:fs').then((fs) => fs.rmSync(path.join(folder, 'postgres'), { recursive: true, force: true }));
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(folder, 'postgres'), port: await freePort(), database: 'ph_bench' });
  return { url: embedded.url, describe: 'embedded PostgreSQL 18 (embedded-postgres, default settings)', stop: () => embedded.stop() };
}

/** Migrates and, unless this version of the dataset is already there, seeds it. */
export async function seed(url: string, say: (message: string) => void): Promise<void> {
  const orm = await openDatabase(url);
  try {
    await migrateUp(orm);
  } finally {
    await orm.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('create table if not exists bench_seed (version text primary key, seeded_at timestamptz not null)');
    if ((await client.query('select 1 from bench_seed where version = $1', [SEED_VERSION])).rowCount) {
      say(`dataset ${SEED_VERSION} already seeded`);
      return;
    }
    const started = Date.now();
    say(`seeding ${ORDERS.toLocaleString('en')} orders (once; kept for later runs)…`);
    await client.query('set synchronous_commit = off');
    await client.query('begin');
    await client.query(SEED_SQL, []);
    await client.query(principalsSql());
    await client.query('insert into bench_seed (version, seeded_at) values ($1, now())', [SEED_VERSION]);
    await client.query('commit');
    await client.query('vacuum analyze');
    say(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await client.end();
  }
}

// Ids are derived from numbers (md5 → uuid) so that the principals below can name their rows.
const SEED_SQL = `
create or replace function pg_temp.bench_id(kind text, n bigint) returns uuid language sql immutable
  as $$ select md5(kind || ':' || n)::uuid $$;

insert into organization (id, kind, name, country, address, city, postal_code, partner_account_id, created_at, updated_at)
select pg_temp.bench_id('partner', p), 'PARTNER', 'Partner ' || p, 'IT', 'Via Roma ' || p, 'Milano', '20100', 'PA-' || p,
       now() - interval '3 years', now() - interval '3 years'
from generate_series(1, ${PARTNERS}) as p;

insert into organization (id, kind, name, country, address, city, postal_code, managing_partner_id, subdomain, created_at, updated_at)
select pg_temp.bench_id('customer', c), 'CUSTOMER', 'Customer ' || c, 'IT', 'Corso Como ' || c, 'Milano', '20154',
       pg_temp.bench_id('partner', 1 + c % ${PARTNERS}), 'customer-' || c, now() - interval '3 years', now() - interval '3 years'
from generate_series(1, ${CUSTOMERS}) as c;

-- n % 20: 0 overdue (awaiting setup since its start date), 1 placed for a future date, else provisioned.
insert into customer_order (id, ccw_order_number, offer, status, partner_account_id, partner_name, customer_name, services,
  requested_start_date, time_zone, locale, provisioning_contact_email, intake_fingerprint, setup_due_at, overdue_at,
  link_sent_at, setup_started_at, link_expires_at, partner_organization_id, customer_organization_id,
  set_up_at, provisioned_at, created_at, updated_at)
select pg_temp.bench_id('order', n), 'CCW-' || lpad(n::text, 8, '0'),
       (array['A_WX', 'A_SPK', 'A_FLEX'])[1 + n % 3],
       case n % 20 when 0 then 'AWAITING_SETUP' when 1 then 'PLACED' else 'PROVISIONED' end,
       'PA-' || (1 + (n / 7) % ${PARTNERS}), 'Partner ' || (1 + (n / 7) % ${PARTNERS}), 'Customer ' || (1 + n % ${CUSTOMERS}),
       '[{"kind":"MEETINGS","quantity":50},{"kind":"CALLING","quantity":20}]',
       day::date, 'Europe/Rome', 'it', 'contact' || n || '@partner' || (1 + (n / 7) % ${PARTNERS}) || '.example', md5(n::text) || md5(n::text),
       day, day + interval '1 day',
       case when n % 20 <> 1 then day end,
       case when n % 20 > 1 then day + interval '2 hours' end,
       case when n % 20 = 0 then day + interval '30 days' end,
       case when n % 20 > 1 then pg_temp.bench_id('partner', 1 + (n / 7) % ${PARTNERS}) end,
       case when n % 20 > 1 then pg_temp.bench_id('customer', 1 + n % ${CUSTOMERS}) end,
       case when n % 20 > 1 then day + interval '3 hours' end,
       case when n % 20 > 1 then day + interval '4 hours' end,
       day - interval '10 days', day - interval '10 days'
from generate_series(1, ${ORDERS}) as n,
     lateral (select case when n % 20 = 1 then now() + interval '30 days' else now() - interval '1000 days' + n * interval '80 seconds' end as day) as d;

insert into subscription (id, order_id, customer_organization_id, status, services, billing_started_at, created_at)
select pg_temp.bench_id('subscription', n), pg_temp.bench_id('order', n), pg_temp.bench_id('customer', 1 + n % ${CUSTOMERS}), 'ACTIVE',
       '[{"kind":"MEETINGS","quantity":50},{"kind":"CALLING","quantity":20}]', o.provisioned_at, o.set_up_at
from generate_series(1, ${ORDERS}) as n
join customer_order o on o.id = pg_temp.bench_id('order', n)
where n % 20 > 1;

insert into escalation (id, kind, status, order_id, created_at)
select pg_temp.bench_id('escalation', n), 'OVERDUE_PROVISIONING', 'OPEN', pg_temp.bench_id('order', n), o.overdue_at
from generate_series(20, ${ORDERS}, 20) as n
join customer_order o on o.id = pg_temp.bench_id('order', n);
`;

function principalsSql(): string {
  const partner = `md5('partner:1')::uuid`;
  return `
insert into app_user (id, organization_id, email, role, created_at)
  values ('00000000-0000-4000-8000-000000000001', ${partner}, 'admin@partner1.example', 'ADMIN', now());
insert into rep (id, email, name, role, password_hash, created_at)
  values ('00000000-0000-4000-8000-000000000002', 'rep@bench.example', 'Bench Rep', 'REP', 'x', now());
insert into login_session (id, token_hash, user_id, expires_at, created_at)
  values (gen_random_uuid(), '${hashToken(TOKENS.partnerAdmin)}', '00000000-0000-4000-8000-000000000001', now() + interval '10 years', now());
insert into login_session (id, token_hash, rep_id, expires_at, created_at)
  values (gen_random_uuid(), '${hashToken(TOKENS.rep)}', '00000000-0000-4000-8000-000000000002', now() + interval '10 years', now());`;
}

/** Ids of orders the partner admin (PA-1) may read: provisioned ones, with both organizations and a subscription. */
export async function partnerOrderIds(url: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query(
      `select id from customer_order where partner_account_id = 'PA-1' and status = 'PROVISIONED' order by ccw_order_number limit $1`,
      [count],
    );
    return rows.rows.map((r) => r.id as string);
  } finally {
    await client.end();
  }
}
