import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { DateResolver, DateTimeResolver, EmailAddressResolver } from 'graphql-scalars';

/** The instants a `DateTime` input may name: years 1 to 9999, the four-digit years of ISO 8601 (and PostgreSQL's `timestamptz` holds them all). */
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function withinRange(value: unknown): Date {
  const date = value as Date;
  const time = date.getTime();
  if (!(time >= new Date('0001-01-01T00:00:00Z').getTime() && time <= LATEST)) {
    throw new GraphQLError('DateTime must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

/**
 * The contract's output scalars (docs/integrators.md): `DateTime` (ISO 8601 with offset), `Date` (YYYY-MM-DD), `EmailAddress`.
 * As an input (`overdueOrders(asOf:)`), a `DateTime` outside years 1–9999 is refused like any other
 * malformed value (BAD_USER_INPUT) instead of reaching the database ("0000-01-01T00:00:00Z" is no date
 * PostgreSQL knows).
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue: (value: unknown) => withinRange(DateTimeResolver.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) => withinRange(DateTimeResolver.parseLiteral(ast, variables)),
});
export const DateScalar = DateResolver;
export const EmailScalar = EmailAddressResolver;
