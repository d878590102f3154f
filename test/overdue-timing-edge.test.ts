import { Escalation, EscalationKind } from '../server/escalations/escalation.entity.js';
import { runDueSetupLinks } from '../server/jobs/due-setup-links.job.js';
import { runOverdueEscalations } from '../server/jobs/overdue-escalations.job.js';
import { Order } from '../server/orders/order.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey } from './support/factories.js';
import { jobDependencies, placeOrder } from './support/scheduling.js';

let app: TestApp;
let intakeKey: string;
let schedulerKey: string;

beforeAll(async () => {
  // The setup email goes out at 23:00 local time: the partner must still get a full day before the order is overdue.
  app = await startTestApp({ now: '2026-03-01T09:00:00Z', env: { SETUP_EMAIL_LOCAL_HOUR: '23' } });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  schedulerKey = await createApiKey(app.em(), ['orders:overdue:read']);
});
afterAll(() => app.stop());

/** What the scheduler key reads when it asks at `asOf` (the clock moved there: a machine key may ask at most a day ahead). */
const overdueIds = async (asOf: string): Promise<string[]> => {
  app.clock.set(asOf);
  const { data, errors } = await app.gql(`query($asOf: DateTime) { overdueOrders(asOf: $asOf, first: 100) { edges { node { id } } } }`, { asOf }, schedulerKey);
  expect(errors).toBeUndefined();
  return data.overdueOrders.edges.map((e: any) => e.node.id);
};

describe('the timing edge (SETUP_EMAIL_LOCAL_HOUR=23)', () => {
  it('an order is overdue a full day after its setup email was due, not one hour after it', async () => {
    // 23:00 in Rome on 10 November is 22:00 UTC; a full day later is 2026-11-11T22:00Z.
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-10', timeZone: 'Europe/Rome' });
    app.clock.set('2026-11-10T22:00:00Z');
    expect(await runDueSetupLinks(jobDependencies(app))).toEqual({ handled: 1, failed: [] });

    // The start of the day after (the contract's instant with the default hour 0, docs/integrators.md) is one hour after the email: not overdue yet.
    expect(await overdueIds('2026-11-10T23:00:00.000Z')).not.toContain(order.id);
    expect(await overdueIds('2026-11-11T21:59:59.999Z')).not.toContain(order.id);
    expect(await overdueIds('2026-11-11T22:00:00.000Z')).toContain(order.id);

    app.clock.set('2026-11-11T21:59:59.999Z');
    await runOverdueEscalations(jobDependencies(app));
    expect(await app.em().find(Escalation, { order: order.id, kind: EscalationKind.OVERDUE_PROVISIONING })).toHaveLength(0);
    const ORDER = `query($id: ID!) { order(id: $id) { overdue } }`;
    expect((await app.gql(ORDER, { id: order.id }, intakeKey)).data.order.overdue).toBe(false);

    app.clock.set('2026-11-11T22:00:00.000Z');
    await runOverdueEscalations(jobDependencies(app));
    expect(await app.em().find(Escalation, { order: order.id, kind: EscalationKind.OVERDUE_PROVISIONING })).toHaveLength(1);
    expect((await app.gql(ORDER, { id: order.id }, intakeKey)).data.order.overdue).toBe(true);
  });

  it('the full day is a calendar day in the order time zone, across a daylight-saving change', async () => {
    app.clock.set('2026-03-01T09:00:00Z');
    // Rome moves to summer time on 29 March 2026: email due 28 March 23:00 (22:00Z), overdue 29 March 23:00 (21:00Z).
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-03-28', timeZone: 'Europe/Rome' });
    const stored = await app.em().findOneOrFail(Order, order.id);
    expect(stored.setupDueAt.toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(stored.overdueAt.toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect(await overdueIds('2026-03-29T20:59:59.999Z')).not.toContain(order.id);
    expect(await overdueIds('2026-03-29T21:00:00.000Z')).toContain(order.id);
  });
});
