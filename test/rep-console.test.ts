import { jest } from '@jest/globals';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { LoginSession } from '../server/auth/login-session.entity.js';
import { Rep, RepRole } from '../server/auth/rep.entity.js';
import { EscalationNote } from '../server/escalations/escalation-note.entity.js';
import { Escalation, EscalationKind } from '../server/escalations/escalation.entity.js';
import { OrderStatus } from '../server/orders/order-status.js';
import { Order } from '../server/orders/order.entity.js';
import { Organization, OrganizationKind } from '../server/organizations/organization.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { LinkAudience } from '../server/setup/setup-enums.js';
import { SetupLink } from '../server/setup/setup-link.entity.js';
import { SetupSession } from '../server/setup/setup-session.entity.js';
import { Subscription } from '../server/subscriptions/subscription.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createOrder, orderAwaitingSetup, orderOnHold, orderWithSubscription, overdueOrder } from './support/console.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, unique } from './support/factories.js';

const HOUR = 3_600_000;

let app: TestApp;
let rep: Rep;
let repToken: string;
let admin: Rep;
let adminToken: string;

beforeAll(async () => {
  app = await startTestApp();
  rep = await createRep(app.em());
  repToken = await loginToken(app.em(), { rep }, app.clock.now());
  admin = await createRep(app.em(), { role: RepRole.ADMIN });
  adminToken = await loginToken(app.em(), { rep: admin }, app.clock.now());
});
afterAll(() => app.stop());

const auditCount = () => app.em().count(AuditEvent, {});

const ESCALATION_FIELDS = /* GraphQL */ `
  id kind status createdAt resolvedAt resolution ageHours slaBreached partnerContactedAt
  assignee { id email } partnerContactedBy { id } resolvedBy { id }
  notes { body author { id } }
  order { id status ccwOrderNumber }
`;

const QUEUE = /* GraphQL */ `
  query Queue($offset: Int, $limit: Int, $sortField: EscalationSortField, $sortOrder: SortOrder, $filter: EscalationQueueFilter) {
    escalationQueue(offset: $offset, limit: $limit, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      totalCount nodes { ${ESCALATION_FIELDS} }
    }
  }`;

const COUNTS = /* GraphQL */ `
  query Counts($filter: EscalationQueueFilter) {
    escalationQueueCounts(filter: $filter) {
      total
      slaBreached
      byStatus {
        status
        count
      }
      byKind {
        kind
        count
      }
    }
  }
`;

const ASSIGN = /* GraphQL */ `
  mutation Assign($input: AssignEscalationInput!) {
    assignEscalation(input: $input) { errors { code message field } escalation { ${ESCALATION_FIELDS} } }
  }`;

const NOTE = /* GraphQL */ `
  mutation Note($input: AddEscalationNoteInput!) {
    addEscalationNote(input: $input) { errors { code message field } escalation { ${ESCALATION_FIELDS} } }
  }`;

const CONTACTED = /* GraphQL */ `
  mutation Contacted($input: MarkPartnerContactedInput!) {
    markPartnerContacted(input: $input) { errors { code message field } escalation { ${ESCALATION_FIELDS} } }
  }`;

const RESOLVE = /* GraphQL */ `
  mutation Resolve($input: ResolveEscalationInput!) {
    resolveEscalation(input: $input) { errors { code message field } escalation { ${ESCALATION_FIELDS} } }
  }`;

const REASSIGN = /* GraphQL */ `
  mutation Reassign($input: ReassignOrderOrganizationInput!) {
    reassignOrderOrganization(input: $input) { errors { code message field } escalation { ${ESCALATION_FIELDS} } }
  }`;

const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelOrderInput!) {
    cancelOrder(input: $input) {
      errors {
        code
        message
        field
      }
      order {
        id
        status
        escalations {
          status
          resolution
        }
      }
    }
  }
`;

const CONTACT = /* GraphQL */ `
  mutation Contact($input: UpdateProvisioningContactInput!) {
    updateProvisioningContact(input: $input) {
      errors {
        code
        message
        field
      }
      order {
        id
        provisioningContactEmail
        status
      }
    }
  }
`;

const ORDER_DETAIL = /* GraphQL */ `
  query Order($id: ID!) {
    order(id: $id) {
      id
      ccwOrderNumber
      status
      partnerName
      customerName
      partnerAccountId
      services {
        kind
        quantity
      }
      partnerOrganization {
        id
        name
      }
      customerOrganization {
        id
        name
      }
      subscription {
        id
        status
      }
      escalations {
        id
        kind
        status
      }
      outboxMessages {
        template
        recipient
        status
      }
      setupLinks {
        recipientEmail
        audience
        revokedAt
      }
      auditTrail {
        action
        actorKind
        actorLabel
        before
        after
      }
    }
  }
`;

const SEARCH_ORDERS = /* GraphQL */ `
  query Search($offset: Int, $limit: Int, $sortField: OrderSortField, $sortOrder: SortOrder, $filter: OrderSearchFilter) {
    searchOrders(offset: $offset, limit: $limit, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      totalCount
      nodes {
        id
        ccwOrderNumber
        status
        overdue
      }
    }
  }
`;

/** Somebody who opened a Set up now link: a setup session's bearer token. */
async function setupSessionToken(): Promise<string> {
  const order = await createOrder(app);
  const linkToken = await app.em().transactional(async (em) => {
    const managed = await em.findOneOrFail(Order, order.id);
    return (await app.services.links.issueSetupLink({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, managed, managed.provisioningContactEmail)).token;
  });
  const { data } = await app.gql(`mutation($input: StartSetupInput!) { startSetup(input: $input) { sessionToken errors { code } } }`, {
    input: { token: linkToken },
  });
  expect(data.startSetup.errors).toEqual([]);
  return data.startSetup.sessionToken;
}

async function partnerWithAdmin(name = unique('Partner ')) {
  const organization = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name, partnerAccountId: unique('PA-') });
  const user = await createUser(app.em(), organization);
  return { organization, token: await loginToken(app.em(), { user }, app.clock.now()) };
}

describe('who may use the console', () => {
  /** Every console operation, called with harmless arguments. */
  const OPERATIONS: [string, string, Record<string, unknown>][] = [
    ['escalationQueue', `{ escalationQueue { totalCount } }`, {}],
    ['escalationQueueCounts', `{ escalationQueueCounts { total } }`, {}],
    ['escalation', `{ escalation(id: "00000000-0000-0000-0000-000000000000") { id } }`, {}],
    ['searchOrders', `{ searchOrders { totalCount } }`, {}],
    ['searchOrganizations', `{ searchOrganizations { totalCount } }`, {}],
    ['organization', `{ organization(id: "00000000-0000-0000-0000-000000000000") { id } }`, {}],
    ['searchSubscriptions', `{ searchSubscriptions { totalCount } }`, {}],
    ['subscription', `{ subscription(id: "00000000-0000-0000-0000-000000000000") { id } }`, {}],
    ['searchReps', `{ searchReps { totalCount } }`, {}],
    ['rep', `{ rep(id: "00000000-0000-0000-0000-000000000000") { id } }`, {}],
    ['dashboard', `{ dashboard { openEscalations } }`, {}],
    ['assignEscalation', `mutation { assignEscalation(input: { escalationId: "x" }) { errors { code } } }`, {}],
    ['addEscalationNote', `mutation { addEscalationNote(input: { escalationId: "x", body: "hi" }) { errors { code } } }`, {}],
    ['markPartnerContacted', `mutation { markPartnerContacted(input: { escalationId: "x" }) { errors { code } } }`, {}],
    ['reassignOrderOrganization', `mutation { reassignOrderOrganization(input: { escalationId: "x", organizationId: "y" }) { errors { code } } }`, {}],
    ['cancelOrder', `mutation { cancelOrder(input: { orderId: "x", reason: "r" }) { errors { code } } }`, {}],
    ['updateOrganization', `mutation { updateOrganization(input: { id: "x", name: "n" }) { errors { code } } }`, {}],
    ['updateSubscriptionSettings', `mutation { updateSubscriptionSettings(input: { id: "x" }) { errors { code } } }`, {}],
    ['createRep', `mutation { createRep(input: { email: "a@b.example", name: "n", password: "Correct-horse-9" }) { errors { code } } }`, {}],
    ['updateRep', `mutation { updateRep(input: { id: "x", name: "n" }) { errors { code } } }`, {}],
  ];

  let callers: [string, string][];
  beforeAll(async () => {
    const partner = await partnerWithAdmin();
    const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner.organization });
    const customerUser = await createUser(app.em(), customer);
    callers = [
      ['a partner administrator', partner.token],
      ['a customer administrator', await loginToken(app.em(), { user: customerUser }, app.clock.now())],
      ['the intake key', await createApiKey(app.em(), ['orders:write'])],
      ['the scheduler key', await createApiKey(app.em(), ['orders:overdue:read'])],
      ['a setup session', await setupSessionToken()],
    ];
  });

  it.each(OPERATIONS)(
    'refuses %s to partners, customers, machine keys and setup sessions with FORBIDDEN, and to anonymous callers with UNAUTHENTICATED',
    async (field, query) => {
      const before = await auditCount();
      for (const [who, token] of callers) {
        const response = await app.gql(query, {}, token);
        expect([who, response.errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
        expect(response.data?.[field] ?? null).toBeNull();
      }
      const anonymous = await app.gql(query);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await auditCount()).toBe(before);
    },
  );

  it('lets a rep read rep accounts but only an admin create or change them', async () => {
    const list = await app.gql(`{ searchReps { totalCount nodes { email role active } } }`, {}, repToken);
    expect(list.errors).toBeUndefined();
    expect(list.data.searchReps.nodes.map((r: any) => r.email)).toEqual(expect.arrayContaining([rep.email, admin.email]));
    const create = await app.gql(
      `mutation { createRep(input: { email: "new@cisco.example", name: "New", password: "Correct-horse-9" }) { errors { code } } }`,
      {},
      repToken,
    );
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.em().count(Rep, { email: 'new@cisco.example' })).toBe(0);
  });

  it('hides an order’s audit trail, emails and links from the partner that reads it, and shows them to reps', async () => {
    const partner = await partnerWithAdmin();
    const order = await orderAwaitingSetup(app, { partnerOrganization: partner.organization });
    const query = `query($id: ID!) { order(id: $id) { id partnerName auditTrail { action } outboxMessages { status } setupLinks { audience } } }`;
    const asPartner = await app.gql(query, { id: order.id }, partner.token);
    expect(asPartner.data.order).toMatchObject({ id: order.id, partnerName: order.partnerName, auditTrail: null, outboxMessages: null, setupLinks: null });
    expect(asPartner.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['order.auditTrail', 'FORBIDDEN'],
      ['order.outboxMessages', 'FORBIDDEN'],
      ['order.setupLinks', 'FORBIDDEN'],
    ]);
    const asRep = await app.gql(query, { id: order.id }, repToken);
    expect(asRep.errors).toBeUndefined();
    expect(asRep.data.order.auditTrail.map((e: any) => e.action)).toEqual(['setup_link.issued']);
    expect(asRep.data.order.outboxMessages).toEqual([{ status: 'PENDING' }]);
  });
});

describe('the escalation queue', () => {
  let partnerName: string;
  let oldest: Escalation;
  let newer: Escalation;
  let onHold: Escalation;

  beforeAll(async () => {
    partnerName = unique('Queue Partner ');
    const start = app.clock.now().getTime();
    oldest = (await overdueOrder(app, { input: { partnerName }, openedAt: new Date(start - 72 * HOUR) })).escalation;
    newer = (await overdueOrder(app, { input: { partnerName }, openedAt: new Date(start - 2 * HOUR) })).escalation;
    onHold = (await orderOnHold(app, EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION, { input: { partnerName } })).escalation;
  });

  it('lists the queue oldest first, a page at a time, with its age and SLA', async () => {
    const { data, errors } = await app.gql(QUEUE, { filter: { partner: partnerName }, limit: 2 }, repToken);
    expect(errors).toBeUndefined();
    expect(data.escalationQueue.totalCount).toBe(3);
    expect(data.escalationQueue.nodes.map((e: any) => e.id)).toEqual([oldest.id, newer.id]);
    expect(data.escalationQueue.nodes[0]).toMatchObject({ ageHours: 72, slaBreached: true, status: 'OPEN', assignee: null });
    expect(data.escalationQueue.nodes[1]).toMatchObject({ ageHours: 2, slaBreached: false });
    const next = await app.gql(QUEUE, { filter: { partner: partnerName }, limit: 2, offset: 2 }, repToken);
    expect(next.data.escalationQueue.nodes.map((e: any) => e.id)).toEqual([onHold.id]);
    const newestFirst = await app.gql(QUEUE, { filter: { partner: partnerName }, sortOrder: 'DESC' }, repToken);
    expect(newestFirst.data.escalationQueue.nodes.map((e: any) => e.id)).toEqual([onHold.id, newer.id, oldest.id]);
  });

  it('filters by kind, age and partner, and counts per status and kind for the tabs', async () => {
    const overdueOnly = await app.gql(QUEUE, { filter: { partner: partnerName, kind: ['OVERDUE_PROVISIONING'] } }, repToken);
    expect(overdueOnly.data.escalationQueue.nodes.map((e: any) => e.id)).toEqual([oldest.id, newer.id]);
    const old = await app.gql(QUEUE, { filter: { partner: partnerName, olderThanHours: 48 } }, repToken);
    expect(old.data.escalationQueue.nodes.map((e: any) => e.id)).toEqual([oldest.id]);
    const nobody = await app.gql(QUEUE, { filter: { partner: 'no such partner anywhere' } }, repToken);
    expect(nobody.data.escalationQueue).toEqual({ totalCount: 0, nodes: [] });
    const wildcard = await app.gql(QUEUE, { filter: { partner: '%' } }, repToken);
    expect(wildcard.data.escalationQueue.totalCount).toBe(0);

    const counts = await app.gql(COUNTS, { filter: { partner: partnerName, status: ['OPEN'], kind: ['OVERDUE_PROVISIONING'] } }, repToken);
    expect(counts.errors).toBeUndefined();
    expect(counts.data.escalationQueueCounts).toEqual({
      total: 2,
      slaBreached: 1,
      byStatus: [
        { status: 'OPEN', count: 2 },
        { status: 'IN_PROGRESS', count: 0 },
        { status: 'RESOLVED', count: 0 },
      ],
      byKind: [
        { kind: 'OVERDUE_PROVISIONING', count: 2 },
        { kind: 'UNRECOGNIZED_PARTNER_ORGANIZATION', count: 0 },
        { kind: 'UNRECOGNIZED_CUSTOMER_ORGANIZATION', count: 1 },
        { kind: 'STALLED_SETUP', count: 0 },
      ],
    });
  });

  it('filters by assignee and by unassigned', async () => {
    const { escalation } = await overdueOrder(app, { input: { partnerName } });
    await app.gql(ASSIGN, { input: { escalationId: escalation.id } }, repToken);
    const mine = await app.gql(QUEUE, { filter: { partner: partnerName, assigneeId: rep.id } }, repToken);
    expect(mine.data.escalationQueue.nodes.map((e: any) => e.id)).toEqual([escalation.id]);
    const unassigned = await app.gql(QUEUE, { filter: { partner: partnerName, unassigned: true } }, repToken);
    expect(unassigned.data.escalationQueue.nodes.map((e: any) => e.id)).not.toContain(escalation.id);
  });
});

describe('working an escalation', () => {
  it('assigns it to the calling rep, moves it in progress and records it in the order’s timeline', async () => {
    const { order, escalation } = await overdueOrder(app);
    const { data } = await app.gql(ASSIGN, { input: { escalationId: escalation.id } }, repToken);
    expect(data.assignEscalation.errors).toEqual([]);
    expect(data.assignEscalation.escalation).toMatchObject({ status: 'IN_PROGRESS', assignee: { id: rep.id, email: rep.email } });
    const events = await app.em().find(AuditEvent, { orderId: order.id, action: 'escalation.assigned' });
    expect(events.map((e) => [e.actorKind, e.actorLabel, e.after])).toEqual([
      ['REP', rep.email, { status: 'IN_PROGRESS', assigneeId: rep.id, assignee: rep.email }],
    ]);
  });

  it('assigns it to another active rep, and refuses an unknown one naming the field', async () => {
    const { escalation } = await overdueOrder(app);
    const other = await createRep(app.em());
    const { data } = await app.gql(ASSIGN, { input: { escalationId: escalation.id, repId: other.id } }, repToken);
    expect(data.assignEscalation.escalation.assignee.id).toBe(other.id);
    const before = await auditCount();
    const unknown = await app.gql(ASSIGN, { input: { escalationId: escalation.id, repId: '00000000-0000-0000-0000-000000000000' } }, repToken);
    expect(unknown.data.assignEscalation).toEqual({
      escalation: null,
      errors: [{ code: 'NOT_FOUND', message: 'No such active rep', field: ['input', 'repId'] }],
    });
    expect(await auditCount()).toBe(before);
  });

  it('refuses to assign a resolved escalation with INVALID_TRANSITION and changes nothing', async () => {
    const { escalation } = await overdueOrder(app);
    await app.gql(RESOLVE, { input: { escalationId: escalation.id, resolution: 'Partner started setup' } }, repToken);
    const before = await auditCount();
    const { data } = await app.gql(ASSIGN, { input: { escalationId: escalation.id } }, repToken);
    expect(data.assignEscalation.errors).toEqual([
      { code: 'INVALID_TRANSITION', message: 'The escalation is already resolved', field: ['input', 'escalationId'] },
    ]);
    expect(await auditCount()).toBe(before);
    expect((await app.em().findOneOrFail(Escalation, escalation.id)).assignee ?? null).toBeNull();
  });

  it('keeps notes with their author, oldest first, and refuses an empty one', async () => {
    const { escalation } = await overdueOrder(app);
    await app.gql(NOTE, { input: { escalationId: escalation.id, body: 'Left a voicemail' } }, repToken);
    app.clock.advance(60_000);
    const { data } = await app.gql(NOTE, { input: { escalationId: escalation.id, body: '  Partner will call back Monday ' } }, adminToken);
    expect(data.addEscalationNote.escalation.notes).toEqual([
      { body: 'Left a voicemail', author: { id: rep.id } },
      { body: 'Partner will call back Monday', author: { id: admin.id } },
    ]);
    const empty = await app.gql(NOTE, { input: { escalationId: escalation.id, body: '   ' } }, repToken);
    expect(empty.data.addEscalationNote.errors).toEqual([{ code: 'INVALID_INPUT', message: 'The note is required', field: ['input', 'body'] }]);
    expect(await app.em().count(EscalationNote, { escalation: escalation.id })).toBe(2);
  });

  it('works an overdue escalation to resolved: partner contacted, contact changed, link resent, resolved — each step in the order’s timeline', async () => {
    const { order, escalation } = await overdueOrder(app);
    const contacted = await app.gql(CONTACTED, { input: { escalationId: escalation.id, note: 'Spoke to Marco: the alias bounced' } }, repToken);
    expect(contacted.data.markPartnerContacted.escalation).toMatchObject({
      status: 'IN_PROGRESS',
      assignee: { id: rep.id },
      partnerContactedBy: { id: rep.id },
      partnerContactedAt: app.clock.now().toISOString(),
      notes: [{ body: 'Spoke to Marco: the alias bounced', author: { id: rep.id } }],
    });

    app.clock.advance(60_000);
    const changed = await app.gql(CONTACT, { input: { orderId: order.id, email: 'Marco.Rossi@rossi-networks.example' } }, repToken);
    expect(changed.data.updateProvisioningContact).toMatchObject({ errors: [], order: { provisioningContactEmail: 'marco.rossi@rossi-networks.example' } });
    app.clock.advance(60_000);
    const resent = await app.gql(CONTACT, { input: { orderId: order.id, resend: true } }, repToken);
    expect(resent.data.updateProvisioningContact.errors).toEqual([]);

    const resolved = await app.gql(RESOLVE, { input: { escalationId: escalation.id, resolution: 'New contact has the link' } }, repToken);
    expect(resolved.data.resolveEscalation.escalation).toMatchObject({
      status: 'RESOLVED',
      resolution: 'New contact has the link',
      resolvedBy: { id: rep.id },
    });

    const detail = await app.gql(ORDER_DETAIL, { id: order.id }, repToken);
    expect(detail.errors).toBeUndefined();
    expect(detail.data.order.auditTrail.map((e: any) => e.action)).toEqual([
      'setup_link.issued',
      'escalation.opened',
      'escalation.partner_contacted',
      'escalation.note_added',
      'order.contact_changed',
      'setup_link.issued',
      'setup_link.issued',
      'escalation.resolved',
    ]);
    const links = detail.data.order.setupLinks;
    expect(links.filter((l: any) => !l.revokedAt)).toEqual([{ recipientEmail: 'marco.rossi@rossi-networks.example', audience: 'PARTNER', revokedAt: null }]);
    expect(detail.data.order.outboxMessages.filter((m: any) => m.template === 'SETUP_LINK').map((m: any) => m.recipient)).toEqual([
      order.provisioningContactEmail,
      'marco.rossi@rossi-networks.example',
      'marco.rossi@rossi-networks.example',
    ]);
  });

  it('refuses to mark the partner contacted on a resolved escalation', async () => {
    const { escalation } = await overdueOrder(app);
    await app.gql(RESOLVE, { input: { escalationId: escalation.id, resolution: 'Done' } }, repToken);
    const { data } = await app.gql(CONTACTED, { input: { escalationId: escalation.id } }, repToken);
    expect(data.markPartnerContacted.errors[0].code).toBe('INVALID_TRANSITION');
  });
});

describe('unrecognized organizations', () => {
  it('confirming the organization resolves the escalation, takes the order off hold and sends the last holder a fresh link', async () => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') });
    const { order, escalation } = await orderOnHold(app, EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION, {
      recipient: 'colleague@rossi-networks.example',
      underReview: partner,
    });
    const shown = await app.gql(`query($id: ID!) { escalation(id: $id) { organizationInQuestion { id name } } }`, { id: escalation.id }, repToken);
    expect(shown.data.escalation.organizationInQuestion).toEqual({ id: partner.id, name: partner.name });

    const { data } = await app.gql(RESOLVE, { input: { escalationId: escalation.id, resolution: 'Organization confirmed with the partner' } }, repToken);
    expect(data.resolveEscalation.escalation).toMatchObject({ status: 'RESOLVED', order: { status: 'AWAITING_SETUP' } });
    const active = await app.em().find(SetupLink, { order: order.id, revokedAt: null });
    expect(active.map((l) => l.recipientEmail)).toEqual(['colleague@rossi-networks.example']);
  });

  it('reassigning maps the order to the chosen partner organization, records it and releases the hold', async () => {
    const wrong = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: 'Rossi Networks S.r.l.', partnerAccountId: unique('PA-') });
    const right = await createOrganization(app.em(), {
      kind: OrganizationKind.PARTNER,
      name: 'Rossi Network Services S.p.A.',
      partnerAccountId: unique('PA-'),
    });
    const { order, escalation } = await orderOnHold(app, EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION, { partnerOrganization: wrong });
    const { data } = await app.gql(REASSIGN, { input: { escalationId: escalation.id, organizationId: right.id } }, repToken);
    expect(data.reassignOrderOrganization.errors).toEqual([]);
    expect(data.reassignOrderOrganization.escalation).toMatchObject({
      status: 'RESOLVED',
      resolution: 'Order mapped to Rossi Network Services S.p.A.',
      order: { status: 'AWAITING_SETUP' },
    });
    const stored = await app.em().findOneOrFail(Order, order.id);
    expect(stored.partnerOrganization?.id).toBe(right.id);
    const events = await app.em().find(AuditEvent, { orderId: order.id }, { orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action).slice(-3)).toEqual(['order.organization_reassigned', 'escalation.resolved', 'setup_link.issued']);
    const reassigned = events.find((e) => e.action === 'order.organization_reassigned')!;
    expect([reassigned.before, reassigned.after]).toEqual([
      { partnerOrganizationId: wrong.id },
      { partnerOrganizationId: right.id, organizationName: 'Rossi Network Services S.p.A.', escalationId: escalation.id },
    ]);
  });

  it('reassigns a customer organization that the ordering partner manages', async () => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') });
    const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner });
    const { order, escalation } = await orderOnHold(app, EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION, { partnerOrganization: partner });
    const { data } = await app.gql(
      REASSIGN,
      { input: { escalationId: escalation.id, organizationId: customer.id, resolution: 'Mapped to the existing tenant' } },
      repToken,
    );
    expect(data.reassignOrderOrganization).toMatchObject({ errors: [], escalation: { resolution: 'Mapped to the existing tenant' } });
    expect((await app.em().findOneOrFail(Order, order.id)).customerOrganization?.id).toBe(customer.id);
  });

  it.each([
    ['an organization of the wrong kind', 'partner', 'is a partner organization: choose a customer organization'],
    ['a customer organization that set itself up', 'self', 'set up its own Webex organization: a partner cannot be given access to it'],
    ['a customer organization managed by another partner', 'other', 'is managed by another partner'],
  ])('refuses to reassign the order to %s, naming the field, and changes nothing', async (_case, target, message) => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') });
    const otherPartner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') });
    const organization =
      target === 'partner'
        ? otherPartner
        : await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: target === 'other' ? otherPartner : undefined });
    const { order, escalation } = await orderOnHold(app, EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION, { partnerOrganization: partner });
    const before = await auditCount();
    const { data } = await app.gql(REASSIGN, { input: { escalationId: escalation.id, organizationId: organization.id } }, repToken);
    expect(data.reassignOrderOrganization).toEqual({
      escalation: null,
      errors: [{ code: 'INVALID_INPUT', message: `${organization.name} ${message}`, field: ['input', 'organizationId'] }],
    });
    expect(await auditCount()).toBe(before);
    const stored = await app.em().findOneOrFail(Order, order.id);
    expect([stored.status, stored.customerOrganization ?? null]).toEqual([OrderStatus.ON_HOLD, null]);
  });

  it('lets the customer’s own administrator be mapped to a customer organization that set itself up', async () => {
    const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER });
    const { escalation } = await orderOnHold(app, EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION, {
      recipient: 'it@customer.example',
      audience: LinkAudience.CUSTOMER,
    });
    const { data } = await app.gql(REASSIGN, { input: { escalationId: escalation.id, organizationId: customer.id } }, repToken);
    expect(data.reassignOrderOrganization.errors).toEqual([]);
  });

  it('refuses to reassign an overdue escalation or an order no longer on hold', async () => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') });
    const overdue = await overdueOrder(app);
    const first = await app.gql(REASSIGN, { input: { escalationId: overdue.escalation.id, organizationId: partner.id } }, repToken);
    expect(first.data.reassignOrderOrganization.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'escalationId'] });
    const { escalation } = await orderOnHold(app, EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION);
    await app.gql(RESOLVE, { input: { escalationId: escalation.id, resolution: 'Confirmed' } }, repToken);
    const again = await app.gql(REASSIGN, { input: { escalationId: escalation.id, organizationId: partner.id } }, repToken);
    expect(again.data.reassignOrderOrganization.errors[0].code).toBe('INVALID_TRANSITION');
  });
});

describe('cancelling an order', () => {
  it('cancels an on-hold order: its links and wizard sessions stop working, its escalation is resolved with the reason, no link goes out', async () => {
    const { order, escalation } = await orderOnHold(app, EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION);
    const emailsBefore = await app.em().count(OutboxMessage, { orderId: order.id });
    const { data } = await app.gql(CANCEL, { input: { orderId: order.id, reason: 'Duplicate of another order' } }, repToken);
    expect(data.cancelOrder).toEqual({
      errors: [],
      order: { id: order.id, status: 'CANCELLED', escalations: [{ status: 'RESOLVED', resolution: 'Order cancelled: Duplicate of another order' }] },
    });
    expect(await app.em().count(SetupLink, { order: order.id, revokedAt: null })).toBe(0);
    expect(await app.em().count(SetupSession, { order: order.id, revokedAt: null })).toBe(0);
    // No new link goes out; the holder of the revoked link is told the order was cancelled (#22).
    expect(await app.em().count(OutboxMessage, { orderId: order.id })).toBe(emailsBefore + 1);
    expect(await app.em().count(OutboxMessage, { orderId: order.id, template: 'ORDER_CANCELLED' })).toBe(1);
    expect((await app.em().findOneOrFail(Escalation, escalation.id)).resolvedBy?.id).toBe(rep.id);
  });

  it('refuses to cancel an order that is set up, and requires a reason', async () => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
    const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner });
    const { order } = await orderWithSubscription(app, partner, customer);
    const before = await auditCount();
    const setUp = await app.gql(CANCEL, { input: { orderId: order.id, reason: 'Customer changed their mind' } }, repToken);
    expect(setUp.data.cancelOrder.errors).toEqual([
      { code: 'INVALID_TRANSITION', message: 'An order that is SET_UP cannot be cancelled', field: ['input', 'orderId'] },
    ]);
    const noReason = await app.gql(CANCEL, { input: { orderId: order.id, reason: ' ' } }, repToken);
    expect(noReason.data.cancelOrder.errors).toEqual([{ code: 'INVALID_INPUT', message: 'The reason is required', field: ['input', 'reason'] }]);
    expect(await auditCount()).toBe(before);
  });
});

describe('searching orders', () => {
  it('finds orders by CCW number, partner, customer or contact email, filters by status and overdue, and pages sorted in the database', async () => {
    const tag = unique('s');
    const placed = await createOrder(app, { input: { ccwOrderNumber: `CCW-${tag}-1`, customerName: `Trattoria ${tag}` } });
    const overdue = (await overdueOrder(app, { input: { ccwOrderNumber: `CCW-${tag}-2`, partnerName: `Partner ${tag}` } })).order;
    const byEmail = await orderAwaitingSetup(app, { input: { ccwOrderNumber: `CCW-${tag}-3`, provisioningContactEmail: `ops-${tag}@example.com` } });
    const search = async (variables: Record<string, unknown>) => {
      const { data, errors } = await app.gql(SEARCH_ORDERS, variables, repToken);
      expect(errors).toBeUndefined();
      return data.searchOrders;
    };
    expect((await search({ filter: { q: `CCW-${tag}` }, sortField: 'CCW_ORDER_NUMBER', sortOrder: 'ASC' })).nodes.map((o: any) => o.id)).toEqual([
      placed.id,
      overdue.id,
      byEmail.id,
    ]);
    expect((await search({ filter: { q: `trattoria ${tag}` } })).nodes.map((o: any) => o.id)).toEqual([placed.id]);
    expect((await search({ filter: { q: `Partner ${tag}` } })).nodes.map((o: any) => o.id)).toEqual([overdue.id]);
    expect((await search({ filter: { q: `ops-${tag}@` } })).nodes.map((o: any) => o.id)).toEqual([byEmail.id]);
    expect((await search({ filter: { q: `CCW-${tag}`, overdue: true } })).nodes).toEqual([
      { id: overdue.id, ccwOrderNumber: `CCW-${tag}-2`, status: 'AWAITING_SETUP', overdue: true },
    ]);
    expect((await search({ filter: { q: `CCW-${tag}`, status: ['PLACED'] } })).nodes.map((o: any) => o.id)).toEqual([placed.id]);
    const page = await search({ filter: { q: `CCW-${tag}` }, sortField: 'CCW_ORDER_NUMBER', sortOrder: 'DESC', offset: 1, limit: 1 });
    expect(page).toEqual({ totalCount: 3, nodes: [expect.objectContaining({ id: overdue.id })] });
    const tooMany = await app.gql(SEARCH_ORDERS, { limit: 1000 }, repToken);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows an order with its organizations, subscription, escalations, emails and timeline', async () => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
    const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner });
    const { order, subscription } = await orderWithSubscription(app, partner, customer);
    const { data, errors } = await app.gql(ORDER_DETAIL, { id: order.id }, repToken);
    expect(errors).toBeUndefined();
    expect(data.order).toMatchObject({
      partnerOrganization: { id: partner.id, name: partner.name },
      customerOrganization: { id: customer.id, name: customer.name },
      subscription: { id: subscription.id, status: 'PENDING' },
      escalations: [],
      partnerName: order.partnerName,
      customerName: order.customerName,
    });
  });

  it('reads a page of orders with their organizations, subscriptions, escalations, emails and timelines in a fixed number of queries (no N+1)', async () => {
    const tag = unique('n');
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
    const query = `query($q: String, $limit: Int) { searchOrders(filter: { q: $q }, limit: $limit) { nodes {
      id partnerOrganization { name activeSubscriptionCount } customerOrganization { name managingPartner { name } }
      subscription { status subdomain } escalations { status assignee { email } notes { author { name } } organizationInQuestion { name } }
      outboxMessages { status } auditTrail { action } setupLinks { audience } } } }`;
    const countQueries = async (limit: number) => {
      const connection = app.orm.em.getDriver().getConnection();
      const spy = jest.spyOn(connection, 'execute');
      try {
        const { data, errors } = await app.gql(query, { q: tag, limit }, repToken);
        expect(errors).toBeUndefined();
        expect(data.searchOrders.nodes).toHaveLength(limit);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    for (let i = 0; i < 6; i++) {
      const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner });
      await orderOnHold(app, EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION, {
        input: { ccwOrderNumber: `CCW-${tag}-${i}` },
        partnerOrganization: partner,
        underReview: customer,
      });
    }
    const forTwo = await countQueries(2);
    const forSix = await countQueries(6);
    expect(forSix).toBe(forTwo);
    expect(forTwo).toBeGreaterThan(5); // the spy sees the queries
    expect(forTwo).toBeLessThanOrEqual(16);
  });
});

describe('organizations', () => {
  const UPDATE = /* GraphQL */ `
    mutation Update($input: UpdateOrganizationInput!) {
      updateOrganization(input: $input) {
        errors {
          code
          message
          field
        }
        organization {
          id
          name
          country
          address
          city
          postalCode
          partnerAccountId
          auditTrail {
            action
            before
            after
          }
        }
      }
    }
  `;

  it('finds organizations by name, partner account or an administrator’s email, by kind', async () => {
    const tag = unique('o');
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: `Alpha ${tag}`, partnerAccountId: `PA-${tag}` });
    const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, name: `Beta ${tag}`, managingPartner: partner });
    await createUser(app.em(), customer, `it-${tag}@beta.example`);
    const search = async (filter: Record<string, unknown>) =>
      (
        await app.gql(
          `query($f: OrganizationSearchFilter) { searchOrganizations(filter: $f) { totalCount nodes { id kind orderCount users { email activated } managingPartner { id } } } }`,
          { f: filter },
          repToken,
        )
      ).data.searchOrganizations;
    expect((await search({ q: tag })).nodes.map((o: any) => o.id)).toEqual([partner.id, customer.id]);
    expect((await search({ q: `PA-${tag}` })).nodes.map((o: any) => o.id)).toEqual([partner.id]);
    const byEmail = await search({ q: `it-${tag}@` });
    expect(byEmail.nodes).toEqual([
      { id: customer.id, kind: 'CUSTOMER', orderCount: 0, users: [{ email: `it-${tag}@beta.example`, activated: false }], managingPartner: { id: partner.id } },
    ]);
    expect((await search({ q: tag, kind: 'PARTNER' })).nodes.map((o: any) => o.id)).toEqual([partner.id]);
  });

  it('corrects an organization’s details and records before and after', async () => {
    const organization = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: 'Rosi Networks', partnerAccountId: unique('PA-') });
    const { data } = await app.gql(UPDATE, { input: { id: organization.id, name: ' Rossi Networks ', city: 'Torino', country: 'it' } }, repToken);
    expect(data.updateOrganization.errors).toEqual([]);
    expect(data.updateOrganization.organization).toMatchObject({ name: 'Rossi Networks', city: 'Torino', country: 'IT' });
    expect(data.updateOrganization.organization.auditTrail).toEqual([
      { action: 'organization.updated', before: { name: 'Rosi Networks', city: 'Milano' }, after: { name: 'Rossi Networks', city: 'Torino' } },
    ]);
  });

  it('reports every mistake on its field and changes nothing', async () => {
    const taken = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: 'Holder', partnerAccountId: unique('PA-') });
    const organization = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') });
    const before = await auditCount();
    const { data } = await app.gql(
      UPDATE,
      { input: { id: organization.id, name: '', country: 'XX', postalCode: '20100!', partnerAccountId: taken.partnerAccountId } },
      repToken,
    );
    expect(data.updateOrganization).toEqual({
      organization: null,
      errors: [
        { code: 'INVALID_INPUT', message: 'The name is required', field: ['input', 'name'] },
        { code: 'INVALID_INPUT', message: '"XX" is not an ISO 3166-1 country code such as IT', field: ['input', 'country'] },
        { code: 'INVALID_INPUT', message: 'The postal code may contain only letters, digits, spaces and dashes', field: ['input', 'postalCode'] },
        { code: 'INVALID_INPUT', message: `CCW partner account ${taken.partnerAccountId} already belongs to Holder`, field: ['input', 'partnerAccountId'] },
      ],
    });
    expect(await auditCount()).toBe(before);
    expect((await app.em().findOneOrFail(Organization, organization.id)).name).toBe(organization.name);
  });

  it('refuses a CCW partner account on a customer organization', async () => {
    const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER });
    const { data } = await app.gql(UPDATE, { input: { id: customer.id, partnerAccountId: 'PA-1' } }, repToken);
    expect(data.updateOrganization.errors).toEqual([
      { code: 'INVALID_INPUT', message: 'Only a partner organization has a CCW partner account', field: ['input', 'partnerAccountId'] },
    ]);
  });
});

describe('subscriptions', () => {
  const UPDATE = /* GraphQL */ `
    mutation Update($input: UpdateSubscriptionSettingsInput!) {
      updateSubscriptionSettings(input: $input) {
        errors {
          code
          message
          field
        }
        subscription {
          id
          meetingSettings {
            timeZone
            language
          }
          callingSettings {
            mainNumber
            emailLanguage
          }
        }
      }
    }
  `;

  it('finds subscriptions by customer organization and status', async () => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
    const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner, name: unique('Gamma ') });
    const pending = await orderWithSubscription(app, partner, customer);
    app.clock.advance(1000);
    const active = await orderWithSubscription(app, partner, customer, { provisioned: true });
    const { data } = await app.gql(
      `query($f: SubscriptionSearchFilter) { searchSubscriptions(filter: $f, sortField: CREATED_AT, sortOrder: ASC) { totalCount nodes { id status order { id } customerOrganization { id activeSubscriptionCount } } } }`,
      { f: { q: customer.name } },
      repToken,
    );
    expect(data.searchSubscriptions).toEqual({
      totalCount: 2,
      nodes: [
        {
          id: pending.subscription.id,
          status: 'PENDING',
          order: { id: pending.order.id },
          customerOrganization: { id: customer.id, activeSubscriptionCount: 1 },
        },
        { id: active.subscription.id, status: 'ACTIVE', order: { id: active.order.id }, customerOrganization: { id: customer.id, activeSubscriptionCount: 1 } },
      ],
    });
  });

  it('corrects pending settings, reports mistakes on their fields, and refuses once provisioned', async () => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
    const customer = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner });
    const { subscription } = await orderWithSubscription(app, partner, customer);
    const ok = await app.gql(
      UPDATE,
      { input: { id: subscription.id, meetingSettings: { timeZone: 'Europe/Berlin', language: 'de-de' }, callingSettings: { mainNumber: '+390212345678' } } },
      repToken,
    );
    expect(ok.data.updateSubscriptionSettings).toEqual({
      errors: [],
      subscription: {
        id: subscription.id,
        meetingSettings: { timeZone: 'Europe/Berlin', language: 'de-DE' },
        callingSettings: { mainNumber: '+390212345678', emailLanguage: 'it' },
      },
    });
    const bad = await app.gql(
      UPDATE,
      { input: { id: subscription.id, meetingSettings: { timeZone: 'Mars/Olympus' }, callingSettings: { mainNumber: 'call me' } } },
      repToken,
    );
    expect(bad.data.updateSubscriptionSettings.errors.map((e: any) => e.field)).toEqual([
      ['input', 'meetingSettings', 'timeZone'],
      ['input', 'callingSettings', 'mainNumber'],
    ]);
    const stored = await app.em().findOneOrFail(Subscription, subscription.id);
    expect(stored.meetingSettings?.timeZone).toBe('Europe/Berlin');

    const provisioned = await orderWithSubscription(app, partner, customer, { provisioned: true });
    const refused = await app.gql(UPDATE, { input: { id: provisioned.subscription.id, meetingSettings: { language: 'en' } } }, repToken);
    expect(refused.data.updateSubscriptionSettings.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'id'] });
  });
});

describe('rep accounts', () => {
  const CREATE = `mutation($input: CreateRepInput!) { createRep(input: $input) { errors { code message field } rep { id email name role active } } }`;
  const UPDATE = `mutation($input: UpdateRepInput!) { updateRep(input: $input) { errors { code message field } rep { id name role active } } }`;

  it('lets an admin create a rep who can then log in to the console', async () => {
    const email = `${unique('giulia')}@cisco.example`;
    const { data } = await app.gql(CREATE, { input: { email: email.toUpperCase(), name: 'Giulia Bianchi', password: 'Strong-password-42' } }, adminToken);
    expect(data.createRep).toMatchObject({ errors: [], rep: { email, name: 'Giulia Bianchi', role: 'REP', active: true } });
    const login = await app.gql(`mutation($input: LoginInput!) { login(input: $input) { errors { code } viewer { kind } } }`, {
      input: { email, password: 'Strong-password-42' },
    });
    expect(login.data.login).toEqual({ errors: [], viewer: { kind: 'REP' } });
  });

  it('refuses a taken email and a weak password on their fields', async () => {
    const { data } = await app.gql(CREATE, { input: { email: rep.email, name: 'Dup', password: 'short' } }, adminToken);
    expect(data.createRep.errors).toEqual([{ code: 'PASSWORD_TOO_WEAK', message: 'Use at least 12 characters', field: ['input', 'password'] }]);
    const taken = await app.gql(CREATE, { input: { email: rep.email, name: 'Dup', password: 'Strong-password-42' } }, adminToken);
    expect(taken.data.createRep.errors).toEqual([
      { code: 'INVALID_INPUT', message: `A rep with the email ${rep.email} already exists`, field: ['input', 'email'] },
    ]);
  });

  it('deactivating a rep ends their sessions at once; an admin cannot deactivate or demote themselves', async () => {
    const leaving = await createRep(app.em());
    const token = await loginToken(app.em(), { rep: leaving }, app.clock.now());
    const { data } = await app.gql(UPDATE, { input: { id: leaving.id, active: false } }, adminToken);
    expect(data.updateRep).toMatchObject({ errors: [], rep: { active: false } });
    expect(await app.em().count(LoginSession, { rep: leaving.id, revokedAt: null })).toBe(0);
    const after = await app.gql(`{ searchReps { totalCount } }`, {}, token);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const self = await app.gql(UPDATE, { input: { id: admin.id, active: false, role: 'REP' } }, adminToken);
    expect(self.data.updateRep.errors.map((e: any) => e.field)).toEqual([
      ['input', 'active'],
      ['input', 'role'],
    ]);
  });
});

describe('the dashboard', () => {
  it('counts open escalations by kind and age, this week’s orders by status, the funnel and the overdue orders', async () => {
    const fresh = await startTestApp();
    try {
      const token = await loginToken(fresh.em(), { rep: await createRep(fresh.em()) }, fresh.clock.now());
      const now = fresh.clock.now().getTime();
      await overdueOrder(fresh, { openedAt: new Date(now - 3 * HOUR) });
      await overdueOrder(fresh, { openedAt: new Date(now - 30 * HOUR) });
      await orderOnHold(fresh, EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION);
      await createOrder(fresh, { placedAt: new Date(now - 10 * 24 * HOUR) });
      const partner = await createOrganization(fresh.em(), { kind: OrganizationKind.PARTNER });
      const customer = await createOrganization(fresh.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner });
      const provisioned = await orderWithSubscription(fresh, partner, customer, { provisioned: true });
      await fresh
        .em()
        .nativeUpdate(Order, { id: provisioned.order.id }, { setupStartedAt: new Date(now), setUpAt: new Date(now), provisionedAt: new Date(now) });

      const { data, errors } = await fresh.gql(
        `{ dashboard { openEscalations slaBreachedEscalations overdueOrders ordersOnHold
            openEscalationsByKindAndAge { kind age count } ordersByStatusThisWeek { status count }
            funnel { placed setupStarted setUp provisioned } } }`,
        {},
        token,
      );
      expect(errors).toBeUndefined();
      const d = data.dashboard;
      // The overdue escalation opened 30 h ago is past its kind's target (24 h); the others are within theirs.
      expect([d.openEscalations, d.slaBreachedEscalations, d.overdueOrders, d.ordersOnHold]).toEqual([3, 1, 2, 1]);
      expect(d.openEscalationsByKindAndAge.filter((c: any) => c.count > 0)).toEqual([
        { kind: 'OVERDUE_PROVISIONING', age: 'UNDER_1_DAY', count: 1 },
        { kind: 'OVERDUE_PROVISIONING', age: 'ONE_TO_2_DAYS', count: 1 },
        { kind: 'UNRECOGNIZED_PARTNER_ORGANIZATION', age: 'UNDER_1_DAY', count: 1 },
      ]);
      expect(d.openEscalationsByKindAndAge).toHaveLength(16);
      expect(d.ordersByStatusThisWeek.filter((c: any) => c.count > 0)).toEqual([
        { status: 'AWAITING_SETUP', count: 2 },
        { status: 'ON_HOLD', count: 1 },
        { status: 'PROVISIONED', count: 1 },
      ]);
      expect(d.funnel).toEqual({ placed: 5, setupStarted: 2, setUp: 1, provisioned: 1 });
    } finally {
      await fresh.stop();
    }
  });
});
