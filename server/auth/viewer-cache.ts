import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { NotifyListener } from '../db/notify-listener.js';
import { User } from '../organizations/user.entity.js';
import { ApiKey } from './api-key.entity.js';
import type { Authentication } from './viewer.js';
import { LoginSession } from './login-session.entity.js';
import { Rep } from './rep.entity.js';

/** The channel of the `credentials_changed` triggers (migration 20261202000000). */
export const CREDENTIALS_CHANNEL = 'credentials_changed';

interface Entry {
  authentication: Authentication;
  /** Wall-clock deadline of the entry (performance.now()). */
  until: number;
  /** When the credential itself ends (a login session), checked against the request's clock on every hit. */
  expiresAt?: number;
}

/**
 * Authenticated viewers of login sessions and API keys, kept a few seconds so a request costs no
 * authentication statement. Every change of a credential reaches every process through
 * `NOTIFY credentials_changed` (revocation, logout, key rotation, rep deactivation or role change), and
 * this process's own changes also drop their entries as they are flushed. The cache serves nothing
 * while its LISTEN connection is down: a notification could be missed then.
 */
export class ViewerCache {
  private readonly entries = new Map<string, Entry>();
  private listener?: NotifyListener;
  private listening = false;
  /** Bumped by every invalidation: a lookup that overlapped one does not store what it read. */
  private generation = 0;

  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(tokenHash: string, now: Date): Authentication | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until <= performance.now() || (entry.expiresAt !== undefined && entry.expiresAt <= now.getTime())) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.authentication;
  }

  /** Read before looking a credential up; pass it back to `set`. */
  get version(): number {
    return this.generation;
  }

  set(tokenHash: string, authentication: Authentication, expiresAt: Date | undefined, version: number): void {
    if (!this.listening || version !== this.generation) return;
    Object.freeze(authentication.viewer);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, { authentication, until: performance.now() + this.ttlMs, expiresAt: expiresAt?.getTime() });
  }

  /** A token hash, `rep:<id>`, `user:<id>`, or `*` for everything. */
  invalidate(key: string): void {
    this.generation++;
    if (key === '*') return this.entries.clear();
    const person = /^(rep|user):(.+)$/.exec(key);
    if (!person) {
      this.entries.delete(key);
      return;
    }
    for (const [hash, entry] of this.entries) if (entry.authentication.viewer?.id === person[2]) this.entries.delete(hash);
  }

  get size(): number {
    return this.entries.size;
  }

  /** LISTENs on a dedicated connection; until it listens, and whenever it drops, nothing is cached. */
  listen(databaseUrl: string, log: Logger): Promise<void> {
    this.listener ??= new NotifyListener(
      CREDENTIALS_CHANNEL,
      {
        notified: (payload) => this.invalidate(payload ?? '*'),
        listening: () => {
          this.entries.clear();
          this.generation++;
          this.listening = true;
        },
        lost: () => {
          this.listening = false;
          this.entries.clear();
        },
      },
      { log, lostMessage: 'viewer cache lost its LISTEN connection: caching off, reconnecting in 2 s', reconnectMs: 2000 },
    );
    return this.listener.listen(databaseUrl);
  }

  async stop(): Promise<void> {
    this.listening = false;
    this.entries.clear();
    await this.listener?.stop();
  }

  /** Drops this process's entries for credentials as their changes are flushed, before the notification comes back. */
  subscriber(): EventSubscriber {
    return {
      onFlush: (args: FlushEventArgs) => {
        for (const changeSet of args.uow.getChangeSets()) {
          const entity = changeSet.entity;
          if (entity instanceof LoginSession) this.invalidate(entity.tokenHash);
          else if (entity instanceof ApiKey) this.invalidate('*');
          else if (entity instanceof Rep) this.invalidate(`rep:${entity.id}`);
          else if (entity instanceof User) this.invalidate(`user:${entity.id}`);
        }
      },
    };
  }
}
