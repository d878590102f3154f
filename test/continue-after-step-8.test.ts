import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { User } from '../server/organizations/user.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createOrganization, unique } from './support/factories.js';
import { CALLING, STRONG_PASSWORD, Wizard } from './support/wizard.js';

let app: TestApp;
let wizard: Wizard;
beforeAll(async () => {
  app = await startTestApp();
  wizard = new Wizard(app);
});
afterAll(() => app.stop());

describe('continuing after step 8', () => {
  it('a contact who reviewed an existing partner organization (no account) comes back with the same link to the service setup, keeps the saved settings, and can Provision', async () => {
    const partnerAccountId = unique('PA-');
    await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: 'Rossi Networks', partnerAccountId });
    const contact = `${unique('contact')}@rossi.example`.toLowerCase();
    const { orderId, token } = await wizard.orderWithLink(
      { partnerAccountId, provisioningContactEmail: contact, services: [{ kind: 'CALLING', quantity: 5 }] },
      contact,
    );
    const first = await wizard.toReview(token);
    const setUp = await wizard.ok(first, 'completeOrderSetup', {});
    expect(setUp.nextStep).toBe('SERVICE_SETUP');
    expect(await app.em().count(User, { email: contact })).toBe(0);
    await wizard.ok(first, 'saveEnterpriseSettings', { subdomain: unique('resume') });

    // The contact leaves, and comes back later with the same link.
    app.clock.advance(2 * 3_600_000);
    const again = await wizard.start(token);
    expect(again.errors).toEqual([]);
    expect(again.session).toMatchObject({ nextStep: 'SERVICE_SETUP', missingSettings: ['CALLING_SETTINGS'] });
    expect(await wizard.session(first)).toBeNull();
    expect((await app.em().findOneOrFail(Order, orderId)).status).toBe('SET_UP');
    expect(await app.em().count(AuditEvent, { orderId, action: 'setup.resumed' })).toBe(1);

    await wizard.ok(again.sessionToken, 'saveCallingSettings', CALLING);
    expect((await wizard.ok(again.sessionToken, 'provisionSubscription', {})).subscription.status).toBe('ACTIVE');

    // After Provision the link has done its work.
    expect((await wizard.start(token)).errors.map((e: { code: string }) => e.code)).toEqual(['ORDER_ALREADY_SET_UP']);
  });

  it('a new partner who left before choosing a password comes back to the password step, not past it', async () => {
    const { token } = await wizard.orderWithLink({ partnerAccountId: unique('PA-') });
    const first = await wizard.toReview(token);
    expect((await wizard.ok(first, 'completeOrderSetup', {})).nextStep).toBe('SET_PASSWORD');
    const again = await wizard.start(token);
    expect(again.errors).toEqual([]);
    expect(again.session.nextStep).toBe('SET_PASSWORD');
    expect((await wizard.ok(again.sessionToken, 'setPassword', { password: STRONG_PASSWORD })).nextStep).toBe('SERVICE_SETUP');
  });
});
