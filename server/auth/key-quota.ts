/**
 * The machine keys' request quota (#26, docs/integrators.md, "Rate limits"): each API key may send
 * `API_RATE_LIMIT_PER_MINUTE` requests to /graphql per window of 60 seconds, counted **per server
 * process** in memory (a fixed window per key, opened by its first request): one Map lookup per
 * request, no database round trip (the request floor is benchmarked). Behind N replicas a key may
 * send up to N times the quota; the figure is a guard against a runaway client, not a billing meter.
 *
 * Every answer to a key carries the IETF httpapi draft's headers (draft-ietf-httpapi-ratelimit-headers):
 * `RateLimit-Policy: "per-key";q=600;w=60` and `RateLimit: "per-key";r=599;t=37` (r: requests left in
 * this window, t: seconds until it ends). Past the quota the request is refused before anything runs:
 * HTTP 429, `Retry-After: <t>` and a GraphQL error with code `TOO_MANY_ATTEMPTS`.
 */
export const KEY_POLICY = 'per-key';
export const KEY_WINDOW_SECONDS = 60;

export interface QuotaState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends (at least 1). */
  resetSeconds: number;
}

interface Window {
  start: number;
  used: number;
}

/** Past this many keys in the map, windows that have ended are dropped (a key's window is reopened on its next request anyway). */
const PRUNE_ABOVE = 10_000;

export class KeyQuota {
  private readonly windows = new Map<string, Window>();
  private readonly windowMs: number;

  constructor(
    readonly limit: number,
    windowSeconds = KEY_WINDOW_SECONDS,
  ) {
    this.windowMs = windowSeconds * 1000;
  }

  /** Counts one request of the key at `now` (ms), if the quota allows it. */
  take(keyId: string, now: number): QuotaState {
    let window = this.windows.get(keyId);
    // A window that has ended (or lies in the future: a clock set back) opens anew.
    if (!window || now >= window.start + this.windowMs || now < window.start) {
      window = { start: now, used: 0 };
      if (this.windows.size >= PRUNE_ABOVE) this.prune(now);
      this.windows.set(keyId, window);
    }
    const allowed = window.used < this.limit;
    if (allowed) window.used++;
    return {
      allowed,
      limit: this.limit,
      remaining: this.limit - window.used,
      resetSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)),
    };
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now >= window.start + this.windowMs) this.windows.delete(key);
  }
}

/** `RateLimit-Policy` for the key quota. */
export function keyPolicyHeader(limit: number): string {
  return `"${KEY_POLICY}";q=${limit};w=${KEY_WINDOW_SECONDS}`;
}

/** One item of the `RateLimit` header's list. */
export function rateLimitItem(policy: string, remaining: number, resetSeconds: number): string {
  return `"${policy}";r=${remaining};t=${resetSeconds}`;
}
