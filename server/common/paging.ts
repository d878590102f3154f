import { GraphQLError } from 'graphql';

/*
 * Paging primitives shared by the services and the API: the external API's Relay connections (keyset
 * cursors) and the console's offset pages. No type-graphql here: the GraphQL types of these shapes
 * (`ConnectionType`, `PageInfo`, `PageType`, the `SortOrder` enum's registration) are in
 * server/graphql/connection.ts and server/graphql/offset-page.ts.
 */

/** Where a page of a connection ends and whether more follow (the `PageInfo` type's fields). */
export interface PageInfoData {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoData;
  /** Counted only when a client asks for it (a count over a large list costs more than the page). */
  totalCount: number | Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A query's bad argument: `BAD_USER_INPUT`, the message for the caller (queries have no payload with `errors`). */
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Cursors are opaque: the sort key of the last row seen (keyset pagination, stable under inserts). */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What a cursor's key holds, part by part: an instant (ISO 8601, as `encodeCursor` wrote it) or a row id. */
export type CursorPart = 'date' | 'uuid' | 'integer';

const CURSOR_PART: Record<CursorPart, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /** A bigint (a bigserial id, a transaction id), as decimal digits. */
  integer: /^\d{1,19}$/,
};

/**
 * Decodes `after`. A cursor is opaque but travels through clients, so a forged one must be refused
 * here, part by part (an unparseable date or a non-uuid id would otherwise reach SQL).
 */
export function decodeCursor(cursor: string | null | undefined, parts: readonly CursorPart[]): string[] | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const valid =
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every((value, i) => typeof value === 'string' && CURSOR_PART[parts[i]].test(value) && (parts[i] !== 'date' || !Number.isNaN(Date.parse(value))));
    if (valid) return key as string[];
  } catch {
    // fall through
  }
  throw badInput('after is not a cursor this list gave out');
}

/**
 * Builds the connection from a page fetched with one extra row (that row says whether more follow).
 * `totalCount` may be a function: it then runs only if the query selects `totalCount`.
 */
export function toConnection<T>(rows: T[], size: number, totalCount: number | (() => Promise<number>), keyOf: (row: T) => (string | number)[]): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    get totalCount() {
      return typeof totalCount === 'number' ? totalCount : (counted ??= totalCount());
    },
  };
}

/**
 * The console's lists: a page of rows at an offset with the total, sorted in the database on a
 * whitelisted column with the id as tie-breaker. (The external API's lists are Relay connections;
 * the console pages by number, which is what react-admin's paginator shows.)
 */
export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
export interface Page<T> {
  nodes: T[];
  totalCount: number;
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
