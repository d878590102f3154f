import { runDueSetupLinks } from '../server/jobs/due-setup-links.job.js';
import { startTestApp, type TestApp } from './support/app.js';
import { overdueOrder } from './support/console.js';
import { createApiKey, createRep, loginToken, unique } from './support/factories.js';
import { jobDependencies, placeOrder } from './support/scheduling.js';

/**
 * Events a consumer can act on (#26): every order placed is an event, so is a contact change; each
 * event names who acted, why where the machines may read it, and the order's facts after the change;
 * the feed filters by order, types and time.
 */
let app: TestApp;
let intakeKey: string;
let schedulerKey: string;
let repToken: string;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-11-25T09:00:00Z' });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  schedulerKey = await createApiKey(app.em(), ['orders:overdue:read']);
  repToken = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
});
afterAll(() => app.stop());

interface Event {
  id: string;
  type: string;
  at: string;
  orderId: string;
  changes: Record<string, any>;
  actorKind: string | null;
  reason: string | null;
  snapshot: Record<string, any> | null;
}

const FEED = `query($after: String, $orderId: ID, $types: [OrderEventType!], $since: DateTime) {
  orderEvents(first: 100, after: $after, orderId: $orderId, types: $types, since: $since) {
    totalCount edges { node { id type at orderId changes actorKind reason snapshot } } pageInfo { hasNextPage endCursor }
  }
}`;

/** The feed with these filters, every page; read again until `wanted` events are there (other files' transactions hold it back for moments). */
async function feed(filters: Record<string, unknown>, wanted: number, token = intakeKey): Promise<{ events: Event[]; totalCount: number }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const events: Event[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (;;) {
      const { data, errors }: { data?: any; errors?: unknown } = await app.gql(FEED, { ...filters, after }, token);
      if (errors) throw new Error(JSON.stringify(errors));
      events.push(...data.orderEvents.edges.map((e: { node: Event }) => e.node));
      totalCount = data.orderEvents.totalCount;
      if (!data.orderEvents.pageInfo.hasNextPage) break;
      after = data.orderEvents.pageInfo.endCursor;
    }
    if (events.length >= wanted || Date.now() > deadline) return { events, totalCount };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('events a consumer can act on (#26)', () => {
  it('an order placed for next month is an ORDER_PLACED event at once, by CCW, with the order’s facts; its link going out later is SYSTEM’s', async () => {
    const contact = `${unique('c-')}@rossi.example`.toLowerCase();
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-20', provisioningContactEmail: contact });
    const { events } = await feed({ orderId: order.id }, 1);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'ORDER_PLACED',
        orderId: order.id,
        actorKind: 'CCW',
        reason: null,
        changes: expect.objectContaining({ status: 'PLACED', requestedStartDate: '2026-12-20' }),
        snapshot: expect.objectContaining({
          id: order.id,
          status: 'PLACED',
          requestedStartDate: '2026-12-20',
          provisioningContactEmail: contact,
          subscription: null,
        }),
      }),
    ]);

    app.clock.set('2026-12-20T12:00:00Z');
    await runDueSetupLinks(jobDependencies(app));
    app.clock.set('2026-11-25T09:00:00Z');
    const later = await feed({ orderId: order.id }, 2);
    expect(later.events.map((e) => [e.type, e.actorKind, e.snapshot?.status])).toEqual([
      ['ORDER_PLACED', 'CCW', 'PLACED'],
      ['ORDER_STATUS_CHANGED', 'SYSTEM', 'AWAITING_SETUP'],
    ]);
    expect(later.events[1].snapshot!.linkSentAt).toEqual(expect.any(String));
  });

  it('an order placed after its start date: ORDER_PLACED first, then the status change its link brings, each with the facts after it', async () => {
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-20' });
    const { events } = await feed({ orderId: order.id }, 2);
    expect(events.map((e) => [e.type, e.actorKind, e.snapshot?.status])).toEqual([
      ['ORDER_PLACED', 'CCW', 'AWAITING_SETUP'],
      ['ORDER_STATUS_CHANGED', 'CCW', 'AWAITING_SETUP'],
    ]);
    // The changes say what the event did; the snapshot what the order is once its transaction committed.
    expect(events[0].changes.status).toBe('PLACED');
  });

  it('a contact change is a CONTACT_CHANGED event naming who changed it: CCW, then a rep', async () => {
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-20' });
    const change = (email: string, token: string) =>
      app.gql(
        'mutation($input: UpdateProvisioningContactInput!) { updateProvisioningContact(input: $input) { errors { code } order { id } } }',
        { input: { orderId: order.id, email } },
        token,
      );
    expect((await change('first@rossi.example', intakeKey)).data.updateProvisioningContact.errors).toEqual([]);
    expect((await change('second@rossi.example', repToken)).data.updateProvisioningContact.errors).toEqual([]);
    const { events } = await feed({ orderId: order.id, types: ['CONTACT_CHANGED'] }, 2);
    expect(
      events.map((e) => [
        e.actorKind,
        e.changes.before.provisioningContactEmail,
        e.changes.after.provisioningContactEmail,
        e.snapshot?.provisioningContactEmail,
      ]),
    ).toEqual([
      ['CCW', expect.any(String), 'first@rossi.example', 'first@rossi.example'],
      ['REP', 'first@rossi.example', 'second@rossi.example', 'second@rossi.example'],
    ]);
  });

  it('a cancellation says who cancelled: CCW with its own reason, a rep with none (a rep’s words stay in the audit trail)', async () => {
    const byCcw = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-20' });
    const cancelled = await app.gql(
      'mutation($input: AmendOrderCancelInput!) { amendOrderCancel(input: $input) { errors { code } } }',
      { input: { orderId: byCcw.id, clientRequestId: unique('r-'), reason: 'Withdrawn by the partner in CCW' } },
      intakeKey,
    );
    expect(cancelled.data.amendOrderCancel.errors).toEqual([]);
    const byRep = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-20' });
    const repCancel = await app.gql(
      'mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { errors { code } } }',
      { input: { orderId: byRep.id, reason: 'Internal note: partner in arrears' } },
      repToken,
    );
    expect(repCancel.data.cancelOrder.errors).toEqual([]);

    const ccw = await feed({ orderId: byCcw.id, types: ['ORDER_STATUS_CHANGED'] }, 1);
    expect(ccw.events).toEqual([
      expect.objectContaining({ actorKind: 'CCW', reason: 'Withdrawn by the partner in CCW', snapshot: expect.objectContaining({ status: 'CANCELLED' }) }),
    ]);
    const rep = await feed({ orderId: byRep.id, types: ['ORDER_STATUS_CHANGED'] }, 1);
    expect(rep.events).toEqual([expect.objectContaining({ actorKind: 'REP', reason: null, snapshot: expect.objectContaining({ status: 'CANCELLED' }) })]);
    expect(JSON.stringify(rep.events)).not.toContain('arrears');
  });

  it('an escalation opened by the system carries its kind as the reason', async () => {
    const { order } = await overdueOrder(app);
    const { events } = await feed({ orderId: order.id, types: ['ESCALATION_OPENED'] }, 1, schedulerKey);
    expect(events).toEqual([
      expect.objectContaining({ actorKind: 'SYSTEM', reason: 'OVERDUE_PROVISIONING', snapshot: expect.objectContaining({ id: order.id }) }),
    ]);
  });

  it('the feed filters by order, by types and from a time, together, and counts what it filters', async () => {
    const a = await placeOrder(app, intakeKey, { requestedStartDate: '2026-12-20' });
    app.clock.set('2026-11-26T09:00:00Z');
    await app.gql(
      'mutation($input: UpdateProvisioningContactInput!) { updateProvisioningContact(input: $input) { errors { code } } }',
      { input: { orderId: a.id, email: 'filtered@rossi.example' } },
      intakeKey,
    );
    app.clock.set('2026-11-25T09:00:00Z');
    const all = await feed({ orderId: a.id }, 2);
    expect(all.events.map((e) => e.type)).toEqual(['ORDER_PLACED', 'CONTACT_CHANGED']);
    expect(all.totalCount).toBe(2);
    expect((await feed({ orderId: a.id, types: ['ORDER_PLACED'] }, 1)).events.map((e) => e.type)).toEqual(['ORDER_PLACED']);
    const since = await feed({ orderId: a.id, since: '2026-11-26T00:00:00Z' }, 1);
    expect(since.events.map((e) => e.type)).toEqual(['CONTACT_CHANGED']);
    expect(since.totalCount).toBe(1);
    expect((await feed({ types: ['CONTACT_CHANGED'], since: '2026-11-26T00:00:00Z' }, 1)).events.every((e) => e.type === 'CONTACT_CHANGED')).toBe(true);
    expect((await feed({ orderId: 'not-a-uuid' }, 0)).events).toEqual([]);
  });
});
