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
registerEnumType(OrganizationSortField, { name: 'OrganizationSortField' });

@InputType()
export class OrganizationSearchFilter {
  @Field(() => String, { nullable: true, description: 'Name, CCW partner account, subdomain or an administrator’s email contains.' })
  q?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  country?: string | null;

  @Field(() => ID, { nullable: true })
  managingPartnerId?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;
}

@InputType({ description: 'The details a rep may correct; omitted fields stay as they are.' })
export class UpdateOrganizationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Partner organizations: the CCW partner account (empty to clear).' })
  partnerAccountId?: string | null;
}

@ObjectType()
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true })
  organization?: Organization | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

/** A person of an organization, as reps see it. */
@ObjectType()
export class OrganizationUser {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field({ description: 'ADMIN or MEMBER.' })
  role!: string;

  @Field({ description: 'Has set a password.' })
  activated!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

export const OrganizationPage = PageType('Organization', Organization);
