import pg from 'pg';
import type { Metrics } from '../observability/metrics.js';
import { WEBHOOK_CHANNEL } from '../webhooks/webhook.service.js';
import { runWebhookDelivery } from './webhook-delivery.job.js';
import type { JobDependencies } from './sweep.js';

export { WEBHOOK_CHANNEL };

/**
 * Runs webhook delivery in this process, one drain at a time, as `OutboxSender` does for email: a
 * wake-up during a drain asks for one more pass. Woken by LISTEN/NOTIFY when an order event with
 * deliveries commits (the `order_event_webhooks` trigger) or a delivery is sent again, and by the
 * recurring agenda job `webhooks:deliver` (retries that came due; a safety net for a missed
 * notification). Several processes may each run one: SKIP LOCKED shares the work.
 */
export class WebhookSender {
  private running?: Promise<void>;
  private again = false;
  private listener?: pg.Client;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;
  private readonly abort = new AbortController();

  constructor(
    private readonly deps: JobDependencies,
    private readonly options: { metrics?: Metrics } = {},
  ) {}

  /** Drains due deliveries now (or once more after the drain under way) and resolves when done. */
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
          const result = await runWebhookDelivery(this.deps, { signal: this.abort.signal });
          for (const outcome of ['delivered', 'retrying', 'failed'] as const) this.options.metrics?.webhookDeliveries.inc({ outcome }, result[outcome]);
        } while (this.again && !this.stopped);
      } catch (error) {
        this.deps.log.error({ err: error }, 'webhook delivery failed; it is retried on the next wake-up');
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** LISTENs on a dedicated connection; reconnects if the connection drops. */
  async listen(databaseUrl: string): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl });
    const retry = (error?: Error) => {
      if (this.stopped || this.listener !== client) return;
      this.deps.log.warn({ err: error }, 'webhook listener lost its connection; reconnecting in 5 s');
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
      await client.query(`listen ${WEBHOOK_CHANNEL}`);
    } catch (error) {
      retry(error as Error);
      return;
    }
    void this.wake();
  }

  /** Stops listening and lets the drain under way finish its batch (each request is bounded by WEBHOOK_TIMEOUT). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.running;
  }
}
