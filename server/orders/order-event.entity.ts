import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DateTimeScalar } from '../graphql/scalars.js';

/** What an order event says happened (README, "Order events"). */
export enum OrderEventType {
  /** The order's status changed: `changes` holds `from` and `to` (and what came with it). */
  ORDER_STATUS_CHANGED = 'ORDER_STATUS_CHANGED',
  /** The subscription became active and its billing started: `changes.billingStartedAt`. */
  SUBSCRIPTION_ACTIVATED = 'SUBSCRIPTION_ACTIVATED',
  /** An escalation was opened on the order: `changes.escalationId`, `changes.kind`. */
  ESCALATION_OPENED = 'ESCALATION_OPENED',
  /** An escalation of the order was resolved: `changes.escalationId`, `changes.kind`, `changes.resolution`. */
  ESCALATION_RESOLVED = 'ESCALATION_RESOLVED',
  /** CCW amended the order (start date, quantities): `changes.before`, `changes.after`. */
  ORDER_AMENDED = 'ORDER_AMENDED',
}
registerEnumType(OrderEventType, { name: 'OrderEventType' });

/**
 * One event of an order's life, written in the transaction that makes the change (by
 * `OrderLifecycle`). The table also holds `xid`, the writing transaction's id (a database default):
 * the feed orders and filters by it (server/orders/order-event.service.ts).
 */
@ObjectType({ description: 'Something that happened to an order, as the integrators\u2019 feed `orderEvents` hands it out.' })
@Entity({ tableName: 'order_event' })
export class OrderEvent {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => OrderEventType)
  @Property({ type: 'string', length: 32 })
  type!: OrderEventType;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  orderId!: string;

  @Field()
  @Property({ type: 'string', length: 64 })
  ccwOrderNumber!: string;

  @Field(() => GraphQLJSONObject, { description: 'What changed, by field (JSON).' })
  @Property({ type: 'json' })
  changes!: Record<string, unknown>;
}
