import { GraphQLError } from 'graphql';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when a client asks for it (a count over a large list costs more than the page). */
  totalCount: number | Promise<number>;
}

/** A Relay connection type `<Name>Connection` with `<Name>Edge`, as API.md describes. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

function badInput(message: string): GraphQLError {
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
