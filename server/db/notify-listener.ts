import pg from 'pg';
import type { Logger } from 'pino';

/** What a LISTEN connection reports to its owner. */
export interface NotifyHooks {
  /** A notification on the channel, with its payload. */
  notified(payload: string | undefined): void;
  /** LISTEN is in place (at start and after every reconnect). */
  listening?(): void;
  /** The connection dropped or could not be opened: notifications may be missed until `listening` again. */
  lost?(): void;
}

/**
 * LISTEN on one channel over a dedicated connection (outside the pool), reconnecting after a delay
 * whenever the connection drops. The one implementation behind the outbox sender, the webhook sender
 * (through `NotifiedDrain`) and the viewer cache.
 */
export class NotifyListener {
  private client?: pg.Client;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly channel: string,
    private readonly hooks: NotifyHooks,
    private readonly options: { log: Logger; lostMessage: string; reconnectMs: number },
  ) {}

  async listen(databaseUrl: string): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      client.end().catch(() => undefined);
      this.hooks.lost?.();
      if (this.stopped) return;
      this.options.log.warn({ err: error }, this.options.lostMessage);
      this.reconnectTimer = setTimeout(() => void this.listen(databaseUrl), this.options.reconnectMs);
    };
    client.on('notification', (message) => this.hooks.notified(message.payload));
    client.on('error', lost);
    client.on('end', () => lost());
    this.client = client;
    try {
      await client.connect();
      await client.query(`listen ${this.channel}`);
    } catch (error) {
      lost(error as Error);
      return;
    }
    this.hooks.listening?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}

/**
 * A drain woken by NOTIFY: one pass at a time in this process; a wake-up during a pass asks for one
 * more pass (and tells the pass under way, `wokenDuringPass`) instead of starting a second one. Woken
 * by its channel once a row to drain commits, and by its caller (the recurring agenda job: retries that
 * came due, a safety net for a missed notification). Several processes may each run one: the pass
 * claims with SKIP LOCKED. Used by the outbox sender and the webhook sender.
 */
export class NotifiedDrain {
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private readonly abort = new AbortController();
  private readonly listener: NotifyListener;

  constructor(
    channel: string,
    private readonly pass: (signal: AbortSignal) => Promise<void>,
    private readonly options: { log: Logger; what: string; wokenDuringPass?: () => void },
  ) {
    this.listener = new NotifyListener(
      channel,
      // Anything committed before LISTEN was in place is drained at once.
      { notified: () => void this.wake(), listening: () => void this.wake() },
      { log: options.log, lostMessage: `${options.what} listener lost its connection; reconnecting in 5 s`, reconnectMs: 5000 },
    );
  }

  /** Drains now (or once more after the pass under way) and resolves when done. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      this.options.wokenDuringPass?.();
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.pass(this.abort.signal);
        } while (this.again && !this.stopped);
      } catch (error) {
        this.options.log.error({ err: error }, `${this.options.what} delivery failed; it is retried on the next wake-up`);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  listen(databaseUrl: string): Promise<void> {
    return this.listener.listen(databaseUrl);
  }

  /** Stops listening, aborts the pass under way between items, and waits for it to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    await this.listener.stop();
    await this.running;
  }
}
