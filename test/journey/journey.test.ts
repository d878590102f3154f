import { runJourneys } from './journey.js';

/**
 * The journey simulation (#22), on a fixed budget in `npm test`: seeded, so CI runs the same journeys
 * each time; `npm run simulate -- --runs N --seed S` runs longer or other ones, and replays a failure
 * with the seed and path it printed.
 */
const runs = Number(process.env.JOURNEY_RUNS ?? 12);
const seed = Number(process.env.JOURNEY_SEED ?? 20261204);
const path = process.env.JOURNEY_PATH || undefined;

describe('the whole journey of orders, generated (#22)', () => {
  it(
    `keeps every promise after every command (${runs} journeys, seed ${seed})`,
    async () => {
      await runJourneys({ runs, seed, path });
    },
    Math.max(120_000, runs * 60_000),
  );
});
