import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * `npm run lint` runs scripts/schema-descriptions.mjs: every type, field, argument, input field and enum value of
 * schema/schema.graphql has a description. Here the check runs as lint runs it, on the checked-in schema and on
 * SDL with one element of each kind left undescribed, so it cannot pass without looking.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'schema-descriptions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(sdl?: string) {
  const args = ['scripts/schema-descriptions.mjs'];
  if (sdl !== undefined) {
    const file = path.join(dir, `schema-${Math.random().toString(36).slice(2)}.graphql`);
    writeFileSync(file, sdl);
    args.push(file);
  }
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { status: run.status, missing: run.stderr.split('\n').filter((line) => line.includes('no description: ')) };
}

const DESCRIBED = `
"""A day of the calendar."""
scalar Date

"""Colour of a thing."""
enum Colour {
  """Like the sky."""
  BLUE
  """Like grass."""
  GREEN
}

"""A thing."""
type Thing {
  """Its id."""
  id: ID!
  """Its colour."""
  colour: Colour!
  """When it was made."""
  madeOn: Date
}

"""What to make."""
input MakeThingInput {
  """The colour."""
  colour: Colour!
}

type Query {
  """One thing; null when there is none."""
  thing(
    """Its id."""
    id: ID!
  ): Thing
}

type Mutation {
  """Makes a thing."""
  makeThing(
    """What to make."""
    input: MakeThingInput!
  ): Thing!
}
`;

describe('the schema description check (npm run lint)', () => {
  it('passes on the checked-in schema/schema.graphql', () => {
    expect(check()).toEqual({ status: 0, missing: [] });
  });

  it('passes on SDL where every element is described (the Query and Mutation roots themselves need none)', () => {
    expect(check(DESCRIBED)).toEqual({ status: 0, missing: [] });
  });

  it.each([
    ['a type without a description', DESCRIBED.replace('"""A thing."""\n', ''), 'type Thing '],
    ['a field without a description', DESCRIBED.replace('  """Its colour."""\n', ''), 'field Thing.colour '],
    ['a root field without a description', DESCRIBED.replace('  """Makes a thing."""\n', ''), 'field Mutation.makeThing '],
    ['an argument without a description', DESCRIBED.replace('    """Its id."""\n', ''), 'argument Query.thing(id:) '],
    ['an input type without a description', DESCRIBED.replace('"""What to make."""\ninput', 'input'), 'input type MakeThingInput '],
    ['an input field without a description', DESCRIBED.replace('  """The colour."""\n', ''), 'input field MakeThingInput.colour '],
    ['an enum without a description', DESCRIBED.replace('"""Colour of a thing."""\n', ''), 'enum Colour '],
    ['an enum value without a description', DESCRIBED.replace('  """Like grass."""\n', ''), 'enum value Colour.GREEN '],
    ['a scalar without a description', DESCRIBED.replace('"""A day of the calendar."""\n', ''), 'scalar Date '],
    ['a field whose description is blank', DESCRIBED.replace('"""When it was made."""', '"""  """'), 'field Thing.madeOn '],
  ])('fails on %s and names it', (_kind, sdl, named) => {
    const result = check(sdl);
    expect(result.status).toBe(1);
    expect(result.missing).toHaveLength(1);
    expect(result.missing[0]).toContain(`no description: ${named}`);
  });

  it('names every missing element, one per line', () => {
    const bare = 'type Thing { id: ID! colour: String }\ntype Query { thing(id: ID!): Thing }';
    const result = check(bare);
    expect(result.status).toBe(1);
    expect(result.missing.map((line) => line.replace(/^.*no description: (\S+ \S+(?: \S+)?) \(.*$/, '$1'))).toEqual([
      'type Thing',
      'field Thing.id',
      'field Thing.colour',
      'field Query.thing',
      'argument Query.thing(id:)',
    ]);
  });
});
