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
  /** Added (#26): provisioned, then suspended (by CCW or a rep); resumed to ACTIVE. */
  SUSPENDED = 'SUSPENDED',
  /** Added (#26): provisioned, then cancelled (at once or on its effective date); final. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(SubscriptionStatus, {
  name: 'SubscriptionStatus',
  description: 'Where a subscription stands.',
  valuesConfig: {
    ACTIVE: { description: 'Provisioned: billing started.' },
    PENDING: { description: 'Created at step 8; waits for its settings and `provisionSubscription`.' },
    SUSPENDED: { description: 'Provisioned, then suspended by CCW or a rep (`suspendSubscription`); `resumeSubscription` makes it ACTIVE again.' },
    CANCELLED: { description: 'Provisioned, then cancelled (`cancelSubscription`, at once or on its effective date); final.' },
  },
});

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
@ObjectType({ description: 'The Webex subscription created when an order is set up, provisioned once its settings are saved.' })
@Entity({ tableName: 'subscription' })
export class Subscription {
  [OptionalProps]?: 'status' | 'createdAt';

  @Field(() => ID, { description: 'The subscription’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Order', ref: true, unique: true })
  order!: Ref<Order>;

  @ManyToOne({ entity: 'Organization', ref: true })
  customerOrganization!: Ref<Organization>;

  @Field(() => SubscriptionStatus, { description: 'PENDING, ACTIVE, SUSPENDED or CANCELLED (server/subscriptions/subscription-lifecycle.ts).' })
  @Enum({ items: () => SubscriptionStatus })
  status: SubscriptionStatus = SubscriptionStatus.PENDING;

  @Field(() => [ServiceLine], { description: 'The services and quantities it holds.' })
  @Property({ type: 'json' })
  services!: ServiceLine[];

  @Property({ type: 'json', nullable: true })
  callingSettings?: CallingSettings;

  @Property({ type: 'json', nullable: true })
  meetingSettings?: MeetingSettings;

  /** Billing starts once, for every purchased service, at provisioning. */
  @Field(() => DateTimeScalar, { nullable: true, description: 'When billing started (at provisioning); null while PENDING.' })
  @Property({ type: 'datetime', nullable: true })
  billingStartedAt?: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was suspended; null unless SUSPENDED.' })
  @Property({ type: 'datetime', nullable: true })
  suspendedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was suspended, as given with the suspension; null unless SUSPENDED.' })
  @Property({ type: 'text', nullable: true })
  suspensionReason?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the cancellation took effect; null unless CANCELLED.' })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, as given with the cancellation; null unless CANCELLED.' })
  @Property({ type: 'text', nullable: true })
  cancellationReason?: string | null;
}
