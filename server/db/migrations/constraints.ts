import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { userError, UserErrorCode, type UserFacingError } from '../../common/errors.js';

const ONE_ORGANIZATION = 'A user can belong to only one Webex organization at a time.';

/**
 * The unique indexes a person can run into (a race lost to another request), by the name the
 * migration beside this file gives them, and the user error each one means. Services turn a
 * violation into its error with `userErrorForConstraint`, instead of matching parts of names.
 * A new unique index a person can hit: its migration, and a row here.
 */
export const UNIQUE_CONSTRAINT_ERRORS: Readonly<Record<string, { code: UserErrorCode; message: string; field?: string[] }>> = {
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
};

/** The constraint a unique violation names (the driver's field, else its message). */
export function violatedConstraint(error: unknown): string | undefined {
  if (!(error instanceof UniqueConstraintViolationException)) return undefined;
  const named = (error as { constraint?: string }).constraint;
  return named ?? Object.keys(UNIQUE_CONSTRAINT_ERRORS).find((name) => error.message.includes(name));
}

/** The user error a lost race means, or null when the error is not one of the table's. */
export function userErrorForConstraint(error: unknown, overrides: { message?: string } = {}): UserFacingError | null {
  const name = violatedConstraint(error);
  const entry = name ? UNIQUE_CONSTRAINT_ERRORS[name] : undefined;
  return entry ? userError(entry.code, overrides.message ?? entry.message, entry.field) : null;
}
