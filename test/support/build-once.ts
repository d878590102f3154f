import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The newest modification time under a file or folder. */
export function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((latest, name) => Math.max(latest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/**
 * Runs `build` unless `output` is newer than every source. Test files run in parallel workers: a lock
 * directory makes one of them build while the others wait (a lock left by a killed run is taken after
 * two minutes).
 */
export async function buildOnce(output: string, sources: string[], lock: string, build: () => void): Promise<void> {
  const fresh = () => existsSync(output) && statSync(output).mtimeMs >= Math.max(...sources.map(newestMtime));
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let waited = 0; !fresh(); waited += 250) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 120_000) rmdirSync(lock);
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!fresh()) build();
    } finally {
      rmdirSync(lock);
    }
  }
}
