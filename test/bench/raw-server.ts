/**
 * The raw baseline: a minimal `node:http` + `pg` server answering what the bench asks the API,
 * with the same data and the same checks, each in one hand-written prepared statement: the bearer
 * token's hash is looked up, the viewer's visibility applied, and the rows shaped as the GraphQL
 * answer is. It is the practical ceiling on this machine, not a product: no validation beyond what
 * the statements need, no logging, no GraphQL.
 *
 *   DATABASE_URL=… PORT=… node dist/bench/test/bench/raw-server.js
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

const ORGANIZATION = `json_build_object('id', o.id, 'name', o.name, 'kind', o.kind)`;

/** order(id) as a partner admin: partner, customer and subscription. */
const ORDER = {
  name: 'order',
  text: `
    with viewer as (
      select org.id, org.partner_account_id from login_session s
        join app_user u on u.id = s.user_id join organization org on org.id = u.organization_id
       where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now())
    select json_build_object('id', c.id, 'ccwOrderNumber', c.ccw_order_number, 'offer', c.offer, 'status', c.status,
             'requestedStartDate', c.requested_start_date,
             'partnerOrganization', (select ${ORGANIZATION} from organization o where o.id = c.partner_organization_id),
             'customerOrganization', (select ${ORGANIZATION} from organization o where o.id = c.customer_organization_id),
             'subscription', (select json_build_object('id', s.id, 'status', s.status, 'billingStartedAt', s.billing_started_at)
                                from subscription s where s.order_id = c.id)) as order
      from customer_order c, viewer v
     where c.id = $2 and (c.partner_organization_id = v.id or c.partner_account_id = v.partner_account_id)`,
};

/** orders(first: 100) as a rep, newest first: organizations, subscription and escalations. */
const ORDERS = {
  name: 'orders',
  text: `
    with viewer as (
      select r.id from login_session s join rep r on r.id = s.rep_id
       where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and r.active)
    select coalesce(json_agg(json_build_object('id', c.id, 'ccwOrderNumber', c.ccw_order_number, 'status', c.status,
             'partnerOrganization', (select ${ORGANIZATION} from organization o where o.id = c.partner_organization_id),
             'customerOrganization', (select ${ORGANIZATION} from organization o where o.id = c.customer_organization_id),
             'subscription', (select json_build_object('id', s.id, 'status', s.status) from subscription s where s.order_id = c.id),
             'escalations', (select coalesce(json_agg(json_build_object('id', e.id, 'kind', e.kind, 'status', e.status) order by e.created_at, e.id), '[]')
                               from escalation e where e.order_id = c.id))
             order by c.created_at desc, c.id desc), '[]') as orders
      from (select * from customer_order where exists (select 1 from viewer) order by created_at desc, id desc limit $2) as c`,
};

/** overdueOrders(first: 100) with the scheduler's key: the partial index's predicate and order. */
const OVERDUE = {
  name: 'overdue',
  text: `
    select coalesce(json_agg(json_build_object('id', c.id, 'ccwOrderNumber', c.ccw_order_number, 'partnerAccountId', c.partner_account_id,
             'requestedStartDate', c.requested_start_date, 'provisioningContactEmail', c.provisioning_contact_email)
             order by c.overdue_at, c.id), '[]') as orders
      from (select * from customer_order
             where setup_started_at is null and status in ('PLACED', 'AWAITING_SETUP') and overdue_at <= now()
               and exists (select 1 from api_key k where k.key_hash = $1 and k.revoked_at is null and 'orders:overdue:read' = any(k.scopes))
             order by overdue_at, id limit $2) as c`,
};

async function answer(url: URL, token: string): Promise<unknown> {
  const first = Math.min(Number(url.searchParams.get('first') ?? 20), 100);
  switch (url.pathname) {
    case '/order': {
      const rows = (await pool.query({ ...ORDER, values: [hash(token), url.searchParams.get('id')] })).rows;
      return { data: { order: rows[0]?.order ?? null } };
    }
    case '/orders':
      return { data: { orders: { edges: (await pool.query({ ...ORDERS, values: [hash(token), first] })).rows[0].orders.map((node: unknown) => ({ node })) } } };
    case '/overdue':
      return {
        data: { overdueOrders: { edges: (await pool.query({ ...OVERDUE, values: [hash(token), first] })).rows[0].orders.map((node: unknown) => ({ node })) } },
      };
    default:
      return undefined;
  }
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
  answer(url, token).then(
    (body) => {
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { error: 'not found' }));
    },
    (error: Error) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: error.message }));
    },
  );
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('raw baseline ready'));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
