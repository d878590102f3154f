import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, orderInput, unique } from './support/factories.js';
import { changedTables, databaseFingerprint } from './support/world.js';

/**
 * Every write of the intake key takes a `clientRequestId` (#26, docs/integrators.md, "Webhooks"): the webhook
 * subscriptions' writes accept one too, and a retry with the same id and content is applied once (same answer,
 * `replayed: true`, nothing written), while the same id with other content is REQUEST_ID_REUSED.
 */
let app: TestApp;
let key: string;
beforeAll(async () => {
  app = await startTestApp({ env: { WEBHOOK_PRIVATE_TARGETS: 'allow' } });
  key = await createApiKey(app.em(), ['orders:write']);
});
afterAll(() => app.stop());

const URL = 'http://127.0.0.1:9/hook';
const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { replayed secret subscription { id url } errors { code reason } } }`;
const UPDATE = `mutation($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { replayed subscription { id description } errors { code reason } } }`;
const ROTATE = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { replayed secret subscription { id } errors { code reason } } }`;
const DELETE = `mutation($input: DeleteWebhookSubscriptionInput!) { deleteWebhookSubscription(input: $input) { replayed deletedId errors { code reason } } }`;
const RESEND = `mutation($input: ResendWebhookDeliveryInput!) { resendWebhookDelivery(input: $input) { replayed delivery { id status } errors { code reason } } }`;

async function call(query: string, input: Record<string, unknown>) {
  const { data, errors } = await app.gql(query, { input }, key);
  if (errors) throw new Error(JSON.stringify(errors));
  return Object.values(data)[0] as any;
}

/** The first call changes things; its retry answers the same and writes nothing; the id with other content is refused, changing nothing. */
async function appliedOnce(query: string, input: Record<string, unknown>, other: Record<string, unknown>) {
  const first = await call(query, input);
  expect(first).toMatchObject({ replayed: false, errors: [] });
  const before = await databaseFingerprint(app);
  const again = await call(query, input);
  expect(again).toEqual({ ...first, replayed: true });
  expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
  const reused = await call(query, { ...input, ...other });
  expect(reused.errors).toEqual([{ code: 'INVALID_INPUT', reason: 'REQUEST_ID_REUSED' }]);
  expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
  return first;
}

async function subscription(eventTypes = ['ORDER_PLACED']): Promise<string> {
  return (await call(CREATE, { url: URL, eventTypes })).subscription.id;
}

describe('the intake key’s webhook writes with a client request id', () => {
  it('createWebhookSubscription creates once: the retry answers the same subscription and secret', async () => {
    const created = await appliedOnce(CREATE, { url: URL, eventTypes: ['ORDER_PLACED'], clientRequestId: unique('c-') }, { description: 'other' });
    expect(created.secret).toMatch(/\S{20,}/);
    const list = await app.gql('{ webhookSubscriptions { totalCount nodes { id } } }', {}, key);
    expect(list.data.webhookSubscriptions.nodes.filter((n: { id: string }) => n.id === created.subscription.id)).toHaveLength(1);
  });

  it('updateWebhookSubscription applies once: the retry answers the subscription as it is', async () => {
    const id = await subscription();
    await appliedOnce(UPDATE, { id, description: 'ERP', clientRequestId: unique('u-') }, { description: 'CRM' });
  });

  it('rotateWebhookSecret rotates once: the retry answers the secret the first call made', async () => {
    const id = await subscription();
    const rotated = await appliedOnce(ROTATE, { id, overlapSeconds: 60, clientRequestId: unique('r-') }, { overlapSeconds: 120 });
    expect(rotated.secret).toMatch(/\S{20,}/);
  });

  it('deleteWebhookSubscription deletes once: the retry answers the deleted id instead of NOT_FOUND', async () => {
    const id = await subscription();
    const deleted = await appliedOnce(DELETE, { id, clientRequestId: unique('d-') }, { id: await subscription() });
    expect(deleted.deletedId).toBe(id);
    expect((await call(DELETE, { id })).errors).toEqual([{ code: 'NOT_FOUND', reason: null }]);
  });

  it('resendWebhookDelivery sends again once: the retry answers the delivery instead of INVALID_TRANSITION', async () => {
    await subscription(['ORDER_PLACED']);
    const failed: string[] = [];
    for (let i = 0; i < 2; i++) {
      const placed = await app.gql('mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } } }', { input: orderInput() }, key);
      // Given up after its attempts (as the sender marks it): a FAILED delivery of the order's ORDER_PLACED event.
      const [row] = await app
        .em()
        .getConnection()
        .execute<{ id: string }[]>(`update webhook_delivery set status = 'FAILED', attempts = 3 where order_id = ? returning id::text as id`, [
          placed.data.placeOrder.order.id,
        ]);
      failed.push(row.id);
    }
    const [delivery, other] = failed.map((id) => ({ id }));
    const resent = await appliedOnce(RESEND, { deliveryId: delivery.id, clientRequestId: unique('s-') }, { deliveryId: other.id });
    expect(resent.delivery).toEqual({ id: delivery.id, status: 'PENDING' });
  });
});
