import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey } from './support/factories.js';
import { placeOrder } from './support/scheduling.js';
import { approachPowerOfTen, currentXid } from './support/xids.js';

/**
 * #22 item 2: the feed sorted the text of its (xid, id) keys while its cursor compared numbers, so
 * once transaction ids or event ids crossed a power of ten, pages stopped early, repeated events and
 * handed an order's events out of order. Here both counters cross a power of ten during the test,
 * and the feed is read at pages of 1, 3, 7 and 100.
 */
let app: TestApp;
let intakeKey: string;

beforeAll(async () => {
  app = await startTestApp();
  intakeKey = await createApiKey(app.em(), ['orders:write']);
});
afterAll(() => app.stop());

const FEED = `query($after: String, $first: Int) {
  orderEvents(after: $after, first: $first) { edges { node { id type orderId changes } } pageInfo { hasNextPage endCursor } }
}`;

async function readAll(first: number): Promise<{ id: string; type: string; orderId: string; changes: Record<string, unknown> }[]> {
  const events = [];
  let after: string | null = null;
  for (let page = 0; page < 2000; page++) {
    const { data, errors }: { data?: any; errors?: unknown[] } = await app.gql(FEED, { after, first }, intakeKey);
    if (errors) throw new Error(JSON.stringify(errors));
    events.push(...data.orderEvents.edges.map((e: { node: any }) => e.node));
    if (!data.orderEvents.pageInfo.hasNextPage) return events;
    after = data.orderEvents.pageInfo.endCursor;
  }
  throw new Error('the feed never ended');
}

describe('the events feed across digit boundaries (#22)', () => {
  it('returns every event once, each order’s in order, at pages of 1, 3, 7 and 100, when transaction ids and event ids cross a power of ten', async () => {
    // Event ids: 95 → 105 during the test.
    await app.em().getConnection().execute(`select setval(pg_get_serial_sequence('order_event', 'id'), 95)`);
    // Transaction ids: a dozen short of the next power of ten (a fresh server: always within budget).
    const boundary = await approachPowerOfTen(app.config.databaseUrl!, 12);
    const placed: string[] = [];
    for (let i = 0; i < 30; i++) {
      placed.push((await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-20' })).id);
    }
    const crossedXid = boundary !== null && (await currentXid(app.config.databaseUrl!)) > boundary;
    if (boundary !== null) expect(crossedXid).toBe(true);
    else console.warn('the transaction ids of this server are too far from a power of ten to cross one cheaply: only event ids crossed');

    const reference = await readAll(100);
    const ids = reference.map((e) => BigInt(e.id));
    expect(ids.some((id) => id < 100n) && ids.some((id) => id >= 100n)).toBe(true);
    for (const size of [1, 3, 7, 100]) {
      const events = await readAll(size);
      expect(events.map((e) => e.id)).toEqual(reference.map((e) => e.id));
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      // Every placed order's events are there, once: placed (#26), then its link sent.
      for (const orderId of placed) expect(events.filter((e) => e.orderId === orderId).map((e) => e.type)).toEqual(['ORDER_PLACED', 'ORDER_STATUS_CHANGED']);
      // Per order, in the order written (ids grow within an order).
      const byOrder = new Map<string, bigint[]>();
      for (const e of events) byOrder.set(e.orderId, [...(byOrder.get(e.orderId) ?? []), BigInt(e.id)]);
      for (const list of byOrder.values()) expect([...list].sort((a, b) => (a < b ? -1 : 1))).toEqual(list);
    }
  });
});
