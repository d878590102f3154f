import type { RequestContext } from '../common/request-context.js';
import { failedWith, type Attempt, type RateLimiter } from './rate-limiter.js';

export { failedWith, type RateLimiter };

/**
 * Runs `work` once the rate limiter has counted the call (every call, not only failed credentials):
 * for requests that send an email whatever the outcome, such as "Forgot your password?" or "send me
 * a new link". A call over the limits is refused before any work.
 */
export async function countEveryCall(
  limiter: RateLimiter,
  ctx: RequestContext,
  attempt: Attempt,
  work: () => Promise<void>,
  options?: Parameters<RateLimiter['charge']>[2],
): Promise<void> {
  await limiter.charge(ctx, attempt, options);
  await work();
}
