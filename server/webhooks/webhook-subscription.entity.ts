import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import { OrderEventType } from '../orders/order-event.entity.js';

/**
 * An integrator's webhook: the order event types it wants and where they are POSTed. Owned by the
 * reps (`ownerApiKeyId` null: created in the console) or by the machine key that created it, which
 * sees and manages only its own. The secret signs every delivery (HMAC-SHA256), so it is stored as
 * it is, never exposed after the create or rotate payload that shows it once (docs/integrators.md, "Webhooks").
 */
@ObjectType({
  description: 'Where order events are POSTed, signed (docs/integrators.md, "Webhooks"). The secret is shown only by the create and rotate payloads.',
})
@Entity({ tableName: 'webhook_subscription' })
export class WebhookSubscription {
  [OptionalProps]?: 'enabled' | 'consecutiveFailures';

  @Field(() => ID, { description: 'The subscription’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'The absolute http(s) URL deliveries are POSTed to.' })
  @Property({ type: 'string', length: 2000 })
  url!: string;

  @Field(() => [OrderEventType], { description: 'The event types delivered.' })
  @Property({ type: 'text[]' })
  eventTypes!: OrderEventType[];

  @Field(() => String, { nullable: true, description: 'A note for people; null when none.' })
  @Property({ type: 'string', length: 200, nullable: true })
  description?: string | null;

  @Field({ description: 'false: no new deliveries are queued, and queued ones wait until it is enabled again.' })
  @Property({ type: 'boolean' })
  enabled: boolean = true;

  @Field(() => Int, {
    description:
      'Deliveries FAILED in a row (each given up after the last attempt); a delivered one sets it back to 0. At `WEBHOOK_PAUSE_AFTER_FAILURES` (default 3) the subscription pauses.',
  })
  @Property({ type: 'integer' })
  consecutiveFailures: number = 0;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When it was paused after too many FAILED deliveries in a row; null: not paused. While paused its deliveries are held (PENDING, `heldBecause: SUBSCRIPTION_PAUSED`) until `resumeWebhookSubscription`.',
  })
  @Property({ type: 'datetime', nullable: true })
  pausedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was paused: the last FAILED delivery’s error (e.g. `HTTP 500`); null when not paused.' })
  @Property({ type: 'text', nullable: true })
  pauseReason?: string | null;

  /** Signs every delivery. Never a GraphQL field. */
  @Property({ type: 'string', length: 100, hidden: true })
  secret!: string;

  /** The secret before the last rotation, still signing (beside the new one) until `previousSecretExpiresAt`. */
  @Property({ type: 'string', length: 100, nullable: true, hidden: true })
  previousSecret?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Until when deliveries also carry a signature by the secret before the last rotation.' })
  @Property({ type: 'datetime', nullable: true })
  previousSecretExpiresAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the secret was last rotated; null when never.' })
  @Property({ type: 'datetime', nullable: true })
  secretRotatedAt?: Date | null;

  /** The machine key that owns it; null: the reps' (created in the console). */
  @Property({ type: 'uuid', nullable: true })
  ownerApiKeyId?: string | null;

  @Field({ description: 'Who created it (a rep’s email, or `api-key:<name>`).' })
  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
