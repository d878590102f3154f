import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageType } from '../graphql/offset-page.js';
import { UserError } from '../graphql/user-error.js';
import { OrderEventType } from '../orders/order-event.entity.js';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';

/** Every write of a webhook subscription is replay-safe with a client request id (#26, docs/integrators.md, "Webhooks"). */
const REQUEST_ID =
  'The client’s id of this request (up to 100 characters; optional): a retry with the same id and the same content changes nothing and answers `replayed: true` with the object as it is now; the same id with other content is `INVALID_INPUT` (`REQUEST_ID_REUSED`).';
@InputType({ description: 'A new webhook subscription: where to POST which order events.' })
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'An absolute http:// or https:// URL, without user name or password.' })
  url!: string;

  @Field(() => [OrderEventType], { description: 'At least one.' })
  eventTypes!: OrderEventType[];

  @Field(() => String, { nullable: true, description: 'A note for people, e.g. what the receiver is; optional.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: REQUEST_ID })
  clientRequestId?: string | null;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateWebhookSubscriptionInput {
  @Field(() => ID, { description: 'The subscription.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'An absolute http:// or https:// URL, without user name or password.' })
  url?: string | null;

  @Field(() => [OrderEventType], { nullable: true, description: 'The event types to deliver (at least one).' })
  eventTypes?: OrderEventType[] | null;

  @Field(() => String, { nullable: true, description: 'An empty string removes it.' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false pauses deliveries; true resumes them.' })
  enabled?: boolean | null;

  @Field(() => String, { nullable: true, description: REQUEST_ID })
  clientRequestId?: string | null;
}

@InputType({ description: 'Rotates a webhook subscription’s signing secret.' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'The subscription’s id.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How long the previous secret keeps signing beside the new one, in seconds (0 to 604800); default `WEBHOOK_SECRET_OVERLAP`.',
  })
  overlapSeconds?: number | null;

  @Field(() => String, { nullable: true, description: REQUEST_ID })
  clientRequestId?: string | null;
}

@InputType({ description: 'The webhook subscription to delete.' })
export class DeleteWebhookSubscriptionInput {
  @Field(() => ID, { description: 'The subscription’s id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: REQUEST_ID })
  clientRequestId?: string | null;
}

@InputType({ description: 'A paused webhook subscription to resume: its held deliveries are sent, in order per order.' })
export class ResumeWebhookSubscriptionInput {
  @Field(() => ID, { description: 'The subscription’s id (the intake key: one of its own).' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Your id for this request (1 to 100 characters), kept in the audit trail. Resuming is idempotent: a retry, or a resume of a subscription that is not paused, changes nothing and answers the subscription as it is.',
  })
  clientRequestId?: string | null;
}

@InputType({ description: 'The webhook delivery to send again.' })
export class ResendWebhookDeliveryInput {
  @Field(() => ID, { description: 'A FAILED delivery.' })
  deliveryId!: string;

  @Field(() => String, { nullable: true, description: REQUEST_ID })
  clientRequestId?: string | null;
}

@InputType({ description: 'Which deliveries to list; all given conditions apply together.' })
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true, description: 'Only deliveries to this subscription.' })
  subscriptionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only deliveries of this order’s events.' })
  orderId?: string | null;

  @Field(() => [WebhookDeliveryStatus], { nullable: true, description: 'Only deliveries in one of these states.' })
  status?: WebhookDeliveryStatus[] | null;
}

@ObjectType({ description: 'The result of a change to a webhook subscription.' })
export class WebhookSubscriptionPayload {
  @Field(() => WebhookSubscription, { nullable: true, description: 'The subscription as it is now; null when `errors` is not empty.' })
  subscription?: WebhookSubscription | null;

  @Field({ description: 'True when this client request id was seen before: nothing changed this time.' })
  replayed!: boolean;
  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Create and rotate: the only answers that show the secret. Keep it: it is never shown again.' })
export class WebhookSecretPayload {
  @Field(() => WebhookSubscription, { nullable: true, description: 'The subscription; null when `errors` is not empty.' })
  subscription?: WebhookSubscription | null;

  @Field(() => String, { nullable: true, description: 'The (new) signing secret, shown this once.' })
  secret?: string | null;

  @Field({ description: 'True when this client request id was seen before: nothing changed this time.' })
  replayed!: boolean;
  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'The result of deleting a webhook subscription.' })
export class DeleteWebhookSubscriptionPayload {
  @Field(() => ID, { nullable: true, description: 'The id of the deleted subscription; null when `errors` is not empty.' })
  deletedId?: string | null;

  @Field({ description: 'True when this client request id was seen before: nothing changed this time.' })
  replayed!: boolean;
  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'The delivery queued again, or why not.' })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The delivery, PENDING again; null when `errors` is not empty.' })
  delivery?: WebhookDelivery | null;

  @Field({ description: 'True when this client request id was seen before: nothing changed this time.' })
  replayed!: boolean;
  @Field(() => [UserError], { description: 'Why it was not queued (not found, not FAILED); empty on success.' })
  errors!: UserError[];
}

export const WebhookSubscriptionPage = PageType('WebhookSubscription', WebhookSubscription);
export const WebhookDeliveryPage = PageType('WebhookDelivery', WebhookDelivery);

@InputType({ description: 'The webhook subscription to send a test event to.' })
export class SendWebhookTestEventInput {
  @Field(() => ID, { description: 'The webhook subscription (the intake key: one of its own).' })
  subscriptionId!: string;
}

@ObjectType({ description: 'How a test event went: it is POSTed at once, signed, and neither queued nor retried.' })
export class WebhookTestEventPayload {
  @Field({ description: 'True when the endpoint answered 2xx.' })
  delivered!: boolean;

  @Field(() => Int, { nullable: true, description: 'The HTTP status the endpoint answered; null when there was no answer.' })
  responseStatus?: number | null;

  @Field(() => String, { nullable: true, description: 'Why it was not delivered (a status, a timeout, a refused private target); null when delivered.' })
  error?: string | null;

  @Field(() => String, { nullable: true, description: 'The test event’s id (`test-…`, also `X-PH-Event-Id`); null when `errors` is not empty.' })
  eventId?: string | null;

  @Field(() => [UserError], { description: 'Why nothing was sent (no such subscription); empty otherwise.' })
  errors!: UserError[];
}
