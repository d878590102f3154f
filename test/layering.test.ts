import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every TypeScript file under server/. */
function serverFiles(dir = join(process.cwd(), 'server')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? serverFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('layering', () => {
  it('each aggregate has one writer of its status (orders: the lifecycle, escalations: their service, subscriptions: provisioning); emails and webhook deliveries change state in SQL (not counted: SQL comparisons such as d.status = PENDING or e.status = any($1))', () => {
    const assignments = serverFiles().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, at: `${relative(process.cwd(), file)}:${index + 1}` }))
        .filter(({ line }) => /status = OrderStatus|\.status = (?!'|any\()/.test(line)),
    );
    expect(assignments.length).toBeGreaterThan(0);
    // One status writer per aggregate: the order's lifecycle, the escalation service, the subscription's
    // provisioning and its lifecycle after provisioning (#26: suspend, resume, cancel, scheduled changes).
    const writers = [
      'server/orders/order-lifecycle.ts:',
      'server/escalations/escalation.service.ts:',
      'server/subscriptions/subscription-provisioning.ts:',
      'server/subscriptions/subscription-lifecycle.ts:',
    ];
    expect(assignments.filter(({ at }) => !writers.some((writer) => at.startsWith(writer)))).toEqual([]);
    const byWriter = (writer: string) => assignments.filter(({ at }) => at.startsWith(writer)).map(({ line }) => line.trim());
    // Each writer assigns its own aggregate's status only.
    expect(byWriter(writers[0]).filter((line) => /(escalation|subscription)\.status =/.test(line))).toEqual([]);
    expect(byWriter(writers[1]).filter((line) => !line.startsWith('escalation.status ='))).toEqual([]);
    for (const subscriptions of writers.slice(2)) expect(byWriter(subscriptions).filter((line) => !/^(subscription|change)\.status =/.test(line))).toEqual([]);
  });

  it('no service reaches for another through the request context (collaborators come by constructor)', () => {
    const reaching = serverFiles()
      .filter((file) => /\.service\.ts$/.test(file))
      .filter((file) => /ctx\.services\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(process.cwd(), file));
    expect(reaching).toEqual([]);
  });

  it('no service (nor the lifecycle) imports from graphql/: paging, the scope and the constraint table live below it', () => {
    const reaching = serverFiles()
      .filter((file) => /\.service\.ts$|order-lifecycle\.ts$/.test(file))
      .filter((file) => /from '\.\.\/graphql\//.test(readFileSync(file, 'utf8')))
      .map((file) => relative(process.cwd(), file));
    expect(reaching).toEqual([]);
  });

  it('common/ (paging, the in-transaction scope) uses no type-graphql and nothing of graphql/', () => {
    const reaching = serverFiles()
      .filter((file) => /server\/common\//.test(file))
      .filter((file) => /from 'type-graphql'|from '\.\.\/graphql\//.test(readFileSync(file, 'utf8')))
      .map((file) => relative(process.cwd(), file));
    expect(reaching).toEqual([]);
  });

  it('resolvers answer user mistakes through mutationPayload, not a try block of their own', () => {
    const catching = serverFiles()
      .filter((file) => /\.resolver\.ts$/.test(file))
      .filter((file) => /userErrorsOf\(error\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(process.cwd(), file));
    expect(catching).toEqual([]);
  });

  it('the order lifecycle imports no other aggregate: escalations, subscriptions, setup links and the outbox follow it through OrderTransitioned', () => {
    const source = readFileSync(join(process.cwd(), 'server/orders/order-lifecycle.ts'), 'utf8');
    expect(source.match(/from '\.\.\/(escalations|subscriptions|outbox|setup)\/[^']*'/g) ?? []).toEqual([]);
  });
});
