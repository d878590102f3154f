import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { RepRole } from '../server/auth/rep.entity.js';
import { Escalation, EscalationStatus } from '../server/escalations/escalation.entity.js';
import { runOutboxDelivery } from '../server/jobs/outbox-delivery.job.js';
import { createSmtpMailer, type Mailer } from '../server/outbox/mailer.js';
import { OutboxMessage, OutboxStatus } from '../server/outbox/outbox-message.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { OrderStatus } from '../server/orders/order-status.js';
import { csvCell } from '../server/http/csv-export.routes.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createOrder, orderAwaitingSetup, overdueOrder } from './support/console.js';
import { createOrganization, createRep, createUser, loginToken, unique } from './support/factories.js';
import { jobDependencies } from './support/scheduling.js';
import { SmtpSink } from './support/smtp-sink.js';

/** Bulk work for reps: bulk assign and resolve, "send again", and CSV downloads (GraphQL and HTTP, real PostgreSQL and SMTP). */

let app: TestApp;
let sink: SmtpSink;
let mailer: Mailer;
let repToken: string;
let repId: string;
let partnerToken: string;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-11-25T09:00:00Z' });
  sink = await SmtpSink.start();
  mailer = createSmtpMailer(sink.url, app.config.emailFrom);
  const rep = await createRep(app.em(), { email: `${unique('bulk-rep')}@cisco.example` });
  repId = rep.id;
  repToken = await loginToken(app.em(), { rep }, app.clock.now());
  const partner = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
  partnerToken = await loginToken(app.em(), { user: await createUser(app.em(), partner) }, app.clock.now());
}, 120_000);
afterAll(async () => {
  mailer?.close();
  await sink?.stop();
  await app?.stop();
});

const ASSIGN = `mutation($i: AssignEscalationsInput!) { assignEscalations(input: $i) { errors { code field } results { id escalation { id status assignee { id } } errors { code } } } }`;
const RESOLVE = `mutation($i: ResolveEscalationsInput!) { resolveEscalations(input: $i) { errors { code field } results { id escalation { id status resolution } errors { code } } } }`;
const RESEND = `mutation($i: ResendEmailInput!) { resendEmail(input: $i) { errors { code field } email { id status attempts } } }`;

async function download(path: string, token?: string): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

/** The CSV's lines without the byte-order mark and the final line break. */
const linesOf = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .replace(/\r\n$/, '')
    .split('\r\n');

describe('bulk assign and resolve on the escalation queue', () => {
  it('assigns every open escalation to the caller, each audited as one by one, and reports the one already resolved', async () => {
    const [a, b, c] = [await overdueOrder(app), await overdueOrder(app), await overdueOrder(app)];
    await app
      .em()
      .nativeUpdate(Escalation, { id: c.escalation.id }, { status: EscalationStatus.RESOLVED, resolvedAt: app.clock.now(), resolution: 'Done before' });

    const response = await app.gql(ASSIGN, { i: { escalationIds: [a.escalation.id, b.escalation.id, c.escalation.id] } }, repToken);

    const payload = response.data.assignEscalations;
    expect(payload.errors).toEqual([]);
    expect(payload.results).toEqual([
      { id: a.escalation.id, escalation: { id: a.escalation.id, status: 'IN_PROGRESS', assignee: { id: repId } }, errors: [] },
      { id: b.escalation.id, escalation: { id: b.escalation.id, status: 'IN_PROGRESS', assignee: { id: repId } }, errors: [] },
      { id: c.escalation.id, escalation: null, errors: [{ code: 'INVALID_TRANSITION' }] },
    ]);
    const audited = await app.em().find(AuditEvent, { action: 'escalation.assigned', targetId: { $in: [a.escalation.id, b.escalation.id, c.escalation.id] } });
    expect(audited.map((e) => e.targetId).sort()).toEqual([a.escalation.id, b.escalation.id].sort());
    expect(audited.every((e) => e.actorId === repId && e.orderId)).toBe(true);
    expect((await app.em().findOneOrFail(Escalation, c.escalation.id)).assignee).toBeFalsy();
  });

  it('resolves every escalation with the one resolution, audited on each order, and says which did not exist', async () => {
    const [a, b] = [await overdueOrder(app), await overdueOrder(app)];
    const unknown = '00000000-0000-4000-8000-000000000000';

    const response = await app.gql(
      RESOLVE,
      { i: { escalationIds: [a.escalation.id, unknown, b.escalation.id], resolution: 'Partner called, setup booked.' } },
      repToken,
    );

    const results = response.data.resolveEscalations.results;
    expect(results.map((r: any) => [r.id, r.escalation?.status ?? null, r.errors.map((e: any) => e.code)])).toEqual([
      [a.escalation.id, 'RESOLVED', []],
      [unknown, null, ['NOT_FOUND']],
      [b.escalation.id, 'RESOLVED', []],
    ]);
    for (const { order, escalation } of [a, b]) {
      const [entry] = await app.em().find(AuditEvent, { action: 'escalation.resolved', targetId: escalation.id });
      expect(entry).toMatchObject({ orderId: order.id, actorId: repId });
    }
  });

  it('refuses an empty resolution for every escalation and changes none', async () => {
    const a = await overdueOrder(app);
    const response = await app.gql(RESOLVE, { i: { escalationIds: [a.escalation.id], resolution: '   ' } }, repToken);
    expect(response.data.resolveEscalations.results).toEqual([{ id: a.escalation.id, escalation: null, errors: [{ code: 'INVALID_INPUT' }] }]);
    expect((await app.em().findOneOrFail(Escalation, a.escalation.id)).status).toBe(EscalationStatus.OPEN);
  });

  it('refuses no escalations and more than 100 at once, changing nothing', async () => {
    const none = await app.gql(ASSIGN, { i: { escalationIds: [] } }, repToken);
    expect(none.data.assignEscalations).toEqual({ errors: [{ code: 'INVALID_INPUT', field: ['input', 'escalationIds'] }], results: [] });
    const many = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const tooMany = await app.gql(ASSIGN, { i: { escalationIds: many } }, repToken);
    expect(tooMany.data.assignEscalations.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'escalationIds'] }]);
  });

  it('is for reps only', async () => {
    const a = await overdueOrder(app);
    const response = await app.gql(ASSIGN, { i: { escalationIds: [a.escalation.id] } }, partnerToken);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.em().findOneOrFail(Escalation, a.escalation.id)).status).toBe(EscalationStatus.OPEN);
  });
});

describe('send again for a FAILED email', () => {
  const deliver = () => runOutboxDelivery(jobDependencies(app), mailer, {});

  it('puts a FAILED email back in the outbox, audited on its order, and the next delivery sends it', async () => {
    const recipient = `${unique('contact')}@partner.example`;
    const order = await orderAwaitingSetup(app, { recipient });
    sink.rejectRecipient = (address) => (address === recipient ? { code: 550, message: 'No such user' } : undefined);
    await deliver();
    const [failed] = await app.em().find(OutboxMessage, { recipient });
    expect(failed.status).toBe(OutboxStatus.FAILED);

    sink.rejectRecipient = undefined;
    const response = await app.gql(RESEND, { i: { emailId: failed.id } }, repToken);
    expect(response.data.resendEmail).toEqual({ errors: [], email: { id: failed.id, status: 'PENDING', attempts: 0 } });
    const [entry] = await app.em().find(AuditEvent, { action: 'email.resent', targetId: failed.id });
    expect(entry).toMatchObject({ orderId: order.id, actorId: repId, before: expect.objectContaining({ status: 'FAILED' }) });

    await deliver();
    expect((await app.em().findOneOrFail(OutboxMessage, failed.id)).status).toBe(OutboxStatus.SENT);
    expect(sink.to(recipient)).toHaveLength(1);
  });

  it('refuses an email that did not fail, and changes nothing', async () => {
    const recipient = `${unique('contact')}@partner.example`;
    await orderAwaitingSetup(app, { recipient });
    const [pending] = await app.em().find(OutboxMessage, { recipient });
    const response = await app.gql(RESEND, { i: { emailId: pending.id } }, repToken);
    expect(response.data.resendEmail).toEqual({ errors: [{ code: 'INVALID_TRANSITION', field: ['input', 'emailId'] }], email: null });
    expect(await app.em().count(AuditEvent, { action: 'email.resent', targetId: pending.id })).toBe(0);
  });

  it('refuses a failed setup email whose link was replaced since (a new link went out instead), and changes nothing', async () => {
    const recipient = `${unique('contact')}@partner.example`;
    const order = await orderAwaitingSetup(app, { recipient });
    sink.rejectRecipient = (address) => (address === recipient ? { code: 550, message: 'No such user' } : undefined);
    await deliver();
    const [failed] = await app.em().find(OutboxMessage, { recipient });
    expect(failed.status).toBe(OutboxStatus.FAILED);
    sink.rejectRecipient = undefined;

    // The rep corrects the contact: a new link goes to the new address, the failed email's link is revoked.
    const corrected = `${unique('right')}@partner.example`;
    const update = await app.gql(
      'mutation($i: UpdateProvisioningContactInput!) { updateProvisioningContact(input: $i) { errors { code } } }',
      { i: { orderId: order.id, email: corrected } },
      repToken,
    );
    expect(update.data.updateProvisioningContact.errors).toEqual([]);

    const response = await app.gql(
      `mutation($i: ResendEmailInput!) { resendEmail(input: $i) { errors { code field params } email { id } } }`,
      { i: { emailId: failed.id } },
      repToken,
    );
    expect(response.data.resendEmail).toEqual({
      errors: [{ code: 'INVALID_TRANSITION', field: ['input', 'emailId'], params: { reason: 'LINK_NO_LONGER_VALID' } }],
      email: null,
    });
    expect((await app.em().findOneOrFail(OutboxMessage, failed.id)).status).toBe(OutboxStatus.FAILED);
    expect(await app.em().count(AuditEvent, { action: 'email.resent', targetId: failed.id })).toBe(0);
  });

  it('lists an order’s emails with their delivery state', async () => {
    const recipient = `${unique('contact')}@partner.example`;
    const order = await orderAwaitingSetup(app, { recipient });
    const response = await app.gql(
      `query($id: ID!) { order(id: $id) { outboxMessages { id recipient status attempts lastError } } }`,
      { id: order.id },
      repToken,
    );
    expect(response.data.order.outboxMessages).toEqual([expect.objectContaining({ recipient, status: 'PENDING', attempts: 0, lastError: null })]);
  });
});

describe('CSV downloads', () => {
  it('exports every order the filter matches, across pages, and nothing else', async () => {
    const partnerName = unique('Exported Partner ');
    for (let i = 0; i < 130; i++) await createOrder(app, { input: { partnerName, ccwOrderNumber: `${partnerName.slice(-8)}-${String(i).padStart(3, '0')}` } });
    await createOrder(app, { input: { partnerName: unique('Someone Else ') } });

    const filter = encodeURIComponent(JSON.stringify({ q: partnerName }));
    const csv = await download(`/export/orders.csv?filter=${filter}&sortField=CCW_ORDER_NUMBER&sortOrder=DESC`, repToken);

    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = linesOf(csv.text);
    expect(header.split(',').slice(0, 4)).toEqual(['id', 'ccw_order_number', 'offer', 'status']);
    expect(rows).toHaveLength(130);
    expect(rows.every((row) => row.includes(partnerName))).toBe(true);
    // In the list's order: CCW number descending.
    expect(rows[0].split(',')[1]).toMatch(/-129$/);
    expect(rows[129].split(',')[1]).toMatch(/-000$/);
  });

  it('exports the escalation queue with the queue’s filters', async () => {
    const { escalation } = await overdueOrder(app);
    const csv = await download(`/export/escalations.csv?filter=${encodeURIComponent(JSON.stringify({ ids: [escalation.id] }))}`, repToken);
    const [header, ...rows] = linesOf(csv.text);
    expect(header).toContain('ccw_order_number');
    expect(rows).toHaveLength(1);
    expect(rows[0].startsWith(`${escalation.id},OVERDUE_PROVISIONING,OPEN,`)).toBe(true);
  });

  it('writes values a spreadsheet cannot run as formulas, and quotes commas, quotes and line breaks', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+39 02 1234')).toBe(`'+39 02 1234`);
    expect(csvCell('Rossi, Networks')).toBe('"Rossi, Networks"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell([{ kind: 'MEETINGS', quantity: 50 }])).toBe('MEETINGS:50');
  });

  it('guards formula characters after any separator a spreadsheet may split on (`;` for Italian Excel, `,`, tab): security rule 7', () => {
    expect(csvCell('Rossi;=HYPERLINK("http://evil")')).toBe(`"Rossi;'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('a;+1;-2;@SUM(A1)')).toBe(`a;'+1;'-2;'@SUM(A1)`);
    expect(csvCell('a, =1+1')).toBe(`"a,' =1+1"`);
    expect(csvCell('a\t@cmd')).toBe(`a\t'@cmd`);
    expect(csvCell('a;"=1"')).toBe(`"a;'""=1"""`);
    expect(csvCell('line\n=1')).toBe(`"line\n'=1"`);
    expect(csvCell('\tindented')).toBe(`'\tindented`);
    // Text inside JSON (the audit trail's before/after) is guarded alike; ordinary text is left alone.
    expect(csvCell({ note: 'x;=1' })).toBe(`"{""note"":""x;'=1""}"`);
    expect(csvCell('Jean-Luc Rossi; Networks - Milano')).toBe('Jean-Luc Rossi; Networks - Milano');
    expect(csvCell(-3.5)).toBe('-3.5');
  });

  it('downloads text a `;`-separator spreadsheet would split into a formula cell guarded, from outside', async () => {
    const admin = await createRep(app.em(), { role: RepRole.ADMIN });
    const hostile = await createRep(app.em());
    hostile.name = 'Rossi;=HYPERLINK("http://evil";"x")';
    await app.em().persist(hostile).flush();
    const csv = await download(
      `/export/reps.csv?filter=${encodeURIComponent(JSON.stringify({ ids: [hostile.id] }))}`,
      await loginToken(app.em(), { rep: admin }, app.clock.now()),
    );
    const [, row] = linesOf(csv.text);
    expect(row).toContain(`"Rossi;'=HYPERLINK(""http://evil"";""x"")"`);
    // Split as a `;` spreadsheet does: no piece starts a formula.
    expect(row.split(';').filter((piece) => /^[\s"]*[=+\-@]/.test(piece))).toEqual([]);
  });

  it('answers 400 to a query parameter given twice, saying so, instead of reading one of them', async () => {
    const ids = (id: string) => encodeURIComponent(JSON.stringify({ ids: [id] }));
    const answer = await download(`/export/orders.csv?filter=${ids('a')}&filter=${ids('b')}`, repToken);
    expect(answer.status).toBe(400);
    expect(answer.text).toBe('The query parameter filter must be given once, as plain text');
    const sorted = await download('/export/orders.csv?sortField=CCW_ORDER_NUMBER&sortField=STATUS', repToken);
    expect([sorted.status, sorted.text]).toEqual([400, 'The query parameter sortField must be given once, as plain text']);
  });

  it('downloads an order’s timeline as CSV', async () => {
    const order = await orderAwaitingSetup(app);
    const csv = await download(`/export/orders/${order.id}/audit-trail.csv`, repToken);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="order-${order.ccwOrderNumber.replace(/[^A-Za-z0-9._-]/g, '_')}-audit-trail.csv"`,
    );
    const [header, ...rows] = linesOf(csv.text);
    expect(header).toBe('at,actor_kind,actor,action,target_type,target_id,before,after,request_id,ip');
    const recorded = await app.em().count(AuditEvent, { orderId: order.id });
    expect(recorded).toBeGreaterThan(0);
    expect(rows).toHaveLength(recorded);
  });

  it('is for reps only: no token 401, a partner administrator 403, an unknown list or order 404, a bad filter 400', async () => {
    const order = await createOrder(app, { status: OrderStatus.PLACED });
    expect((await download('/export/orders.csv')).status).toBe(401);
    expect((await download('/export/orders.csv', 'phl_not-a-session')).status).toBe(401);
    expect((await download('/export/orders.csv', partnerToken)).status).toBe(403);
    expect((await download(`/export/orders/${order.id}/audit-trail.csv`, partnerToken)).status).toBe(403);
    expect((await download('/export/secrets.csv', repToken)).status).toBe(404);
    expect((await download('/export/orders/00000000-0000-4000-8000-000000000000/audit-trail.csv', repToken)).status).toBe(404);
    expect((await download('/export/orders.csv?filter=not-json', repToken)).status).toBe(400);
    expect((await download(`/export/orders.csv?filter=${encodeURIComponent('{"status":["NOT_A_STATUS"]}')}`, repToken)).status).toBe(400);
  });

  it('lets an admin export the reps', async () => {
    const admin = await createRep(app.em(), { role: RepRole.ADMIN });
    const csv = await download(
      `/export/reps.csv?filter=${encodeURIComponent(JSON.stringify({ ids: [admin.id] }))}`,
      await loginToken(app.em(), { rep: admin }, app.clock.now()),
    );
    expect(linesOf(csv.text)).toEqual([
      'id,name,email,role,active,created_at',
      `${admin.id},Test Rep,${admin.email},ADMIN,true,${admin.createdAt.toISOString()}`,
    ]);
  });
});
