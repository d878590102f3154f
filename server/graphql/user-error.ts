import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { USER_ERROR_REASONS, UserErrorCode, UserFacingError, type UserErrorData, type UserErrorParams, type UserErrorReason } from '../common/errors.js';
import { userErrorEverywhere } from '../db/migrations/constraints.js';

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'The mistakes a caller can fix; `UserError.params.reason` tells apart the situations a code covers.',
  valuesConfig: {
    ACCOUNT_ALREADY_ACTIVE: { description: 'An activation link was asked for an account that already has a password: log in, or reset it.' },
    INVALID_CREDENTIALS: { description: 'Wrong email or password (which one is not said).' },
    INVALID_EMAIL: { description: 'Not an email address.' },
    INVALID_INPUT: { description: 'A value is missing, too long or malformed (a date, time zone, country, language, name…); `field` says which.' },
    INVALID_TRANSITION: { description: 'The order or escalation cannot go from its state to the one asked.' },
    NOT_FOUND: { description: 'No such object, or one the caller may not see.' },
    ORDER_ALREADY_SET_UP: { description: 'The order is already set up (step 8 was confirmed).' },
    ORDER_CLOSED: { description: 'The order is EXPIRED or CANCELLED: nothing more can happen to it.' },
    ORDER_NUMBER_CONFLICT: { description: 'An order with this CCW number exists with different details.' },
    ORDER_ON_HOLD: { description: 'The order is ON_HOLD until a rep resolves its escalation.' },
    PASSWORD_TOO_WEAK: { description: 'The password is too short, too long or too simple.' },
    ROLE_NOT_ALLOWED: { description: 'This link does not accept that role.' },
    SESSION_EXPIRED: { description: 'The setup session ended (timed out, replaced, or its link revoked): open the link again.' },
    SETTINGS_INCOMPLETE: { description: 'Provisioning needs settings not yet saved: `missingSettings` lists them.' },
    STEP_NOT_ALLOWED: { description: 'This step is not the wizard’s next step (or one Back leads to).' },
    SUBDOMAIN_INVALID: { description: 'Not 1–63 letters and digits.' },
    SUBDOMAIN_RESERVED: { description: 'Reserved (e.g. www, admin, webex).' },
    SUBDOMAIN_TAKEN: { description: 'Another organization has it.' },
    TOKEN_EXPIRED: { description: 'The link expired, was used or was revoked.' },
    TOKEN_INVALID: { description: 'No such link.' },
    TOO_MANY_ATTEMPTS: { description: 'Too many failures from this address or for this account: wait, then try again.' },
    USER_IN_ANOTHER_ORGANIZATION: { description: 'The email belongs to a user of an organization this path may not reach.' },
  },
});

/** `UserErrorReason` as a GraphQL enum: the list in common/errors.ts, each value described. */
export const UserErrorReasonEnum = Object.fromEntries(USER_ERROR_REASONS.map((reason) => [reason, reason])) as { [R in UserErrorReason]: R };
registerEnumType(UserErrorReasonEnum, {
  name: 'UserErrorReason',
  description: 'Added: the situation, where one code covers several (`UserError.reason`, also `params.reason`).',
  valuesConfig: {
    ACCOUNT_TAKEN: { description: 'The address belongs to an account elsewhere.' },
    ADMINISTERS_NEW_PARTNER: { description: 'Step 6: the walker’s own address, while their new partner organization is still to be created.' },
    ALREADY_RESOLVED: { description: 'The escalation is already resolved.' },
    CANCEL: { description: 'The order cannot be cancelled in its state.' },
    CANCELLED: { description: 'ORDER_CLOSED: the order was cancelled.' },
    CHARACTERS: { description: 'A text holds control characters or lone surrogates.' },
    COLUMNS: { description: 'A saved view names columns the list does not have.' },
    COUNTRY: { description: 'Not a current ISO 3166-1 alpha-2 country code.' },
    CUSTOMER_ADMINISTRATOR_ADDRESS_IN_USE: { description: 'The customer administrator’s address cannot be used on this path.' },
    CUSTOMER_LINK: { description: 'ROLE_NOT_ALLOWED: the link was sent to the customer administrator (choose CUSTOMER).' },
    DATE: { description: 'Not a date written YYYY-MM-DD.' },
    EFFECTIVE_DATE_PAST: { description: 'The effective date is in the past.' },
    ESCALATION: { description: 'An escalation cannot go from its status to the one asked (`from`, `to`).' },
    EXPIRED: { description: 'ORDER_CLOSED: the order expired.' },
    FORMAT_CHARACTERS: { description: 'A text holds Unicode format characters (bidirectional overrides, zero-width characters…).' },
    HOLDER_CHANGED: { description: 'The order’s setup holder changed since this link was sent.' },
    LANGUAGE: { description: 'Not a BCP 47 language tag.' },
    LINK_NO_LONGER_VALID: { description: 'The email’s link no longer works (replaced, used or expired): it is not sent again.' },
    NAME: { description: 'A saved view’s filter name is not letters, digits and _.' },
    NOT_A_CUSTOMER: { description: 'The organization is not a customer organization.' },
    NOT_A_PARTNER: { description: 'The organization is not a partner organization.' },
    NOT_OBJECT: { description: 'A saved view’s filters are not an object.' },
    NOT_PROVISIONED: { description: 'The subscription is not provisioned yet.' },
    NOT_PURCHASED: { description: 'The service was not purchased with this order.' },
    NOT_REASSIGNABLE: { description: 'The escalation’s order cannot be reassigned.' },
    NOT_SAVED: { description: 'The settings to correct have not been saved yet.' },
    NUMBER: { description: 'A saved view’s filter number is not finite.' },
    ORDER: { description: 'An order cannot go from its status to the one asked (`from`, `to`).' },
    ORDER_NOT_ON_HOLD: { description: 'The order is not on hold.' },
    OTHER_LIST: { description: 'A saved view stays on its list.' },
    OTHER_PARTNER: { description: 'The organization is managed by another partner.' },
    OWN_ACCOUNT: { description: 'A rep cannot deactivate their own account.' },
    OWN_EMAIL_REQUIRED: { description: 'A link sent to a shared address needs the person’s own email first.' },
    OWN_ROLE: { description: 'A rep cannot change their own role.' },
    PARTNER_LINK: { description: 'ROLE_NOT_ALLOWED: the link was sent to the partner (choose PARTNER).' },
    PATTERN: { description: 'A text does not have the required form.' },
    PROVISIONED: { description: 'The subscription is provisioned: its settings are read-only here.' },
    RANGE: { description: 'A number is outside its allowed range.' },
    REP_EXISTS: { description: 'A rep with this email exists.' },
    REQUEST_ID_REUSED: { description: 'The client request id was used before with other content.' },
    REQUIRED: { description: 'A value is required.' },
    SAME_PARTNER: { description: 'The customer organization is managed by that partner already (a transfer to the same partner).' },
    SELF_MANAGED: { description: 'The customer organization manages itself.' },
    SETUP_IN_PROGRESS: { description: 'An order of the customer organization is still being set up (`params.ccwOrderNumber`): transfer it once provisioned.' },
    START_DATE_TOO_OLD: { description: 'The requested start date is too far in the past.' },
    SUBSCRIPTION: { description: 'The subscription cannot go from its status to the one asked.' },
    TAKEN: { description: 'The name is already used.' },
    TIME_ZONE: { description: 'Not an IANA time zone.' },
    TOO_LONG: { description: 'A text is longer than allowed.' },
    TOO_MANY: { description: 'More than allowed (views, items).' },
    TOO_MANY_SUBSCRIPTIONS: { description: 'The caller has the most webhook subscriptions allowed.' },
    URL: { description: 'Not an absolute http:// or https:// address.' },
    URL_CREDENTIALS: { description: 'The URL carries a user name or password.' },
    URL_FRAGMENT: { description: 'The URL carries a fragment (#…).' },
    URL_PRIVATE: { description: 'The URL leads inside the operator’s network.' },
    VALUE: { description: 'A saved view’s filter value is not text, a number, true/false or a list of them.' },
    WEBHOOK_DELIVERY: { description: 'The webhook delivery cannot be sent again in its state.' },
  },
});

@ObjectType({ description: 'A mistake the caller can fix. Nothing was changed.' })
export class UserError implements UserErrorData {
  @Field(() => UserErrorCode, { description: 'What went wrong, as a stable code a client can branch on.' })
  code!: UserErrorCode;

  @Field({ description: 'What went wrong, in English, for a person.' })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field concerned, e.g. ["input", "email"]' })
  field?: string[];

  @Field(() => GraphQLJSONObject, {
    description:
      'Added: the values the message names, by name (`reason` names the situation where a code covers several, e.g. REQUIRED), so a client can phrase the error from `code` and these. Empty when there are none.',
  })
  params: UserErrorParams = {};

  @Field(() => UserErrorReasonEnum, {
    nullable: true,
    description: 'Added: the situation, where one code covers several (the same value as `params.reason`); null when the code says it all.',
  })
  get reason(): UserErrorReason | null {
    return this.params.reason ?? null;
  }
}

/**
 * The payload's `errors` for a user mistake; anything else is not ours to hide and is rethrown. A
 * violated constraint that is a user mistake wherever it surfaces (the constraint table's rows marked
 * `everywhere`, e.g. `one_account_per_email`: a rep and an organization user never share an email) is
 * one too, so a path that did not check first still answers a typed error.
 */
export function userErrorsOf(error: unknown): UserError[] {
  const facing = error instanceof UserFacingError ? error : userErrorEverywhere(error);
  if (facing) return facing.errors.map((e) => Object.assign(new UserError(), { ...e, params: e.params ?? {} }));
  throw error;
}
