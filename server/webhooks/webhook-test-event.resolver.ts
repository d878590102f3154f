import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { mutationPayload } from '../graphql/payload.js';
import { WebhookTestEvents } from './webhook-test-event.js';
import { SendWebhookTestEventInput, WebhookTestEventPayload } from './webhook.types.js';

/** A test event per webhook subscription (#26): reps for any, the intake key for its own. */
@Resolver()
export class WebhookTestEventResolver {
  @Mutation(() => WebhookTestEventPayload, {
    description: 'Reps (and the intake key, for its own): POSTs a signed WEBHOOK_TEST event to the subscription’s URL now and says how it went.',
  })
  @Allow('REP', 'scope:orders:write')
  async sendWebhookTestEvent(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SendWebhookTestEventInput, { description: 'The webhook subscription.' }) input: SendWebhookTestEventInput,
  ): Promise<WebhookTestEventPayload> {
    return mutationPayload(() => new WebhookTestEvents(ctx.services.webhooks).send(ctx, input.subscriptionId), {
      delivered: false,
      responseStatus: null,
      error: null,
      eventId: null,
    });
  }
}
