import { NotifiedDrain } from '../db/notify-listener.js';
import type { Metrics } from '../observability/metrics.js';
import { WEBHOOK_CHANNEL } from '../webhooks/webhook.service.js';
import { runWebhookDelivery } from './webhook-delivery.job.js';
import type { JobDependencies } from './sweep.js';

/**
 * Runs webhook delivery in this process, a `NotifiedDrain` on `webhook_delivery_pending`, as
 * `OutboxSender` does for email: a wake-up during a drain lets it claim at once for the subscriptions
 * it is not busy with (a lane per subscription, so a slow receiver holds up only its own), and asks for
 * one more pass. Woken when an order event with deliveries commits (the `order_event_webhooks`
 * trigger) or a delivery is sent again, and by the recurring agenda job `webhooks:deliver` (retries
 * that came due; a safety net for a missed notification). Several processes may each run one: SKIP LOCKED shares the work.
 */
export class WebhookSender {
  /** The drain under way listens here: a wake-up lets it claim for the subscriptions without a lane at once. */
  private readonly wakeListeners = new Set<() => void>();
  private readonly drain: NotifiedDrain;

  constructor(
    private readonly deps: JobDependencies,
    private readonly options: { metrics?: Metrics } = {},
  ) {
    this.drain = new NotifiedDrain(WEBHOOK_CHANNEL, (signal) => this.pass(signal), {
      log: deps.log,
      what: 'webhook',
      wokenDuringPass: () => {
        for (const listener of this.wakeListeners) listener();
      },
    });
  }

  /** Drains due deliveries now (or once more after the drain under way) and resolves when done. */
  wake(): Promise<void> {
    return this.drain.wake();
  }

  private async pass(signal: AbortSignal): Promise<void> {
    const result = await runWebhookDelivery(this.deps, {
      signal,
      wakeups: (listener) => {
        this.wakeListeners.add(listener);
        return () => this.wakeListeners.delete(listener);
      },
    });
    for (const outcome of ['delivered', 'retrying', 'failed'] as const) this.options.metrics?.webhookDeliveries.inc({ outcome }, result[outcome]);
  }

  /** LISTENs on a dedicated connection; reconnects if the connection drops. */
  listen(databaseUrl: string): Promise<void> {
    return this.drain.listen(databaseUrl);
  }

  /** Stops listening and lets the drain under way finish its batch (each request is bounded by WEBHOOK_TIMEOUT). */
  stop(): Promise<void> {
    return this.drain.stop();
  }
}
