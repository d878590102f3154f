import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  Kind,
  parse,
  print,
  type DefinitionNode,
  type GraphQLField,
  type GraphQLInputField,
} from 'graphql';

/**
 * The documentation lives in the repository and stays true: nothing points at a file a clone lacks,
 * every root field of the schema is explained in docs/integrators.md and listed in the generated
 * docs/reference.md (which must be fresh), the contract's SDL in docs/integrators.md is what the
 * schema has, and every link between the documents leads somewhere.
 */

const ROOT = process.cwd();
const schemaSource = readFileSync('schema/schema.graphql', 'utf8');
const schema = buildSchema(schemaSource);
const integrators = readFileSync('docs/integrators.md', 'utf8');

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(file));
}

/** The sibling folder the old workspace kept the contract in, spelled in parts so this file does not point there itself. */
const UP_TO_SHARED = ['..', 'shared'].join('/');
const WORKSPACE_SHARED = ['', 'work', 'shared'].join('/');

/** The documents of the project that lived outside the repository before docs/ existed. */
const OUTSIDE_DOCUMENTS = /\b(?:API|STACK|STYLE|PRODUCT)\.md\b/;
/** Landed migrations are never edited (DEVELOPERS.md); the initial one's SQL comment names one of them. */
const IMMUTABLE = (file: string) => /^server\/db\/migrations\/Migration\d+_\w+\.ts$/.test(file);

/** Does `target` (a path as written, without extension perhaps) name something in the repository? */
const existsInRepository = (resolved: string) =>
  !path.relative(ROOT, resolved).startsWith('..') &&
  ['', '.ts', '.tsx', '.js', '.mjs', '.md'].some((extension) => existsSync(resolved + extension) || existsSync(resolved.replace(/\.js$/, '.ts')));

/** Data, not pointers: a hostile input, and a path relative to the compiled bench's own folder (dist/bench/test/bench). */
const NOT_A_POINTER = /etc\/passwd|path\.resolve\(here, /;

/** The lines of one file that point outside the repository, or at a document only the old workspace had. */
function offendersIn(file: string, text: string): string[] {
  const offenders: string[] = [];
  text.split('\n').forEach((line, index) => {
    const where = `${file}:${index + 1}: ${line.trim()}`;
    if (line.includes(WORKSPACE_SHARED) || (OUTSIDE_DOCUMENTS.test(line) && !IMMUTABLE(file))) offenders.push(where);
    else if (!NOT_A_POINTER.test(line)) {
      for (const match of line.matchAll(/(?:^|[\s'"`(<[=])((?:\.\.\/)+)([\w.-]+(?:\/[\w.-]+)*)/g)) {
        const resolved = path.resolve(ROOT, path.dirname(file), match[1], match[2]);
        // A parent-relative `shared/…` path must name a file of the repository (admin/shared); any other relative path must stay inside it.
        if (match[2].startsWith('shared/') ? !existsInRepository(resolved) : path.relative(ROOT, resolved).startsWith('..')) {
          offenders.push(where);
          break;
        }
      }
    }
  });
  return offenders;
}

describe('the repository', () => {
  it('points at nothing outside itself: no parent-relative shared/ (or other) path leaving the clone, no document only the old workspace had', () => {
    const offenders: string[] = [];
    for (const file of trackedFiles()) {
      // This file holds examples of what it refuses.
      if (/\.(png|jpe?g|gif|ico|woff2?|ttf|dump|gz)$/.test(file) || file === 'test/docs.test.ts') continue;
      const text = readFileSync(file, 'utf8');
      if (!text.includes('\0')) offenders.push(...offendersIn(file, text));
    }
    expect(offenders).toEqual([]);
  });

  it('finds what it is meant to find (the check above is not blind)', () => {
    expect(offendersIn('README.md', `- a **GraphQL API** (\`/graphql\`; the external contract is \`${UP_TO_SHARED}/API.md\`)`)).toHaveLength(1);
    expect(offendersIn('admin/portal/src/api/graphql.ts', ` * ${UP_TO_SHARED}/API.md. User mistakes come back`)).toHaveLength(1);
    expect(offendersIn('jest.config.js', `/** see ${UP_TO_SHARED}/STACK.md. */`)).toHaveLength(1);
    expect(offendersIn('docs/operators.md', `see [the stack](../${UP_TO_SHARED}/notes.txt)`)).toHaveLength(1);
    expect(offendersIn('server/outbox/mailer.ts', ' * (see STACK.md, "Throughput")')).toHaveLength(1);
    // The apps' own shared folder (admin/shared) is inside the repository.
    expect(offendersIn('admin/console/src/dataProvider/index.ts', `import { splitUserErrors } from '../../${UP_TO_SHARED}/user-errors';`)).toEqual([]);
    expect(offendersIn('docs/operators.md', 'see [the developers](../DEVELOPERS.md)')).toEqual([]);
    expect(trackedFiles()).toEqual(expect.arrayContaining(['README.md', 'docs/integrators.md', 'docs/operators.md', 'docs/reps.md', 'docs/developers.md']));
  });
});

describe('docs/integrators.md and docs/reference.md', () => {
  const rootFields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()).map((name) => `${type.name}.${name}`));

  it('name every root field of schema/schema.graphql', () => {
    const reference = readFileSync('docs/reference.md', 'utf8');
    const missing = rootFields.filter((field) => {
      const name = field.split('.')[1];
      return !new RegExp(`\\b${name}\\b`).test(integrators) || !reference.includes(`\`${name}\``);
    });
    expect(rootFields.length).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });

  it('keeps the generated reference fresh (npm run docs:reference)', () => {
    const check = spawnSync(process.execPath, ['scripts/docs-reference.mjs', '--check'], { encoding: 'utf8' });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('describes the contract as the schema has it: every type, field, argument and enum value of its SDL block', () => {
    const block = /## Operations\n[\s\S]*?```graphql\n([\s\S]*?)```/.exec(integrators)![1];
    const problems: string[] = [];
    const sameField = (where: string, documented: string, actual: GraphQLField<unknown, unknown> | GraphQLInputField | undefined) => {
      if (!actual) problems.push(`${where}: not in the schema`);
      else if (documented !== String(actual.type)) problems.push(`${where}: documented ${documented}, schema ${String(actual.type)}`);
    };
    const definitions = parse(block).definitions as DefinitionNode[];
    for (const definition of definitions) {
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) {
        const type = schema.getType(definition.name.value);
        if (!isObjectType(type)) {
          problems.push(`${definition.name.value}: not an object type`);
          continue;
        }
        for (const field of definition.fields ?? []) {
          const actual = type.getFields()[field.name.value];
          sameField(`${type.name}.${field.name.value}`, print(field.type), actual);
          for (const arg of field.arguments ?? []) {
            const actualArg = actual?.args.find((a) => a.name === arg.name.value);
            if (!actualArg) problems.push(`${type.name}.${field.name.value}(${arg.name.value}): not in the schema`);
            else if (print(arg.type) !== String(actualArg.type))
              problems.push(`${type.name}.${field.name.value}(${arg.name.value}): ${print(arg.type)} vs ${String(actualArg.type)}`);
          }
        }
      } else if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
        const type = schema.getType(definition.name.value);
        if (!isInputObjectType(type)) {
          problems.push(`${definition.name.value}: not an input type`);
          continue;
        }
        for (const field of definition.fields ?? []) sameField(`${type.name}.${field.name.value}`, print(field.type), type.getFields()[field.name.value]);
      } else if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
        const type = schema.getType(definition.name.value);
        if (!isEnumType(type)) {
          problems.push(`${definition.name.value}: not an enum`);
          continue;
        }
        for (const value of definition.values ?? []) if (!type.getValue(value.name.value)) problems.push(`${type.name}.${value.name.value}: not in the schema`);
      }
    }
    expect(definitions.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});

describe('links between the documents', () => {
  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
  const slug = (heading: string) =>
    heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
  const anchorsOf = (text: string) =>
    new Set([...[...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])), ...[...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1])]);

  it('lead to files that exist and to headings that exist', () => {
    const documents = ['README.md', 'DEVELOPERS.md', ...trackedFiles().filter((f) => f.startsWith('docs/') && f.endsWith('.md'))];
    const broken: string[] = [];
    for (const document of documents) {
      const text = readFileSync(document, 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:)/.test(target)) continue;
        const [file, anchor] = target.split('#');
        const resolved = file ? path.join(path.dirname(document), file) : document;
        if (!existsSync(resolved)) {
          broken.push(`${document}: ${target} (no such file)`);
          continue;
        }
        if (anchor && resolved.endsWith('.md') && !anchorsOf(readFileSync(resolved, 'utf8')).has(anchor))
          broken.push(`${document}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
