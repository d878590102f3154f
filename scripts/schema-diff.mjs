// The deprecation rule, checked (#26; docs/integrators.md, "Versions and deprecation"): compares the schema
// (schema/schema.graphql, what the code serves) with the last released one (schema/released.graphql) using
// graphql-js's findBreakingChanges and findDangerousChanges. A breaking change fails, unless it is the removal
// of an element that the released schema had already marked `@deprecated`: a field or input field, an argument,
// an enum value, or a type that only deprecated elements referred to. Dangerous changes (an enum value or an
// optional argument added, a default changed) are printed as warnings. Part of `npm run lint`.
// Usage: node scripts/schema-diff.mjs [released.graphql] [current.graphql]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  BreakingChangeType,
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';

const deprecated = (element) => element != null && element.deprecationReason != null;

function fieldOf(schema, typeName, fieldName) {
  const type = schema.getType(typeName);
  return type && (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) ? type.getFields()[fieldName] : undefined;
}

/** Whether every field, argument and input field of the released schema that names `typeName` is deprecated (or sits on a type removed as well). */
function onlyDeprecatedReferTo(released, current, typeName) {
  for (const type of Object.values(released.getTypeMap())) {
    if (type.name.startsWith('__') || !current.getType(type.name)) continue;
    if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name === typeName && !deprecated(field)) return false;
      for (const arg of field.args ?? []) if (getNamedType(arg.type).name === typeName && !deprecated(arg) && !deprecated(field)) return false;
    }
  }
  return true;
}

/** Whether a breaking change removes something the released schema had deprecated. */
function removesDeprecated(released, current, change) {
  let match;
  switch (change.type) {
    case BreakingChangeType.FIELD_REMOVED:
      match = /^(\w+)\.(\w+) was removed\.$/.exec(change.description);
      return !!match && deprecated(fieldOf(released, match[1], match[2]));
    case BreakingChangeType.ARG_REMOVED: {
      match = /^(\w+)\.(\w+) arg (\w+) was removed\.$/.exec(change.description);
      const field = match && fieldOf(released, match[1], match[2]);
      return !!field && (deprecated(field) || deprecated(field.args.find((arg) => arg.name === match[3])));
    }
    case BreakingChangeType.VALUE_REMOVED_FROM_ENUM: {
      match = /^(\w+) was removed from enum type (\w+)\.$/.exec(change.description);
      const type = match && released.getType(match[2]);
      return !!type && isEnumType(type) && deprecated(type.getValue(match[1]));
    }
    case BreakingChangeType.TYPE_REMOVED:
      match = /^(\w+) was removed\.$/.exec(change.description);
      return !!match && onlyDeprecatedReferTo(released, current, match[1]);
    default:
      return false;
  }
}

/** The changes from the released SDL to the current one: `breaking` fail, `allowed` are deprecated elements removed, `dangerous` warn. */
export function schemaDiff(releasedSdl, currentSdl) {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const breaking = [];
  const allowed = [];
  for (const change of findBreakingChanges(released, current)) (removesDeprecated(released, current, change) ? allowed : breaking).push(change);
  return { breaking, allowed, dangerous: findDangerousChanges(released, current) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [releasedFile = 'schema/released.graphql', currentFile = 'schema/schema.graphql'] = process.argv.slice(2);
  const { breaking, allowed, dangerous } = schemaDiff(readFileSync(releasedFile, 'utf8'), readFileSync(currentFile, 'utf8'));
  for (const change of dangerous) console.log(`warning (${change.type}): ${change.description}`);
  for (const change of allowed) console.log(`removed after its deprecation (${change.type}): ${change.description}`);
  if (breaking.length) {
    for (const change of breaking) console.error(`breaking (${change.type}): ${change.description}`);
    console.error(
      `${currentFile} breaks ${releasedFile} in ${breaking.length} place(s). Mark the element @deprecated (with a reason) in a released version first, ` +
        'then remove it in a later one (docs/integrators.md, "Versions and deprecation").',
    );
    process.exit(1);
  }
  console.log(`${currentFile}: no breaking change against ${releasedFile}.`);
}
