import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageType } from '../graphql/offset-page.js';
import { UserError } from '../graphql/user-error.js';
import { OrderEventType } from '../orders/order-event.entity.js';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'An absolute http:// or https:// URL, without user name or password.' })
  url!: string;

  @Field(() => [OrderEventType], { description: 'At least one.' })
  eventTypes!: OrderEventType[];

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateWebhookSubscriptionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [OrderEventType], { nullable: true })
  eventTypes?: OrderEventType[] | null;

  @Field(() => String, { nullable: true, description: 'An empty string removes it.' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}

@InputType()
export class RotateWebhookSecretInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How long the previous secret keeps signing beside the new one, in seconds (0 to 604800); default `WEBHOOK_SECRET_OVERLAP`.',
  })
  overlapSeconds?: number | null;
}

@InputType()
export class DeleteWebhookSubscriptionInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class ResendWebhookDeliveryInput {
  @Field(() => ID, { description: 'A FAILED delivery.' })
  deliveryId!: string;
}

@InputType()
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true })
  subscriptionId?: string | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;

  @Field(() => [WebhookDeliveryStatus], { nullable: true })
  status?: WebhookDeliveryStatus[] | null;
}

@ObjectType()
export class WebhookSubscriptionPayload {
  @Field(() => WebhookSubscription, { nullable: true })
  subscription?: WebhookSubscription | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({ description: 'Create and rotate: the only answers that show the secret. Keep it: it is never shown again.' })
export class WebhookSecretPayload {
  @Field(() => WebhookSubscription, { nullable: true })
  subscription?: WebhookSubscription | null;

  @Field(() => String, { nullable: true, description: 'The (new) signing secret, shown this once.' })
  secret?: string | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class DeleteWebhookSubscriptionPayload {
  @Field(() => ID, { nullable: true })
  deletedId?: string | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true })
  delivery?: WebhookDelivery | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const WebhookSubscriptionPage = PageType('WebhookSubscription', WebhookSubscription);
export const WebhookDeliveryPage = PageType('WebhookDelivery', WebhookDelivery);
