// Fails when an element of the GraphQL schema has no description: every named type (but the Query and Mutation
// roots, whose fields carry the descriptions), field, argument, input field and enum value, and every custom
// scalar and directive. Part of `npm run lint`. Reads schema/schema.graphql (written by `npm run schema:write`
// from the type-graphql decorators), or the SDL file given as argument. Each missing one is named on its own line
// with the decorator that takes its description, so a new type or field added without one is easy to find.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';

const described = (item) => typeof item.description === 'string' && item.description.trim() !== '';

/** The schema's elements without a description, each as `kind coordinate (where it goes)`. */
export function missingDescriptions(schema) {
  const missing = [];
  const need = (item, what) => {
    if (!described(item)) missing.push(what);
  };
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean).map((type) => type.name));
  const args = (owner, field, where) => {
    for (const arg of field.args) need(arg, `argument ${owner}.${field.name}(${arg.name}:) (${where})`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    const root = roots.has(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      if (!root) need(type, `type ${type.name} (the description option of its @ObjectType or @InterfaceType)`);
      for (const field of Object.values(type.getFields())) {
        const decorator = root ? `@${type.name}` : '@Field or @FieldResolver';
        need(field, `field ${type.name}.${field.name} (the description option of its ${decorator})`);
        args(type.name, field, 'the description option of its @Arg');
      }
    } else if (isInputObjectType(type)) {
      need(type, `input type ${type.name} (the description option of its @InputType)`);
      for (const field of Object.values(type.getFields())) need(field, `input field ${type.name}.${field.name} (the description option of its @Field)`);
    } else if (isEnumType(type)) {
      need(type, `enum ${type.name} (the description option of its registerEnumType)`);
      for (const value of type.getValues()) need(value, `enum value ${type.name}.${value.name} (valuesConfig of its registerEnumType)`);
    } else if (isUnionType(type)) {
      need(type, `union ${type.name} (the description option of its createUnionType)`);
    } else if (isScalarType(type)) {
      need(type, `scalar ${type.name} (the description of its GraphQLScalarType)`);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    need(directive, `directive @${directive.name}`);
    for (const arg of directive.args) need(arg, `argument @${directive.name}(${arg.name}:)`);
  }
  return missing;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? 'schema/schema.graphql';
  const missing = missingDescriptions(buildSchema(readFileSync(file, 'utf8')));
  if (missing.length) {
    console.error(`${file}: ${missing.length} schema element(s) without a description:`);
    for (const what of missing) console.error(`  no description: ${what}`);
    console.error('Describe each in its decorator (what it is, units and formats, who may read it, when it is null), then run: npm run schema:write');
    process.exit(1);
  }
  console.log(`${file}: every type, field, argument, input field and enum value has a description.`);
}
