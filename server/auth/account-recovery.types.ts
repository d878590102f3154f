import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { OrganizationUser } from '../organizations/organization-admin.types.js';
import { UserError } from '../graphql/user-error.js';

@InputType({ description: 'Asks for a password reset link.' })
export class RequestPasswordResetInput {
  @Field({ description: 'The account’s email.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'The language of the page asking (`en`, `it`): the email is written in it.' })
  locale?: string | null;
}

@ObjectType({ description: 'The same answer whether or not the address has an account.' })
export class RequestPasswordResetPayload {
  @Field(() => [UserError], { description: 'Only mistakes in the input (a malformed email); never whether the address has an account.' })
  errors!: UserError[];
}

@InputType({ description: 'Sets a new password with the emailed reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The token of the emailed link.' })
  token!: string;

  @Field({ description: 'The new password: 12 to 256 characters, letters mixed with digits or symbols (else `PASSWORD_TOO_WEAK`).' })
  password!: string;
}

@InputType({ description: 'Asks for a new activation link in place of an expired one.' })
export class RequestActivationLinkInput {
  @Field({ description: 'The token of the expired (or already replaced) activation link.' })
  token!: string;
}

@ObjectType({ description: 'The result of asking for a new activation link.' })
export class RequestActivationLinkPayload {
  @Field(() => [UserError], { description: 'Why no link was sent (e.g. `ACCOUNT_ALREADY_ACTIVE`, `TOKEN_INVALID`); empty when it was.' })
  errors!: UserError[];
}

@InputType({ description: 'Sends a person a fresh activation link.' })
export class SendActivationLinkInput {
  @Field(() => ID, { description: 'The person (an `OrganizationUser` id).' })
  userId!: string;
}

@ObjectType({ description: 'The result of sending an activation link.' })
export class SendActivationLinkPayload {
  @Field(() => OrganizationUser, { nullable: true, description: 'The person; null when `errors` is not empty.' })
  user?: OrganizationUser | null;

  @Field(() => [UserError], { description: 'Why no link was sent (e.g. `ACCOUNT_ALREADY_ACTIVE`); empty when it was.' })
  errors!: UserError[];
}
