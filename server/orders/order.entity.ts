import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Organization } from '../organizations/organization.entity.js';
import { DateScalar, DateTimeScalar, EmailScalar } from '../graphql/scalars.js';
import { OrderStatus } from './order-status.js';
import { Offer, ServiceLine } from './service-line.js';

@ObjectType({ description: 'A Webex order placed in CCW, from placement to provisioning.' })
@Entity({ tableName: 'customer_order' })
export class Order {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt' | 'demo' | 'customerSelfSetup';

  @Field(() => ID, { description: 'The order’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'The order’s number in CCW.' })
  @Property({ type: 'string', length: 64, unique: true })
  ccwOrderNumber!: string;

  @Field(() => Offer, { description: 'The offer ordered.' })
  @Enum({ items: () => Offer })
  offer!: Offer;

  @Field(() => OrderStatus, { description: 'Where the order stands.' })
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

  @Field(() => [ServiceLine], { description: 'The services purchased, with their quantities.' })
  @Property({ type: 'json' })
  services!: ServiceLine[];

  /** A calendar date in `timeZone`, `YYYY-MM-DD`. */
  @Field(() => DateScalar, { description: 'The start date the partner asked for (YYYY-MM-DD), in the order’s time zone.' })
  @Property({ type: 'date' })
  requestedStartDate!: string;

  @Field({ description: 'The order’s time zone (IANA name), for its dates and the overdue rule.' })
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  @Field({ description: 'The language of the emails about it (BCP 47, e.g. `it`).' })
  @Property({ type: 'string', length: 35 })
  locale!: string;

  @Field(() => EmailScalar, { description: 'Who gets the Set up now email.' })
  @Property({ type: 'string', length: 254 })
  provisioningContactEmail!: string;

  /** SHA-256 of the normalised intake input: a retry must match it exactly. */
  @Property({ type: 'string', length: 64 })
  intakeFingerprint!: string;

  /** When the setup email is due: the configured local hour of the requested start date. */
  @Property({ type: 'datetime' })
  setupDueAt!: Date;

  /**
   * From when the order is overdue if nobody has started: a full day after its setup email was due
   * (`overdueFrom`), and never earlier than a full day after its first Set up now email was queued and sent.
   */
  @Property({ type: 'datetime' })
  overdueAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  linkSentAt?: Date;

  /** The first `startSetup` on any of the order's links: provisioning has started. */
  @Property({ type: 'datetime', nullable: true })
  setupStartedAt?: Date;

  /** The last act of a person on the setup (a session opened, a wizard step, a service setting saved): the stalled clock starts here. */
  @Property({ type: 'datetime', nullable: true })
  activityAt?: Date;

  /** When the reminder to finish a set-up order went out for its current idle spell. */
  @Property({ type: 'datetime', nullable: true })
  remindedAt?: Date;

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

  @Field(() => DateTimeScalar, { description: 'When the order was placed.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** Demo data seeded in embedded mode; never in production. */
  @Property({ type: 'boolean' })
  demo: boolean = false;
}
