import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import { UserError } from '../graphql/user-error.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { SetupOwner, SetupRole } from './setup-enums.js';
import { SetupSession } from './setup-session.entity.js';

@ObjectType()
export class OrganizationCandidate {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => Int)
  activeSubscriptionCount!: number;
}

@ObjectType({ description: 'Organization details entered in the wizard, created only when the order is set up.' })
export class OrganizationDraft {
  @Field()
  name!: string;

  @Field()
  country!: string;

  @Field()
  address!: string;

  @Field()
  city!: string;

  @Field()
  postalCode!: string;
}

@InputType()
export class StartSetupInput {
  @Field()
  token!: string;
}

@InputType()
export class RequestSetupLinkInput {
  @Field({ description: 'The token of the expired (or replaced) Set up now link.' })
  token!: string;
}

@ObjectType()
export class RequestSetupLinkPayload {
  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class ChooseRoleInput {
  @Field(() => SetupRole)
  role!: SetupRole;
}

@InputType()
export class ChooseSetupOwnerInput {
  @Field(() => SetupOwner)
  owner!: SetupOwner;

  @Field(() => String, { nullable: true, description: 'Required for COLLEAGUE and CUSTOMER.' })
  email?: string | null;
}

@InputType()
export class CreatePartnerOrganizationInput {
  @Field()
  name!: string;

  @Field()
  country!: string;

  @Field()
  address!: string;

  @Field()
  city!: string;

  @Field()
  postalCode!: string;
}

@InputType()
export class NewCustomerOrganizationInput extends CreatePartnerOrganizationInput {}

@InputType()
export class ReviewInput {
  @Field()
  recognized!: boolean;
}

@InputType()
export class SetCustomerAdministratorInput {
  @Field()
  email!: string;
}

@InputType({ description: 'Exactly one of the two.' })
export class ConfirmCustomerOrganizationInput {
  @Field(() => ID, { nullable: true })
  candidateId?: string | null;

  @Field(() => NewCustomerOrganizationInput, { nullable: true })
  newOrganization?: NewCustomerOrganizationInput | null;
}

@InputType()
export class CompleteOrderSetupInput {
  @Field(() => String, { nullable: true })
  clientMutationId?: string | null;
}

@InputType()
export class SetPasswordInput {
  @Field()
  password!: string;
}

@ObjectType()
export class StartSetupPayload {
  @Field(() => SetupSession, { nullable: true })
  session?: SetupSession | null;

  @Field(() => String, { nullable: true, description: 'The bearer token for the next steps.' })
  sessionToken?: string | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class SetupSessionPayload {
  @Field(() => SetupSession, { nullable: true })
  session?: SetupSession | null;

  @Field(() => Subscription, { nullable: true, description: 'Service setup steps: the subscription acted on (also with a login token).' })
  subscription?: Subscription | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
