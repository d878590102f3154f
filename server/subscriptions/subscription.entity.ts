import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import type { Order } from '../orders/order.entity.js';
import { ServiceLine } from '../orders/service-line.js';
import type { Organization } from '../organizations/organization.entity.js';

export enum SubscriptionStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
}
registerEnumType(SubscriptionStatus, { name: 'SubscriptionStatus' });

export interface CallingSettings {
  locationName: string;
  address: string;
  city: string;
  postalCode: string;
  country: string;
  timeZone: string;
  announcementLanguage: string;
  emailLanguage: string;
  mainNumber: string | null;
}

export interface MeetingSettings {
  siteName: string;
  siteUrl: string;
  timeZone: string;
  language: string;
}

/** Created `PENDING` when the order is set up (step 8); `ACTIVE` with billing once provisioned. */
@ObjectType()
@Entity({ tableName: 'subscription' })
export class Subscription {
  [OptionalProps]?: 'status' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Order', ref: true, unique: true })
  order!: Ref<Order>;

  @ManyToOne({ entity: 'Organization', ref: true })
  customerOrganization!: Ref<Organization>;

  @Field(() => SubscriptionStatus)
  @Enum({ items: () => SubscriptionStatus })
  status: SubscriptionStatus = SubscriptionStatus.PENDING;

  @Field(() => [ServiceLine])
  @Property({ type: 'json' })
  services!: ServiceLine[];

  @Property({ type: 'json', nullable: true })
  callingSettings?: CallingSettings;

  @Property({ type: 'json', nullable: true })
  meetingSettings?: MeetingSettings;

  /** Billing starts once, for every purchased service, at provisioning. */
  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  billingStartedAt?: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
