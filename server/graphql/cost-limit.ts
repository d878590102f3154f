import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';

/**
 * Every request is bounded (docs/integrators.md, "HTTP and limits"): a document's cost is the number of values it can
 * resolve, counting each field once per object it is read on. A list multiplies what is selected
 * inside it by its size: a connection or offset page by its `first`/`limit` argument (a variable
 * counts as the most the field allows, absent as its default), a list without paging by
 * `UNPAGED_LIST_SIZE`. Introspection fields are bounded by the depth limit instead.
 */
export const MAX_COST = 50_000;
/** The estimate for a list that has no paging arguments (`Order.escalations`, `auditTrail`, …). */
export const UNPAGED_LIST_SIZE = 10;
/** Connections: default and most per page (docs/integrators.md); offset pages: most per page. */
export const PAGE_DEFAULT = 20;
export const PAGE_MAX = 100;
/**
 * Tokens in one document (the standard introspection query has about 160): a bound for the parser
 * only, high enough that a client asking for everything meets the cost or alias limit first, with a
 * message that says what to ask for less of (at 3,000, 11 aliases of every Order field hit it; #26's
 * fields tipped that over). Parsing 10,000 tokens takes a few milliseconds.
 */
export const MAX_TOKENS = 10_000;

/** Types whose objects are pages of a list: their size comes from the field's `first`/`limit`, their lists inside count once. */
const isPage = (type: GraphQLCompositeType) => /(Connection|Page)$/.test(type.name);

function pageSize(field: FieldNode, definition: GraphQLField<unknown, unknown>): number {
  for (const name of ['first', 'limit']) {
    if (!definition.args.some((arg) => arg.name === name)) continue;
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (!arg) return PAGE_DEFAULT;
    if (arg.value.kind === Kind.INT) return Math.max(0, Math.min(Number(arg.value.value), PAGE_MAX));
    return PAGE_MAX;
  }
  return PAGE_DEFAULT;
}

export function costLimitRule(maxCost = MAX_COST): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const schema = context.getSchema();

    /** The cost of a selection read on `multiplier` objects of `type`; stops counting past the limit (and on fragment cycles). */
    const costOf = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, multiplier: number, seen: Set<string>): number => {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (total > maxCost) return total;
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue;
          const on = schema.getType(fragment.typeCondition.name.value);
          if (on && isCompositeType(on)) total += costOf(fragment.selectionSet, on, multiplier, new Set([...seen, fragment.name.value]));
          continue;
        }
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
          if (on && isCompositeType(on)) total += costOf(selection.selectionSet, on, multiplier, seen);
          continue;
        }
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const definition = 'getFields' in type ? type.getFields()[name] : undefined;
        if (!definition) continue; // unknown fields are reported by the standard rules
        total += multiplier;
        if (!selection.selectionSet) continue;
        const named = getNamedType(definition.type);
        if (!isCompositeType(named)) continue;
        let inner = multiplier;
        if (isPage(named)) inner *= pageSize(selection, definition);
        else if (isListType(getNullableType(definition.type)) && !isPage(type)) inner *= UNPAGED_LIST_SIZE;
        total += costOf(selection.selectionSet, named, inner, seen);
      }
      return total;
    };

    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'query'
            ? schema.getQueryType()
            : operation.operation === 'mutation'
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        if (!root) return;
        const cost = costOf(operation.selectionSet, root, 1, new Set());
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(
              `The request is too expensive: it can read more than ${maxCost} values (lists count by their page size, ${UNPAGED_LIST_SIZE} for a list without paging). Ask for fewer fields, fewer aliases or smaller pages.`,
              { nodes: [operation] },
            ),
          );
        }
      },
    };
  };
}
