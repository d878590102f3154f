import { Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { SortOrder, type Page } from '../common/paging.js';

/** The console's sort direction as a GraphQL enum (the enum itself is in server/common/paging.ts). */
registerEnumType(SortOrder, {
  name: 'SortOrder',
  description: 'The direction of a sort.',
  valuesConfig: {
    ASC: { description: 'Ascending: A to Z, oldest first, smallest first.' },
    DESC: { description: 'Descending: Z to A, newest first, largest first.' },
  },
});

/** A `<Name>Page { nodes totalCount }` type. */
export function PageType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Page`, { description: `A page of ${name} items at an offset (the console’s lists), with the total.` })
  class PageClass implements Page<T> {
    @Field(() => [node], { description: 'The items of this page, in the sort asked for.' })
    nodes!: T[];

    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount!: number;
  }
  return PageClass;
}
