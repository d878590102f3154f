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

/**
 * A search term as typed: trimmed, at most 100 characters; empty means "no search". Control
 * characters (NUL among them, which PostgreSQL's text cannot hold) and lone surrogates (not Unicode)
 * are dropped: no stored value contains them (InputValidator refuses them), so they could never match.
 */
export function searchTerm(value: string | null | undefined): string | undefined {
  const cleaned = (value ?? '')
    .replace(/[\p{Cc}\p{Cs}]/gu, '')
    .normalize('NFC')
    .trim();
  // Cut by code points, so the cut never leaves half a surrogate pair.
  const text = Array.from(cleaned).slice(0, 100).join('');
  return text === '' ? undefined : text;
}

/**
 * A value typed to match a stored one exactly (a CCW order number): trimmed. One with a control
 * character or a lone surrogate matches nothing (no stored value holds them; NUL would not even reach
 * PostgreSQL's text), so it becomes the empty string, which no stored identifier is.
 */
export function exactTerm(value: string): string {
  const text = value.trim();
  return /[\p{Cc}\p{Cs}]/u.test(text) ? '' : text;
}
