import { Escalation, EscalationKind } from '../server/escalations/escalation.entity.js';
import { DUE_SETUP_LINKS_JOB } from '../server/jobs/due-setup-links.job.js';
import { LINK_EXPIRY_JOB } from '../server/jobs/link-expiry.job.js';
import { OUTBOX_DELIVERY_JOB } from '../server/jobs/outbox-delivery.job.js';
import { OVERDUE_ESCALATIONS_JOB } from '../server/jobs/overdue-escalations.job.js';
import type { JobWorker } from '../server/jobs/worker.js';
import { createSmtpMailer } from '../server/outbox/mailer.js';
import { OutboxMessage, OutboxStatus } from '../server/outbox/outbox-message.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, unique } from './support/factories.js';
import { agendaTimersSettled, placeOrder, startTestWorker } from './support/scheduling.js';
import { SmtpSink } from './support/smtp-sink.js';

const REPS = 'reps@cisco.example';
const SWEEPS = [DUE_SETUP_LINKS_JOB, OVERDUE_ESCALATIONS_JOB, LINK_EXPIRY_JOB];

let app: TestApp;
let sink: SmtpSink;
let intakeKey: string;
const workers: JobWorker[] = [];

beforeAll(async () => {
  app = await startTestApp({ now: '2026-11-25T09:00:00Z', env: { REPS_EMAIL: REPS } });
  sink = await SmtpSink.start();
  intakeKey = await createApiKey(app.em(), ['orders:write']);
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});
afterAll(async () => {
  await agendaTimersSettled();
  await sink.stop();
  await app.stop();
});

interface JobRun {
  lastFinishedAt: Date | null;
  lockedAt: Date | null;
  lastRunAt: Date | null;
  nextRunAt: Date | null;
}

async function jobRuns(): Promise<Record<string, JobRun>> {
  const rows: Record<string, string | null>[] = await app
    .em()
    .getConnection()
    .execute('select name, last_finished_at, locked_at, last_run_at, next_run_at from agenda_jobs');
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return Object.fromEntries(
    rows.map((r) => [
      r.name,
      { lastFinishedAt: date(r.last_finished_at), lockedAt: date(r.locked_at), lastRunAt: date(r.last_run_at), nextRunAt: date(r.next_run_at) },
    ]),
  );
}

/** Polls (real time, bounded) until `check` holds: the workers run on agenda's real timers. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      const outbox = await app.em().getConnection().execute('select status, count(*) from outbox_message group by status');
      throw new Error(`condition not met in time; jobs ${JSON.stringify(await jobRuns())}; outbox ${JSON.stringify(outbox)}; sink ${sink.messages.length}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the job worker (agenda on PostgreSQL)', () => {
  it('two workers on one database send one email per due order and open one escalation per overdue order', async () => {
    const due = Array.from({ length: 20 }, () => `${unique('due')}@example.com`);
    const overdue = Array.from({ length: 5 }, () => `${unique('overdue')}@example.com`);
    app.clock.set('2026-11-25T09:00:00Z');
    const dueOrders = await Promise.all(
      due.map((contact) => placeOrder(app, intakeKey, { requestedStartDate: '2026-11-26', timeZone: 'UTC', provisioningContactEmail: contact })),
    );
    // Placed after their start date: link at once; overdue from the start of the next day.
    const overdueOrders = await Promise.all(
      overdue.map((contact) => placeOrder(app, intakeKey, { requestedStartDate: '2026-11-20', timeZone: 'UTC', provisioningContactEmail: contact })),
    );
    app.clock.set('2026-11-26T12:00:00Z');

    const intervals = { [DUE_SETUP_LINKS_JOB]: 300, [OVERDUE_ESCALATIONS_JOB]: 300, [LINK_EXPIRY_JOB]: 300, [OUTBOX_DELIVERY_JOB]: 300 };
    for (const name of ['worker-a', 'worker-b']) {
      workers.push(await startTestWorker(app, { name, intervals, mailer: createSmtpMailer(sink.url, app.config.emailFrom) }));
    }

    const expected = due.length + overdue.length + overdue.length; // setup links + rep notices
    await sink.waitFor(expected, 30_000);
    // Let every sweep run to completion at least twice more, to give a duplicate every chance to appear.
    for (let round = 0; round < 2; round++) {
      const since = new Date();
      await eventually(async () => {
        const runs = await jobRuns();
        return SWEEPS.every((name) => (runs[name]?.lastFinishedAt?.getTime() ?? 0) > since.getTime());
      });
    }
    await eventually(async () => (await app.em().count(OutboxMessage, { status: OutboxStatus.PENDING })) === 0);

    expect(sink.messages).toHaveLength(expected);
    for (const contact of [...due, ...overdue]) expect(sink.to(contact)).toHaveLength(1);
    expect(sink.to(REPS)).toHaveLength(overdue.length);
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(expected);
    for (const order of overdueOrders) {
      expect(await app.em().count(Escalation, { order: order.id, kind: EscalationKind.OVERDUE_PROVISIONING })).toBe(1);
    }
    for (const order of dueOrders) expect(await app.em().count(Escalation, { order: order.id })).toBe(0);
  });

  it('sends an email committed by a mutation within seconds: the sender is woken by LISTEN/NOTIFY, not by polling', async () => {
    // Polls an hour apart: only the notification can explain a prompt delivery.
    const hour = 3_600_000;
    const worker = await startTestWorker(app, {
      name: 'worker-notify',
      intervals: { [DUE_SETUP_LINKS_JOB]: hour, [OVERDUE_ESCALATIONS_JOB]: hour, [LINK_EXPIRY_JOB]: hour, [OUTBOX_DELIVERY_JOB]: hour },
      mailer: createSmtpMailer(sink.url, app.config.emailFrom),
    });
    workers.push(worker);
    // Wait until the poll is an hour away (the runs already scheduled by the previous test are done).
    await eventually(async () => {
      const run = (await jobRuns())[OUTBOX_DELIVERY_JOB];
      return Boolean(run && !run.lockedAt && run.nextRunAt && run.nextRunAt.getTime() > Date.now() + hour / 2);
    });
    const pollsBefore = (await jobRuns())[OUTBOX_DELIVERY_JOB].lastRunAt;

    const contact = `${unique('prompt')}@example.com`;
    const placedAt = Date.now();
    await placeOrder(app, intakeKey, { requestedStartDate: '2026-11-01', provisioningContactEmail: contact });
    await eventually(async () => sink.to(contact).length === 1, 5_000);

    expect(Date.now() - placedAt).toBeLessThan(5_000);
    expect((await jobRuns())[OUTBOX_DELIVERY_JOB].lastRunAt).toEqual(pollsBefore);
  });

  it('stops cleanly, leaving no job locked', async () => {
    const since = new Date();
    const worker = await startTestWorker(app, {
      name: 'worker-stop',
      mailer: null,
      intervals: { [DUE_SETUP_LINKS_JOB]: 200, [OVERDUE_ESCALATIONS_JOB]: 200, [LINK_EXPIRY_JOB]: 200, [OUTBOX_DELIVERY_JOB]: 200 },
    });
    workers.push(worker);
    // Every job has run under this worker (so it holds or has held locks), and runs on.
    await eventually(async () => {
      const runs = await jobRuns();
      return [...SWEEPS, OUTBOX_DELIVERY_JOB].every((name) => (runs[name]?.lastFinishedAt?.getTime() ?? 0) > since.getTime());
    });
    await worker.stop();
    const runs = await jobRuns();
    expect(Object.entries(runs).filter(([, run]) => run.lockedAt)).toEqual([]);
  });
});
