import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { lookup } from 'node:dns/promises';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { RepRole } from '../server/auth/rep.entity.js';
import { runWebhookDelivery } from '../server/jobs/webhook-delivery.job.js';
import { OrderEventType } from '../server/orders/order-event.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { WebhookDelivery, WebhookDeliveryStatus } from '../server/webhooks/webhook-delivery.entity.js';
import { WebhookSubscription } from '../server/webhooks/webhook-subscription.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createOrder, overdueOrder } from './support/console.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken } from './support/factories.js';
import { agendaTimersSettled, capturingLogger, jobDependencies, startTestWorker } from './support/scheduling.js';
import { changedTables, databaseFingerprint } from './support/world.js';

/**
 * Signed webhooks against a real HTTP receiver (node:http) that checks every signature with the
 * scheme docs/integrators.md documents, written here apart from the server's code: HMAC-SHA256 over
 * `${X-PH-Timestamp}.${body}`, keyed by the secret, one `v1=` value per signing secret.
 */

const TIMEOUT_MS = 500;
let app: TestApp;
let admin: string;
let rep: string;
let intakeKey: string;

beforeAll(async () => {
  // The receivers listen on 127.0.0.1: this app allows private targets (the default refuses them; see the last describe).
  app = await startTestApp({ env: { WEBHOOK_TIMEOUT: `${TIMEOUT_MS} ms`, WEBHOOK_PRIVATE_TARGETS: 'allow' } });
  admin = await loginToken(app.em(), { rep: await createRep(app.em(), { role: RepRole.ADMIN }) }, app.clock.now());
  rep = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
  intakeKey = await createApiKey(app.em(), ['orders:write']);
});
afterAll(() => app.stop());
// Each test has its own subscriptions: the earlier tests' must not receive its events.
afterEach(() => app.em().getConnection().execute('delete from webhook_subscription'));

// ── The receiver ─────────────────────────────────────────────────────────────────────────────

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  event: { id: string; type: string; time: string; orderId: string; ccwOrderNumber: string; changes: Record<string, unknown> };
}

/** What the receiver answers to a request: a status, after a delay. */
type Behaviour = (request: Received, index: number) => { status: number; delayMs?: number };

/** The documented verification: any `v1=` value equal to the HMAC of `${timestamp}.${body}` under `secret`. */
function verify(secret: string, headers: IncomingHttpHeaders, body: string): boolean {
  const timestamp = String(headers['x-ph-timestamp']);
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  return String(headers['x-ph-signature'])
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .some((part) => {
      const given = Buffer.from(part.slice(3), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

class Receiver {
  readonly requests: Received[] = [];
  private server?: Server;
  port = 0;

  constructor(
    private secrets: () => string[],
    public behaviour: Behaviour = () => ({ status: 200 }),
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/provisioning`;
  }

  async start(port = 0): Promise<this> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const received: Received = { headers: req.headers, body, event: JSON.parse(body) };
        // Every request must carry a valid signature, whatever the test is about.
        if (!this.secrets().some((secret) => verify(secret, req.headers, body))) {
          res.writeHead(400).end('bad signature');
          throw new Error(`request ${received.event.id} is not signed by any known secret: ${String(req.headers['x-ph-signature'])}`);
        }
        this.requests.push(received);
        const { status, delayMs } = this.behaviour(received, this.requests.length - 1);
        setTimeout(() => {
          if (!res.destroyed) res.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
        }, delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.stop()));
});

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────

const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { secret subscription { id url eventTypes enabled ownedByApiKey createdBy } errors { code field params message } }
}`;
const ROTATE = `mutation($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) { secret subscription { id previousSecretExpiresAt } errors { code field params } }
}`;
const DELIVERIES = `query($filter: WebhookDeliveryFilter) {
  webhookDeliveries(filter: $filter, limit: 100) { totalCount nodes { id status attempts lastResponseStatus lastError nextAttemptAt deliveredAt eventId eventType orderId ccwOrderNumber subscriptionId } }
}`;
const RESEND = `mutation($input: ResendWebhookDeliveryInput!) { resendWebhookDelivery(input: $input) { delivery { id status attempts } errors { code field params } } }`;

/** A subscription made by an admin rep in the console's way, with a receiver that knows its secret(s). */
async function subscribe(eventTypes: OrderEventType[] = Object.values(OrderEventType), behaviour?: Behaviour, token = admin) {
  const secrets: string[] = [];
  const receiver = await new Receiver(() => secrets, behaviour).start();
  receivers.push(receiver);
  const { data, errors } = await app.gql(CREATE, { input: { url: receiver.url, eventTypes } }, token);
  expect(errors).toBeUndefined();
  expect(data.createWebhookSubscription.errors).toEqual([]);
  secrets.push(data.createWebhookSubscription.secret);
  return { receiver, secrets, id: data.createWebhookSubscription.subscription.id as string, secret: data.createWebhookSubscription.secret as string };
}

/** Writes an order event through the lifecycle, as every change does (the probe rides in `changes.amendment`, a key its type allows). */
async function emit(orderId: string, changes: Record<string, unknown>, type = OrderEventType.ORDER_AMENDED): Promise<void> {
  await app.em().transactional(async (em) => {
    const order = await em.findOneOrFail(Order, orderId);
    app.services.lifecycle.recordEvent({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, order, type, changes);
  });
}

const deliver = (overrides: Parameters<typeof jobDependencies>[1] = {}) => runWebhookDelivery(jobDependencies(app, overrides));

async function log(filter: Record<string, unknown>, token = rep) {
  const { data, errors } = await app.gql(DELIVERIES, { filter }, token);
  expect(errors).toBeUndefined();
  return data.webhookDeliveries.nodes as {
    id: string;
    status: WebhookDeliveryStatus;
    attempts: number;
    lastResponseStatus: number | null;
    lastError: string | null;
    nextAttemptAt: string;
    deliveredAt: string | null;
    eventId: string;
    eventType: string;
    orderId: string;
    subscriptionId: string;
  }[];
}

// ── Delivery ─────────────────────────────────────────────────────────────────────────────────

describe('webhook delivery', () => {
  it('POSTs each matching event of a real change as signed JSON, with timestamp and event id headers, and logs it DELIVERED', async () => {
    const { receiver, secret, id } = await subscribe([OrderEventType.ORDER_STATUS_CHANGED]);
    const { order } = await overdueOrder(app);
    const cancelled = await app.gql(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { errors { code } } }`,
      { input: { orderId: order.id, reason: 'The customer withdrew' } },
      rep,
    );
    expect(cancelled.data.cancelOrder.errors).toEqual([]);

    expect(await deliver()).toEqual({ delivered: 2, retrying: 0, failed: 0 });
    // Status changes only (the subscription's types): the escalation opened and resolved are not sent.
    expect(receiver.requests.map((r) => [r.event.type, r.event.changes.to])).toEqual([
      ['ORDER_STATUS_CHANGED', 'AWAITING_SETUP'],
      ['ORDER_STATUS_CHANGED', 'CANCELLED'],
    ]);
    const [, cancel] = receiver.requests;
    expect(cancel.event).toEqual({
      id: expect.stringMatching(/^\d+$/),
      type: 'ORDER_STATUS_CHANGED',
      time: app.clock.now().toISOString(),
      // The feed's name for the time, who acted, why, and the order's facts after the change (#26).
      at: app.clock.now().toISOString(),
      orderId: order.id,
      ccwOrderNumber: order.ccwOrderNumber,
      changes: expect.objectContaining({ from: 'AWAITING_SETUP', to: 'CANCELLED' }),
      actorKind: 'REP',
      reason: null,
      snapshot: expect.objectContaining({ id: order.id, status: 'CANCELLED' }),
    });
    expect(cancel.headers).toMatchObject({
      'content-type': 'application/json',
      'x-ph-timestamp': String(Math.floor(app.clock.now().getTime() / 1000)),
      'x-ph-event-id': cancel.event.id,
      'x-ph-event-type': 'ORDER_STATUS_CHANGED',
    });
    expect(String(cancel.headers['x-ph-signature'])).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verify(secret, cancel.headers, cancel.body)).toBe(true);
    expect(verify(secret, { ...cancel.headers, 'x-ph-timestamp': '1' }, cancel.body)).toBe(false);

    const entries = await log({ orderId: order.id });
    expect(entries.map((e) => [e.eventType, e.status, e.attempts, e.lastResponseStatus, e.lastError])).toEqual([
      ['ORDER_STATUS_CHANGED', 'DELIVERED', 1, 200, null],
      ['ORDER_STATUS_CHANGED', 'DELIVERED', 1, 200, null],
    ]);
    expect((await log({ subscriptionId: id })).map((e) => e.id)).toEqual(entries.map((e) => e.id));
    // Nothing is sent twice.
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
  });

  it('sends order facts only: an escalation resolved by a rep carries no resolution text (security rule 3)', async () => {
    const { receiver } = await subscribe([OrderEventType.ESCALATION_RESOLVED]);
    const { order, escalation } = await overdueOrder(app);
    const resolved = await app.gql(
      `mutation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { errors { code } } }`,
      { input: { escalationId: escalation.id, resolution: 'Called Anna Rossi on +39 02 1234 5678, PIN 4711' } },
      admin,
    );
    expect(resolved.data.resolveEscalation.errors).toEqual([]);
    expect(await deliver()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(receiver.requests.map((r) => [r.event.orderId, r.event.type, r.event.changes])).toEqual([
      [order.id, 'ESCALATION_RESOLVED', { escalationId: escalation.id, kind: 'OVERDUE_PROVISIONING' }],
    ]);
    expect(receiver.requests[0].body).not.toContain('4711');
  });

  it('queues deliveries in the event’s own transaction: a rolled-back change queues none, a disabled subscription gets none', async () => {
    const { id } = await subscribe();
    const order = await createOrder(app);
    await expect(
      app.em().transactional(async (em) => {
        const managed = await em.findOneOrFail(Order, order.id);
        app.services.lifecycle.recordEvent({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, managed, OrderEventType.ORDER_AMENDED, { amendment: 1 });
        await em.flush();
        expect(await em.count(WebhookDelivery, { orderId: order.id })).toBe(1);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await app.em().count(WebhookDelivery, { orderId: order.id })).toBe(0);

    const disabled = await app.gql(
      `mutation($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { subscription { enabled } errors { code } } }`,
      { input: { id, enabled: false } },
      admin,
    );
    expect(disabled.data.updateWebhookSubscription).toEqual({ subscription: { enabled: false }, errors: [] });
    await emit(order.id, { amendment: 2 });
    expect(await app.em().count(WebhookDelivery, { orderId: order.id })).toBe(0);
  });

  it('retries with backoff while the receiver is down (connection refused), and delivers once it is up', async () => {
    const secrets: string[] = [];
    const receiver = await new Receiver(() => secrets).start();
    receivers.push(receiver);
    const { data } = await app.gql(CREATE, { input: { url: receiver.url, eventTypes: ['ORDER_AMENDED'] } }, admin);
    secrets.push(data.createWebhookSubscription.secret);
    const port = receiver.port;
    await receiver.stop();

    const order = await createOrder(app);
    await emit(order.id, { amendment: 'down' });
    expect(await deliver()).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    let [entry] = await log({ orderId: order.id });
    expect(entry).toMatchObject({ status: 'PENDING', attempts: 1, lastResponseStatus: null, deliveredAt: null });
    expect(entry.lastError).toMatch(/ECONNREFUSED/);
    expect(entry.nextAttemptAt).toBe(new Date(app.clock.now().getTime() + 30_000).toISOString());
    // Not due yet: nothing happens.
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0 });

    app.clock.advance(30_000);
    expect(await deliver()).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    [entry] = await log({ orderId: order.id });
    expect(entry).toMatchObject({ status: 'PENDING', attempts: 2, nextAttemptAt: new Date(app.clock.now().getTime() + 60_000).toISOString() });

    await receiver.start(port);
    app.clock.advance(60_000);
    expect(await deliver()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(receiver.requests.map((r) => r.event.changes)).toEqual([{ amendment: 'down' }]);
    [entry] = await log({ orderId: order.id });
    expect(entry).toMatchObject({ status: 'DELIVERED', attempts: 3, lastResponseStatus: 200, lastError: null, deliveredAt: app.clock.now().toISOString() });
  });

  it('retries after a 500, and the retry carries the same event id and body, freshly signed', async () => {
    const { receiver, secret } = await subscribe([OrderEventType.ORDER_AMENDED], (_request, index) => ({ status: index === 0 ? 500 : 200 }));
    const order = await createOrder(app);
    await emit(order.id, { amendment: 500 });
    expect(await deliver()).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect((await log({ orderId: order.id }))[0]).toMatchObject({ status: 'PENDING', lastResponseStatus: 500, lastError: 'HTTP 500' });

    app.clock.advance(30_000);
    expect(await deliver()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    const [first, second] = receiver.requests;
    expect(second.headers['x-ph-event-id']).toBe(first.headers['x-ph-event-id']);
    expect(second.body).toBe(first.body);
    expect(Number(second.headers['x-ph-timestamp']) - Number(first.headers['x-ph-timestamp'])).toBe(30);
    expect(second.headers['x-ph-signature']).not.toBe(first.headers['x-ph-signature']);
    expect([first, second].every((r) => verify(secret, r.headers, r.body))).toBe(true);
  });

  it('gives up on a receiver slower than WEBHOOK_TIMEOUT, retries, and delivers when it answers in time', async () => {
    const { receiver } = await subscribe([OrderEventType.ORDER_AMENDED], (_request, index) => ({ status: 200, delayMs: index === 0 ? 3000 : 0 }));
    const order = await createOrder(app);
    await emit(order.id, { amendment: 'slow' });
    const started = performance.now();
    expect(await deliver()).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect(performance.now() - started).toBeLessThan(2500);
    expect((await log({ orderId: order.id }))[0]).toMatchObject({
      status: 'PENDING',
      lastResponseStatus: null,
      lastError: `no answer within ${TIMEOUT_MS} ms`,
    });

    app.clock.advance(30_000);
    expect(await deliver()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    // At least once: the receiver saw the event twice, under one event id to de-duplicate on.
    expect(receiver.requests.map((r) => r.headers['x-ph-event-id'])).toEqual([receiver.requests[0].event.id, receiver.requests[0].event.id]);
  });

  it('does not follow redirects: a 302 is a failed attempt', async () => {
    const target = await subscribe([OrderEventType.ORDER_AMENDED]);
    const redirecting = createServer((_req, res) => res.writeHead(302, { location: target.receiver.url }).end());
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/moved`;
      await app.gql(
        `mutation($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { errors { code } } }`,
        { input: { id: target.id, url } },
        admin,
      );
      const order = await createOrder(app);
      await emit(order.id, { amendment: 'redirect' });
      expect(await deliver()).toEqual({ delivered: 0, retrying: 1, failed: 0 });
      expect((await log({ orderId: order.id }))[0]).toMatchObject({ lastResponseStatus: 302, lastError: 'HTTP 302: redirects are not followed' });
      expect(target.receiver.requests).toEqual([]);
    } finally {
      redirecting.closeAllConnections();
      await new Promise((resolve) => redirecting.close(resolve));
    }
  });

  it('keeps each order’s events in order: a later event waits while an earlier one of the same order is retried; other orders go on', async () => {
    const order = await createOrder(app);
    const other = await createOrder(app);
    const { receiver } = await subscribe([OrderEventType.ORDER_AMENDED], (request) => ({
      status: request.event.changes.amendment === 1 && receiver.requests.filter((r) => r.event.changes.amendment === 1).length === 1 ? 500 : 200,
    }));
    for (const step of [1, 2, 3]) await emit(order.id, { amendment: step });
    await emit(other.id, { amendment: 'other' });

    expect(await deliver()).toEqual({ delivered: 1, retrying: 1, failed: 0 });
    expect(receiver.requests.map((r) => r.event.changes.amendment)).toEqual([1, 'other']);
    const waiting = await log({ orderId: order.id });
    expect(waiting.map((e) => [e.status, e.attempts])).toEqual([
      ['PENDING', 0],
      ['PENDING', 0],
      ['PENDING', 1],
    ]);

    app.clock.advance(30_000);
    expect(await deliver()).toEqual({ delivered: 3, retrying: 0, failed: 0 });
    expect(receiver.requests.filter((r) => r.event.orderId === order.id).map((r) => r.event.changes.amendment)).toEqual([1, 1, 2, 3]);
  });

  it('keeps the order with two senders draining side by side', async () => {
    const order = await createOrder(app);
    const { receiver } = await subscribe([OrderEventType.ORDER_AMENDED], () => ({ status: 200, delayMs: 20 }));
    for (let step = 1; step <= 6; step++) await emit(order.id, { amendment: step });
    const results = await Promise.all([deliver(), deliver()]);
    expect(results.reduce((sum, r) => sum + r.delivered, 0)).toBe(6);
    expect(receiver.requests.map((r) => r.event.changes.amendment)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('marks a delivery FAILED after WEBHOOK_MAX_ATTEMPTS, lets the order’s next one through, and a rep sends it again (audited)', async () => {
    let down = true;
    const { receiver } = await subscribe([OrderEventType.ORDER_AMENDED], () => ({ status: down ? 503 : 200 }));
    const order = await createOrder(app);
    await emit(order.id, { amendment: 1 });
    const twoAttempts = { config: { webhooks: { ...app.config.webhooks, maxAttempts: 2 } } };
    expect(await deliver(twoAttempts)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    app.clock.advance(30_000);
    expect(await deliver(twoAttempts)).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    const [failed] = await log({ orderId: order.id, status: ['FAILED'] });
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 2, lastResponseStatus: 503, lastError: 'HTTP 503' });

    down = false;
    await emit(order.id, { amendment: 2 });
    expect(await deliver(twoAttempts)).toEqual({ delivered: 1, retrying: 0, failed: 0 });

    const resent = await app.gql(RESEND, { input: { deliveryId: failed.id } }, rep);
    expect(resent.data.resendWebhookDelivery).toEqual({ delivery: { id: failed.id, status: 'PENDING', attempts: 0 }, errors: [] });
    const [trail] = await app.em().find(AuditEvent, { action: 'webhook.delivery_resent', targetId: failed.id });
    expect(trail).toMatchObject({ actorKind: 'REP', orderId: order.id, before: { status: 'FAILED', attempts: 2 }, after: { status: 'PENDING' } });
    expect(await deliver(twoAttempts)).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(receiver.requests.map((r) => [r.event.changes.amendment, r.headers['x-ph-event-id'] === failed.eventId])).toEqual([
      [1, true],
      [1, true],
      [2, false],
      [1, true],
    ]);

    // Only a FAILED delivery can be sent again.
    const again = await app.gql(RESEND, { input: { deliveryId: failed.id } }, rep);
    expect(again.data.resendWebhookDelivery).toEqual({
      delivery: null,
      errors: [{ code: 'INVALID_TRANSITION', field: ['input', 'deliveryId'], params: { reason: 'WEBHOOK_DELIVERY', status: 'DELIVERED' } }],
    });
  });

  it('signs with the new and the previous secret during a rotation’s overlap, and with the new one only after it', async () => {
    const { receiver, secrets, id, secret: first } = await subscribe([OrderEventType.ORDER_AMENDED]);
    const order = await createOrder(app);
    await emit(order.id, { amendment: 'before' });
    await deliver();

    const rotated = await app.gql(ROTATE, { input: { id, overlapSeconds: 3600 } }, admin);
    const second = rotated.data.rotateWebhookSecret.secret as string;
    expect(second).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    expect(rotated.data.rotateWebhookSecret.subscription.previousSecretExpiresAt).toBe(new Date(app.clock.now().getTime() + 3600_000).toISOString());
    secrets.push(second);
    await emit(order.id, { amendment: 'overlap' });
    await deliver();

    app.clock.advance(3600_000 + 1000);
    await emit(order.id, { amendment: 'after' });
    await deliver();

    const byStep = (step: string) => receiver.requests.find((r) => r.event.changes.amendment === step)!;
    const signatures = (r: Received) => String(r.headers['x-ph-signature']).split(', ');
    expect(signatures(byStep('before'))).toHaveLength(1);
    expect(verify(first, byStep('before').headers, byStep('before').body)).toBe(true);
    // During the overlap: two values, the new secret's first; a receiver holding either secret accepts it.
    const overlap = byStep('overlap');
    expect(signatures(overlap)).toHaveLength(2);
    expect(verify(second, { ...overlap.headers, 'x-ph-signature': signatures(overlap)[0] }, overlap.body)).toBe(true);
    expect(verify(first, { ...overlap.headers, 'x-ph-signature': signatures(overlap)[1] }, overlap.body)).toBe(true);
    // After: the new secret only; the old one no longer verifies.
    const after = byStep('after');
    expect(signatures(after)).toHaveLength(1);
    expect(verify(second, after.headers, after.body)).toBe(true);
    expect(verify(first, after.headers, after.body)).toBe(false);

    // The secret is in no answer but create's and rotate's, and in no audit event.
    const read = await app.gql(`query($id: ID!) { webhookSubscription(id: $id) { id url } }`, { id }, admin);
    expect(JSON.stringify(read)).not.toContain('whsec_');
    const trail = await app.em().find(AuditEvent, { targetId: id });
    expect(trail.map((e) => e.action).sort()).toEqual(['webhook.created', 'webhook.secret_rotated']);
    expect(JSON.stringify(trail)).not.toContain('whsec_');
  });

  it('a slow receiver never delays another subscriber: each subscription has its own lane, each order keeps its order (security rule 11)', async () => {
    // A real worker woken by LISTEN/NOTIFY, with a 4 s timeout; one receiver answers after 10 s.
    const timeoutMs = 4000;
    const deps = jobDependencies(app, { config: { webhooks: { ...app.config.webhooks, timeoutMs } } });
    const worker = await startTestWorker(app, { deps, intervals: { 'webhooks:deliver': 600_000 } });
    const until = async (done: () => boolean) => {
      const started = performance.now();
      while (!done() && performance.now() - started < 8000) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    try {
      const slow = await subscribe([OrderEventType.ORDER_AMENDED], () => ({ status: 200, delayMs: 10_000 }));
      const fast = await subscribe([OrderEventType.ORDER_AMENDED]);
      const order = await createOrder(app);
      const other = await createOrder(app);
      const started = performance.now();
      await emit(order.id, { amendment: 1 });
      await until(() => fast.receiver.requests.length === 1 && slow.receiver.requests.length === 1);
      // The slow receiver holds its request; the fast one's next events (same order, another order) go out meanwhile.
      const second = performance.now();
      await emit(order.id, { amendment: 2 });
      await emit(other.id, { amendment: 3 });
      await until(() => fast.receiver.requests.length === 3);
      const fastDone = performance.now();
      expect(fast.receiver.requests.map((r) => [r.event.orderId, r.event.changes.amendment])).toEqual([
        [order.id, 1],
        [order.id, 2],
        [other.id, 3],
      ]);
      expect(fastDone - started).toBeLessThan(timeoutMs);
      expect(fastDone - second).toBeLessThan(1500);
      // The slow subscription's first delivery is still under way; its lane holds the others back (newest first here).
      expect(slow.receiver.requests.map((r) => r.event.changes.amendment)).toEqual([1]);
      const slowLog = await log({ subscriptionId: slow.id });
      expect(slowLog.map((d) => [d.status, d.attempts, d.lastError])).toEqual([
        ['PENDING', 0, null],
        ['PENDING', 0, null],
        ['PENDING', 1, null],
      ]);
      const fastLog = await log({ subscriptionId: fast.id });
      expect(fastLog.map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED', 'DELIVERED']);
    } finally {
      await worker.stop();
      await agendaTimersSettled();
    }
  });

  it('is woken by the commit of an event (LISTEN/NOTIFY), without waiting for the poll', async () => {
    const worker = await startTestWorker(app, { intervals: { 'webhooks:deliver': 600_000 } });
    try {
      const { receiver, secret } = await subscribe([OrderEventType.ORDER_AMENDED]);
      const order = await createOrder(app);
      const started = performance.now();
      await emit(order.id, { amendment: 'notify' });
      while (receiver.requests.length === 0 && performance.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(receiver.requests.map((r) => r.event.changes)).toEqual([{ amendment: 'notify' }]);
      expect(verify(secret, receiver.requests[0].headers, receiver.requests[0].body)).toBe(true);
    } finally {
      await worker.stop();
      await agendaTimersSettled();
    }
  });
});

// ── Managing subscriptions ───────────────────────────────────────────────────────────────────

describe('webhook subscriptions', () => {
  const LIST = `{ webhookSubscriptions { totalCount nodes { id ownedByApiKey } } }`;

  it('the intake key manages its own subscriptions; admin reps see and manage every one; reps read them and the log', async () => {
    const mine = await subscribe([OrderEventType.ORDER_STATUS_CHANGED], undefined, intakeKey);
    const otherKey = await createApiKey(app.em(), ['orders:write']);
    const theirs = await subscribe([OrderEventType.ORDER_STATUS_CHANGED], undefined, otherKey);
    const reps = await subscribe([OrderEventType.ESCALATION_OPENED]);

    const listed = async (token: string) => ((await app.gql(LIST, {}, token)).data.webhookSubscriptions.nodes as { id: string }[]).map((s) => s.id).sort();
    expect(await listed(intakeKey)).toEqual([mine.id]);
    expect(await listed(otherKey)).toEqual([theirs.id]);
    expect(await listed(admin)).toEqual([mine.id, theirs.id, reps.id].sort());
    expect(await listed(rep)).toEqual([mine.id, theirs.id, reps.id].sort());

    // Another key's subscription is not found, for reading and for changing.
    const get = `query($id: ID!) { webhookSubscription(id: $id) { id } }`;
    expect((await app.gql(get, { id: theirs.id }, intakeKey)).data.webhookSubscription).toBeNull();
    const before = await databaseFingerprint(app);
    for (const [name, type, input] of [
      ['rotateWebhookSecret', 'RotateWebhookSecretInput', { id: theirs.id }],
      ['updateWebhookSubscription', 'UpdateWebhookSubscriptionInput', { id: theirs.id, enabled: false }],
      ['deleteWebhookSubscription', 'DeleteWebhookSubscriptionInput', { id: theirs.id }],
    ] as const) {
      const answer = await app.gql(`mutation($input: ${type}!) { ${name}(input: $input) { errors { code field } } }`, { input }, intakeKey);
      expect(answer.data[name].errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
    }
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);

    // Its own deliveries only, in the log.
    const order = await createOrder(app);
    await emit(order.id, { to: 'X' }, OrderEventType.ORDER_STATUS_CHANGED);
    expect((await log({ orderId: order.id }, intakeKey)).map((d) => d.subscriptionId)).toEqual([mine.id]);
    expect((await log({ orderId: order.id }, admin)).map((d) => d.subscriptionId).sort()).toEqual([mine.id, theirs.id].sort());

    // An admin may delete a key's subscription; the key then sees none.
    const deleted = await app.gql(
      `mutation($input: DeleteWebhookSubscriptionInput!) { deleteWebhookSubscription(input: $input) { deletedId errors { code } } }`,
      { input: { id: mine.id } },
      admin,
    );
    expect(deleted.data.deleteWebhookSubscription).toEqual({ deletedId: mine.id, errors: [] });
    expect(await listed(intakeKey)).toEqual([]);
    expect(await app.em().count(WebhookDelivery, { subscription: mine.id })).toBe(0);
  });

  it('refuses partner and customer sessions, the scheduler key and anonymous callers; a rep who is not an admin cannot manage', async () => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: 'PA-hooks' });
    const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner });
    const partnerAdmin = await loginToken(app.em(), { user: await createUser(app.em(), partner) }, app.clock.now());
    const customerAdmin = await loginToken(app.em(), { user: await createUser(app.em(), customer) }, app.clock.now());
    const schedulerKey = await createApiKey(app.em(), ['orders:overdue:read']);
    const existing = await subscribe();

    const before = await databaseFingerprint(app);
    const cases: [string, Record<string, unknown>][] = [
      [LIST, {}],
      [DELIVERIES, {}],
      [CREATE, { input: { url: 'https://hooks.example.com/ph', eventTypes: ['ORDER_AMENDED'] } }],
      [ROTATE, { input: { id: existing.id } }],
      [RESEND, { input: { deliveryId: '1' } }],
    ];
    for (const [token, expected] of [
      [undefined, 'UNAUTHENTICATED'],
      [partnerAdmin, 'FORBIDDEN'],
      [customerAdmin, 'FORBIDDEN'],
      [schedulerKey, 'FORBIDDEN'],
    ] as const) {
      for (const [document, variables] of cases) {
        const answer = await app.gql(document, variables, token);
        expect({ document, codes: answer.errors?.map((e) => e.extensions?.code) }).toEqual({ document, codes: [expected] });
      }
    }
    // A rep reads, but creating, rotating, changing and deleting are for admins.
    for (const [document, variables] of cases.slice(2, 4)) {
      const answer = await app.gql(document, variables, rep);
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
  });

  it('answers typed errors for a bad URL, no event types, a bad overlap or an unknown id, and changes nothing', async () => {
    const { id } = await subscribe();
    const before = await databaseFingerprint(app);
    const create = async (url: string, eventTypes: string[] = ['ORDER_AMENDED']) =>
      (await app.gql(CREATE, { input: { url, eventTypes } }, admin)).data.createWebhookSubscription;
    const reasonOf = async (url: string) => {
      const answer = await create(url);
      expect(answer.subscription).toBeNull();
      expect(answer.secret).toBeNull();
      return answer.errors.map((e: { code: string; field: string[]; params: { reason: string } }) => [e.code, e.field.join('.'), e.params.reason]);
    };
    expect(await reasonOf('hooks.example.com/ph')).toEqual([['INVALID_INPUT', 'input.url', 'URL']]);
    expect(await reasonOf('/ph/hooks')).toEqual([['INVALID_INPUT', 'input.url', 'URL']]);
    expect(await reasonOf('ftp://hooks.example.com/ph')).toEqual([['INVALID_INPUT', 'input.url', 'URL']]);
    expect(await reasonOf('javascript:alert(1)')).toEqual([['INVALID_INPUT', 'input.url', 'URL']]);
    expect(await reasonOf('https://user:secret@hooks.example.com/ph')).toEqual([['INVALID_INPUT', 'input.url', 'URL_CREDENTIALS']]);
    expect(await reasonOf('https://hooks.example.com/ph#part')).toEqual([['INVALID_INPUT', 'input.url', 'URL_FRAGMENT']]);
    expect(await reasonOf('   ')).toEqual([['INVALID_INPUT', 'input.url', 'REQUIRED']]);
    expect(await reasonOf(`https://hooks.example.com/${'a'.repeat(2000)}`)).toEqual([['INVALID_INPUT', 'input.url', 'TOO_LONG']]);
    expect((await create('https://hooks.example.com/ph', [])).errors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'eventTypes'], params: { reason: 'REQUIRED', label: 'Event types' } }),
    ]);
    const rotate = await app.gql(ROTATE, { input: { id, overlapSeconds: -1 } }, admin);
    expect(rotate.data.rotateWebhookSecret).toEqual({
      secret: null,
      subscription: null,
      errors: [{ code: 'INVALID_INPUT', field: ['input', 'overlapSeconds'], params: expect.objectContaining({ reason: 'RANGE' }) }],
    });
    for (const unknown of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const answer = await app.gql(ROTATE, { input: { id: unknown } }, admin);
      expect(answer.data.rotateWebhookSecret.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], params: {} }]);
    }
    expect((await app.gql(RESEND, { input: { deliveryId: '999999999' } }, rep)).data.resendWebhookDelivery.errors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'deliveryId'], params: {} },
    ]);
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
    expect(await app.em().count(WebhookSubscription, {})).toBe(1);
  });

  it('caps a key at 20 subscriptions', async () => {
    const key = await createApiKey(app.em(), ['orders:write']);
    for (let i = 0; i < 20; i++) {
      const answer = await app.gql(CREATE, { input: { url: `https://hooks.example.com/${i}`, eventTypes: ['ORDER_AMENDED'] } }, key);
      expect(answer.data.createWebhookSubscription.errors).toEqual([]);
    }
    const refused = await app.gql(CREATE, { input: { url: 'https://hooks.example.com/21', eventTypes: ['ORDER_AMENDED'] } }, key);
    expect(refused.data.createWebhookSubscription.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', params: { reason: 'TOO_MANY_SUBSCRIPTIONS', max: 20 } }),
    ]);
  });
});

describe('targets inside the operator’s network (default WEBHOOK_PRIVATE_TARGETS=refuse)', () => {
  let guarded: TestApp;
  let guardedAdmin: string;
  beforeAll(async () => {
    guarded = await startTestApp({ env: { WEBHOOK_TIMEOUT: `${TIMEOUT_MS} ms` } });
    guardedAdmin = await loginToken(guarded.em(), { rep: await createRep(guarded.em(), { role: RepRole.ADMIN }) }, guarded.clock.now());
  });
  afterAll(() => guarded.stop());

  it('refuses loopback, private, link-local and localhost URLs with a typed error, creating nothing', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hooks',
      'http://localhost/hooks',
      'http://localhost./hooks',
      'http://api.localhost/hooks',
      'http://[::1]:4000/graphql',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.1.2.3/hooks',
      'https://192.168.0.10/hooks',
      'http://[::ffff:127.0.0.1]/hooks',
      'http://0.0.0.0:5432/',
      // IPv6 ranges that embed or translate IPv4 (NAT64, 6to4, IPv4-compatible, -translated), site-local (security rule 5).
      'http://[::7f00:1]/hooks',
      'http://[64:ff9b::127.0.0.1]/hooks',
      'http://[64:ff9b:1::a9fe:a9fe]/hooks',
      'http://[::ffff:0:7f00:1]/hooks',
      'http://[2002:7f00:1::]/hooks',
      'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hooks',
      'http://[fec0::1]/hooks',
      'http://[100::1]/hooks',
      'http://[2001:db8::1]/hooks',
      'http://[5f00::1]/hooks',
      'http://255.255.255.255/hooks',
      'http://192.0.2.10/hooks',
      'http://0x7f.1/hooks',
    ]) {
      const answer = await guarded.gql(CREATE, { input: { url, eventTypes: ['ORDER_AMENDED'] } }, guardedAdmin);
      expect([url, answer.data.createWebhookSubscription.errors]).toEqual([
        url,
        [expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'url'], params: { reason: 'URL_PRIVATE' } })],
      ]);
    }
    expect(await guarded.em().count(WebhookSubscription, {})).toBe(0);
  });

  it('accepts public unicast addresses, IPv4 and IPv6 (global unicast 2000::/3)', async () => {
    for (const url of ['https://93.184.216.34/hooks', 'https://[2606:4700:4700::1111]/hooks', 'https://[2a00:1450:4001:81d::200e]/hooks']) {
      const answer = await guarded.gql(CREATE, { input: { url, eventTypes: ['ORDER_AMENDED'] } }, guardedAdmin);
      expect([url, answer.data.createWebhookSubscription.errors]).toEqual([url, []]);
    }
    await guarded.em().getConnection().execute('delete from webhook_subscription');
  });

  it('does not deliver to a host name that resolves to a private address: the attempt fails and says why', async () => {
    // This machine's own name resolves to a loopback or private address (checked first).
    const name = hostname();
    const addresses = await lookup(name, { all: true });
    expect(addresses.length).toBeGreaterThan(0);
    const receiver = await new Receiver(() => []).start();
    receivers.push(receiver);
    const created = await guarded.gql(
      CREATE,
      { input: { url: `http://${name}:${receiver.port}/hooks/provisioning`, eventTypes: ['ORDER_AMENDED'] } },
      guardedAdmin,
    );
    expect(created.data.createWebhookSubscription.errors).toEqual([]);
    const order = await createOrder(guarded);
    await guarded.em().transactional(async (em) => {
      const managed = await em.findOneOrFail(Order, order.id);
      guarded.services.lifecycle.recordEvent({ em, actor: SYSTEM_ACTOR, now: guarded.clock.now() }, managed, OrderEventType.ORDER_AMENDED, { amendment: 1 });
    });

    const { log: logger, lines } = capturingLogger();
    expect(await runWebhookDelivery(jobDependencies(guarded, { log: logger }))).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect(receiver.requests).toEqual([]);
    // The key reads only that it was refused; the address it resolved to goes to the server log alone.
    const read = await guarded.gql(DELIVERIES, { filter: { orderId: order.id } }, guardedAdmin);
    expect(read.data.webhookDeliveries.nodes.map((d: { lastError: string }) => d.lastError)).toEqual(['refused: private address']);
    const [delivery] = await guarded.em().find(WebhookDelivery, { orderId: order.id });
    expect(delivery.lastError).toBe('refused: private address');
    const warned = lines.find((line) => line.msg === 'webhook delivery failed; it will be retried');
    expect(warned).toMatchObject({ deliveryId: delivery.id, error: 'refused: private address' });
    expect(addresses.map((a) => a.address)).toContain(warned!.address);
  });
});
