import { Order } from '../server/orders/order.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { SetupLink } from '../server/setup/setup-link.entity.js';
import { hashToken } from '../server/common/tokens.js';
import { runDueSetupLinks } from '../server/jobs/due-setup-links.job.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey } from './support/factories.js';
import { emailedSetupToken, jobDependencies, placeOrder, startSetup } from './support/scheduling.js';

const REQUEST = /* GraphQL */ `
  mutation ($input: RequestSetupLinkInput!) {
    requestSetupLink(input: $input) {
      errors {
        code
        field
        params
      }
    }
  }
`;

let app: TestApp;
let intakeKey: string;

beforeAll(async () => {
  // Three requests per link and window, to see the throttle; many per client address (all tests share 127.0.0.1).
  app = await startTestApp({ now: '2026-11-01T09:00:00Z', env: { RATE_LIMIT_PER_ACCOUNT: '3', RATE_LIMIT_PER_ADDRESS: '10000' } });
  intakeKey = await createApiKey(app.em(), ['orders:write']);
});
afterAll(() => app.stop());

const request = async (token: string) => (await app.gql(REQUEST, { input: { token } })).data.requestSetupLink;
const setupEmails = (orderId: string) => app.em().find(OutboxMessage, { orderId, template: 'SETUP_LINK' }, { orderBy: { createdAt: 'asc', id: 'asc' } });

/** An order whose Set up now link went out; returns it with the emailed token. */
async function orderWithLink(requestedStartDate: string) {
  app.clock.set('2026-11-01T09:00:00Z');
  const placed = await placeOrder(app, intakeKey, { requestedStartDate, timeZone: 'UTC' });
  app.clock.set(`${requestedStartDate}T00:00:00Z`);
  await runDueSetupLinks(jobDependencies(app));
  const order = await app.em().findOneOrFail(Order, placed.id);
  return { order, token: await emailedSetupToken(app, order.provisioningContactEmail) };
}

describe('a new Set up now link from the expired-link page', () => {
  it('sends a fresh link for a replaced link to the order’s holder on file, keeping the order’s deadline; the new link opens the wizard', async () => {
    const { order, token: first } = await orderWithLink('2026-11-05');
    // Asking once replaces the first link: from now on it is an expired link.
    expect(await request(first)).toEqual({ errors: [] });
    expect((await startSetup(app, first)).errors.map((e) => e.code)).toEqual(['TOKEN_EXPIRED']);

    app.clock.advance(3_600_000);
    expect(await request(first)).toEqual({ errors: [] });
    const emails = await setupEmails(order.id);
    expect(emails.map((m) => m.recipient)).toEqual([order.provisioningContactEmail, order.provisioningContactEmail, order.provisioningContactEmail]);
    const fresh = await emailedSetupToken(app, order.provisioningContactEmail);
    const link = await app.em().findOneOrFail(SetupLink, { tokenHash: hashToken(fresh) });
    expect(link.expiresAt.toISOString()).toBe(order.linkExpiresAt!.toISOString());
    expect((await app.em().findOneOrFail(Order, order.id)).linkExpiresAt!.toISOString()).toBe(order.linkExpiresAt!.toISOString());
    expect((await startSetup(app, fresh)).errors).toEqual([]);
  });

  it('never sends to anyone but the current holder: a link of a former holder answers TOKEN_EXPIRED (HOLDER_CHANGED) and sends nothing', async () => {
    const { order, token } = await orderWithLink('2026-11-06');
    await app.em().nativeUpdate(Order, { id: order.id }, { handedOverTo: 'colleague@rossi.example', status: 'HANDED_OVER' as never });
    const payload = await request(token);
    expect(payload.errors).toEqual([{ code: 'TOKEN_EXPIRED', field: ['input', 'token'], params: { reason: 'HOLDER_CHANGED' } }]);
    expect(await setupEmails(order.id)).toHaveLength(1);
  });

  it('is refused once the order is no longer open for setup (set up, on hold, cancelled), sending nothing', async () => {
    for (const [status, code] of [
      ['SET_UP', 'ORDER_ALREADY_SET_UP'],
      ['ON_HOLD', 'ORDER_ON_HOLD'],
      ['CANCELLED', 'ORDER_CLOSED'],
    ] as const) {
      const { order, token } = await orderWithLink('2026-11-07');
      await app.em().nativeUpdate(Order, { id: order.id }, { status: status as never });
      expect((await request(token)).errors.map((e: { code: string }) => e.code)).toEqual([code]);
      expect(await setupEmails(order.id)).toHaveLength(1);
    }
  });

  it('answers an unknown link as TOKEN_INVALID, and limits requests per link (every request counts)', async () => {
    expect((await request('phs_not-a-link')).errors.map((e: { code: string }) => e.code)).toEqual(['TOKEN_INVALID']);
    const { order, token } = await orderWithLink('2026-11-08');
    for (let i = 0; i < 3; i++) expect(await request(token)).toEqual({ errors: [] });
    expect((await request(token)).errors.map((e: { code: string }) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(await setupEmails(order.id)).toHaveLength(4);
  });
});
