import { EscalationKind, EscalationStatus, Escalation } from '../server/escalations/escalation.entity.js';
import { runOverdueEscalations } from '../server/jobs/overdue-escalations.job.js';
import { Order } from '../server/orders/order.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { RepRole } from '../server/auth/rep.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, unique } from './support/factories.js';
import { emailedSetupToken, jobDependencies, placeOrder, startSetup } from './support/scheduling.js';
import { runDueSetupLinks } from '../server/jobs/due-setup-links.job.js';

const REPS = 'reps@cisco.example';

let app: TestApp;
let intakeKey: string;
let schedulerKey: string;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-11-01T09:00:00Z', env: { REPS_EMAIL: REPS } });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  schedulerKey = await createApiKey(app.em(), ['orders:overdue:read']);
});
afterAll(() => app.stop());

const OVERDUE = /* GraphQL */ `
  query Overdue($asOf: DateTime, $first: Int, $after: String) {
    overdueOrders(asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ccwOrderNumber
          overdue
        }
      }
    }
  }
`;

/** What the scheduler key reads when it asks at `asOf` (the clock moved there: a machine key may ask at most a day ahead). */
const overdueIds = async (asOf: string, token = schedulerKey): Promise<string[]> => {
  app.clock.set(asOf);
  const { data, errors } = await app.gql(OVERDUE, { asOf, first: 100 }, token);
  expect(errors).toBeUndefined();
  return data.overdueOrders.edges.map((e: any) => e.node.id);
};
/** The list at `asOf` without moving the clock. */
const overdueIdsAt = async (asOf: string, token: string): Promise<string[]> => {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const { data, errors }: any = await app.gql(OVERDUE, { asOf, first: 100, after }, token);
    expect(errors).toBeUndefined();
    ids.push(...data.overdueOrders.edges.map((e: any) => e.node.id));
    after = data.overdueOrders.pageInfo.hasNextPage ? data.overdueOrders.pageInfo.endCursor : null;
  } while (after);
  return ids;
};
const sweep = () => runOverdueEscalations(jobDependencies(app));
const escalationsOf = (orderId: string) => app.em().find(Escalation, { order: orderId, kind: EscalationKind.OVERDUE_PROVISIONING });
const repNoticesOf = (orderId: string) => app.em().find(OutboxMessage, { orderId, template: 'REP_NOTICE' });

describe('overdue orders', () => {
  it('are overdue from the start of the day after the requested start date in the order time zone, and not a millisecond before', async () => {
    app.clock.set('2026-11-01T09:00:00Z');
    // The day after 2026-11-10 begins at 2026-11-10T23:00Z in Rome (UTC+1) and at 2026-11-11T08:00Z in Los Angeles (UTC-8).
    const rome = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-10', timeZone: 'Europe/Rome' });
    const losAngeles = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-10', timeZone: 'America/Los_Angeles' });

    expect(await overdueIds('2026-11-10T22:59:59.999Z')).not.toContain(rome.id);
    expect(await overdueIds('2026-11-10T23:00:00.000Z')).toContain(rome.id);
    expect(await overdueIds('2026-11-10T23:00:00.000Z')).not.toContain(losAngeles.id);
    expect(await overdueIds('2026-11-11T07:59:59.999Z')).not.toContain(losAngeles.id);
    expect(await overdueIds('2026-11-11T08:00:00.000Z')).toEqual(expect.arrayContaining([rome.id, losAngeles.id]));

    // The Order's own `overdue` flag says the same, evaluated at the server's now.
    const ORDER = `query($id: ID!) { order(id: $id) { overdue } }`;
    app.clock.set('2026-11-10T22:59:59.999Z');
    expect((await app.gql(ORDER, { id: rome.id }, intakeKey)).data.order.overdue).toBe(false);
    app.clock.set('2026-11-10T23:00:00.000Z');
    expect((await app.gql(ORDER, { id: rome.id }, intakeKey)).data.order.overdue).toBe(true);
  });

  it('get exactly one OVERDUE_PROVISIONING escalation and one notice to the reps, however often and however many sweeps run at once', async () => {
    app.clock.set('2026-11-01T09:00:00Z');
    const orders = await Promise.all(Array.from({ length: 12 }, () => placeOrder(app, intakeKey, { requestedStartDate: '2026-11-12', timeZone: 'UTC' })));

    app.clock.set('2026-11-12T23:59:59.999Z');
    await sweep();
    for (const order of orders) expect(await escalationsOf(order.id)).toHaveLength(0);

    app.clock.set('2026-11-13T00:00:00.000Z');
    const concurrent = await Promise.all([sweep(), sweep(), sweep(), sweep()]);
    app.clock.advance(5 * 60_000);
    const later = await sweep();

    expect(concurrent.flatMap((r) => r.failed)).toEqual([]);
    expect(later.handled).toBe(0);
    for (const order of orders) {
      const escalations = await escalationsOf(order.id);
      expect(escalations).toHaveLength(1);
      expect(escalations[0]).toMatchObject({ status: EscalationStatus.OPEN, createdAt: new Date('2026-11-13T00:00:00.000Z') });
      const notices = await repNoticesOf(order.id);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ recipient: REPS, messageKey: `rep-notice:${escalations[0].id}` });
      const { ccwOrderNumber } = await app.em().findOneOrFail(Order, order.id);
      expect(notices[0].subject).toBe(`[Provisioning Hub] Order ${ccwOrderNumber}: provisioning has not started one day after the requested start date`);
    }
  });

  it('leaves the escalation open for a rep when setup starts after it was opened, and opens none for an order started in time', async () => {
    app.clock.set('2026-11-01T09:00:00Z');
    const startedLate = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-14', timeZone: 'UTC' });
    const startedInTime = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-14', timeZone: 'UTC' });
    app.clock.set('2026-11-14T00:00:00Z');
    await runDueSetupLinks(jobDependencies(app));
    app.clock.set('2026-11-14T12:00:00Z');
    expect((await startSetup(app, await tokenOf(startedInTime.id))).errors).toEqual([]);

    app.clock.set('2026-11-15T00:00:00Z');
    await sweep();
    app.clock.set('2026-11-15T10:00:00Z');
    expect((await startSetup(app, await tokenOf(startedLate.id))).errors).toEqual([]);
    await sweep();

    expect(await escalationsOf(startedInTime.id)).toHaveLength(0);
    const [escalation] = await escalationsOf(startedLate.id);
    expect(escalation.status).toBe(EscalationStatus.OPEN);
    expect(await overdueIds('2026-11-15T10:00:00Z')).not.toEqual(expect.arrayContaining([startedLate.id]));
    expect(await overdueIds('2026-11-15T10:00:00Z')).not.toEqual(expect.arrayContaining([startedInTime.id]));
  });

  it('overdueOrders pages oldest due first, ties by id, with a stable cursor and totalCount', async () => {
    app.clock.set('2026-06-01T00:00:00Z');
    const dates = ['2026-06-05', '2026-06-03', '2026-06-04', '2026-06-03', '2026-06-01', '2026-06-03', '2026-06-02'];
    const placed = [];
    for (const requestedStartDate of dates)
      placed.push({ requestedStartDate, ...(await placeOrder(app, intakeKey, { requestedStartDate, timeZone: 'UTC', ccwOrderNumber: unique('CCW-P-') })) });
    const expected = [...placed].sort((a, b) => a.requestedStartDate.localeCompare(b.requestedStartDate) || a.id.localeCompare(b.id)).map((o) => o.id);
    const asOf = '2026-06-30T00:00:00Z';
    app.clock.set(asOf);

    const seen: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    do {
      const { data }: any = await app.gql(OVERDUE, { asOf, first: 3, after }, schedulerKey);
      expect(data.overdueOrders.totalCount).toBe(7);
      seen.push(...data.overdueOrders.edges.map((e: any) => e.node.id));
      pages.push(data.overdueOrders.pageInfo.hasNextPage);
      after = data.overdueOrders.pageInfo.endCursor;
      if (!data.overdueOrders.pageInfo.hasNextPage) break;
    } while (after);
    expect(seen).toEqual(expected);
    expect(pages).toEqual([true, true, false]);

    // A new overdue order sorting before the cursor does not shift the pages after it.
    const { data: firstPage } = await app.gql(OVERDUE, { asOf, first: 3 }, schedulerKey);
    // (placed back then: a date more than 30 days before the clock is refused, and overdue counts from the email)
    app.clock.set('2026-06-01T00:00:00Z');
    await placeOrder(app, intakeKey, { requestedStartDate: '2026-05-30', timeZone: 'UTC' });
    app.clock.set(asOf);
    const { data: secondPage } = await app.gql(OVERDUE, { asOf, first: 3, after: firstPage.overdueOrders.pageInfo.endCursor }, schedulerKey);
    expect(secondPage.overdueOrders.edges.map((e: any) => e.node.id)).toEqual(expected.slice(3, 6));
    expect(secondPage.overdueOrders.totalCount).toBe(8);
  });

  it('a machine key asks at most a day ahead (BAD_USER_INPUT beyond, nothing listed); reps ask any date (security rule 10)', async () => {
    app.clock.set('2026-07-01T00:00:00Z');
    const far = await placeOrder(app, intakeKey, { requestedStartDate: '2030-01-01', timeZone: 'UTC', ccwOrderNumber: unique('CCW-FAR-') });
    for (const asOf of ['9999-12-31T00:00:00Z', '2026-07-02T00:00:00.001Z']) {
      const { data, errors } = await app.gql(OVERDUE, { asOf, first: 100 }, schedulerKey);
      expect(data).toBeNull();
      expect(errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['BAD_USER_INPUT', 'asOf may be at most 24 hours after now for an API key (at most 2026-07-02T00:00:00.000Z)'],
      ]);
    }
    const atMargin = await app.gql(OVERDUE, { asOf: '2026-07-02T00:00:00Z', first: 1 }, schedulerKey);
    expect(atMargin.errors).toBeUndefined();
    const rep = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
    expect(await overdueIdsAt('9999-12-31T00:00:00Z', rep)).toContain(far.id);
  });

  describe('overdueOrders authorization', () => {
    it('answers the scheduler key, reps and admins', async () => {
      const rep = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
      const admin = await loginToken(app.em(), { rep: await createRep(app.em(), { role: RepRole.ADMIN }) }, app.clock.now());
      for (const token of [schedulerKey, rep, admin]) {
        const { data, errors } = await app.gql(OVERDUE, { asOf: '2026-06-30T00:00:00Z', first: 1 }, token);
        expect(errors).toBeUndefined();
        expect(data.overdueOrders.totalCount).toBeGreaterThan(0);
      }
    });

    it('refuses the intake key and partner and customer logins as FORBIDDEN, and anonymous callers as UNAUTHENTICATED', async () => {
      const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: 'PA-1001' });
      const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner });
      const partnerLogin = await loginToken(app.em(), { user: await createUser(app.em(), partner) }, app.clock.now());
      const customerLogin = await loginToken(app.em(), { user: await createUser(app.em(), customer) }, app.clock.now());
      for (const [token, code] of [
        [intakeKey, 'FORBIDDEN'],
        [partnerLogin, 'FORBIDDEN'],
        [customerLogin, 'FORBIDDEN'],
        [undefined, 'UNAUTHENTICATED'],
      ] as const) {
        const { data, errors } = await app.gql(OVERDUE, { first: 1 }, token);
        expect(errors?.map((e) => e.extensions?.code)).toEqual([code]);
        expect(data).toBeNull();
      }
    });
  });
});

async function tokenOf(orderId: string): Promise<string> {
  return emailedSetupToken(app, (await app.em().findOneOrFail(Order, orderId)).provisioningContactEmail);
}
