// Writes docs/reference.md from schema/schema.graphql: every root field, type, field, argument, input field,
// enum value and scalar, with its description. `npm run docs:reference` writes it; `--check` (part of
// `npm run lint`) fails when the file is not what the schema gives, as `codegen:check` does for the clients.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  isIntrospectionType,
  getNamedType,
} from 'graphql';

const SOURCE = 'schema/schema.graphql';
const TARGET = 'docs/reference.md';

const schema = buildSchema(readFileSync(SOURCE, 'utf8'));
const anchor = (name) => name.toLowerCase();
const link = (type) => {
  const named = getNamedType(type);
  if (isSpecifiedScalarType(named)) return `\`${type}\``;
  return `[\`${type}\`](#${anchor(named.name)})`;
};
/** A description on one line of a table cell. */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const deprecated = (item) => (item.deprecationReason ? ` **Deprecated:** ${cell(item.deprecationReason)}` : '');
const defaultOf = (arg) => (arg.defaultValue === undefined ? '' : ` = \`${JSON.stringify(arg.defaultValue)}\``);

function argumentsOf(field) {
  if (!field.args.length) return '';
  return field.args.map((arg) => `\`${arg.name}\`: ${link(arg.type)}${defaultOf(arg)}${arg.description ? ` — ${cell(arg.description)}` : ''}`).join('<br>');
}

function rootSection(title, type) {
  if (!type) return [];
  const lines = [`## ${title}`, '', '| field | arguments | returns | what |', '|---|---|---|---|'];
  for (const field of Object.values(type.getFields()).sort((a, b) => a.name.localeCompare(b.name))) {
    lines.push(
      `| <a id="${type.name.toLowerCase()}.${field.name.toLowerCase()}"></a>\`${field.name}\` | ${argumentsOf(field)} | ${link(field.type)} | ${cell(field.description)}${deprecated(field)} |`,
    );
  }
  return [...lines, ''];
}

// No GraphQL subscriptions: the object type named `Subscription` is the product's (buildSchema would take it for the root).
const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean).map((t) => t.name));
const named = Object.values(schema.getTypeMap())
  .filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t) && !roots.has(t.name))
  .sort((a, b) => a.name.localeCompare(b.name));

function typeSection(type) {
  const lines = [`### ${type.name}`, ''];
  if (type.description) lines.push(cell(type.description), '');
  if (isObjectType(type) || isInterfaceType(type)) {
    const interfaces = type.getInterfaces();
    if (interfaces.length) lines.push(`Implements ${interfaces.map((i) => link(i.name)).join(', ')}.`, '');
    lines.push('| field | type | what |', '|---|---|---|');
    for (const field of Object.values(type.getFields())) {
      const args = argumentsOf(field);
      lines.push(`| \`${field.name}\`${args ? `<br>${args}` : ''} | ${link(field.type)} | ${cell(field.description)}${deprecated(field)} |`);
    }
  } else if (isInputObjectType(type)) {
    lines.push('| input field | type | what |', '|---|---|---|');
    for (const field of Object.values(type.getFields())) {
      lines.push(`| \`${field.name}\` | ${link(field.type)}${defaultOf(field)} | ${cell(field.description)}${deprecated(field)} |`);
    }
  } else if (isEnumType(type)) {
    lines.push('| value | what |', '|---|---|');
    for (const value of type.getValues()) lines.push(`| \`${value.name}\` | ${cell(value.description)}${deprecated(value)} |`);
  } else if (isUnionType(type)) {
    lines.push(
      `One of ${type
        .getTypes()
        .map((t) => link(t.name))
        .join(', ')}.`,
    );
  } else if (isScalarType(type)) {
    lines.push(`A scalar${type.specifiedByURL ? ` (specified by <${type.specifiedByURL}>)` : ''}.`);
  }
  return [...lines, ''];
}

const kinds = [
  ['Object types', (t) => isObjectType(t) || isInterfaceType(t) || isUnionType(t)],
  ['Input types', isInputObjectType],
  ['Enums', isEnumType],
  ['Scalars', isScalarType],
];

const output = [
  '# API reference',
  '',
  '<!-- Generated from schema/schema.graphql by `npm run docs:reference`; do not edit by hand. -->',
  '',
  'Every operation, type, field, argument and enum value of the GraphQL schema, with its description. What the',
  'operations mean together, who may call them, and what clients rely on: [integrators.md](integrators.md).',
  '',
  ...rootSection('Queries', schema.getQueryType()),
  ...rootSection('Mutations', schema.getMutationType()),
  ...kinds.flatMap(([title, test]) => {
    const types = named.filter(test);
    return types.length ? [`## ${title}`, '', ...types.flatMap(typeSection)] : [];
  }),
]
  .join('\n')
  .replace(/\n+$/, '\n');

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(TARGET, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== output) {
    console.error(`${TARGET} is stale: run \`npm run docs:reference\` and commit it`);
    process.exit(1);
  }
} else {
  writeFileSync(TARGET, output);
  console.log(`wrote ${TARGET}`);
}
