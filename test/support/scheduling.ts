import type { EntityManager } from '@mikro-orm/postgresql';
import { pino, type Logger } from 'pino';
import { Writable } from 'node:stream';
import type { Config } from '../../server/common/config.js';
import type { JobDependencies } from '../../server/jobs/sweep.js';
import { startJobWorker, type JobWorker, type JobWorkerOptions } from '../../server/jobs/worker.js';
import { enqueueEmail } from '../../server/outbox/emails.js';
import { OutboxMessage } from '../../server/outbox/outbox-message.entity.js';
import type { TestApp } from './app.js';
import { orderInput, unique } from './factories.js';

/** The dependencies a job gets, taken from the test app: same ORM, services and ManualClock. */
export function jobDependencies(app: TestApp, options: { config?: Partial<Config>; log?: Logger } = {}): JobDependencies {
  return {
    orm: app.orm,
    services: app.services,
    clock: app.clock,
    config: { ...app.config, ...options.config },
    log: options.log ?? pino({ level: process.env.PH_TEST_LOG ?? 'silent' }),
  };
}

/** A logger whose lines the test can read. */
export function capturingLogger(): { log: Logger; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      callback();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

/** Agenda keeps a timer of half the lock lifetime per run (stack trap 5, docs/developers.md), still pending after stop(). */
export const TEST_LOCK_LIFETIME = 2000;

/** Lets agenda's leftover timers fire after the workers are stopped, so the test file ends with nothing pending. */
export function agendaTimersSettled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, TEST_LOCK_LIFETIME / 2 + 100));
}

/**
 * An agenda worker on the test app's database, tuned for tests: fast polling, and a short lock
 * lifetime (agenda keeps a timer of half of it per run, stack trap 5 in docs/developers.md) that is still long enough
 * for a loaded machine (the worker touches the lock every third of it). Stop it in the test.
 */
export function startTestWorker(app: TestApp, options: Partial<JobWorkerOptions> & { deps?: JobDependencies } = {}): Promise<JobWorker> {
  const { deps, ...rest } = options;
  return startJobWorker(deps ?? jobDependencies(app), {
    databaseUrl: app.config.databaseUrl!,
    processEvery: 200,
    lockLifetime: TEST_LOCK_LIFETIME,
    shutdownTimeout: 5000,
    ...rest,
  });
}

export const PLACE_ORDER = /* GraphQL */ `
  mutation Place($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      created
      errors {
        code
        message
        field
      }
      order {
        id
        status
        overdue
      }
    }
  }
`;

/** Places an order through the intake API and returns its id. */
export async function placeOrder(
  app: TestApp,
  intakeKey: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; status: string; overdue: boolean }> {
  const { data, errors } = await app.gql(PLACE_ORDER, { input: orderInput(overrides) }, intakeKey);
  if (errors || data.placeOrder.errors.length) throw new Error(`placeOrder failed: ${JSON.stringify(errors ?? data.placeOrder.errors)}`);
  return data.placeOrder.order;
}

/** Queues plain messages straight into the outbox, as a committed transaction would. */
export async function queueEmails(app: TestApp, count: number, recipient = `${unique('to')}@example.com`): Promise<OutboxMessage[]> {
  return app.orm.em.fork().transactional(async (em: EntityManager) =>
    Array.from({ length: count }, (_, index) =>
      enqueueEmail(
        { em, now: app.clock.now() },
        {
          messageKey: unique(`test-${index}-`),
          template: 'TEST',
          recipient,
          locale: 'en',
          subject: `Test message ${index}`,
          text: `Message ${index}\n`,
          html: `<p>Message ${index}</p>`,
        },
      ),
    ),
  );
}

/** The Set up now token in the latest setup email queued for `recipient` (the token exists only in the email). */
export async function emailedSetupToken(app: TestApp, recipient: string): Promise<string> {
  const [message] = await app.em().find(OutboxMessage, { recipient, template: 'SETUP_LINK' }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 });
  const token = message && /\/setup\?token=(phs_[A-Za-z0-9_-]+)/.exec(message.text)?.[1];
  if (!token) throw new Error(`no setup email for ${recipient}`);
  return token;
}

/** The wizard's step 2, as the portal calls it. */
export async function startSetup(app: TestApp, token: string): Promise<{ errors: { code: string }[]; sessionToken: string | null }> {
  const { data, errors } = await app.gql(`mutation($input: StartSetupInput!) { startSetup(input: $input) { sessionToken errors { code } } }`, {
    input: { token },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return data.startSetup;
}
