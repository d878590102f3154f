import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, unique } from './support/factories.js';
import { emailedSetupToken, placeOrder, startSetup } from './support/scheduling.js';
import { changedTables, databaseFingerprint } from './support/world.js';

/** `updateProvisioningContact` with a client request id (#26): a retried call does not revoke the link it has just emailed. */
let app: TestApp;
let intakeKey: string;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-11-25T09:00:00Z' });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
});
afterAll(() => app.stop());

const CHANGE = `mutation($input: UpdateProvisioningContactInput!) {
  updateProvisioningContact(input: $input) { errors { code field params } order { id provisioningContactEmail status } }
}`;
const change = async (input: Record<string, unknown>) => (await app.gql(CHANGE, { input }, intakeKey)).data.updateProvisioningContact;
const setupEmails = (recipient: string) => app.em().count(OutboxMessage, { recipient, template: 'SETUP_LINK' });

describe('a contact change retried with its client request id (#26)', () => {
  it('is applied once: one email to the new contact, and the link it carries still opens the wizard after the retry', async () => {
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-20' });
    const contact = `${unique('new-')}@rossi.example`.toLowerCase();
    const input = { orderId: order.id, email: contact, clientRequestId: unique('r-') };
    expect(await change(input)).toMatchObject({ errors: [], order: { provisioningContactEmail: contact, status: 'AWAITING_SETUP' } });
    const token = await emailedSetupToken(app, contact);

    const before = await databaseFingerprint(app);
    expect(await change(input)).toMatchObject({ errors: [], order: { provisioningContactEmail: contact } });
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
    expect(await setupEmails(contact)).toBe(1);
    expect((await startSetup(app, token)).errors).toEqual([]);
  });

  it('without a client request id a second call resends as before (the earlier link is revoked)', async () => {
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-20' });
    const contact = `${unique('new-')}@rossi.example`.toLowerCase();
    await change({ orderId: order.id, email: contact });
    const first = await emailedSetupToken(app, contact);
    await change({ orderId: order.id, email: contact });
    expect(await setupEmails(contact)).toBe(2);
    expect((await startSetup(app, first)).errors.map((e) => e.code)).toEqual(['TOKEN_EXPIRED']);
  });

  it('the same id with another address is INVALID_INPUT (REQUEST_ID_REUSED) and changes nothing', async () => {
    const order = await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-20' });
    const clientRequestId = unique('r-');
    await change({ orderId: order.id, email: `${unique('a-')}@rossi.example`.toLowerCase(), clientRequestId });
    const before = await databaseFingerprint(app);
    const reused = await change({ orderId: order.id, email: `${unique('b-')}@rossi.example`.toLowerCase(), clientRequestId });
    expect(reused).toMatchObject({
      order: null,
      errors: [{ code: 'INVALID_INPUT', field: ['input', 'clientRequestId'], params: { reason: 'REQUEST_ID_REUSED' } }],
    });
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);
  });
});
