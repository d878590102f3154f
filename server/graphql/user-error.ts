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

/** The payload's `errors` for a user mistake; anything else is not ours to hide and is rethrown. */
export function userErrorsOf(error: unknown): UserError[] {
  if (error instanceof UserFacingError) return error.errors.map((e) => Object.assign(new UserError(), { ...e, params: e.params ?? {} }));
  throw error;
}
