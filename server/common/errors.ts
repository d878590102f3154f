import { GraphQLError } from 'graphql';

/** The contract's `UserErrorCode` (docs/integrators.md): the expected failures a person can fix. */
export enum UserErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_EMAIL = 'INVALID_EMAIL',
  NOT_FOUND = 'NOT_FOUND',
  ORDER_NUMBER_CONFLICT = 'ORDER_NUMBER_CONFLICT',
  TOKEN_INVALID = 'TOKEN_INVALID',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  SESSION_EXPIRED = 'SESSION_EXPIRED',
  STEP_NOT_ALLOWED = 'STEP_NOT_ALLOWED',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  ORDER_ON_HOLD = 'ORDER_ON_HOLD',
  ORDER_ALREADY_SET_UP = 'ORDER_ALREADY_SET_UP',
  USER_IN_ANOTHER_ORGANIZATION = 'USER_IN_ANOTHER_ORGANIZATION',
  PASSWORD_TOO_WEAK = 'PASSWORD_TOO_WEAK',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  SUBDOMAIN_INVALID = 'SUBDOMAIN_INVALID',
  SUBDOMAIN_RESERVED = 'SUBDOMAIN_RESERVED',
  SUBDOMAIN_TAKEN = 'SUBDOMAIN_TAKEN',
  SETTINGS_INCOMPLETE = 'SETTINGS_INCOMPLETE',
  /** Added: a state change the order's (or escalation's) transition table refuses. */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** Added: an activation link was asked for an account that already has a password (log in, or reset it). */
  ACCOUNT_ALREADY_ACTIVE = 'ACCOUNT_ALREADY_ACTIVE',
  /** Added: the order is closed (EXPIRED or CANCELLED); nothing more can happen to it. */
  ORDER_CLOSED = 'ORDER_CLOSED',
}

/**
 * The values a message names, by name, so that a client can phrase the error itself (in another
 * language) from `code` and these: `reason` (where one code covers several situations, a stable
 * name for this one, e.g. REQUIRED, TOO_LONG, ALREADY_RESOLVED) and the values, e.g. `from`/`to`.
 */
export type UserErrorParams = { reason?: UserErrorReason } & Record<string, string | number | boolean | string[]>;

/**
 * Every situation `UserError.reason` (and `params.reason`) names: one closed list, a GraphQL enum
 * (`UserErrorReason`), so a client branches on a value the schema lists and a typo does not compile.
 * CANCELLED and EXPIRED are the order's status when ORDER_CLOSED.
 */
export const USER_ERROR_REASONS = [
  'ACCOUNT_TAKEN',
  'ADMINISTERS_NEW_PARTNER',
  'ALREADY_RESOLVED',
  'CANCEL',
  'CANCELLED',
  'CHARACTERS',
  'COLUMNS',
  'COUNTRY',
  'CUSTOMER_ADMINISTRATOR_ADDRESS_IN_USE',
  'CUSTOMER_LINK',
  'DATE',
  'EFFECTIVE_DATE_PAST',
  'ESCALATION',
  'EXPIRED',
  'FORMAT_CHARACTERS',
  'HOLDER_CHANGED',
  'LANGUAGE',
  'LINK_NO_LONGER_VALID',
  'NAME',
  'NOT_A_CUSTOMER',
  'NOT_A_PARTNER',
  'NOT_OBJECT',
  'NOT_PROVISIONED',
  'NOT_PURCHASED',
  'NOT_REASSIGNABLE',
  'NOT_SAVED',
  'NUMBER',
  'ORDER',
  'ORDER_NOT_ON_HOLD',
  'OTHER_LIST',
  'OTHER_PARTNER',
  'OWN_ACCOUNT',
  'OWN_EMAIL_REQUIRED',
  'OWN_ROLE',
  'PARTNER_LINK',
  'PATTERN',
  'PROVISIONED',
  'RANGE',
  'REP_EXISTS',
  'REQUEST_ID_REUSED',
  'REQUIRED',
  'SAME_PARTNER',
  'SELF_MANAGED',
  'SETUP_IN_PROGRESS',
  'START_DATE_TOO_OLD',
  'SUBSCRIPTION',
  'TAKEN',
  'TIME_ZONE',
  'TOO_LONG',
  'TOO_MANY',
  'TOO_MANY_SUBSCRIPTIONS',
  'URL',
  'URL_CREDENTIALS',
  'URL_FRAGMENT',
  'URL_PRIVATE',
  'VALUE',
  'WEBHOOK_DELIVERY',
] as const;
export type UserErrorReason = (typeof USER_ERROR_REASONS)[number];

export interface UserErrorData {
  code: UserErrorCode;
  message: string;
  field?: string[];
  params?: UserErrorParams;
}

/**
 * Thrown by services for a mistake the caller can fix. Thrown inside a transaction it rolls the
 * transaction back, so "a user error changes nothing" holds by construction; resolvers turn it
 * into the payload's `errors`.
 */
export class UserFacingError extends Error {
  readonly errors: UserErrorData[];
  constructor(errors: UserErrorData | UserErrorData[]) {
    const list = Array.isArray(errors) ? errors : [errors];
    super(list.map((e) => e.message).join('; '));
    this.errors = list;
  }
}

export function userError(code: UserErrorCode, message: string, field?: string[], params?: UserErrorParams): UserFacingError {
  return new UserFacingError({ code, message, field, params });
}

export function unauthenticated(message = 'Authentication required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } });
}

export function forbidden(message = 'You are not allowed to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });
}
