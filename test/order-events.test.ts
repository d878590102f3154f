import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { ORDER_EVENT_FACTS_SQL } from '../server/db/migrations/Migration20261204100000_order_event_facts.js';
import { OrderEventType } from '../server/orders/order-event.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { overdueOrder } from './support/console.js';
import { createApiKey, createRep, loginToken } from './support/factories.js';
import { CALLING, MEETINGS, Wizard } from './support/wizard.js';
import { unique } from './support/factories.js';

let app: TestApp;
let repToken: string;
let intakeKey: string;
let schedulerKey: string;

beforeAll(async () => {
  app = await startTestApp();
  repToken = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  schedulerKey = await createApiKey(app.em(), ['orders:overdue:read']);
});
afterAll(() => app.stop());

interface FeedEvent {
  id: string;
  type: OrderEventType;
  at: string;
  orderId: string;
  ccwOrderNumber: string;
  changes: Record<string, unknown>;
}

const FEED = `query($after: String, $first: Int) {
  orderEvents(after: $after, first: $first) { edges { cursor node { id type at orderId ccwOrderNumber changes } } pageInfo { hasNextPage endCursor } }
}`;

/** Reads the feed from `after` to its end, page by page; returns the events and the last cursor. */
async function readFeed(token: string, after: string | null = null): Promise<{ events: FeedEvent[]; cursor: string | null }> {
  const events: FeedEvent[] = [];
  let cursor = after;
  for (;;) {
    const { data, errors } = await app.gql(FEED, { after: cursor, first: 50 }, token);
    if (errors) throw new Error(JSON.stringify(errors));
    const page = data.orderEvents;
    events.push(...page.edges.map((e: { node: FeedEvent }) => e.node));
    cursor = page.pageInfo.endCursor ?? cursor;
    if (!page.pageInfo.hasNextPage) return { events, cursor };
  }
}

/** Reads on from `after` until `wanted` events of these orders have come (other tests' transactions may hold the feed back briefly). */
async function readUntil(token: string, after: string | null, orderIds: string[], wanted: number, type?: OrderEventType) {
  const seen: FeedEvent[] = [];
  let cursor = after;
  for (let attempt = 0; attempt < 50; attempt++) {
    const page = await readFeed(token, cursor);
    seen.push(...page.events.filter((e) => orderIds.includes(e.orderId) && (!type || e.type === type)));
    cursor = page.cursor;
    if (seen.length >= wanted) return { events: seen, cursor };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { events: seen, cursor };
}

describe('order events', () => {
  it('every status change and each escalation opened or resolved is an event, read alike by the intake key, the scheduler key and a rep', async () => {
    const { cursor: start } = await readFeed(repToken);
    const { order } = await overdueOrder(app);
    const cancelled = await app.gql(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { errors { code } order { status } } }`,
      { input: { orderId: order.id, reason: 'The customer withdrew' } },
      repToken,
    );
    expect(cancelled.data.cancelOrder).toEqual({ errors: [], order: { status: 'CANCELLED' } });

    const { events } = await readUntil(intakeKey, start, [order.id], 4);
    expect(events.map((e) => [e.type, e.changes.to ?? e.changes.kind])).toEqual([
      [OrderEventType.ORDER_STATUS_CHANGED, 'AWAITING_SETUP'],
      [OrderEventType.ESCALATION_OPENED, 'OVERDUE_PROVISIONING'],
      [OrderEventType.ORDER_STATUS_CHANGED, 'CANCELLED'],
      [OrderEventType.ESCALATION_RESOLVED, 'OVERDUE_PROVISIONING'],
    ]);
    expect(events.every((e) => e.ccwOrderNumber === order.ccwOrderNumber && e.orderId === order.id)).toBe(true);
    expect(events[2].changes).toMatchObject({ from: 'AWAITING_SETUP', to: 'CANCELLED' });
    // The escalation settled with the cancellation: its resolution text is not an order fact.
    expect(events[3].changes).toEqual({ escalationId: expect.any(String), kind: 'OVERDUE_PROVISIONING' });

    // The same feed, the same events, for the scheduler key and the rep.
    for (const token of [schedulerKey, repToken]) {
      expect((await readUntil(token, start, [order.id], 4)).events).toEqual(events);
    }
  });

  it('holds order facts only: a rep’s resolution text never reaches the machine keys (allow-list per type), old events included', async () => {
    const { cursor: start } = await readFeed(repToken);
    const { order, escalation } = await overdueOrder(app);
    const secret = `Customer said the PIN is 4711 ${unique('note')}`;
    const resolved = await app.gql(
      `mutation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { errors { code } } }`,
      { input: { escalationId: escalation.id, resolution: secret } },
      repToken,
    );
    expect(resolved.data.resolveEscalation.errors).toEqual([]);
    // A writer that hands the lifecycle a key outside the type's allow-list: dropped when written.
    await app.em().transactional(async (em) => {
      const managed = await em.findOneOrFail(Order, order.id);
      app.services.lifecycle.recordEvent({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, managed, OrderEventType.ORDER_AMENDED, {
        amendment: 'START_DATE',
        note: secret,
        after: { requestedStartDate: '2027-01-04', note: secret },
      });
    });

    for (const token of [intakeKey, schedulerKey]) {
      const { events } = await readUntil(token, start, [order.id], 4);
      expect(JSON.stringify(events)).not.toContain('4711');
      expect(events.find((e) => e.type === OrderEventType.ESCALATION_RESOLVED)?.changes).toEqual({
        escalationId: escalation.id,
        kind: 'OVERDUE_PROVISIONING',
      });
      expect(events.find((e) => e.type === OrderEventType.ORDER_AMENDED)?.changes).toEqual({
        amendment: 'START_DATE',
        after: { requestedStartDate: '2027-01-04' },
      });
    }

    // An event written before the allow-list (the text in the row) loses it with the migration.
    const [old] = await app
      .em()
      .getConnection()
      .execute(
        `insert into order_event (type, at, order_id, ccw_order_number, changes) values ('ESCALATION_RESOLVED', now(), ?, ?, ?::jsonb) returning id::text as id`,
        [order.id, order.ccwOrderNumber, JSON.stringify({ escalationId: escalation.id, kind: 'OVERDUE_PROVISIONING', resolution: secret })],
      );
    await app.em().getConnection().execute(ORDER_EVENT_FACTS_SQL);
    const [row] = await app.em().getConnection().execute(`select changes from order_event where id = ?`, [old.id]);
    expect(row.changes).toEqual({ escalationId: escalation.id, kind: 'OVERDUE_PROVISIONING' });
  });

  it('a walk through the wizard to provisioning: each status change, then the subscription’s activation with its billing start', async () => {
    const wizard = new Wizard(app);
    const { cursor: start } = await readFeed(repToken);
    const { orderId, token } = await wizard.orderWithLink();
    const session = await wizard.toReview(token);
    await wizard.ok(session, 'completeOrderSetup');
    await wizard.ok(session, 'setPassword', { password: 'Webex-setup-2026!' });
    await wizard.ok(session, 'saveCallingSettings', CALLING);
    await wizard.ok(session, 'saveMeetingSettings', MEETINGS);
    await wizard.ok(session, 'saveEnterpriseSettings', {
      subdomain: `acme${unique('')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')}`.slice(0, 30),
    });
    await wizard.ok(session, 'provisionSubscription');

    const { events } = await readUntil(schedulerKey, start, [orderId], 6);
    expect(events.map((e) => [e.type, e.changes.to ?? null])).toEqual([
      // Every order placed is an event (#26).
      [OrderEventType.ORDER_PLACED, null],
      [OrderEventType.ORDER_STATUS_CHANGED, 'AWAITING_SETUP'],
      [OrderEventType.ORDER_STATUS_CHANGED, 'SETUP_IN_PROGRESS'],
      [OrderEventType.ORDER_STATUS_CHANGED, 'SET_UP'],
      [OrderEventType.ORDER_STATUS_CHANGED, 'PROVISIONED'],
      [OrderEventType.SUBSCRIPTION_ACTIVATED, null],
    ]);
    expect(events[5].changes).toMatchObject({ billingStartedAt: app.clock.now().toISOString(), billedServices: ['CALLING', 'MEETINGS'] });
  });

  it('a rolled-back change leaves no event', async () => {
    const { cursor: start } = await readFeed(repToken);
    const { order } = await overdueOrder(app);
    await expect(
      app.em().transactional(async (em) => {
        const managed = await em.findOneOrFail(Order, order.id);
        app.services.lifecycle.recordEvent({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, managed, OrderEventType.ORDER_AMENDED, { amendment: 'PROBE' });
        await em.flush();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const { events } = await readUntil(repToken, start, [order.id], 2);
    expect(events.map((e) => e.type)).toEqual([OrderEventType.ORDER_STATUS_CHANGED, OrderEventType.ESCALATION_OPENED]);
  });

  it('never skips an event whose transaction commits after one with a higher id', async () => {
    const wizard = new Wizard(app);
    const first = (await wizard.orderWithLink()).orderId;
    const second = (await wizard.orderWithLink()).orderId;
    const { cursor: start } = await readFeed(repToken);

    // T1 writes its event first (the lower id) but commits last.
    const t1 = app.orm.em.fork();
    const t2 = app.orm.em.fork();
    const write = async (em: typeof t1, orderId: string) => {
      const order = await em.findOneOrFail(Order, orderId);
      app.services.lifecycle.recordEvent({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, order, OrderEventType.ORDER_AMENDED, { amendment: orderId });
      await em.flush();
    };
    await t1.begin();
    await write(t1, first);
    await t2.begin();
    await write(t2, second);
    await t2.commit();

    // T2 has committed, but T1 (older) is still running: T2's event is not handed out yet.
    const whileOpen = await readFeed(repToken, start);
    // (Probes only: the orders' earlier status events may still be held back by a transaction of another test
    // database on the same server, since transaction ids and the snapshot's xmin are server-wide.)
    const probe = (e: FeedEvent) => e.type === OrderEventType.ORDER_AMENDED;
    expect(whileOpen.events.filter((e) => probe(e) && (e.orderId === first || e.orderId === second))).toEqual([]);

    await t1.commit();
    const { events } = await readUntil(repToken, whileOpen.cursor, [first, second], 2, OrderEventType.ORDER_AMENDED);
    expect(events.map((e) => e.orderId)).toEqual([first, second]);
    // T1's event holds the lower id and committed last: a feed in id order, read while T1 ran, would have moved past it.
    expect(Number(events[0].id)).toBeLessThan(Number(events[1].id));
    const again = await readFeed(repToken, start);
    expect(again.events.filter((e) => probe(e) && (e.orderId === first || e.orderId === second))).toHaveLength(2);
  });

  it('a transaction that began first but writes its event last is handed out before the later one, and nothing is skipped', async () => {
    const wizard = new Wizard(app);
    const early = (await wizard.orderWithLink()).orderId;
    const late = (await wizard.orderWithLink()).orderId;
    const { cursor: start } = await readFeed(repToken);

    const t1 = app.orm.em.fork();
    const t2 = app.orm.em.fork();
    await t1.begin();
    // T1 takes its transaction id with a first write, then T2 writes and commits its event (the lower id).
    await t1.getConnection().execute(`select pg_current_xact_id()`, [], 'all', t1.getTransactionContext());
    await t2.begin();
    const second = await t2.findOneOrFail(Order, late);
    app.services.lifecycle.recordEvent({ em: t2, actor: SYSTEM_ACTOR, now: app.clock.now() }, second, OrderEventType.ORDER_AMENDED, { amendment: late });
    await t2.flush();
    await t2.commit();
    const midway = await readFeed(repToken, start);
    // Probes only (see the test above).
    expect(midway.events.filter((e) => e.type === OrderEventType.ORDER_AMENDED && (e.orderId === early || e.orderId === late))).toEqual([]);

    const firstOrder = await t1.findOneOrFail(Order, early);
    app.services.lifecycle.recordEvent({ em: t1, actor: SYSTEM_ACTOR, now: app.clock.now() }, firstOrder, OrderEventType.ORDER_AMENDED, { amendment: early });
    await t1.flush();
    await t1.commit();

    const { events } = await readUntil(repToken, midway.cursor, [early, late], 2, OrderEventType.ORDER_AMENDED);
    // T2's event has the lower id and committed first; an id-ordered cursor past T1's id would have skipped it.
    expect(events.map((e) => e.orderId)).toEqual([early, late]);
    expect(Number(events[1].id)).toBeLessThan(Number(events[0].id));
  });

  it('a forged cursor is refused', async () => {
    const { errors } = await app.gql(FEED, { after: Buffer.from(JSON.stringify(['1; drop', '2'])).toString('base64url') }, intakeKey);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
