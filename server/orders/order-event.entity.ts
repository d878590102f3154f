import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DateTimeScalar } from '../graphql/scalars.js';

/** What an order event says happened (docs/integrators.md, "Order events for integrators"). */
export enum OrderEventType {
  /** The order's status changed: `changes` holds `from` and `to` (and what came with it). */
  ORDER_STATUS_CHANGED = 'ORDER_STATUS_CHANGED',
  /** The subscription became active and its billing started: `changes.billingStartedAt`. */
  SUBSCRIPTION_ACTIVATED = 'SUBSCRIPTION_ACTIVATED',
  /** An escalation was opened on the order: `changes.escalationId`, `changes.kind`. */
  ESCALATION_OPENED = 'ESCALATION_OPENED',
  /** An escalation of the order was resolved: `changes.escalationId`, `changes.kind` (the rep's resolution text is not an order fact: never in `changes`). */
  ESCALATION_RESOLVED = 'ESCALATION_RESOLVED',
  /** CCW amended the order (start date, quantities): `changes.before`, `changes.after`. */
  ORDER_AMENDED = 'ORDER_AMENDED',
  /** Added (#26): the subscription changed after provisioning (suspended, resumed, cancelled, quantities, or one of these scheduled): `changes.change`. */
  SUBSCRIPTION_CHANGED = 'SUBSCRIPTION_CHANGED',
  /** Added (#26): an order was placed (whatever its requested start date): `changes.status`, `changes.requestedStartDate`. */
  ORDER_PLACED = 'ORDER_PLACED',
  /** Added (#26): the provisioning contact changed: `changes.before`, `changes.after` (`provisioningContactEmail`). */
  CONTACT_CHANGED = 'CONTACT_CHANGED',
}
registerEnumType(OrderEventType, {
  name: 'OrderEventType',
  description: 'What an order event says happened.',
  valuesConfig: {
    ESCALATION_OPENED: { description: 'An escalation was opened on the order: `changes.escalationId`, `changes.kind`.' },
    ESCALATION_RESOLVED: { description: 'An escalation of the order was resolved: `changes.escalationId`, `changes.kind` (never the rep’s resolution text).' },
    ORDER_AMENDED: { description: 'CCW amended the order (start date, quantities, cancellation): `changes.before`, `changes.after`.' },
    ORDER_STATUS_CHANGED: { description: 'The order’s status changed: `changes.from` and `changes.to`.' },
    SUBSCRIPTION_ACTIVATED: { description: 'The subscription became ACTIVE and billing started: `changes.billingStartedAt`.' },
    ORDER_PLACED: { description: 'An order was placed, whatever its requested start date: `changes.status`, `changes.requestedStartDate`.' },
    CONTACT_CHANGED: { description: 'The provisioning contact changed: `changes.before.provisioningContactEmail`, `changes.after.provisioningContactEmail`.' },
    SUBSCRIPTION_CHANGED: {
      description:
        'The subscription changed after provisioning: `changes.change` (SUSPENDED, RESUMED, CANCELLED, CANCELLATION_SCHEDULED, QUANTITIES_CHANGED, QUANTITIES_SCHEDULED), `changes.before`, `changes.after`, `changes.effectiveAt`.',
    },
  },
});

/** Who made the change an event records (#26). */
export enum EventActorKind {
  CCW = 'CCW',
  REP = 'REP',
  PARTNER = 'PARTNER',
  CUSTOMER = 'CUSTOMER',
  SYSTEM = 'SYSTEM',
}
registerEnumType(EventActorKind, {
  name: 'EventActorKind',
  description: 'Who made the change an order event records.',
  valuesConfig: {
    CCW: { description: 'The intake key (CCW).' },
    REP: { description: 'A Cisco rep or admin, in the console.' },
    PARTNER: { description: 'The partner: an administrator in the portal, or the Set up now wizard on the partner’s side.' },
    CUSTOMER: { description: 'The customer: an administrator in the portal, or the wizard after a hand-over to the customer.' },
    SYSTEM: { description: 'Provisioning Hub itself: a scheduled job (due links, expiry, escalations, scheduled changes).' },
  },
});

/**
 * One event of an order's life, written in the transaction that makes the change (by
 * `OrderLifecycle`). The table also holds `xid`, the writing transaction's id (a database default):
 * the feed orders and filters by it (server/orders/order-event.service.ts).
 */
@ObjectType({ description: 'Something that happened to an order, as the integrators\u2019 feed `orderEvents` hands it out.' })
@Entity({ tableName: 'order_event' })
export class OrderEvent {
  [OptionalProps]?: 'id';

  @Field(() => ID, { description: 'The event’s id (also the webhook’s `X-PH-Event-Id`).' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => OrderEventType, { description: 'What happened.' })
  @Property({ type: 'string', length: 32 })
  type!: OrderEventType;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => ID, { description: 'The order’s id.' })
  @Property({ type: 'uuid' })
  orderId!: string;

  @Field({ description: 'The order’s number in CCW.' })
  @Property({ type: 'string', length: 64 })
  ccwOrderNumber!: string;

  @Field(() => GraphQLJSONObject, { description: 'What changed, by field (JSON).' })
  @Property({ type: 'json' })
  changes!: Record<string, unknown>;

  @Field(() => EventActorKind, { nullable: true, description: 'Who made the change; null on events written before it was recorded.' })
  @Property({ type: 'string', length: 16, nullable: true })
  actorKind?: EventActorKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why, where there is a reason the machines may read: the escalation’s kind, or the reason CCW itself sent with a cancellation or suspension; null otherwise (a rep’s or a customer’s own words stay in the audit trail).',
  })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'The order’s facts after the change (JSON, taken when the change committed): status, dates, services, contact, the organizations’ ids and the subscription’s status, services, billing start, suspension and cancellation; null on events written before it was recorded.',
  })
  @Property({ type: 'json', nullable: true, persist: false })
  snapshot?: Record<string, unknown> | null;
}
