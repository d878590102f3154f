import type { RequestContext } from '../graphql/context.js';
import { failedWith, type Attempt, type RateLimiter } from './rate-limiter.js';

export { failedWith, type RateLimiter };

/** Thrown out of the guarded work on success, so the limiter counts the call, and caught right after. */
class CountedCall extends Error {}

/**
 * Runs `work` under the rate limiter, counting every call against the limits (not only failed
 * credentials): for requests that send an email whatever the outcome, such as "Forgot your
 * password?" or "send me a new link". Uses only the limiter's public `guard`.
 */
export async function countEveryCall(limiter: RateLimiter, ctx: RequestContext, attempt: Attempt, work: () => Promise<void>): Promise<void> {
  try {
    await limiter.guard(
      ctx,
      attempt,
      async () => {
        await work();
        throw new CountedCall();
      },
      () => true,
    );
  } catch (error) {
    if (!(error instanceof CountedCall)) throw error;
  }
}
