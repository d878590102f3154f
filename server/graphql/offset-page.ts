import { GraphQLError } from 'graphql';
import { Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';

/**
 * The console's lists: a page of rows at an offset with the total, sorted in the database on a
 * whitelisted column with the id as tie-breaker. (The external API's lists are Relay connections;
 * the console pages by number, which is what react-admin's paginator shows.)
 */
export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

export interface Page<T> {
  nodes: T[];
  totalCount: number;
}

/** A `<Name>Page { nodes totalCount }` type. */
export function PageType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Page`)
  class PageClass implements Page<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => Int)
    totalCount!: number;
  }
  return PageClass;
}

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;
/** Deep offsets are slow and useless to a person; search instead. */
export const MAX_OFFSET = 100_000;

export interface PageWindow {
  offset: number;
  limit: number;
}

export function pageWindow(offset: number | null | undefined, limit: number | null | undefined): PageWindow {
  const o = offset ?? 0;
  const l = limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(o) || o < 0 || o > MAX_OFFSET) throw badInput(`offset must be between 0 and ${MAX_OFFSET}`);
  if (!Number.isInteger(l) || l < 1 || l > MAX_LIMIT) throw badInput(`limit must be between 1 and ${MAX_LIMIT}`);
  return { offset: o, limit: l };
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** `%` and `_` typed by a person are literal characters, not wildcards. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A search term as typed: trimmed, at most 100 characters; empty means "no search". */
export function searchTerm(value: string | null | undefined): string | undefined {
  const text = (value ?? '').normalize('NFC').trim().slice(0, 100);
  return text === '' ? undefined : text;
}
