import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { userErrorsOf } from '../graphql/user-error.js';
import { OrderEventType } from '../orders/order-event.entity.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';
import {
  CreateWebhookSubscriptionInput,
  DeleteWebhookSubscriptionInput,
  DeleteWebhookSubscriptionPayload,
  ResendWebhookDeliveryInput,
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
 * Signed webhooks (README, "Webhooks"). Admin reps manage every subscription, the intake key its own;
 * reps (any role) read subscriptions and the delivery log and send a FAILED delivery again.
 */
@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  @Query(() => WebhookSubscriptionPage, { description: 'Newest first. Reps: every subscription; the intake key: its own.' })
  @Allow('REP', 'scope:orders:write')
  webhookSubscriptions(
    @Ctx() ctx: RequestContext,
    @Arg('offset', () => Int, { nullable: true }) offset?: number,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
  ) {
    return ctx.services.webhooks.list(ctx, { offset, limit });
  }

  @Query(() => WebhookSubscription, { nullable: true })
  @Allow('REP', 'scope:orders:write')
  webhookSubscription(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ctx.services.webhooks.get(ctx, id);
  }

  @Mutation(() => WebhookSecretPayload, { description: 'Admin reps, and the intake key (a subscription of its own). The payload shows the secret once.' })
  @Allow('ADMIN', 'scope:orders:write')
  async createWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateWebhookSubscriptionInput) input: CreateWebhookSubscriptionInput,
  ): Promise<WebhookSecretPayload> {
    try {
      return { ...(await ctx.services.webhooks.create(ctx, input)), errors: [] };
    } catch (error) {
      return { subscription: null, secret: null, errors: userErrorsOf(error) };
    }
  }

  @Mutation(() => WebhookSubscriptionPayload)
  @Allow('ADMIN', 'scope:orders:write')
  async updateWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateWebhookSubscriptionInput) input: UpdateWebhookSubscriptionInput,
  ): Promise<WebhookSubscriptionPayload> {
    try {
      return { subscription: await ctx.services.webhooks.update(ctx, input), errors: [] };
    } catch (error) {
      return { subscription: null, errors: userErrorsOf(error) };
    }
  }

  @Mutation(() => WebhookSecretPayload, {
    description: 'A new secret, shown once; the previous one keeps signing beside it until the overlap ends (`previousSecretExpiresAt`).',
  })
  @Allow('ADMIN', 'scope:orders:write')
  async rotateWebhookSecret(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RotateWebhookSecretInput) input: RotateWebhookSecretInput,
  ): Promise<WebhookSecretPayload> {
    try {
      return { ...(await ctx.services.webhooks.rotate(ctx, input)), errors: [] };
    } catch (error) {
      return { subscription: null, secret: null, errors: userErrorsOf(error) };
    }
  }

  @Mutation(() => DeleteWebhookSubscriptionPayload, { description: 'Deletes the subscription with its delivery log; queued deliveries are dropped.' })
  @Allow('ADMIN', 'scope:orders:write')
  async deleteWebhookSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeleteWebhookSubscriptionInput) input: DeleteWebhookSubscriptionInput,
  ): Promise<DeleteWebhookSubscriptionPayload> {
    try {
      return { deletedId: await ctx.services.webhooks.delete(ctx, input.id), errors: [] };
    } catch (error) {
      return { deletedId: null, errors: userErrorsOf(error) };
    }
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
    @Arg('offset', () => Int, { nullable: true }) offset?: number,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true }) filter?: WebhookDeliveryFilter,
  ) {
    return ctx.services.webhooks.deliveries(ctx, { offset, limit, filter });
  }

  @Mutation(() => WebhookDeliveryPayload, {
    description: 'Reps (and the intake key, for its own): a FAILED delivery is sent again (PENDING, attempts from zero), audited.',
  })
  @Allow('REP', 'scope:orders:write')
  async resendWebhookDelivery(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResendWebhookDeliveryInput) input: ResendWebhookDeliveryInput,
  ): Promise<WebhookDeliveryPayload> {
    try {
      return { delivery: await ctx.services.webhooks.resend(ctx, input.deliveryId), errors: [] };
    } catch (error) {
      return { delivery: null, errors: userErrorsOf(error) };
    }
  }

  @FieldResolver(() => ID)
  subscriptionId(@Root() delivery: WebhookDelivery): string {
    return delivery.subscription.id;
  }

  @FieldResolver(() => ID, { description: 'The order event’s id: the `X-PH-Event-Id` header and the body’s `id`.' })
  eventId(@Root() delivery: WebhookDelivery): string {
    return delivery.event.id;
  }

  @FieldResolver(() => OrderEventType)
  eventType(@Root() delivery: WebhookDelivery): OrderEventType {
    return delivery.event.type;
  }

  @FieldResolver(() => DateTimeScalar)
  eventAt(@Root() delivery: WebhookDelivery): Date {
    return delivery.event.at;
  }

  @FieldResolver(() => String)
  ccwOrderNumber(@Root() delivery: WebhookDelivery): string {
    return delivery.event.ccwOrderNumber;
  }
}
