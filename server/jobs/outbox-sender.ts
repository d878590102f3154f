import { NotifiedDrain } from '../db/notify-listener.js';
import type { Metrics } from '../observability/metrics.js';
import type { Mailer } from '../outbox/mailer.js';
import { logUnsentMessages, runOutboxDelivery, type UnsentLogCursor } from './outbox-delivery.job.js';
import type { JobDependencies } from './sweep.js';

/** The channel the `outbox_message_notify` trigger notifies on commit of a queued email. */
export const OUTBOX_CHANNEL = 'outbox_message_pending';

/**
 * Runs outbox delivery in this process, a `NotifiedDrain` on `outbox_message_pending`: woken when a
 * message is committed (so it goes out within a second), and by the recurring agenda job (retries that
 * came due, and a safety net for a missed notification). Several processes may each run one: SKIP LOCKED shares the work.
 */
export class OutboxSender {
  private logCursor?: UnsentLogCursor;
  private readonly drain: NotifiedDrain;

  constructor(
    private readonly deps: JobDependencies,
    /** Null: `SMTP_URL` is unset, messages are logged and stay in the outbox. */
    private readonly mailer: Mailer | null,
    private readonly options: { concurrency?: number; batchSize?: number; metrics?: Metrics } = {},
  ) {
    this.drain = new NotifiedDrain(OUTBOX_CHANNEL, (signal) => this.pass(signal), { log: deps.log, what: 'outbox' });
  }

  /** Drains the outbox now (or once more after the drain under way) and resolves when done. */
  wake(): Promise<void> {
    return this.drain.wake();
  }

  private async pass(signal: AbortSignal): Promise<void> {
    if (this.mailer) {
      const result = await runOutboxDelivery(this.deps, this.mailer, {
        signal,
        concurrency: this.options.concurrency ?? 2,
        batchSize: this.options.batchSize,
      });
      for (const outcome of ['sent', 'retrying', 'failed'] as const) this.options.metrics?.outboxDeliveries.inc({ outcome }, result[outcome]);
    } else {
      this.logCursor = await logUnsentMessages(this.deps, this.logCursor);
    }
  }

  /** LISTENs for committed emails on a dedicated connection; reconnects if the connection drops. */
  listen(databaseUrl: string): Promise<void> {
    return this.drain.listen(databaseUrl);
  }

  /** Stops listening, lets the drain under way finish its batch, and closes the transport. */
  async stop(): Promise<void> {
    await this.drain.stop();
    this.mailer?.close();
  }
}
