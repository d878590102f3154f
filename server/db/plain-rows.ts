import { ReferenceKind, type EntityMetadata, type Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Read models for the hot read paths: a database row turned into an object shaped like the entity
 * (property names, `Date`s, parsed JSON), with each to-one relation as `{ id }`, and nothing else:
 * no identity map, no change tracking, no hydration. Hydrating a hundred managed entities costs more
 * than everything else in a list request; a plain row costs a loop over the columns.
 *
 * A plain row is typed `Row<Entity>`: the entity's properties, with each to-one relation as `{ id }`
 * only, so the GraphQL field resolvers load relations by id through the request's loaders
 * (`ctx.loaders.*ById`); `Ref.load()` on a row does not compile. It never goes back to the
 * EntityManager: writes load their entities themselves.
 */
/**
 * What a field resolver's `@Root()` receives on the hot read paths: a plain row or a managed entity,
 * typed as what both have (a relation's id, not its `Ref`). A mapped type on purpose: type-graphql
 * copies a root declared as a class into a new instance of that class (running an entity's
 * constructor for every field); declared as `Row<T>`, it passes it on.
 */
export type Row<T> = { readonly [K in keyof T]: RowValue<T[K]> };

/** A to-one relation of a read model is its id only: `.load()`, `.getEntity()` or `.unwrap()` on it do not compile. */
export interface RowRef {
  readonly id: string;
}
type RowValue<V> = [V] extends [Ref<object>] ? RowRef : [V] extends [Ref<object> | null | undefined] ? RowRef | Exclude<V, Ref<object>> : V;

type Column = { column: string; property: string; kind: 'date' | 'relation' | 'value' };

const layouts = new WeakMap<EntityMetadata, Column[]>();

function layoutOf(meta: EntityMetadata): Column[] {
  let layout = layouts.get(meta);
  if (!layout) {
    layout = [];
    for (const prop of meta.props) {
      if (prop.kind === ReferenceKind.SCALAR) {
        layout.push({ column: prop.fieldNames[0], property: prop.name, kind: prop.runtimeType === 'Date' ? 'date' : 'value' });
      } else if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
        layout.push({ column: prop.fieldNames[0], property: prop.name, kind: 'relation' });
      }
    }
    layouts.set(meta, layout);
  }
  return layout;
}

/** The row of `entity`'s table (as `select *` returns it through the ORM's pool) as a plain read model. */
export function plainRow<T extends object>(em: EntityManager, entity: new (...args: never[]) => T, row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const { column, property, kind } of layoutOf(em.getMetadata().get(entity.name))) {
    const value = row[column];
    if (value === null || value === undefined) out[property] = null;
    else if (kind === 'date') out[property] = value instanceof Date ? value : new Date(value as string);
    else if (kind === 'relation') out[property] = { id: value };
    else out[property] = value;
  }
  return out as T;
}
