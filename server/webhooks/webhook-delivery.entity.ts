import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import type { OrderEvent } from '../orders/order-event.entity.js';
import type { WebhookSubscription } from './webhook-subscription.entity.js';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: queued, or waiting for a retry; DELIVERED: the receiver answered 2xx; FAILED: given up after the last attempt (a rep may send it again)',
});

/**
 * One event for one subscription. Written by the `order_event_webhooks` trigger in the transaction
 * that writes the event (migration 20261203100000), drained by the webhook delivery job.
 */
@ObjectType({ description: 'One order event sent (or to be sent) to one webhook subscription: the delivery log.' })
@Entity({ tableName: 'webhook_delivery' })
export class WebhookDelivery {
  [OptionalProps]?: 'id' | 'status' | 'attempts';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: 'WebhookSubscription', fieldName: 'subscription_id', deleteRule: 'cascade' })
  subscription!: Rel<WebhookSubscription>;

  @ManyToOne({ entity: 'OrderEvent', fieldName: 'event_id', deleteRule: 'cascade' })
  event!: Rel<OrderEvent>;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  orderId!: string;

  @Field(() => WebhookDeliveryStatus)
  @Enum({ items: () => WebhookDeliveryStatus })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'Attempts made so far (a send again starts over from zero).' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => DateTimeScalar, { description: 'When a PENDING delivery is tried next (it also waits for earlier PENDING deliveries of the same order).' })
  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer; null when there was none (refused, timed out).' })
  @Property({ type: 'integer', nullable: true })
  lastResponseStatus?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
