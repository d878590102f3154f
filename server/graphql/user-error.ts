import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserErrorCode, UserFacingError, type UserErrorData, type UserErrorParams } from '../common/errors.js';

registerEnumType(UserErrorCode, { name: 'UserErrorCode' });

@ObjectType({ description: 'A mistake the caller can fix. Nothing was changed.' })
export class UserError implements UserErrorData {
  @Field(() => UserErrorCode)
  code!: UserErrorCode;

  @Field()
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field concerned, e.g. ["input", "email"]' })
  field?: string[];

  @Field(() => GraphQLJSONObject, {
    description:
      'Added: the values the message names, by name (`reason` names the situation where a code covers several, e.g. REQUIRED), so a client can phrase the error from `code` and these. Empty when there are none.',
  })
  params: UserErrorParams = {};
}

/** The message for an email that already has an account of the other kind (a rep, or an organization user). */
export const ONE_ACCOUNT_PER_EMAIL = 'This email address already has another kind of account (one person, one account): use another address.';

/**
 * The payload's `errors` for a user mistake; anything else is not ours to hide and is rethrown. The
 * database's `one_account_per_email` rule (a rep and an organization user never share an email) is a
 * user mistake wherever it surfaces, so a path that did not check first still answers a typed error.
 */
export function userErrorsOf(error: unknown): UserError[] {
  if (error instanceof UserFacingError) return error.errors.map((e) => Object.assign(new UserError(), { ...e, params: e.params ?? {} }));
  if (isOneAccountPerEmailViolation(error)) {
    return [Object.assign(new UserError(), { code: UserErrorCode.USER_IN_ANOTHER_ORGANIZATION, message: ONE_ACCOUNT_PER_EMAIL, params: {} })];
  }
  throw error;
}

export function isOneAccountPerEmailViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { constraint?: unknown }).constraint === 'one_account_per_email';
}
