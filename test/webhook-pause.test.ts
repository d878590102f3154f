import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { RepRole } from '../server/auth/rep.entity.js';
import { runWebhookDelivery } from '../server/jobs/webhook-delivery.job.js';
import { OrderEvent, OrderEventType } from '../server/orders/order-event.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createOrder } from './support/console.js';
import { createApiKey, createRep, loginToken } from './support/factories.js';
import { jobDependencies } from './support/scheduling.js';

/**
 * A webhook subscription whose deliveries keep failing pauses (#26): after WEBHOOK_PAUSE_AFTER_FAILURES
 * (3, the default) FAILED deliveries in a row, its deliveries are held, its owner and the reps are told
 * once, and resuming sends what was held, in order. A real HTTP receiver answers 500 or 200.
 */
const REPS = 'reps@provisioning.example';
let app: TestApp;
let admin: string;
let adminEmail: string;
let rep: string;
let intakeKey: string;
let otherKey: string;
let server: Server;
let status = 500;
const received: { changes: Record<string, unknown> }[] = [];

beforeAll(async () => {
  app = await startTestApp({ env: { WEBHOOK_TIMEOUT: '500 ms', WEBHOOK_PRIVATE_TARGETS: 'allow', REPS_EMAIL: REPS } });
  const adminRep = await createRep(app.em(), { role: RepRole.ADMIN });
  adminEmail = adminRep.email;
  admin = await loginToken(app.em(), { rep: adminRep }, app.clock.now());
  rep = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  otherKey = await createApiKey(app.em(), ['orders:write']);
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ changes: JSON.parse(body).changes });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await app.stop();
});
beforeEach(() => {
  status = 500;
  received.splice(0);
});
afterEach(() => app.em().getConnection().execute('delete from webhook_subscription'));

const url = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
// One attempt per delivery: each failed attempt is a FAILED delivery.
const deliver = () => runWebhookDelivery(jobDependencies(app, { config: { webhooks: { ...app.config.webhooks, maxAttempts: 1 } } }));
const RESUME = `mutation($input: ResumeWebhookSubscriptionInput!) {
  resumeWebhookSubscription(input: $input) { subscription { id pausedAt pauseReason consecutiveFailures } errors { code field } }
}`;
const SUBSCRIPTION = `query($id: ID!) { webhookSubscription(id: $id) { id pausedAt pauseReason consecutiveFailures enabled } }`;
const DELIVERIES = `query($filter: WebhookDeliveryFilter) { webhookDeliveries(filter: $filter, limit: 100) { nodes { id status heldBecause } } }`;

async function subscribe(token: string): Promise<string> {
  const { data } = await app.gql(
    `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } errors { code } } }`,
    { input: { url: url(), eventTypes: [OrderEventType.ORDER_AMENDED] } },
    token,
  );
  expect(data.createWebhookSubscription.errors).toEqual([]);
  return data.createWebhookSubscription.subscription.id;
}

async function emit(orderId: string, amendment: number): Promise<void> {
  await app.em().transactional(async (em) => {
    const order = await em.findOneOrFail(Order, orderId);
    app.services.lifecycle.recordEvent({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, order, OrderEventType.ORDER_AMENDED, { amendment });
  });
}

async function subscription(id: string, token = admin) {
  const { data, errors } = await app.gql(SUBSCRIPTION, { id }, token);
  expect(errors).toBeUndefined();
  return data.webhookSubscription;
}

const pauseEmails = (id: string) =>
  app.em().find(OutboxMessage, { template: 'WEBHOOK_PAUSED', messageKey: { $like: `webhook-paused:${id}:%` } }, { orderBy: { recipient: 'asc' } });

describe('pausing a webhook subscription whose deliveries keep failing (#26)', () => {
  it('pauses after 3 FAILED deliveries in a row, tells the owner and the reps once, holds what follows, and resuming sends it in order', async () => {
    const id = await subscribe(admin);
    const order = await createOrder(app);
    const orderEvents = await app.em().count(OrderEvent, {});
    for (const amendment of [1, 2]) {
      await emit(order.id, amendment);
      expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    }
    expect(await subscription(id)).toMatchObject({ pausedAt: null, consecutiveFailures: 2 });
    await emit(order.id, 3);
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    const paused = await subscription(id);
    expect(paused).toMatchObject({ pausedAt: app.clock.now().toISOString(), pauseReason: 'HTTP 500', consecutiveFailures: 3, enabled: true });

    // One email to the owner (the admin rep who created it) and one to the reps, both naming the subscription, the error and the way back.
    const emails = await pauseEmails(id);
    expect(emails.map((e) => e.recipient).sort()).toEqual([adminEmail, REPS].sort());
    for (const email of emails) {
      expect(email.text).toContain(id);
      expect(email.text).toContain('HTTP 500');
      expect(email.text).toContain('resumeWebhookSubscription');
    }
    const [trail] = await app.em().find(AuditEvent, { action: 'webhook.paused', targetId: id });
    expect(trail).toMatchObject({ actorKind: 'SYSTEM', after: { pauseReason: 'HTTP 500', consecutiveFailures: 3 } });
    // Not an order fact: nothing in the order events feed but the three amendments.
    expect(await app.em().count(OrderEvent, {})).toBe(orderEvents + 3);

    // While paused nothing is claimed; the new deliveries wait and say why.
    status = 200;
    await emit(order.id, 4);
    await emit(order.id, 5);
    app.clock.advance(3600_000);
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(received).toHaveLength(3);
    const { data: log } = await app.gql(DELIVERIES, { filter: { subscriptionId: id, status: ['PENDING'] } }, rep);
    expect(log.webhookDeliveries.nodes.map((d: { heldBecause: string }) => d.heldBecause)).toEqual(['SUBSCRIPTION_PAUSED', 'SUBSCRIPTION_PAUSED']);

    // Another key cannot resume it; the owner can (audited, the sender's work due at once).
    const foreign = await app.gql(RESUME, { input: { id } }, otherKey);
    expect(foreign.data.resumeWebhookSubscription.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
    const resumed = await app.gql(RESUME, { input: { id, clientRequestId: 'resume-1' } }, admin);
    expect(resumed.data.resumeWebhookSubscription).toEqual({
      subscription: { id, pausedAt: null, pauseReason: null, consecutiveFailures: 0 },
      errors: [],
    });
    const [resumedTrail] = await app.em().find(AuditEvent, { action: 'webhook.resumed', targetId: id });
    expect(resumedTrail).toMatchObject({ actorKind: 'ADMIN', after: { heldDeliveries: 2, clientRequestId: 'resume-1' } });
    // A retry changes nothing more.
    const again = await app.gql(RESUME, { input: { id, clientRequestId: 'resume-1' } }, admin);
    expect(again.data.resumeWebhookSubscription.errors).toEqual([]);
    expect(await app.em().count(AuditEvent, { action: 'webhook.resumed', targetId: id })).toBe(1);

    expect(await deliver()).toEqual({ delivered: 2, retrying: 0, failed: 0 });
    expect(received.map((r) => r.changes.amendment)).toEqual([1, 2, 3, 4, 5]);
    const { data: after } = await app.gql(DELIVERIES, { filter: { subscriptionId: id } }, rep);
    expect(after.webhookDeliveries.nodes.map((d: { heldBecause: string | null }) => d.heldBecause)).toEqual([null, null, null, null, null]);
    // Still one pause, so still two emails.
    expect(await pauseEmails(id)).toHaveLength(2);
  });

  it('starts the count again after a success: 2 failures, 1 success, 2 failures do not pause', async () => {
    const id = await subscribe(admin);
    const order = await createOrder(app);
    const outcomes = [500, 500, 200, 500, 500];
    for (const [index, answer] of outcomes.entries()) {
      status = answer;
      await emit(order.id, index + 1);
      await deliver();
    }
    expect(received).toHaveLength(5);
    expect(await subscription(id)).toMatchObject({ pausedAt: null, pauseReason: null, consecutiveFailures: 2 });
    expect(await pauseEmails(id)).toEqual([]);
  });

  it('pauses the intake key’s own subscription and tells the reps (a key has no address on record); the key resumes it', async () => {
    const id = await subscribe(intakeKey);
    const order = await createOrder(app);
    for (const amendment of [1, 2, 3]) {
      await emit(order.id, amendment);
      await deliver();
    }
    expect(await subscription(id, intakeKey)).toMatchObject({ pauseReason: 'HTTP 500', consecutiveFailures: 3 });
    expect((await pauseEmails(id)).map((e) => [e.recipient, e.locale])).toEqual([[REPS, 'en']]);
    status = 200;
    await emit(order.id, 4);
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    const resumed = await app.gql(RESUME, { input: { id } }, intakeKey);
    expect(resumed.data.resumeWebhookSubscription.errors).toEqual([]);
    expect(await deliver()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(received.map((r) => r.changes.amendment)).toEqual([1, 2, 3, 4]);
  });
});
