import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';

export enum OrganizationKind {
  PARTNER = 'PARTNER',
  CUSTOMER = 'CUSTOMER',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Which side of an order an organization is on.',
  valuesConfig: { CUSTOMER: { description: 'The customer the services are for.' }, PARTNER: { description: 'The Cisco partner that orders.' } },
});

@ObjectType({ description: 'A partner or customer organization. Partner and customer administrators read their own; reps read all.' })
@Entity({ tableName: 'organization' })
export class Organization {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'demo';

  @Field(() => ID, { description: 'The organization’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => OrganizationKind, { description: 'PARTNER or CUSTOMER.' })
  @Enum({ items: () => OrganizationKind })
  kind!: OrganizationKind;

  @Field({ description: 'Its name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** ISO 3166-1 alpha-2. */
  @Field(() => String, { nullable: true, description: 'Country (ISO 3166-1 alpha-2); null when not known.' })
  @Property({ type: 'string', length: 2, nullable: true })
  country?: string;

  @Property({ type: 'string', length: 200, nullable: true })
  address?: string;

  @Property({ type: 'string', length: 100, nullable: true })
  city?: string;

  @Property({ type: 'string', length: 20, nullable: true })
  postalCode?: string;

  /** CCW's partner account: at most one partner organization each (a partial unique index). */
  @Property({ type: 'string', length: 64, nullable: true })
  partnerAccountId?: string;

  /** Customer organizations: the partner that manages it; null after customer self-setup. */
  @ManyToOne({ entity: () => Organization, ref: true, nullable: true })
  managingPartner?: Ref<Organization>;

  /** Customer organizations' enterprise subdomain, lower case, unique across all organizations. */
  @Property({ type: 'string', length: 63, nullable: true, unique: true })
  subdomain?: string;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  @Property({ type: 'boolean' })
  demo: boolean = false;
}
