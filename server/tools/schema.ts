import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { printSdl } from '../graphql/schema.js';

/** `npm run schema:write` writes schema/schema.graphql; `npm run schema:check` fails when it drifted. */
const FILE = 'schema/schema.graphql';
const sdl = await printSdl();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(FILE, 'utf8');
  } catch {
    // missing counts as drift
  }
  if (current !== sdl) {
    console.error(`${FILE} does not match the code. Run: npm run schema:write`);
    process.exit(1);
  }
  console.log(`${FILE} matches the code.`);
} else {
  writeFileSync(FILE, sdl);
  console.log(`Wrote ${FILE}`);
}
