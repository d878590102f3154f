import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Organization } from '../organizations/organization.entity.js';
import { DateScalar, DateTimeScalar, EmailScalar } from '../graphql/scalars.js';
import { OrderStatus } from './order-status.js';
import { Offer, ServiceLine } from './service-line.js';

@ObjectType()
@Entity({ tableName: 'customer_order' })
export class Order {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt' | 'demo' | 'customerSelfSetup';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'string', length: 64, unique: true })
  ccwOrderNumber!: string;

  @Field(() => Offer)
  @Enum({ items: () => Offer })
  offer!: Offer;

  @Field(() => OrderStatus)
  @Enum({ items: () => OrderStatus })
  status: OrderStatus = OrderStatus.PLACED;

  @Property({ type: 'string', length: 64 })
  @Index()
  partnerAccountId!: string;

  @Field({ description: 'As CCW named the partner on the order.' })
  @Property({ type: 'string', length: 200 })
  partnerName!: string;

  @Field({ description: 'As CCW named the customer on the order.' })
  @Property({ type: 'string', length: 200 })
  customerName!: string;

  @Field(() => [ServiceLine])
  @Property({ type: 'json' })
  services!: ServiceLine[];

  /** A calendar date in `timeZone`, `YYYY-MM-DD`. */
  @Field(() => DateScalar)
  @Property({ type: 'date' })
  requestedStartDate!: string;

  @Field()
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  @Field()
  @Property({ type: 'string', length: 35 })
  locale!: string;

  @Field(() => EmailScalar)
  @Property({ type: 'string', length: 254 })
  provisioningContactEmail!: string;

  /** SHA-256 of the normalised intake input: a retry must match it exactly. */
  @Property({ type: 'string', length: 64 })
  intakeFingerprint!: string;

  /** When the setup email is due: the configured local hour of the requested start date. */
  @Property({ type: 'datetime' })
  setupDueAt!: Date;

  /** Start of the day after the requested start date, in the order's time zone. */
  @Property({ type: 'datetime' })
  overdueAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  linkSentAt?: Date;

  /** The first `startSetup` on any of the order's links: provisioning has started. */
  @Property({ type: 'datetime', nullable: true })
  setupStartedAt?: Date;

  /** The link must be used to finish setup before this instant (30 days, 7 for A-FLEX). */
  @Property({ type: 'datetime', nullable: true })
  linkExpiresAt?: Date;

  @ManyToOne({ entity: 'Organization', ref: true, nullable: true })
  partnerOrganization?: Ref<Organization>;

  @ManyToOne({ entity: 'Organization', ref: true, nullable: true })
  customerOrganization?: Ref<Organization>;

  /**
   * Whom the setup was handed to (a colleague or the customer administrator), until a rep takes the
   * order back: resends go to this holder, not to the provisioning contact.
   */
  @Property({ type: 'string', length: 254, nullable: true })
  handedOverTo?: string;

  /** The customer set up its own organization: the ordering partner gets no access to it. */
  @Property({ type: 'boolean' })
  customerSelfSetup: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  setUpAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  provisionedAt?: Date;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** Demo data seeded in embedded mode; never in production. */
  @Property({ type: 'boolean' })
  demo: boolean = false;
}
