import pg from 'pg';
import type { Metrics } from '../observability/metrics.js';
import type { Mailer } from '../outbox/mailer.js';
import { logUnsentMessages, runOutboxDelivery, type UnsentLogCursor } from './outbox-delivery.job.js';
import type { JobDependencies } from './sweep.js';

/** The channel the `outbox_message_notify` trigger notifies on commit of a queued email. */
export const OUTBOX_CHANNEL = 'outbox_message_pending';

/**
 * Runs outbox delivery in this process, one drain at a time: a wake-up during a drain asks for one
 * more pass instead of starting a second one. Woken by LISTEN/NOTIFY when a message is committed
 * (so it goes out within a second), and by the recurring agenda job (retries that came due, and a
 * safety net for a missed notification). Several processes may each run one: SKIP LOCKED shares the work.
 */
export class OutboxSender {
  private running?: Promise<void>;
  private again = false;
  private logCursor?: UnsentLogCursor;
  private listener?: pg.Client;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;
  private readonly abort = new AbortController();

  constructor(
    private readonly deps: JobDependencies,
    /** Null: `SMTP_URL` is unset, messages are logged and stay in the outbox. */
    private readonly mailer: Mailer | null,
    private readonly options: { concurrency?: number; batchSize?: number; metrics?: Metrics } = {},
  ) {}

  /** Drains the outbox now (or once more after the drain under way) and resolves when done. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again && !this.stopped);
      } catch (error) {
        this.deps.log.error({ err: error }, 'outbox delivery failed; it is retried on the next wake-up');
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async pass(): Promise<void> {
    if (this.mailer) {
      const result = await runOutboxDelivery(this.deps, this.mailer, {
        signal: this.abort.signal,
        concurrency: this.options.concurrency ?? 2,
        batchSize: this.options.batchSize,
      });
      for (const outcome of ['sent', 'retrying', 'failed'] as const) this.options.metrics?.outboxDeliveries.inc({ outcome }, result[outcome]);
    } else {
      this.logCursor = await logUnsentMessages(this.deps, this.logCursor);
    }
  }

  /** LISTENs for committed emails on a dedicated connection; reconnects if the connection drops. */
  async listen(databaseUrl: string): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl });
    const retry = (error?: Error) => {
      if (this.stopped || this.listener !== client) return;
      this.deps.log.warn({ err: error }, 'outbox listener lost its connection; reconnecting in 5 s');
      this.listener = undefined;
      client.end().catch(() => undefined);
      this.reconnectTimer = setTimeout(() => {
        void this.listen(databaseUrl);
      }, 5000);
    };
    client.on('notification', () => void this.wake());
    client.on('error', retry);
    client.on('end', () => retry());
    this.listener = client;
    try {
      await client.connect();
      await client.query(`listen ${OUTBOX_CHANNEL}`);
    } catch (error) {
      retry(error as Error);
      return;
    }
    // Anything committed before we listened:
    void this.wake();
  }

  /** Stops listening, lets the drain under way finish its batch, and closes the transport. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.running;
    this.mailer?.close();
  }
}
