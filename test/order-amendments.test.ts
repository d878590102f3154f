import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { Escalation, EscalationKind, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { runDueSetupLinks } from '../server/jobs/due-setup-links.job.js';
import { Order } from '../server/orders/order.entity.js';
import { OrderStatus } from '../server/orders/order-status.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { Subscription } from '../server/subscriptions/subscription.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createOrganization, orderInput, unique } from './support/factories.js';
import { emailedSetupToken, jobDependencies, placeOrder, startSetup } from './support/scheduling.js';
import { changedTables, databaseFingerprint } from './support/world.js';

const START = '2026-11-25T09:00:00Z';
let app: TestApp;
let intakeKey: string;

beforeAll(async () => {
  app = await startTestApp({ now: START });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
});
afterAll(() => app.stop());
afterEach(() => app.clock.set(START));

const SELECTION = 'replayed errors { code field params } order { id status requestedStartDate overdue overdueAt services { kind quantity } }';

async function amend(name: 'amendOrderStartDate' | 'amendOrderCancel' | 'amendOrderQuantities', input: Record<string, unknown>, key = intakeKey) {
  const type = {
    amendOrderStartDate: 'AmendOrderStartDateInput',
    amendOrderCancel: 'AmendOrderCancelInput',
    amendOrderQuantities: 'AmendOrderQuantitiesInput',
  }[name];
  const { data, errors } = await app.gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${SELECTION} } }`, { input }, key);
  if (errors) throw new Error(JSON.stringify(errors));
  return data[name];
}

async function placed(overrides: Record<string, unknown> = {}) {
  const contact = `${unique('contact-')}@rossi.example`.toLowerCase();
  const order = await placeOrder(app, intakeKey, { provisioningContactEmail: contact, ...overrides });
  return { ...order, contact };
}

const setupEmails = (recipient: string) => app.em().count(OutboxMessage, { recipient, template: 'SETUP_LINK' });
const sweep = () => runDueSetupLinks(jobDependencies(app));
const codes = (payload: { errors: { code: string }[] }) => payload.errors.map((e) => e.code);

/**
 * The order's events as an integrator reads them: every page of the feed. The feed holds back events
 * while an older transaction anywhere on the server is open (its snapshot xmin is server-wide: test
 * files running beside this one hold it back for moments), so the read is repeated until the wanted
 * types are there, for up to 15 s.
 */
async function feedEventsOf(orderId: string, wanted: string[]): Promise<{ type: string; orderId: string; changes: Record<string, unknown> }[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const events: { type: string; orderId: string; changes: Record<string, unknown> }[] = [];
    let after: string | null = null;
    for (;;) {
      const feed: { data?: any } = await app.gql(
        'query($after: String) { orderEvents(first: 100, after: $after) { edges { node { type orderId changes } } pageInfo { hasNextPage endCursor } } }',
        { after },
        intakeKey,
      );
      events.push(...feed.data.orderEvents.edges.map((e: any) => e.node).filter((e: any) => e.orderId === orderId));
      if (!feed.data.orderEvents.pageInfo.hasNextPage) break;
      after = feed.data.orderEvents.pageInfo.endCursor;
    }
    if (wanted.every((type) => events.some((e) => e.type === type)) || Date.now() > deadline) return events;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('order amendments from CCW', () => {
  it('a later start date moves the unsent setup email with it: nothing on the old date, exactly one on the new', async () => {
    const order = await placed({ requestedStartDate: '2026-12-01' });
    const moved = await amend('amendOrderStartDate', { orderId: order.id, clientRequestId: unique('r-'), requestedStartDate: '2026-12-10' });
    expect(moved).toMatchObject({
      errors: [],
      replayed: false,
      order: { status: 'PLACED', requestedStartDate: '2026-12-10', overdueAt: '2026-12-10T23:00:00.000Z' },
    });

    app.clock.set('2026-12-02T12:00:00Z');
    await sweep();
    expect(await setupEmails(order.contact)).toBe(0);
    app.clock.set('2026-12-10T12:00:00Z');
    await sweep();
    await sweep();
    expect(await setupEmails(order.contact)).toBe(1);
    expect((await app.em().findOneOrFail(Order, order.id)).status).toBe(OrderStatus.AWAITING_SETUP);
  });

  it('a start date that has already begun sends the setup email at once, and the sweep never sends a second', async () => {
    const order = await placed({ requestedStartDate: '2026-12-05' });
    const moved = await amend('amendOrderStartDate', { orderId: order.id, clientRequestId: unique('r-'), requestedStartDate: '2026-11-24' });
    expect(moved).toMatchObject({ errors: [], order: { status: 'AWAITING_SETUP' } });
    await sweep();
    expect(await setupEmails(order.contact)).toBe(1);
  });

  it('after the setup email went out the link stays valid and the overdue time follows the new date; no second email', async () => {
    const order = await placed({ requestedStartDate: '2026-11-20' });
    // Placed after its start date: not overdue minutes after its first email (#22), a full day after it.
    expect(order).toMatchObject({ status: 'AWAITING_SETUP', overdue: false });
    const token = await emailedSetupToken(app, order.contact);
    const moved = await amend('amendOrderStartDate', { orderId: order.id, clientRequestId: unique('r-'), requestedStartDate: '2026-12-15' });
    expect(moved).toMatchObject({ errors: [], order: { status: 'AWAITING_SETUP', overdue: false, overdueAt: '2026-12-15T23:00:00.000Z' } });
    expect(await setupEmails(order.contact)).toBe(1);
    expect(codes(await startSetup(app, token))).toEqual([]);
  });

  it('a start date moved later settles the open overdue escalation with the reason, as an event; one still overdue stays open', async () => {
    const order = await placed({ requestedStartDate: '2026-11-20' });
    // Overdue a full day after its first email (#22): a day later it is.
    const placedAt = app.clock.now();
    app.clock.advance(25 * 3_600_000);
    const openOverdue = () =>
      app.orm.em
        .fork()
        .transactional(async (em) =>
          app.services.escalations.open(
            { em, actor: SYSTEM_ACTOR, now: app.clock.now() },
            await em.findOneOrFail(Order, order.id),
            EscalationKind.OVERDUE_PROVISIONING,
          ),
        );
    await openOverdue();

    // Still overdue on the new date: the escalation stays open.
    const stillLate = await amend('amendOrderStartDate', { orderId: order.id, clientRequestId: unique('r-'), requestedStartDate: '2026-11-22' });
    expect(stillLate).toMatchObject({ errors: [], order: { overdue: true } });
    expect((await app.em().find(Escalation, { order: order.id })).map((e) => e.status)).toEqual([EscalationStatus.OPEN]);

    const clientRequestId = unique('r-');
    const moved = await amend('amendOrderStartDate', { orderId: order.id, clientRequestId, requestedStartDate: '2026-12-15' });
    expect(moved).toMatchObject({ errors: [], order: { overdue: false } });
    const [escalation] = await app.em().find(Escalation, { order: order.id });
    expect(escalation).toMatchObject({ status: EscalationStatus.RESOLVED });
    expect(escalation.resolution).toContain('2026-12-15');
    expect(escalation.resolvedBy).toBeFalsy();
    const trails = await app.em().find(AuditEvent, { orderId: order.id, action: 'order.amended.start_date' });
    const trail = trails.find((t) => t.after?.clientRequestId === clientRequestId)!;
    expect(trail.after).toMatchObject({ resolvedEscalations: [escalation.id] });
    const events = await feedEventsOf(order.id, ['ESCALATION_RESOLVED']);
    expect(events).toContainEqual(expect.objectContaining({ type: 'ESCALATION_RESOLVED', changes: expect.objectContaining({ escalationId: escalation.id }) }));
    app.clock.set(placedAt);
  });

  it('the same client request id changes nothing the second time; reused for another change it is refused and changes nothing', async () => {
    const order = await placed();
    const clientRequestId = unique('r-');
    const input = {
      orderId: order.id,
      clientRequestId,
      services: [
        { kind: 'MEETINGS', quantity: 75 },
        { kind: 'CALLING', quantity: 20 },
      ],
    };
    expect(await amend('amendOrderQuantities', input)).toMatchObject({ errors: [], replayed: false });
    const before = await databaseFingerprint(app);
    const again = await amend('amendOrderQuantities', input);
    expect(again).toMatchObject({
      errors: [],
      replayed: true,
      order: {
        services: [
          { kind: 'CALLING', quantity: 20 },
          { kind: 'MEETINGS', quantity: 75 },
        ],
      },
    });
    const reused = await amend('amendOrderQuantities', {
      ...input,
      services: [
        { kind: 'MEETINGS', quantity: 1 },
        { kind: 'CALLING', quantity: 1 },
      ],
    });
    expect(reused.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'clientRequestId'], params: { reason: 'REQUEST_ID_REUSED' } }]);
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);

    const [trail] = await app.em().find(AuditEvent, { orderId: order.id, action: 'order.amended.quantities' });
    expect(await app.em().count(AuditEvent, { orderId: order.id, action: 'order.amended.quantities' })).toBe(1);
    expect(trail.before).toEqual({
      services: [
        { kind: 'CALLING', quantity: 20 },
        { kind: 'MEETINGS', quantity: 50 },
      ],
    });
    expect(trail.after).toMatchObject({
      services: [
        { kind: 'CALLING', quantity: 20 },
        { kind: 'MEETINGS', quantity: 75 },
      ],
      clientRequestId,
    });
  });

  it('cancelling revokes the link and its sessions, resolves the open escalations with the reason, and is an event', async () => {
    const order = await placed({ requestedStartDate: '2026-11-20' });
    const token = await emailedSetupToken(app, order.contact);
    const { sessionToken } = await startSetup(app, token);
    await app.orm.em
      .fork()
      .transactional(async (em) =>
        app.services.escalations.open(
          { em, actor: SYSTEM_ACTOR, now: app.clock.now() },
          await em.findOneOrFail(Order, order.id),
          EscalationKind.OVERDUE_PROVISIONING,
        ),
      );

    const cancelled = await amend('amendOrderCancel', { orderId: order.id, clientRequestId: unique('r-'), reason: 'Customer withdrew in CCW' });
    expect(cancelled).toMatchObject({ errors: [], order: { status: 'CANCELLED' } });
    expect(codes(await startSetup(app, token))).not.toEqual([]);
    const session = await app.gql('{ setupSession { id } }', {}, sessionToken!);
    expect(session.data?.setupSession ?? null).toBeNull();
    const [escalation] = await app.em().find(Escalation, { order: order.id });
    expect(escalation).toMatchObject({ status: EscalationStatus.RESOLVED, resolution: 'Order cancelled in CCW: Customer withdrew in CCW' });
    expect(escalation.resolvedBy).toBeFalsy();

    const events = await feedEventsOf(order.id, ['ORDER_STATUS_CHANGED', 'ESCALATION_RESOLVED']);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['ORDER_STATUS_CHANGED', 'ESCALATION_RESOLVED']));
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'ORDER_STATUS_CHANGED', changes: expect.objectContaining({ from: 'SETUP_IN_PROGRESS', to: 'CANCELLED' }) }),
    );
    const [trail] = await app.em().find(AuditEvent, { orderId: order.id, action: 'order.amended.cancel' });
    expect(trail).toMatchObject({ before: { status: 'SETUP_IN_PROGRESS' }, after: { status: 'CANCELLED', reason: 'Customer withdrew in CCW' } });
  });

  it('after step 8 new quantities are recorded for the subscription without reopening the wizard; the start date and cancellation are refused', async () => {
    const order = await placed({ requestedStartDate: '2026-11-20' });
    await app.orm.em.fork().transactional(async (em) => {
      const managed = await em.findOneOrFail(Order, order.id);
      const customer = await createOrganization(em, { kind: OrganizationKind.CUSTOMER });
      managed.status = OrderStatus.SET_UP;
      managed.customerOrganization = customer as never;
      em.persist(em.create(Subscription, { order: managed, customerOrganization: customer, services: managed.services }));
    });
    const input = {
      orderId: order.id,
      clientRequestId: unique('r-'),
      services: [
        { kind: 'MEETINGS', quantity: 60 },
        { kind: 'CALLING', quantity: 25 },
      ],
    };
    expect(await amend('amendOrderQuantities', input)).toMatchObject({ errors: [], order: { status: 'SET_UP' } });
    const subscription = await app.em().findOneOrFail(Subscription, { order: order.id });
    expect(subscription.services).toEqual([
      { kind: 'CALLING', quantity: 25 },
      { kind: 'MEETINGS', quantity: 60 },
    ]);

    const before = await databaseFingerprint(app);
    expect(codes(await amend('amendOrderStartDate', { orderId: order.id, clientRequestId: unique('r-'), requestedStartDate: '2026-12-20' }))).toEqual([
      'ORDER_ALREADY_SET_UP',
    ]);
    expect(codes(await amend('amendOrderCancel', { orderId: order.id, clientRequestId: unique('r-'), reason: 'Too late' }))).toEqual(['ORDER_ALREADY_SET_UP']);
    expect(codes(await amend('amendOrderQuantities', { ...input, clientRequestId: unique('r-'), services: [{ kind: 'WEBINARS', quantity: 5 }] }))).toEqual([
      'INVALID_INPUT',
    ]);
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
  });

  it('the intake key amends only the orders it placed: another key’s order is not found and nothing changes', async () => {
    const other = await createApiKey(app.em(), ['orders:write']);
    const { data } = await app.gql('mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } } }', { input: orderInput() }, other);
    const before = await databaseFingerprint(app);
    const refused = await amend('amendOrderCancel', { orderId: data.placeOrder.order.id, clientRequestId: unique('r-'), reason: 'Not mine' });
    expect(refused).toMatchObject({ order: null, errors: [{ code: 'NOT_FOUND' }] });
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
  });
});
