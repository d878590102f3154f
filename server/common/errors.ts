import { GraphQLError } from 'graphql';

/** API.md's `UserErrorCode`: the expected failures a person can fix. */
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
export type UserErrorParams = Record<string, string | number | boolean | string[]>;

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
