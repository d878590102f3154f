import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { userError, UserErrorCode, type UserFacingError } from '../../common/errors.js';

const ONE_ORGANIZATION = 'A user can belong to only one Webex organization at a time.';

/** The message for an email that already has an account of the other kind (a rep, or an organization user). */
export const ONE_ACCOUNT_PER_EMAIL = 'This email address already has another kind of account (one person, one account): use another address.';

/** The user error a violated constraint means; `everywhere`: a user mistake wherever it surfaces (the API's `userErrorsOf` maps it too). */
export interface ConstraintError {
  code: UserErrorCode;
  message: string;
  field?: string[];
  everywhere?: boolean;
}

/**
 * The one table of the unique constraints a person can run into (a race lost to another request), by
 * the name the migration beside this file gives them, and the user error each one means. Services turn
 * a violation into its error with `userErrorForConstraint`, instead of matching parts of names; the
 * API's `userErrorsOf` (server/graphql/user-error.ts) maps the rows marked `everywhere`.
 * A new unique index a person can hit: its migration, and a row here.
 */
export const UNIQUE_CONSTRAINT_ERRORS: Readonly<Record<string, ConstraintError>> = {
  // Migration20261125000000_initial
  app_user_email_unique: {
    code: UserErrorCode.USER_IN_ANOTHER_ORGANIZATION,
    message: `One of these people joined another Webex organization meanwhile. ${ONE_ORGANIZATION}`,
  },
  subscription_order_unique: { code: UserErrorCode.ORDER_ALREADY_SET_UP, message: 'This order was set up meanwhile.' },
  organization_partner_account_id_unique: {
    code: UserErrorCode.STEP_NOT_ALLOWED,
    message: 'Your partner organization was created meanwhile by another order. Open your Set up now link again to review it.',
  },
  organization_subdomain_unique: {
    code: UserErrorCode.SUBDOMAIN_TAKEN,
    message: 'Not available. Please try another name.',
    field: ['input', 'subdomain'],
  },
  // Migration20261202010000_one_account_per_email: a trigger's unique_violation, so a rep and an
  // organization user never share an email; a user mistake wherever it surfaces.
  one_account_per_email: { code: UserErrorCode.USER_IN_ANOTHER_ORGANIZATION, message: ONE_ACCOUNT_PER_EMAIL, everywhere: true },
};

/**
 * The constraint a unique violation names (the driver's field, else its message). A trigger's
 * violation (`one_account_per_email`) is recognised by its constraint name on any error.
 */
export function violatedConstraint(error: unknown): string | undefined {
  const named = typeof error === 'object' && error !== null ? (error as { constraint?: unknown }).constraint : undefined;
  if (named === 'one_account_per_email') return named;
  if (!(error instanceof UniqueConstraintViolationException)) return undefined;
  return (named as string | undefined) ?? Object.keys(UNIQUE_CONSTRAINT_ERRORS).find((name) => error.message.includes(name));
}

/** The user error a lost race means, or null when the error is not one of the table's. */
export function userErrorForConstraint(error: unknown, overrides: { message?: string; field?: string[] } = {}): UserFacingError | null {
  const name = violatedConstraint(error);
  const entry = name ? UNIQUE_CONSTRAINT_ERRORS[name] : undefined;
  return entry ? userError(entry.code, overrides.message ?? entry.message, overrides.field ?? entry.field) : null;
}

/** The user error of a violation that is a user mistake wherever it surfaces (rows marked `everywhere`), or null. */
export function userErrorEverywhere(error: unknown): UserFacingError | null {
  const name = violatedConstraint(error);
  return name && UNIQUE_CONSTRAINT_ERRORS[name]?.everywhere ? userErrorForConstraint(error) : null;
}
