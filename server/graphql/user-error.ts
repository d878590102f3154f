import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserErrorCode, UserFacingError, type UserErrorData } from '../common/errors.js';

registerEnumType(UserErrorCode, { name: 'UserErrorCode' });

@ObjectType({ description: 'A mistake the caller can fix. Nothing was changed.' })
export class UserError implements UserErrorData {
  @Field(() => UserErrorCode)
  code!: UserErrorCode;

  @Field()
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field concerned, e.g. ["input", "email"]' })
  field?: string[];
}

/** The payload's `errors` for a user mistake; anything else is not ours to hide and is rethrown. */
export function userErrorsOf(error: unknown): UserError[] {
  if (error instanceof UserFacingError) return error.errors.map((e) => Object.assign(new UserError(), e));
  throw error;
}
