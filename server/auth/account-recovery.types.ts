import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { OrganizationUser } from '../organizations/organization-admin.types.js';
import { UserError } from '../graphql/user-error.js';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  email!: string;

  @Field(() => String, { nullable: true, description: 'The language of the page asking (`en`, `it`): the email is written in it.' })
  locale?: string | null;
}

@ObjectType({ description: 'The same answer whether or not the address has an account.' })
export class RequestPasswordResetPayload {
  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the emailed link.' })
  token!: string;

  @Field()
  password!: string;
}

@InputType()
export class RequestActivationLinkInput {
  @Field({ description: 'The token of the expired (or already replaced) activation link.' })
  token!: string;
}

@ObjectType()
export class RequestActivationLinkPayload {
  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class SendActivationLinkInput {
  @Field(() => ID)
  userId!: string;
}

@ObjectType()
export class SendActivationLinkPayload {
  @Field(() => OrganizationUser, { nullable: true })
  user?: OrganizationUser | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
