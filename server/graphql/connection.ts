import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Connection, Edge, PageInfoData } from '../common/paging.js';

@ObjectType({ description: 'Where a page of a connection ends and whether more follow.' })
export class PageInfo implements PageInfoData {
  @Field({ description: 'true when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge: pass it as `after` for the next page; null when the page is empty.' })
  endCursor!: string | null;
}

/** A Relay connection type `<Name>Connection` with `<Name>Edge`, as docs/integrators.md describes. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a connection page, with its cursor.` })
  class EdgeType implements Edge<T> {
    @Field({ description: 'An opaque position in the list: pass it as `after` to continue behind this item.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} items (a Relay connection): \`first\` (default 20, at most 100) and \`after\` choose it.`,
  })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The items of this page, in the list’s order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to continue from.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds (all pages), under the same filter.' })
    totalCount!: number;
  }
  return ConnectionClass;
}
