import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { runSubscriptionChanges } from '../server/jobs/subscription-changes.job.js';
import { Subscription } from '../server/subscriptions/subscription.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { User } from '../server/organizations/user.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createRep, loginToken, unique } from './support/factories.js';
import { jobDependencies } from './support/scheduling.js';
import { CALLING, MEETINGS, Wizard } from './support/wizard.js';
import { changedTables, databaseFingerprint } from './support/world.js';

let app: TestApp;
let intakeKey: string;
let otherKey: string;
let repToken: string;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-11-25T09:00:00Z' });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  otherKey = await createApiKey(app.em(), ['orders:write']);
  repToken = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
});
afterAll(() => app.stop());

const SELECTION = `replayed errors { code field params }
  order { id status services { kind quantity } }
  subscription { id status services { kind quantity } billingStartedAt suspendedAt suspensionReason cancelledAt cancellationReason
    scheduledChanges { id kind status effectiveAt services { kind quantity } } }
  scheduledChange { id kind status effectiveAt services { kind quantity } }`;

type Mutation = 'suspendSubscription' | 'resumeSubscription' | 'cancelSubscription' | 'changeSubscriptionQuantities';
const INPUT: Record<Mutation, string> = {
  suspendSubscription: 'SuspendSubscriptionInput',
  resumeSubscription: 'ResumeSubscriptionInput',
  cancelSubscription: 'CancelSubscriptionInput',
  changeSubscriptionQuantities: 'ChangeSubscriptionQuantitiesInput',
};

async function call(name: Mutation, input: Record<string, unknown>, token = intakeKey) {
  const { data, errors } = await app.gql(`mutation($input: ${INPUT[name]}!) { ${name}(input: $input) { ${SELECTION} } }`, { input }, token);
  if (errors) throw new Error(JSON.stringify(errors));
  return data[name];
}
const codes = (payload: { errors: { code: string }[] }) => payload.errors.map((e) => e.code);

/** An order placed by the intake key and walked through the wizard to provisioning (subscription ACTIVE). */
async function provisioned(overrides: Record<string, unknown> = {}): Promise<{ orderId: string; ccwOrderNumber: string }> {
  const wizard = new Wizard(app);
  const { orderId, token, ccwOrderNumber } = await wizard.orderWithLink(overrides, undefined, intakeKey);
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
  return { orderId, ccwOrderNumber };
}

/** The SUBSCRIPTION_CHANGED events of the order, read as the intake key reads the feed (other files' transactions may hold it back briefly). */
async function subscriptionEvents(orderId: string, wanted: number): Promise<{ changes: Record<string, any> }[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const events: { type: string; orderId: string; changes: Record<string, any> }[] = [];
    let after: string | null = null;
    for (;;) {
      const feed: { data?: any } = await app.gql(
        'query($after: String) { orderEvents(first: 100, after: $after) { edges { node { type orderId changes } } pageInfo { hasNextPage endCursor } } }',
        { after },
        intakeKey,
      );
      events.push(...feed.data.orderEvents.edges.map((e: any) => e.node).filter((e: any) => e.orderId === orderId && e.type === 'SUBSCRIPTION_CHANGED'));
      if (!feed.data.orderEvents.pageInfo.hasNextPage) break;
      after = feed.data.orderEvents.pageInfo.endCursor;
    }
    if (events.length >= wanted || Date.now() > deadline) return events;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const auditActions = async (orderId: string) =>
  (await app.em().find(AuditEvent, { orderId, action: { $like: 'subscription.%' } }, { orderBy: { id: 'asc' } })).map((e) => e.action);

describe('the subscription after provisioning (#26)', () => {
  it('the intake key suspends, resumes, changes quantities and cancels; each retry with the same client request id is applied once; each is audited and an event', async () => {
    const { orderId } = await provisioned();
    const order = await app.em().findOneOrFail(Order, orderId);
    const [partnerAdmin] = (await app.em().find(User, { organization: order.partnerOrganization!.id })).map((u) => u.email);
    const suspendInput = { orderId, clientRequestId: unique('r-'), reason: 'Unpaid invoice' };
    const suspended = await call('suspendSubscription', suspendInput);
    expect(suspended).toMatchObject({ errors: [], replayed: false, subscription: { status: 'SUSPENDED', suspensionReason: 'Unpaid invoice' } });
    expect(suspended.subscription.suspendedAt).toBe(app.clock.now().toISOString());
    expect(await call('suspendSubscription', suspendInput)).toMatchObject({ errors: [], replayed: true, subscription: { status: 'SUSPENDED' } });

    const resumeInput = { orderId, clientRequestId: unique('r-') };
    expect(await call('resumeSubscription', resumeInput)).toMatchObject({ errors: [], replayed: false, subscription: { status: 'ACTIVE', suspendedAt: null } });
    expect(await call('resumeSubscription', resumeInput)).toMatchObject({ errors: [], replayed: true, subscription: { status: 'ACTIVE' } });

    const quantitiesInput = {
      orderId,
      clientRequestId: unique('r-'),
      services: [
        { kind: 'CALLING', quantity: 40 },
        { kind: 'MEETINGS', quantity: 12 },
      ],
    };
    const changed = await call('changeSubscriptionQuantities', quantitiesInput);
    expect(changed).toMatchObject({ errors: [], replayed: false, scheduledChange: null });
    expect(changed.subscription.services).toEqual([
      { kind: 'CALLING', quantity: 40 },
      { kind: 'MEETINGS', quantity: 12 },
    ]);
    expect(changed.order.services).toEqual(changed.subscription.services);
    expect(await call('changeSubscriptionQuantities', quantitiesInput)).toMatchObject({ replayed: true, errors: [] });

    const cancelInput = { orderId, clientRequestId: unique('r-'), reason: 'Customer left' };
    const cancelled = await call('cancelSubscription', cancelInput);
    expect(cancelled).toMatchObject({
      errors: [],
      replayed: false,
      subscription: { status: 'CANCELLED', cancellationReason: 'Customer left' },
      order: { status: 'PROVISIONED' },
    });
    expect(await call('cancelSubscription', cancelInput)).toMatchObject({ errors: [], replayed: true, subscription: { status: 'CANCELLED' } });

    // The partner was told of the suspension and of the cancellation, once each, in the order's language.
    const emails = await app.em().find(OutboxMessage, { orderId, template: { $like: 'SUBSCRIPTION_%' } }, { orderBy: { template: 'asc' } });
    expect(emails.map((m) => [m.template, m.recipient])).toEqual([
      ['SUBSCRIPTION_CANCELLED', partnerAdmin],
      ['SUBSCRIPTION_SUSPENDED', partnerAdmin],
    ]);
    expect([emails[0].locale, emails[0].subject]).toEqual([
      order.locale === 'it' ? 'it' : 'en',
      expect.stringContaining(order.locale === 'it' ? 'annullato' : 'cancelled'),
    ]);
    expect(emails.map((m) => m.text).join()).not.toContain('Unpaid invoice');

    expect(await auditActions(orderId)).toEqual([
      'subscription.calling_settings_saved',
      'subscription.meeting_settings_saved',
      'subscription.provisioned',
      'subscription.suspended',
      'subscription.resumed',
      'subscription.quantities_changed',
      'subscription.cancelled',
    ]);
    const events = await subscriptionEvents(orderId, 4);
    expect(events.map((e) => [e.changes.change, e.changes.before.status ?? null, e.changes.after.status ?? null])).toEqual([
      ['SUSPENDED', 'ACTIVE', 'SUSPENDED'],
      ['RESUMED', 'SUSPENDED', 'ACTIVE'],
      ['QUANTITIES_CHANGED', null, null],
      ['CANCELLED', 'ACTIVE', 'CANCELLED'],
    ]);
    expect(events[2].changes.after.services).toEqual(changed.subscription.services);
    // Free text stays out of the machine keys' changes.
    expect(JSON.stringify(events)).not.toContain('Unpaid invoice');
  });

  it('the same client request id with other content is INVALID_INPUT (REQUEST_ID_REUSED), and changes nothing', async () => {
    const { orderId } = await provisioned();
    const clientRequestId = unique('r-');
    expect(codes(await call('suspendSubscription', { orderId, clientRequestId, reason: 'First' }))).toEqual([]);
    const before = await databaseFingerprint(app);
    const reused = await call('suspendSubscription', { orderId, clientRequestId, reason: 'Second' });
    expect(reused).toMatchObject({
      subscription: null,
      errors: [{ code: 'INVALID_INPUT', field: ['input', 'clientRequestId'], params: { reason: 'REQUEST_ID_REUSED' } }],
    });
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
  });

  it('an invalid transition is a typed error that changes nothing: resume an active subscription, suspend a suspended one, anything on a cancelled one', async () => {
    const { orderId } = await provisioned();
    const before = await databaseFingerprint(app);
    const resumed = await call('resumeSubscription', { orderId, clientRequestId: unique('r-') });
    expect(resumed.errors).toEqual([
      { code: 'INVALID_TRANSITION', field: ['input', 'orderId'], params: { reason: 'SUBSCRIPTION', from: 'ACTIVE', to: 'ACTIVE' } },
    ]);
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
    // The rejected request's id was not used up: it may be sent again with other content.
    expect(codes(await call('suspendSubscription', { orderId, clientRequestId: unique('r-'), reason: 'x' }))).toEqual([]);
    expect(codes(await call('suspendSubscription', { orderId, clientRequestId: unique('r-'), reason: 'again' }))).toEqual(['INVALID_TRANSITION']);
    expect(codes(await call('cancelSubscription', { orderId, clientRequestId: unique('r-'), reason: 'Gone' }))).toEqual([]);
    for (const [name, input] of [
      ['resumeSubscription', {}],
      ['suspendSubscription', { reason: 'x' }],
      ['cancelSubscription', { reason: 'x' }],
      [
        'changeSubscriptionQuantities',
        {
          services: [
            { kind: 'CALLING', quantity: 1 },
            { kind: 'MEETINGS', quantity: 1 },
          ],
        },
      ],
    ] as const) {
      expect([name, codes(await call(name, { orderId, clientRequestId: unique('r-'), ...input }))]).toEqual([name, ['INVALID_TRANSITION']]);
    }
  });

  it('before setup there is no subscription to change: cancel stays the order’s cancellation (amendOrderCancel)', async () => {
    const { orderId } = await new Wizard(app).orderWithLink({}, undefined, intakeKey);
    const refused = await call('cancelSubscription', { orderId, clientRequestId: unique('r-'), reason: 'x' });
    expect(refused.errors).toEqual([{ code: 'INVALID_TRANSITION', field: ['input', 'orderId'], params: { reason: 'NOT_PROVISIONED', from: 'NONE' } }]);
  });

  it('a cancellation with a later effective date is scheduled, applied by the sweep at the start of that day in the order’s time zone, as SYSTEM', async () => {
    const { orderId } = await provisioned({ timeZone: 'Europe/Rome' });
    const input = { orderId, clientRequestId: unique('r-'), reason: 'End of contract', effectiveDate: '2026-12-31' };
    const scheduled = await call('cancelSubscription', input);
    expect(scheduled).toMatchObject({
      errors: [],
      subscription: { status: 'ACTIVE' },
      scheduledChange: { kind: 'CANCEL', status: 'SCHEDULED', effectiveAt: '2026-12-30T23:00:00.000Z', services: null },
    });
    expect(scheduled.subscription.scheduledChanges).toEqual([scheduled.scheduledChange]);
    // A retry answers the same scheduled change, and schedules nothing more.
    const replay = await call('cancelSubscription', input);
    expect(replay).toMatchObject({ replayed: true, scheduledChange: { id: scheduled.scheduledChange.id } });
    expect(replay.subscription.scheduledChanges).toHaveLength(1);

    app.clock.set('2026-12-30T22:59:00Z');
    expect((await runSubscriptionChanges(jobDependencies(app))).handled).toBe(0);
    app.clock.set('2026-12-30T23:00:00Z');
    expect((await runSubscriptionChanges(jobDependencies(app))).handled).toBe(1);
    expect((await runSubscriptionChanges(jobDependencies(app))).handled).toBe(0);
    const subscription = await app.em().findOneOrFail(Subscription, { order: orderId });
    expect(subscription).toMatchObject({ status: 'CANCELLED', cancellationReason: 'End of contract', cancelledAt: new Date('2026-12-30T23:00:00Z') });
    const applied = await app.em().findOneOrFail(AuditEvent, { orderId, action: 'subscription.cancelled' });
    expect(applied.actorKind).toBe('SYSTEM');
    const events = await subscriptionEvents(orderId, 2);
    expect(events.map((e) => [e.changes.change, e.changes.effectiveAt, e.changes.scheduledChangeId])).toEqual([
      ['CANCELLATION_SCHEDULED', '2026-12-30T23:00:00.000Z', scheduled.scheduledChange.id],
      ['CANCELLED', '2026-12-30T23:00:00.000Z', scheduled.scheduledChange.id],
    ]);
    app.clock.set('2026-11-25T09:00:00Z');
  });

  it('quantities with a later effective date wait for it; a later request supersedes the waiting one; a cancellation voids what waits', async () => {
    const { orderId } = await provisioned();
    const services = (calling: number) => [
      { kind: 'CALLING', quantity: calling },
      { kind: 'MEETINGS', quantity: 5 },
    ];
    const first = await call('changeSubscriptionQuantities', { orderId, clientRequestId: unique('r-'), services: services(50), effectiveDate: '2026-12-15' });
    expect(first).toMatchObject({ errors: [], scheduledChange: { kind: 'QUANTITIES', status: 'SCHEDULED' } });
    expect(first.subscription.services).not.toEqual(services(50));
    const second = await call('changeSubscriptionQuantities', { orderId, clientRequestId: unique('r-'), services: services(60), effectiveDate: '2026-12-20' });
    expect(second.subscription.scheduledChanges.map((c: any) => c.id)).toEqual([second.scheduledChange.id]);

    app.clock.set('2026-12-21T12:00:00Z');
    await runSubscriptionChanges(jobDependencies(app));
    expect((await app.em().findOneOrFail(Subscription, { order: orderId })).services).toEqual(services(60));

    // A past date is refused; a cancellation at once voids a waiting change.
    expect(
      (await call('changeSubscriptionQuantities', { orderId, clientRequestId: unique('r-'), services: services(70), effectiveDate: '2026-12-01' })).errors,
    ).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'effectiveDate'], params: { reason: 'EFFECTIVE_DATE_PAST' } }]);
    await call('changeSubscriptionQuantities', { orderId, clientRequestId: unique('r-'), services: services(70), effectiveDate: '2027-01-10' });
    const cancelled = await call('cancelSubscription', { orderId, clientRequestId: unique('r-'), reason: 'Done' });
    expect(cancelled.subscription).toMatchObject({ status: 'CANCELLED', scheduledChanges: [] });
    app.clock.set('2027-01-11T12:00:00Z');
    expect((await runSubscriptionChanges(jobDependencies(app))).handled).toBe(0);
    expect((await app.em().findOneOrFail(Subscription, { order: orderId })).services).toEqual(services(60));
    app.clock.set('2026-11-25T09:00:00Z');
  });

  it('reps suspend and resume any order’s subscription (no client request id needed); the key of another partner gets NOT_FOUND', async () => {
    const { orderId } = await provisioned();
    expect(codes(await call('suspendSubscription', { orderId, reason: 'x' }, otherKey))).toEqual(['NOT_FOUND']);
    expect(codes(await call('suspendSubscription', { orderId, reason: 'x' }))).toEqual(['INVALID_INPUT']);
    expect(await call('suspendSubscription', { orderId, reason: 'Fraud check' }, repToken)).toMatchObject({
      errors: [],
      subscription: { status: 'SUSPENDED' },
    });
    expect(await call('resumeSubscription', { orderId }, repToken)).toMatchObject({ errors: [], subscription: { status: 'ACTIVE' } });
    const actors = (await app.em().find(AuditEvent, { orderId, action: { $in: ['subscription.suspended', 'subscription.resumed'] } })).map((e) => e.actorKind);
    expect(actors).toEqual(['REP', 'REP']);
  });

  it('the intake key reads back the subscription of an order it placed: status, services, billing start, suspension', async () => {
    const { orderId } = await provisioned();
    await call('suspendSubscription', { orderId, clientRequestId: unique('r-'), reason: 'Paused by CCW' });
    const read = await app.gql(
      `query($id: ID!) { order(id: $id) { id subscription { id status services { kind quantity } billingStartedAt suspendedAt suspensionReason } } }`,
      { id: orderId },
      intakeKey,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.order.subscription).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'Paused by CCW' });
    expect(read.data.order.subscription.billingStartedAt).toEqual(expect.any(String));
  });

  it('the intake key reads the organizations’ ids (nothing else of them) and finds its order by CCW number; another key’s order reads null', async () => {
    const { orderId, ccwOrderNumber } = await provisioned();
    const query = `query($n: String!) { orderByCcwNumber(ccwOrderNumber: $n) { id partnerOrganization { id } customerOrganization { id } subscription { id status } } }`;
    const read = await app.gql(query, { n: ccwOrderNumber }, intakeKey);
    expect(read.errors).toBeUndefined();
    const stored = await app.em().findOneOrFail(Subscription, { order: orderId }, { populate: ['order'] });
    expect(read.data.orderByCcwNumber).toEqual({
      id: orderId,
      partnerOrganization: { id: stored.order.getEntity().partnerOrganization!.id },
      customerOrganization: { id: stored.customerOrganization.id },
      subscription: { id: stored.id, status: 'ACTIVE' },
    });
    expect((await app.gql(query, { n: ccwOrderNumber }, otherKey)).data.orderByCcwNumber).toBeNull();
    expect((await app.gql(query, { n: `${ccwOrderNumber}\u0000` }, intakeKey)).data.orderByCcwNumber).toBeNull();
    const names = await app.gql(`query($id: ID!) { order(id: $id) { partnerOrganization { name } } }`, { id: orderId }, intakeKey);
    expect(names.errors?.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
  });
});
