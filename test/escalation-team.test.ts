import { AuditEvent } from '../server/audit/audit-event.entity.js';
import type { Rep } from '../server/auth/rep.entity.js';
import { Escalation, EscalationKind, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { orderOnHold, overdueOrder } from './support/console.js';
import { createOrganization, createRep, loginToken, unique } from './support/factories.js';

/**
 * Work shared by a team of reps: an escalation handed to a colleague (who is told once by email),
 * given back to the queue, and the organization in question kept as it was when the escalation opened.
 */

let app: TestApp;
let rep: Rep;
let repToken: string;

beforeAll(async () => {
  app = await startTestApp();
  rep = await createRep(app.em());
  repToken = await loginToken(app.em(), { rep }, app.clock.now());
});
afterAll(() => app.stop());

const ASSIGN = /* GraphQL */ `
  mutation ($input: AssignEscalationInput!) {
    assignEscalation(input: $input) {
      errors {
        code
        message
        field
      }
      escalation {
        id
        status
        assignee {
          id
        }
      }
    }
  }
`;
const UNASSIGN = /* GraphQL */ `
  mutation ($input: UnassignEscalationInput!) {
    unassignEscalation(input: $input) {
      errors {
        code
        message
        field
      }
      escalation {
        id
        status
        assignee {
          id
        }
      }
    }
  }
`;
const RESOLVE = /* GraphQL */ `
  mutation ($input: ResolveEscalationInput!) {
    resolveEscalation(input: $input) {
      errors {
        code
      }
    }
  }
`;
const REASSIGN = /* GraphQL */ `
  mutation ($input: ReassignOrderOrganizationInput!) {
    reassignOrderOrganization(input: $input) {
      errors {
        code
        message
      }
    }
  }
`;
const IN_QUESTION = /* GraphQL */ `
  query ($id: ID!) {
    escalation(id: $id) {
      organizationInQuestion {
        id
        name
      }
      organizationNow {
        id
        name
      }
    }
  }
`;

const noticesTo = (email: string) => app.em().find(OutboxMessage, { recipient: email, template: 'ESCALATION_ASSIGNED' });

describe('assigning to a colleague', () => {
  it('emails the colleague once, however often the escalation goes back and forth, and never the rep who takes it', async () => {
    const { order, escalation } = await overdueOrder(app);
    const colleague = await createRep(app.em());
    const first = await app.gql(ASSIGN, { input: { escalationId: escalation.id, repId: colleague.id } }, repToken);
    expect(first.data.assignEscalation).toEqual({ errors: [], escalation: { id: escalation.id, status: 'IN_PROGRESS', assignee: { id: colleague.id } } });

    const [notice, ...more] = await noticesTo(colleague.email);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ orderId: order.id, locale: 'en', messageKey: `escalation-assigned:${escalation.id}:${colleague.id}` });
    expect(notice.subject).toBe(`[Provisioning Hub] An escalation on order ${order.ccwOrderNumber} is assigned to you`);
    expect(notice.text).toContain(`/admin/#/escalations/${escalation.id}/show`);

    // Back to me, then to the colleague again: no second email to them; none to me (I took it myself).
    await app.gql(ASSIGN, { input: { escalationId: escalation.id } }, repToken);
    await app.gql(ASSIGN, { input: { escalationId: escalation.id, repId: colleague.id } }, repToken);
    expect(await noticesTo(colleague.email)).toHaveLength(1);
    expect(await noticesTo(rep.email)).toHaveLength(0);
  });

  it('queues no email when the assignment is refused', async () => {
    const { escalation } = await overdueOrder(app);
    const colleague = await createRep(app.em());
    await app.gql(RESOLVE, { input: { escalationId: escalation.id, resolution: 'Done' } }, repToken);
    const { data } = await app.gql(ASSIGN, { input: { escalationId: escalation.id, repId: colleague.id } }, repToken);
    expect(data.assignEscalation.errors.map((e: { code: string }) => e.code)).toEqual(['INVALID_TRANSITION']);
    expect(await noticesTo(colleague.email)).toHaveLength(0);
  });
});

describe('unassigning', () => {
  it('gives the escalation back to the queue: no assignee, open again, in the timeline', async () => {
    const { order, escalation } = await overdueOrder(app);
    await app.gql(ASSIGN, { input: { escalationId: escalation.id } }, repToken);
    const { data } = await app.gql(UNASSIGN, { input: { escalationId: escalation.id } }, repToken);
    expect(data.unassignEscalation).toEqual({ errors: [], escalation: { id: escalation.id, status: 'OPEN', assignee: null } });
    const events = await app.em().find(AuditEvent, { orderId: order.id, action: 'escalation.unassigned' });
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [
        { status: 'IN_PROGRESS', assigneeId: rep.id },
        { status: 'OPEN', assigneeId: null },
      ],
    ]);
  });

  it('refuses a resolved escalation and an unknown one, changing nothing', async () => {
    const { escalation } = await overdueOrder(app);
    await app.gql(ASSIGN, { input: { escalationId: escalation.id } }, repToken);
    await app.gql(RESOLVE, { input: { escalationId: escalation.id, resolution: 'Done' } }, repToken);
    const before = await app.em().count(AuditEvent, {});
    const resolved = await app.gql(UNASSIGN, { input: { escalationId: escalation.id } }, repToken);
    expect(resolved.data.unassignEscalation.errors).toEqual([
      { code: 'INVALID_TRANSITION', message: 'The escalation is already resolved', field: ['input', 'escalationId'] },
    ]);
    const unknown = await app.gql(UNASSIGN, { input: { escalationId: 'nope' } }, repToken);
    expect(unknown.data.unassignEscalation.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    expect(await app.em().count(AuditEvent, {})).toBe(before);
    const stored = await app.em().findOneOrFail(Escalation, escalation.id);
    expect([stored.status, stored.assignee?.id]).toEqual([EscalationStatus.RESOLVED, rep.id]);
  });

  it('is for reps only', async () => {
    const { escalation } = await overdueOrder(app);
    const { errors } = await app.gql(UNASSIGN, { input: { escalationId: escalation.id } });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the organization in question', () => {
  it('stays the one the partner did not recognize after a reassignment, with the new one beside it', async () => {
    const wrong = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: unique('Wrong Partner '), partnerAccountId: unique('PA-') });
    const right = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: unique('Right Partner '), partnerAccountId: unique('PA-') });
    const { escalation } = await orderOnHold(app, EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION, { partnerOrganization: wrong });
    const opened = await app.gql(IN_QUESTION, { id: escalation.id }, repToken);
    expect(opened.data.escalation).toEqual({ organizationInQuestion: { id: wrong.id, name: wrong.name }, organizationNow: null });

    const reassigned = await app.gql(REASSIGN, { input: { escalationId: escalation.id, organizationId: right.id } }, repToken);
    expect(reassigned.data.reassignOrderOrganization.errors).toEqual([]);
    const after = await app.gql(IN_QUESTION, { id: escalation.id }, repToken);
    expect(after.data.escalation).toEqual({ organizationInQuestion: { id: wrong.id, name: wrong.name }, organizationNow: { id: right.id, name: right.name } });
  });

  it('keeps a customer organization read from the wizard’s draft (the order not mapped yet) after a reassignment', async () => {
    const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, partnerAccountId: unique('PA-') });
    const draft = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner });
    const chosen = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, managingPartner: partner });
    const { escalation } = await orderOnHold(app, EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION, { partnerOrganization: partner, underReview: draft });
    await app.gql(REASSIGN, { input: { escalationId: escalation.id, organizationId: chosen.id } }, repToken);
    const after = await app.gql(IN_QUESTION, { id: escalation.id }, repToken);
    expect(after.data.escalation).toEqual({
      organizationInQuestion: { id: draft.id, name: draft.name },
      organizationNow: { id: chosen.id, name: chosen.name },
    });
  });
});

describe('the SLA target of each kind', () => {
  const SLA = /* GraphQL */ `
    query ($id: ID!) {
      escalation(id: $id) {
        kind
        createdAt
        slaDueAt
        slaBreached
      }
    }
  `;
  const HOUR = 3_600_000;

  it('is 8 h for an unrecognized organization, 24 h for an overdue order (README, "Escalation queue")', async () => {
    const { escalation: hold } = await orderOnHold(app, EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION);
    const { escalation: overdue } = await overdueOrder(app);
    for (const [escalation, hours] of [
      [hold, 8],
      [overdue, 24],
    ] as const) {
      const { data } = await app.gql(SLA, { id: escalation.id }, repToken);
      expect(new Date(data.escalation.slaDueAt).getTime() - new Date(data.escalation.createdAt).getTime()).toBe(hours * HOUR);
      expect(data.escalation.slaBreached).toBe(false);
    }
  });

  it('is past for the queue, its counts and its filter once the kind’s target has gone by', async () => {
    const partner = unique('SLA Partner ');
    const now = app.clock.now().getTime();
    // 10 h: past an unrecognized organization's 8 h, within an overdue order's 24 h.
    const { escalation: overdue } = await overdueOrder(app, { input: { partnerName: partner }, openedAt: new Date(now - 10 * HOUR) });
    const { escalation: hold } = await orderOnHold(app, EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION, { input: { partnerName: partner } });
    await app.em().nativeUpdate(Escalation, { id: hold.id }, { createdAt: new Date(now - 10 * HOUR) });
    const queue = await app.gql(
      `query($filter: EscalationQueueFilter) { escalationQueue(filter: $filter) { nodes { id slaBreached } } escalationQueueCounts(filter: $filter) { total slaBreached } }`,
      { filter: { partner } },
      repToken,
    );
    expect(Object.fromEntries(queue.data.escalationQueue.nodes.map((e: { id: string; slaBreached: boolean }) => [e.id, e.slaBreached]))).toEqual({
      [overdue.id]: false,
      [hold.id]: true,
    });
    expect(queue.data.escalationQueueCounts).toEqual({ total: 2, slaBreached: 1 });
    const late = await app.gql(
      `query($filter: EscalationQueueFilter) { escalationQueue(filter: $filter) { nodes { id } } }`,
      { filter: { partner, slaBreached: true } },
      repToken,
    );
    expect(late.data.escalationQueue.nodes).toEqual([{ id: hold.id }]);
  });
});
