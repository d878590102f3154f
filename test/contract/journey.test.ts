import { freePort } from '../support/server-process.js';
import { buildProduct, freshDataDir, graphql, startProduct, type Product } from './product.js';

/**
 * #22, from outside: `npm start` with nothing configured (the embedded database, its demo data, the
 * banner's credentials), read as an integrator reads it. The demo's start carries the transaction ids
 * past a power of ten (999 → 1000); the feed must hand out every event once at any page size.
 */
let product: Product;
let repToken: string;

beforeAll(async () => {
  const main = await buildProduct();
  product = await startProduct(main, { PH_DATA_DIR: freshDataDir(), PH_EMBEDDED_PG_PORT: String(await freePort()) });
  const banner = await product.waitForOutput('Provisioning Hub is running.', 120_000);
  const [, email, password] = /Rep login: +(\S+) \/ (Rep-\S+)/.exec(banner)!;
  const login = await graphql(
    product.url,
    `
      mutation ($i: LoginInput!) {
        login(input: $i) {
          token
          errors {
            code
          }
        }
      }
    `,
    { i: { email, password } },
  );
  repToken = login.body.data.login.token;
  expect(repToken).toBeTruthy();
}, 240_000);
afterAll(() => product?.stop());

const FEED = `query($after: String, $first: Int) { orderEvents(after: $after, first: $first) { totalCount edges { node { id orderId } } pageInfo { hasNextPage endCursor } } }`;

async function readFeed(first: number): Promise<{ ids: string[]; byOrder: Map<string, bigint[]>; total: number }> {
  const ids: string[] = [];
  const byOrder = new Map<string, bigint[]>();
  let after: string | null = null;
  let total = 0;
  for (let page = 0; page < 5000; page++) {
    const response = await graphql(product.url, FEED, { after, first }, { token: repToken });
    const connection = response.body.data.orderEvents;
    total = connection.totalCount;
    for (const { node } of connection.edges as { node: { id: string; orderId: string } }[]) {
      ids.push(node.id);
      byOrder.set(node.orderId, [...(byOrder.get(node.orderId) ?? []), BigInt(node.id)]);
    }
    if (!connection.pageInfo.hasNextPage) return { ids, byOrder, total };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('the feed never ended');
}

describe('a fresh npm start, read by an integrator (#22)', () => {
  it('hands out every event of the demo data once, each order’s in order, at pages of 1, 3, 7 and 100', async () => {
    const reference = await readFeed(100);
    expect(reference.ids.length).toBeGreaterThan(20);
    expect(reference.ids.length).toBe(reference.total);
    for (const size of [1, 3, 7]) {
      const read = await readFeed(size);
      expect({ size, ids: read.ids }).toEqual({ size, ids: reference.ids });
      expect(new Set(read.ids).size).toBe(read.ids.length);
      for (const events of read.byOrder.values()) expect([...events].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(events);
    }
  });
});
