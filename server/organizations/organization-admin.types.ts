import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PageType } from '../graphql/offset-page.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { UserError } from '../graphql/user-error.js';
import { Organization, OrganizationKind } from './organization.entity.js';

export enum OrganizationSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  KIND = 'KIND',
  COUNTRY = 'COUNTRY',
}
registerEnumType(OrganizationSortField, {
  name: 'OrganizationSortField',
  description: 'The columns the organization search can be sorted on (the id breaks ties).',
  valuesConfig: {
    COUNTRY: { description: 'Country.' },
    CREATED_AT: { description: 'When it was created.' },
    KIND: { description: 'Partner or customer.' },
    NAME: { description: 'Name.' },
  },
});

@InputType({ description: 'The console’s organization search; all given conditions apply together.' })
export class OrganizationSearchFilter {
  @Field(() => String, { nullable: true, description: 'Name, CCW partner account, subdomain or an administrator’s email contains.' })
  q?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'Only partners or only customers.' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only customer organizations managed by this partner organization.' })
  managingPartnerId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these organizations.' })
  ids?: string[] | null;
}

@InputType({ description: 'The details a rep may correct; omitted fields stay as they are.' })
export class UpdateOrganizationInput {
  @Field(() => ID, { description: 'The organization.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The name (not blank).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Country (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Street and number.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Partner organizations: the CCW partner account (empty to clear).' })
  partnerAccountId?: string | null;
}

@ObjectType({ description: 'The result of a change to an organization.' })
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true, description: 'The organization as it is now; null when `errors` is not empty.' })
  organization?: Organization | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}

/** A person of an organization, as reps see it. */
@ObjectType({ description: 'A person with an account in an organization (its administrators and reps read it).' })
export class OrganizationUser {
  @Field(() => ID, { description: 'The user’s id.' })
  id!: string;

  @Field({ description: 'The person’s email, used to log in.' })
  email!: string;

  @Field({ description: 'ADMIN or MEMBER.' })
  role!: string;

  @Field({ description: 'Has set a password.' })
  activated!: boolean;

  @Field(() => DateTimeScalar, { description: 'When the account was created.' })
  createdAt!: Date;
}

export const OrganizationPage = PageType('Organization', Organization);
