import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * `npm run lint` runs scripts/schema-diff.mjs: schema/schema.graphql against the last released schema
 * (schema/released.graphql). Here it runs as lint runs it, on the checked-in pair and on small SDL pairs: a
 * breaking change is caught, an addition passes, and a removal passes only when the released schema had
 * deprecated what was removed (docs/integrators.md, "Versions and deprecation").
 */
const dir = mkdtempSync(path.join(tmpdir(), 'schema-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function diff(released?: string, current?: string) {
  const args = ['scripts/schema-diff.mjs'];
  for (const sdl of released === undefined ? [] : [released, current!]) {
    const file = path.join(dir, `schema-${Math.random().toString(36).slice(2)}.graphql`);
    writeFileSync(file, sdl);
    args.push(file);
  }
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { status: run.status, breaking: run.stderr.split('\n').filter((line) => line.startsWith('breaking')), out: run.stdout };
}

const RELEASED = `
enum Colour { BLUE GREEN RED @deprecated(reason: "Use BLUE.") }
type Paint { colour: Colour! }
type Thing {
  id: ID!
  name: String!
  label: String @deprecated(reason: "Use name.")
  paint: Paint @deprecated(reason: "Paint is gone.")
  things(first: Int, after: String, offset: Int @deprecated(reason: "Use after.")): [Thing!]!
}
type Query { thing(id: ID!): Thing colours: [Colour!]! }
`;

describe('the schema diff check against the released schema', () => {
  it('passes on the checked-in schema and the released one', () => {
    const run = diff();
    expect(run.breaking).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('catches a breaking change: a field removed, a type changed, an enum value removed, none of them deprecated', () => {
    const removed = diff(RELEASED, RELEASED.replace('  name: String!\n', ''));
    expect([removed.status, removed.breaking]).toEqual([1, ['breaking (FIELD_REMOVED): Thing.name was removed.']]);
    const changed = diff(RELEASED, RELEASED.replace('name: String!', 'name: Int!'));
    expect([changed.status, changed.breaking]).toEqual([1, ['breaking (FIELD_CHANGED_KIND): Thing.name changed type from String! to Int!.']]);
    const value = diff(RELEASED, RELEASED.replace('enum Colour { BLUE GREEN', 'enum Colour { BLUE'));
    expect([value.status, value.breaking]).toEqual([1, ['breaking (VALUE_REMOVED_FROM_ENUM): GREEN was removed from enum type Colour.']]);
  });

  it('passes an addition', () => {
    const added = diff(RELEASED, RELEASED.replace('  name: String!\n', '  name: String!\n  """New."""\n  size: Int\n'));
    expect([added.status, added.breaking]).toEqual([0, []]);
  });

  it('passes the removal of what the released schema deprecated: a field (and a type only it referred to), an argument, an enum value', () => {
    const current = RELEASED.replace('  label: String @deprecated(reason: "Use name.")\n', '')
      .replace('  paint: Paint @deprecated(reason: "Paint is gone.")\n', '')
      .replace('type Paint { colour: Colour! }\n', '')
      .replace(', offset: Int @deprecated(reason: "Use after.")', '')
      .replace(' RED @deprecated(reason: "Use BLUE.")', '');
    const run = diff(RELEASED, current);
    expect([run.status, run.breaking]).toEqual([0, []]);
    expect(run.out).toContain('removed after its deprecation (FIELD_REMOVED): Thing.label was removed.');
    expect(run.out).toContain('removed after its deprecation (TYPE_REMOVED): Paint was removed.');
  });

  it('still fails on a deprecated element’s neighbour removed along with it', () => {
    const current = RELEASED.replace('  label: String @deprecated(reason: "Use name.")\n', '').replace('  id: ID!\n', '');
    const run = diff(RELEASED, current);
    expect([run.status, run.breaking]).toEqual([1, ['breaking (FIELD_REMOVED): Thing.id was removed.']]);
  });
});
