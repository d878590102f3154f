#!/usr/bin/env node
// npm run simulate -- --runs N --seed S [--path P]: the journey simulation (test/journey/) for longer
// than `npm test`'s fixed budget, or replaying a failure from the seed and path it printed.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const runs = option('runs', '50');
const seed = option('seed', String(Date.now() % 2_147_483_647));
const path = option('path', '');
console.log(`journey simulation: ${runs} journeys, seed ${seed}${path ? `, path ${path}` : ''}`);
console.log(`replay with: npm run simulate -- --runs ${runs} --seed ${seed}${path ? ` --path ${path}` : ''}`);
const result = spawnSync('npx', ['jest', '--maxWorkers=1', 'test/journey/'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' '),
    JOURNEY_RUNS: runs,
    JOURNEY_SEED: seed,
    JOURNEY_PATH: path,
    JOURNEY_VERBOSE: process.env.JOURNEY_VERBOSE ?? '1',
  },
});
process.exit(result.status ?? 1);
