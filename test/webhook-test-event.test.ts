import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { OrderEvent } from '../server/orders/order-event.entity.js';
import { WebhookDelivery } from '../server/webhooks/webhook-delivery.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey } from './support/factories.js';

/** A test event per webhook subscription (#26): POSTed at once, signed as deliveries are, nothing queued. */
let app: TestApp;
let intakeKey: string;
let otherKey: string;
let server: Server;
let status = 200;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  app = await startTestApp({ env: { WEBHOOK_TIMEOUT: '500 ms', WEBHOOK_PRIVATE_TARGETS: 'allow' } });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
  otherKey = await createApiKey(app.em(), ['orders:write']);
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await app.stop();
});

const url = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
const SEND = `mutation($input: SendWebhookTestEventInput!) { sendWebhookTestEvent(input: $input) { delivered responseStatus error eventId errors { code field } } }`;

async function subscribe(key: string): Promise<{ id: string; secret: string }> {
  const { data } = await app.gql(
    `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id } errors { code } } }`,
    { input: { url: url(), eventTypes: ['ORDER_STATUS_CHANGED'] } },
    key,
  );
  expect(data.createWebhookSubscription.errors).toEqual([]);
  return { id: data.createWebhookSubscription.subscription.id, secret: data.createWebhookSubscription.secret };
}

describe('a webhook test event (#26)', () => {
  it('is POSTed now, signed with the subscription’s secret, in the deliveries’ shape; nothing is queued and no order event is written', async () => {
    const { id, secret } = await subscribe(intakeKey);
    const events = await app.em().count(OrderEvent, {});
    const { data } = await app.gql(SEND, { input: { subscriptionId: id } }, intakeKey);
    expect(data.sendWebhookTestEvent).toEqual({ delivered: true, responseStatus: 200, error: null, eventId: expect.stringMatching(/^test-/), errors: [] });
    const [request] = received.splice(0);
    const body = JSON.parse(request.body);
    expect(body).toEqual({
      id: data.sendWebhookTestEvent.eventId,
      type: 'WEBHOOK_TEST',
      time: app.clock.now().toISOString(),
      at: app.clock.now().toISOString(),
      orderId: null,
      ccwOrderNumber: null,
      changes: {},
      actorKind: 'CCW',
      reason: null,
      snapshot: null,
    });
    expect(request.headers['x-ph-event-type']).toBe('WEBHOOK_TEST');
    const expected = createHmac('sha256', secret)
      .update(`${String(request.headers['x-ph-timestamp'])}.${request.body}`)
      .digest('hex');
    expect(request.headers['x-ph-signature']).toBe(`v1=${expected}`);
    expect(await app.em().count(WebhookDelivery, { subscription: id })).toBe(0);
    expect(await app.em().count(OrderEvent, {})).toBe(events);
    expect(await app.em().count(AuditEvent, { action: 'webhook.test_sent', targetId: id })).toBe(1);
  });

  it('says why an endpoint did not take it (its status), and another key’s subscription is NOT_FOUND', async () => {
    const { id } = await subscribe(intakeKey);
    status = 503;
    const { data } = await app.gql(SEND, { input: { subscriptionId: id } }, intakeKey);
    status = 200;
    expect(data.sendWebhookTestEvent).toMatchObject({ delivered: false, responseStatus: 503, error: 'HTTP 503', errors: [] });
    received.splice(0);
    const foreign = await app.gql(SEND, { input: { subscriptionId: id } }, otherKey);
    expect(foreign.data.sendWebhookTestEvent.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'subscriptionId'] }]);
    expect(received).toEqual([]);
  });
});
