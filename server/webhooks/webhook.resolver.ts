import { wrap } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { mutationPayload } from '../graphql/payload.js';
import { OrderEventType } from '../orders/order-event.entity.js';
import { WebhookDelivery, WebhookDeliveryHold, WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';
import {
  CreateWebhookSubscriptionInput,
  DeleteWebhookSubscriptionInput,
  DeleteWebhookSubscriptionPayload,
  ResendWebhookDeliveryInput,
  ResumeWebhookSubscriptionInput,
  RotateWebhookSecretInput,
  UpdateWebhookSubscriptionInput,
  WebhookDeliveryFilter,
  WebhookDeliveryPage,
  WebhookDeliveryPayload,
  WebhookSecretPayload,
  WebhookSubscriptionPage,
  WebhookSubscriptionPayload,
} from './webhook.types.js';

/**
 * Signed webhooks (docs/integrators.md, "Webhooks"). Admin reps manage every subscription, the intake key its own;
 * reps (any role) read subscriptions and the delivery log and send a FAILED delivery again.
 */
@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  @Query(() => WebhookSubscriptionPage, { description: 'Newest first. Reps: every subscription; the intake key: its own.' })
  @Allow('REP', 'scope:orders:write')
  webhookSubscriptions(
    @Ctx() ctx: RequestContext,
    @Arg('offset', () => Int, { nullable: true, description: 'How many rows to skip: 0 to 100000, default 0.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, description: 'How many per page: 1 to 100, default 25.' }) limit?: number,
  ) {
    return ctx.services.webhooks.list(ctx, { offset, limit });
  }

  @Query(() => WebhookSubscription, {
    nullable: true,
    description: 'Reps, and the intake key for its own: one webhook subscription; null when there is none the bearer may see.',
  })
  @Allow('REP', 'scope:orders:write')
  webhookSubscription(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The subscription’s id.' }) id: string) {
    return ctx.services.webhooks.get(ctx, id);
  }

  @Mutation(() => WebhookSecretPayload, { description: 'Admin reps, and the intake key (a subscription of its own). The payload shows the secret once.' })
  @Allow('ADMIN', 'scope:orders:write')
  async createWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateWebhookSubscriptionInput, { description: 'Where to POST which events.' }) input: CreateWebhookSubscriptionInput,
  ): Promise<WebhookSecretPayload> {
    return mutationPayload(() => ctx.services.webhooks.create(ctx, input), { subscription: null, secret: null, replayed: false });
  }

  @Mutation(() => WebhookSubscriptionPayload, { description: 'Admin reps, and the intake key for its own: changes a webhook subscription.' })
  @Allow('ADMIN', 'scope:orders:write')
  async updateWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateWebhookSubscriptionInput, { description: 'The subscription and what changes.' }) input: UpdateWebhookSubscriptionInput,
  ): Promise<WebhookSubscriptionPayload> {
    return mutationPayload(() => ctx.services.webhooks.update(ctx, input), { subscription: null, replayed: false });
  }

  @Mutation(() => WebhookSecretPayload, {
    description: 'A new secret, shown once; the previous one keeps signing beside it until the overlap ends (`previousSecretExpiresAt`).',
  })
  @Allow('ADMIN', 'scope:orders:write')
  async rotateWebhookSecret(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RotateWebhookSecretInput, { description: 'The subscription and how long the previous secret keeps signing.' })
    input: RotateWebhookSecretInput,
  ): Promise<WebhookSecretPayload> {
    return mutationPayload(() => ctx.services.webhooks.rotate(ctx, input), { subscription: null, secret: null, replayed: false });
  }

  @Mutation(() => DeleteWebhookSubscriptionPayload, { description: 'Deletes the subscription with its delivery log; queued deliveries are dropped.' })
  @Allow('ADMIN', 'scope:orders:write')
  async deleteWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeleteWebhookSubscriptionInput, { description: 'The subscription to delete.' }) input: DeleteWebhookSubscriptionInput,
  ): Promise<DeleteWebhookSubscriptionPayload> {
    return mutationPayload(() => ctx.services.webhooks.delete(ctx, input.id, input.clientRequestId), { deletedId: null, replayed: false });
  }

  @Mutation(() => WebhookSubscriptionPayload, {
    description:
      'Admin reps, and the intake key for its own: resumes a subscription paused after too many FAILED deliveries in a row; its held deliveries are then sent, in order per order. Audited; a subscription not paused is answered as it is.',
  })
  @Allow('ADMIN', 'scope:orders:write')
  async resumeWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResumeWebhookSubscriptionInput, { description: 'The paused subscription.' }) input: ResumeWebhookSubscriptionInput,
  ): Promise<WebhookSubscriptionPayload> {
    return mutationPayload(() => ctx.services.webhooks.resume(ctx, input), { subscription: null, replayed: false });
  }

  @FieldResolver(() => Boolean, { description: 'true: created by a machine key (which manages it); false: the reps’, created in the console.' })
  ownedByApiKey(@Root() subscription: WebhookSubscription): boolean {
    return Boolean(subscription.ownerApiKeyId);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @Query(() => WebhookDeliveryPage, { description: 'The delivery log, newest first; per subscription and per order through the filter.' })
  @Allow('REP', 'scope:orders:write')
  webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('offset', () => Int, { nullable: true, description: 'How many rows to skip: 0 to 100000, default 0.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, description: 'How many per page: 1 to 100, default 25.' }) limit?: number,
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true, description: 'Which deliveries; omitted: all the bearer may see.' })
    filter?: WebhookDeliveryFilter,
  ) {
    return ctx.services.webhooks.deliveries(ctx, { offset, limit, filter });
  }

  @Mutation(() => WebhookDeliveryPayload, {
    description: 'Reps (and the intake key, for its own): a FAILED delivery is sent again (PENDING, attempts from zero), audited.',
  })
  @Allow('REP', 'scope:orders:write')
  async resendWebhookDelivery(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResendWebhookDeliveryInput, { description: 'The FAILED delivery.' }) input: ResendWebhookDeliveryInput,
  ): Promise<WebhookDeliveryPayload> {
    return mutationPayload(() => ctx.services.webhooks.resend(ctx, input.deliveryId, input.clientRequestId), { delivery: null, replayed: false });
  }

  @FieldResolver(() => ID, { description: 'The webhook subscription it goes to.' })
  subscriptionId(@Root() delivery: WebhookDelivery): string {
    return delivery.subscription.id;
  }

  @FieldResolver(() => WebhookDeliveryHold, {
    nullable: true,
    description:
      'Why a PENDING delivery is held whatever its `nextAttemptAt` says: its subscription is paused (`SUBSCRIPTION_PAUSED`) or disabled (`SUBSCRIPTION_DISABLED`); null when it is not held (or not PENDING).',
  })
  async heldBecause(@Root() delivery: WebhookDelivery): Promise<WebhookDeliveryHold | null> {
    if (delivery.status !== WebhookDeliveryStatus.PENDING) return null;
    const subscription = delivery.subscription;
    if (!wrap(subscription).isInitialized()) await wrap(subscription).init();
    if (subscription.pausedAt) return WebhookDeliveryHold.SUBSCRIPTION_PAUSED;
    if (!subscription.enabled) return WebhookDeliveryHold.SUBSCRIPTION_DISABLED;
    return null;
  }

  @FieldResolver(() => ID, { description: 'The order event’s id: the `X-PH-Event-Id` header and the body’s `id`.' })
  eventId(@Root() delivery: WebhookDelivery): string {
    return delivery.event.id;
  }

  @FieldResolver(() => OrderEventType, { description: 'What happened.' })
  eventType(@Root() delivery: WebhookDelivery): OrderEventType {
    return delivery.event.type;
  }

  @FieldResolver(() => DateTimeScalar, { description: 'When the event happened.' })
  eventAt(@Root() delivery: WebhookDelivery): Date {
    return delivery.event.at;
  }

  @FieldResolver(() => String, { description: 'The order’s number in CCW.' })
  ccwOrderNumber(@Root() delivery: WebhookDelivery): string {
    return delivery.event.ccwOrderNumber;
  }
}
