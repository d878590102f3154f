import { pino } from 'pino';
import { loadConfig } from '../server/common/config.js';
import { shouldSeedDemoData, seedDemoData } from '../server/demo/seed.js';
import { Escalation, EscalationKind, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { OrderStatus } from '../server/orders/order-status.js';
import { Order } from '../server/orders/order.entity.js';
import { Organization, OrganizationKind } from '../server/organizations/organization.entity.js';
import { OutboxMessage, OutboxStatus } from '../server/outbox/outbox-message.entity.js';
import { Subscription, SubscriptionStatus } from '../server/subscriptions/subscription.entity.js';
import { startTestApp, type TestApp } from './support/app.js';

let app: TestApp;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  app = await startTestApp();
  expect(await seedDemoData(app.orm, { config: app.config, services: app.services, log, now: app.clock.now() })).toBe(true);
});
afterAll(() => app.stop());

describe('the demo data', () => {
  it('has an order in every status, all marked demo', async () => {
    const orders = await app.em().find(Order, {});
    expect(orders.every((o) => o.demo)).toBe(true);
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(Object.values(OrderStatus)));
    expect(orders.length).toBeGreaterThanOrEqual(15);
  });

  it('has a few partners and customers, marked demo, one customer that set itself up', async () => {
    const organizations = await app.em().find(Organization, {});
    expect(organizations.every((o) => o.demo)).toBe(true);
    expect(
      organizations
        .filter((o) => o.kind === OrganizationKind.PARTNER)
        .map((o) => o.name)
        .sort(),
    ).toEqual(['Bluewave Solutions Ltd', 'Nordlicht IT GmbH', 'Rossi Network Services S.p.A.', 'Rossi Networks S.r.l.']);
    const customers = organizations.filter((o) => o.kind === OrganizationKind.CUSTOMER);
    expect(customers.length).toBeGreaterThanOrEqual(5);
    expect(customers.filter((o) => !o.managingPartner).map((o) => o.name)).toEqual(['Studio Legale Verdi']);
    expect(await app.em().count(Subscription, { status: SubscriptionStatus.ACTIVE })).toBe(3);
  });

  it('gives the reps open escalations of every kind, some picked up, some past their SLA', async () => {
    const open = await app.em().find(Escalation, { status: { $ne: EscalationStatus.RESOLVED } });
    expect(new Set(open.map((e) => e.kind))).toEqual(new Set(Object.values(EscalationKind)));
    expect(open.some((e) => e.status === EscalationStatus.IN_PROGRESS && e.assignee)).toBe(true);
    expect(open.some((e) => e.status === EscalationStatus.OPEN && !e.assignee)).toBe(true);
    expect(await app.em().count(Escalation, { status: EscalationStatus.RESOLVED })).toBeGreaterThanOrEqual(3);
  });

  it('leaves no email to send to its invented addresses (one shows as bounced)', async () => {
    expect(await app.em().count(OutboxMessage, { status: OutboxStatus.PENDING })).toBe(0);
    expect(await app.em().count(OutboxMessage, { status: OutboxStatus.FAILED })).toBe(1);
  });

  it('is seeded once: a second start finds it and adds nothing', async () => {
    const before = await app.em().count(Order, {});
    expect(await seedDemoData(app.orm, { config: app.config, services: app.services, log, now: app.clock.now() })).toBe(false);
    expect(await app.em().count(Order, {})).toBe(before);
  });

  it('is seeded only on the embedded database, and never with NODE_ENV=production', () => {
    expect(shouldSeedDemoData(loadConfig({}), true)).toBe(true);
    expect(shouldSeedDemoData(loadConfig({ NODE_ENV: 'production', METRICS_TOKEN: 'metrics-token-0123456789' }), true)).toBe(false);
    expect(shouldSeedDemoData(loadConfig({ DATABASE_URL: 'postgres://db.example/ph' }), false)).toBe(false);
  });
});
