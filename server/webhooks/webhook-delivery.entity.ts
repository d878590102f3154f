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
  valuesConfig: {
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Given up after the last attempt; it may be sent again.' },
    PENDING: { description: 'Queued, or waiting for a retry.' },
  },
});

/** Why a PENDING delivery waits beyond its `nextAttemptAt`: its subscription's state. */
export enum WebhookDeliveryHold {
  SUBSCRIPTION_PAUSED = 'SUBSCRIPTION_PAUSED',
  SUBSCRIPTION_DISABLED = 'SUBSCRIPTION_DISABLED',
}
registerEnumType(WebhookDeliveryHold, {
  name: 'WebhookDeliveryHold',
  description: 'Why a PENDING delivery is held whatever its `nextAttemptAt` says.',
  valuesConfig: {
    SUBSCRIPTION_PAUSED: {
      description: 'Its subscription is paused after too many FAILED deliveries in a row (`pausedAt`, `pauseReason`); `resumeWebhookSubscription` sends it.',
    },
    SUBSCRIPTION_DISABLED: { description: 'Its subscription is disabled (`enabled: false`); enabling it again sends it.' },
  },
});

/**
 * One event for one subscription. Written by the `order_event_webhooks` trigger in the transaction
 * that writes the event (migration 20261203100000), drained by the webhook delivery job.
 */
@ObjectType({ description: 'One order event sent (or to be sent) to one webhook subscription: the delivery log.' })
@Entity({ tableName: 'webhook_delivery' })
export class WebhookDelivery {
  [OptionalProps]?: 'id' | 'status' | 'attempts';

  @Field(() => ID, { description: 'The delivery’s id.' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: 'WebhookSubscription', fieldName: 'subscription_id', deleteRule: 'cascade' })
  subscription!: Rel<WebhookSubscription>;

  @ManyToOne({ entity: 'OrderEvent', fieldName: 'event_id', deleteRule: 'cascade' })
  event!: Rel<OrderEvent>;

  @Field(() => ID, { description: 'The order’s id.' })
  @Property({ type: 'uuid' })
  orderId!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'PENDING, DELIVERED or FAILED.' })
  @Enum({ items: () => WebhookDeliveryStatus })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'Attempts made so far (a send again starts over from zero).' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => DateTimeScalar, { description: 'When a PENDING delivery is tried next (it also waits for earlier PENDING deliveries of the same order).' })
  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last tried; null before the first attempt.' })
  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer; null when there was none (refused, timed out).' })
  @Property({ type: 'integer', nullable: true })
  lastResponseStatus?: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed; null when none failed.' })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the receiver answered 2xx; null until then.' })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the delivery was queued.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
