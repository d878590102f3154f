import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every TypeScript file under server/. */
function serverFiles(dir = join(process.cwd(), 'server')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? serverFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('layering', () => {
  it('only the lifecycle module assigns a status (orders, escalations, subscriptions); emails and webhook deliveries change state in SQL (not counted: SQL comparisons such as d.status = PENDING)', () => {
    const assignments = serverFiles().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, at: `${relative(process.cwd(), file)}:${index + 1}` }))
        .filter(({ line }) => /status = OrderStatus|\.status = (?!')/.test(line)),
    );
    expect(assignments.length).toBeGreaterThan(0);
    expect(assignments.filter(({ at }) => !at.startsWith('server/orders/order-lifecycle.ts:'))).toEqual([]);
  });

  it('no service reaches for another through the request context (collaborators come by constructor)', () => {
    const reaching = serverFiles()
      .filter((file) => /\.service\.ts$/.test(file))
      .filter((file) => /ctx\.services\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(process.cwd(), file));
    expect(reaching).toEqual([]);
  });
});
