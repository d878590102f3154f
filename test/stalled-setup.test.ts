import { loadConfig } from '../server/common/config.js';
import { Escalation, EscalationKind, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { runDueSetupLinks } from '../server/jobs/due-setup-links.job.js';
import { runStalledSetups } from '../server/jobs/stalled-setups.job.js';
import { Order } from '../server/orders/order.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createRep, loginToken } from './support/factories.js';
import { emailedSetupToken, jobDependencies, placeOrder, startSetup } from './support/scheduling.js';

const REPS = 'reps@cisco.example';

let app: TestApp;
let intakeKey: string;
let schedulerKey: string;

beforeAll(async () => {
  // The reps read Italian: the notice follows REPS_LOCALE. STALLED_SETUP_AFTER keeps its default, 3 days.
  app = await startTestApp({ now: '2026-11-01T09:00:00Z', env: { REPS_EMAIL: REPS, REPS_LOCALE: 'it' } });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  schedulerKey = await createApiKey(app.em(), ['orders:overdue:read']);
});
afterAll(() => app.stop());

const sweep = () => runStalledSetups(jobDependencies(app));
const stalledOf = (orderId: string) => app.em().find(Escalation, { order: orderId, kind: EscalationKind.STALLED_SETUP });
const escalationsOf = (orderId: string) => app.em().find(Escalation, { order: orderId });
const repNoticesOf = (orderId: string) => app.em().find(OutboxMessage, { orderId, template: 'REP_NOTICE' });
const tokenOf = async (orderId: string) => emailedSetupToken(app, (await app.em().findOneOrFail(Order, orderId)).provisioningContactEmail);

const QUEUE = /* GraphQL */ `
  query Queue($filter: EscalationQueueFilter) {
    escalationQueue(filter: $filter, limit: 100, offset: 0) {
      totalCount
      nodes {
        id
        kind
        status
        order {
          id
        }
      }
    }
    escalationQueueCounts(filter: $filter) {
      byKind {
        kind
        count
      }
    }
  }
`;
const OVERDUE = /* GraphQL */ `
  query Overdue($asOf: DateTime) {
    overdueOrders(asOf: $asOf, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

describe('stalled setups', () => {
  it('a setup started and then left alone for 3 days since its last activity (not since the requested start date) gets exactly one STALLED_SETUP escalation and one rep notice in REPS_LOCALE, not a millisecond before', async () => {
    app.clock.set('2026-11-01T09:00:00Z');
    // The setup is started at 2026-11-10T08:00Z, its last activity: 3 days later is 2026-11-13T08:00Z.
    const started = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-10', timeZone: 'Europe/Rome' });
    const untouched = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-10', timeZone: 'Europe/Rome' });
    app.clock.set('2026-11-09T23:00:00Z');
    await runDueSetupLinks(jobDependencies(app));
    app.clock.set('2026-11-10T08:00:00Z');
    expect((await startSetup(app, await tokenOf(started.id))).errors).toEqual([]);

    app.clock.set('2026-11-13T07:59:59.999Z');
    await sweep();
    expect(await stalledOf(started.id)).toHaveLength(0);

    app.clock.set('2026-11-13T08:00:00.000Z');
    const concurrent = await Promise.all([sweep(), sweep(), sweep()]);
    app.clock.advance(5 * 60_000);
    const later = await sweep();
    expect(concurrent.flatMap((r) => r.failed)).toEqual([]);
    expect(concurrent.reduce((n, r) => n + r.handled, 0)).toBe(1);
    expect(later.handled).toBe(0);

    const [escalation, ...more] = await stalledOf(started.id);
    expect(more).toEqual([]);
    expect(escalation.status).toBe(EscalationStatus.OPEN);
    // An order nobody started is overdue, never stalled.
    expect(await stalledOf(untouched.id)).toHaveLength(0);

    const notices = await repNoticesOf(started.id);
    expect(notices).toHaveLength(1);
    expect(notices[0].recipient).toBe(REPS);
    expect(notices[0].locale).toBe('it');
    expect(notices[0].subject).toContain('la configurazione è stata avviata ma da giorni nessuno la porta avanti');
    expect(notices[0].text).toContain(`/admin/#/escalations/${escalation.id}/show`);

    // The console's queue shows it under its kind.
    const rep = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
    const { data, errors } = await app.gql(QUEUE, { filter: { kind: ['STALLED_SETUP'] } }, rep);
    expect(errors).toBeUndefined();
    expect(data.escalationQueue.nodes).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: escalation.id, kind: 'STALLED_SETUP', status: 'OPEN', order: { id: started.id } })]),
    );
    expect(data.escalationQueueCounts.byKind).toEqual(expect.arrayContaining([{ kind: 'STALLED_SETUP', count: data.escalationQueue.totalCount }]));

    // overdueOrders is unchanged: the started order is not in it, the untouched one is.
    const overdue = await app.gql(OVERDUE, { asOf: '2026-11-12T23:00:00Z' }, schedulerKey);
    const ids = overdue.data.overdueOrders.edges.map((e: any) => e.node.id);
    expect(ids).toContain(untouched.id);
    expect(ids).not.toContain(started.id);
  });

  it('a rep resolving the stalled escalation does not reopen it, and the order is not put on hold', async () => {
    app.clock.set('2026-11-01T09:00:00Z');
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-20', timeZone: 'UTC' });
    app.clock.set('2026-11-20T00:00:00Z');
    await runDueSetupLinks(jobDependencies(app));
    expect((await startSetup(app, await tokenOf(order.id))).errors).toEqual([]);
    app.clock.set('2026-11-23T00:00:00Z');
    await sweep();
    const [escalation] = await stalledOf(order.id);

    const rep = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
    const { data, errors } = await app.gql(
      `mutation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { errors { code } escalation { status } } }`,
      { input: { escalationId: escalation.id, resolution: 'Called the partner: they finish tomorrow.' } },
      rep,
    );
    expect(errors).toBeUndefined();
    expect(data.resolveEscalation).toEqual({ errors: [], escalation: { status: 'RESOLVED' } });
    expect((await app.em().findOneOrFail(Order, order.id)).status).toBe('SETUP_IN_PROGRESS');

    app.clock.advance(24 * 3_600_000);
    expect((await sweep()).handled).toBe(0);
    expect(await escalationsOf(order.id)).toHaveLength(1);
  });

  it('STALLED_SETUP_AFTER is parsed like the other intervals: default 3 days, a bad value refused at start', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).stalledSetupAfterMs).toBe(3 * 86_400_000);
    expect(loadConfig({ NODE_ENV: 'test', STALLED_SETUP_AFTER: '36 hours' }).stalledSetupAfterMs).toBe(36 * 3_600_000);
    expect(() => loadConfig({ NODE_ENV: 'test', STALLED_SETUP_AFTER: 'soon' })).toThrow(/STALLED_SETUP_AFTER/);
  });
});
