import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * A request's selection below a field, as the executor will see it: fragments (named and inline)
 * merged, `@skip` / `@include` applied with the request's variables. Each field name maps to the
 * merged selection sets of its occurrences (aliases fold together: the fields read here take no
 * arguments, so every alias of one field has the same answer).
 */
export class Selection {
  private constructor(
    private readonly fields: Map<string, SelectionSetNode[]>,
    private readonly info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>,
  ) {}

  /** The selection of the field being resolved. */
  static of(info: GraphQLResolveInfo): Selection {
    return Selection.merge(
      info.fieldNodes.map((node) => node.selectionSet).filter((set): set is SelectionSetNode => !!set),
      info,
    );
  }

  private static merge(sets: readonly SelectionSetNode[], info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>): Selection {
    const fields = new Map<string, SelectionSetNode[]>();
    const visit = (set: SelectionSetNode, seen: Set<string>) => {
      for (const node of set.selections) {
        if (!included(node, info.variableValues)) continue;
        if (node.kind === Kind.FIELD) {
          const name = node.name.value;
          const list = fields.get(name) ?? [];
          if (node.selectionSet) list.push(node.selectionSet);
          fields.set(name, list);
        } else if (node.kind === Kind.INLINE_FRAGMENT) {
          visit(node.selectionSet, seen);
        } else {
          const name = node.name.value;
          const fragment: FragmentDefinitionNode | undefined = info.fragments[name];
          if (!fragment || seen.has(name)) continue;
          visit(fragment.selectionSet, new Set(seen).add(name));
        }
      }
    };
    for (const set of sets) visit(set, new Set());
    return new Selection(fields, info);
  }

  has(field: string): boolean {
    return this.fields.has(field);
  }

  /** The field names selected (`__typename` included). */
  names(): string[] {
    return [...this.fields.keys()];
  }

  /** The merged selection below `field` (empty when not selected). */
  below(field: string): Selection {
    return Selection.merge(this.fields.get(field) ?? [], this.info);
  }
}

function included(node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1], variables: Record<string, unknown>): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

export type { FieldNode };
