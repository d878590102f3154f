// `order(id)` as the bench's partner admin, 32 connections, for <seconds>: prints "<requests> <req/s>".
// Usage: node test/bench/load-order.mjs <port> <seconds> <database url> (used by memory-pairs.sh).
import autocannon from 'autocannon';
import pg from 'pg';

const [port, seconds, database] = process.argv.slice(2);
const client = new pg.Client({ connectionString: database });
await client.connect();
const ids = (
  await client.query(`select id from customer_order where partner_account_id = 'PA-1' and status = 'PROVISIONED' order by ccw_order_number limit 500`)
).rows.map((r) => r.id);
await client.end();
const query = `query Order($id: ID!) { order(id: $id) { id ccwOrderNumber offer status requestedStartDate
  partnerOrganization { id name kind } customerOrganization { id name kind } subscription { id status billingStartedAt } } }`;
const result = await autocannon({
  url: `http://127.0.0.1:${port}/graphql`,
  connections: 32,
  duration: Number(seconds),
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer phl_bench-partner-admin-login-token-000000000001' },
      setupRequest: (request) => ({ ...request, body: JSON.stringify({ query, variables: { id: ids[Math.floor(Math.random() * ids.length)] } }) }),
    },
  ],
});
if (result.non2xx || result.errors) throw new Error(`${result.non2xx} answers not 2xx, ${result.errors} errors`);
console.log(`${result.requests.total} ${result.requests.average}`);
