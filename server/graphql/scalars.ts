import { DateResolver, DateTimeResolver, EmailAddressResolver } from 'graphql-scalars';

/** API.md's output scalars: `DateTime` (ISO 8601 with offset), `Date` (YYYY-MM-DD), `EmailAddress`. */
export const DateTimeScalar = DateTimeResolver;
export const DateScalar = DateResolver;
export const EmailScalar = EmailAddressResolver;
