import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import { UserError } from '../graphql/user-error.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { SetupOwner, SetupRole } from './setup-enums.js';
import { SetupSession } from './setup-session.entity.js';

@ObjectType({ description: 'An existing customer organization offered at CONFIRM_CUSTOMER_ORGANIZATION.' })
export class OrganizationCandidate {
  @Field(() => ID, { description: 'Its id, for `confirmCustomerOrganization(candidateId)`.' })
  id!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its city, when known: two organizations of the same name tell apart by it.' })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'Its country (ISO 3166-1 alpha-2), when known.' })
  country!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Int, { description: 'How many of its subscriptions are ACTIVE.' })
  activeSubscriptionCount!: number;
}

@ObjectType({ description: 'Organization details entered in the wizard, created only when the order is set up.' })
export class OrganizationDraft {
  @Field({ description: 'The organization’s name.' })
  name!: string;

  @Field({ description: 'Country (ISO 3166-1 alpha-2).' })
  country!: string;

  @Field({ description: 'Street and number.' })
  address!: string;

  @Field({ description: 'City.' })
  city!: string;

  @Field({ description: 'Postal code.' })
  postalCode!: string;
}

@InputType({ description: 'Opens the wizard with a Set up now link.' })
export class StartSetupInput {
  @Field({ description: 'The `token` of the link (`<PORTAL_URL>/setup?token=<token>`).' })
  token!: string;
}

@InputType({ description: 'Asks for a new Set up now link in place of an expired one.' })
export class RequestSetupLinkInput {
  @Field({ description: 'The token of the expired (or replaced) Set up now link.' })
  token!: string;
}

@ObjectType({ description: 'The result of asking for a new Set up now link.' })
export class RequestSetupLinkPayload {
  @Field(() => [UserError], {
    description: 'Why no link was sent (e.g. the order is set up, on hold or closed, or the link’s holder changed); empty when it was.',
  })
  errors!: UserError[];
}

@InputType({ description: 'Step 1 of the wizard: who is walking it.' })
export class ChooseRoleInput {
  @Field(() => SetupRole, { description: 'PARTNER on a partner’s link, CUSTOMER on a link handed to the customer; the other answers `ROLE_NOT_ALLOWED`.' })
  role!: SetupRole;
}

@InputType({ description: 'Step 2 of the wizard: who sets the order up.' })
export class ChooseSetupOwnerInput {
  @Field(() => SetupOwner, { description: 'SELF to go on now; COLLEAGUE or CUSTOMER to hand the order over to `email`.' })
  owner!: SetupOwner;

  @Field(() => String, { nullable: true, description: 'Required for COLLEAGUE and CUSTOMER.' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'SELF on a link sent to a shared address (`recipientIsSharedAddress`, e.g. orders@) when the partner organization is new: the own email of the person walking, who becomes its administrator instead of the alias.',
  })
  yourEmail?: string | null;
}

@InputType({ description: 'The partner organization to create when the order is set up (step 8), on the partner’s first order.' })
export class CreatePartnerOrganizationInput {
  @Field({ description: 'The organization’s name (not blank).' })
  name!: string;

  @Field({ description: 'Country (ISO 3166-1 alpha-2, e.g. `IT`).' })
  country!: string;

  @Field({ description: 'Street and number.' })
  address!: string;

  @Field({ description: 'City.' })
  city!: string;

  @Field({ description: 'Postal code.' })
  postalCode!: string;
}

@InputType({ description: 'A customer organization to create when the order is set up.' })
export class NewCustomerOrganizationInput extends CreatePartnerOrganizationInput {}

@InputType({ description: 'The answer to a review or verify step of the wizard.' })
export class ReviewInput {
  @Field({ description: 'true: the organization shown is the right one; false: it is not (the order goes ON_HOLD and a rep is asked).' })
  recognized!: boolean;
}

@InputType({ description: 'The customer administrator named in the wizard.' })
export class SetCustomerAdministratorInput {
  @Field({
    description:
      'The administrator’s email (else `INVALID_EMAIL`); a user of another organization the partner does not manage answers `USER_IN_ANOTHER_ORGANIZATION`.',
  })
  email!: string;
}

@InputType({ description: 'Exactly one of the two.' })
export class ConfirmCustomerOrganizationInput {
  @Field(() => ID, { nullable: true, description: 'An organization from `customerOrganizationCandidates`.' })
  candidateId?: string | null;

  @Field(() => NewCustomerOrganizationInput, { nullable: true, description: 'A customer organization to create when the order is set up.' })
  newOrganization?: NewCustomerOrganizationInput | null;
}

@InputType({ description: 'Step 8, the point of no return; no values needed.' })
export class CompleteOrderSetupInput {
  @Field(() => String, { nullable: true, description: 'Any value the client wants to correlate the call with; not used by the server.' })
  clientMutationId?: string | null;
}

@InputType({ description: 'The password of the organization’s first administrator.' })
export class SetPasswordInput {
  @Field({ description: '12 to 256 characters, letters mixed with digits or symbols (else `PASSWORD_TOO_WEAK`).' })
  password!: string;
}

@ObjectType({ description: 'A new setup session, or why none was opened.' })
export class StartSetupPayload {
  @Field(() => SetupSession, { nullable: true, description: 'The wizard; null when `errors` is not empty.' })
  session?: SetupSession | null;

  @Field(() => String, { nullable: true, description: 'The bearer token for the next steps.' })
  sessionToken?: string | null;

  @Field(() => [UserError], {
    description: 'Why no session was opened (`TOKEN_INVALID`, `TOKEN_EXPIRED`, `ORDER_ALREADY_SET_UP`, `ORDER_ON_HOLD`, in that order); empty on success.',
  })
  errors!: UserError[];
}

@ObjectType({ description: 'The wizard after a step, or why the step was refused.' })
export class SetupSessionPayload {
  @Field(() => SetupSession, { nullable: true, description: 'The wizard as it is now; null with a login token (an administrator’s service setup).' })
  session?: SetupSession | null;

  @Field(() => Subscription, { nullable: true, description: 'Service setup steps: the subscription acted on (also with a login token).' })
  subscription?: Subscription | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}
