import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ViewerKind } from '../auth/viewer.js';
import { userError, UserErrorCode } from '../common/errors.js';
import type { Row } from '../db/plain-rows.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { mutationPayload } from '../graphql/payload.js';
import { placedBy } from '../orders/order.resolver.js';
import { SubscriptionChange } from './subscription-change.entity.js';
import type { SubscriptionChangeResult } from './subscription-lifecycle.js';
import {
  CancelSubscriptionInput,
  ChangeSubscriptionQuantitiesInput,
  ResumeSubscriptionInput,
  SubscriptionChangePayload,
  SuspendSubscriptionInput,
} from './subscription-lifecycle.types.js';
import { Subscription } from './subscription.entity.js';

/**
 * The subscription after provisioning (#26): reps on any order, the intake key on the orders it placed
 * (any other is NOT_FOUND to it, as for the amendments). One service call each.
 */
@Resolver(() => Subscription)
export class SubscriptionLifecycleResolver {
  @Mutation(() => SubscriptionChangePayload, { description: 'Suspends the order’s provisioned subscription (ACTIVE → SUSPENDED).' })
  @Allow('REP', 'scope:orders:write')
  suspendSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SuspendSubscriptionInput, { description: 'The order, the reason and the request’s id.' }) input: SuspendSubscriptionInput,
  ): Promise<SubscriptionChangePayload> {
    return run(ctx, input.orderId, () => ctx.services.subscriptionLifecycle.suspend(ctx, input));
  }

  @Mutation(() => SubscriptionChangePayload, { description: 'Resumes the order’s suspended subscription (SUSPENDED → ACTIVE).' })
  @Allow('REP', 'scope:orders:write')
  resumeSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResumeSubscriptionInput, { description: 'The order, the reason and the request’s id.' }) input: ResumeSubscriptionInput,
  ): Promise<SubscriptionChangePayload> {
    return run(ctx, input.orderId, () => ctx.services.subscriptionLifecycle.resume(ctx, input));
  }

  @Mutation(() => SubscriptionChangePayload, {
    description: 'Cancels the order’s provisioned subscription, at once or on its effective date (before setup, cancel the order instead).',
  })
  @Allow('REP', 'scope:orders:write')
  cancelSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CancelSubscriptionInput, { description: 'The order, the reason, the effective date and the request’s id.' })
    input: CancelSubscriptionInput,
  ): Promise<SubscriptionChangePayload> {
    return run(ctx, input.orderId, () => ctx.services.subscriptionLifecycle.cancel(ctx, input));
  }

  @Mutation(() => SubscriptionChangePayload, {
    description: 'Changes the quantities of the order’s provisioned subscription, at once or on its effective date.',
  })
  @Allow('REP', 'scope:orders:write')
  changeSubscriptionQuantities(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChangeSubscriptionQuantitiesInput, { description: 'The order, the new quantities, the effective date and the request’s id.' })
    input: ChangeSubscriptionQuantitiesInput,
  ): Promise<SubscriptionChangePayload> {
    return run(ctx, input.orderId, () => ctx.services.subscriptionLifecycle.changeQuantities(ctx, input));
  }

  @FieldResolver(() => [SubscriptionChange], { description: 'Changes scheduled for a later date and still waiting, soonest first.' })
  scheduledChanges(@Root() subscription: Row<Subscription>, @Ctx() ctx: RequestContext): Promise<SubscriptionChange[]> {
    return ctx.services.subscriptionLifecycle.scheduledChanges(ctx, subscription.id);
  }
}

async function run(ctx: RequestContext, orderId: string, work: () => Promise<SubscriptionChangeResult>): Promise<SubscriptionChangePayload> {
  return mutationPayload(
    async () => {
      if (ctx.viewer?.kind === ViewerKind.API_KEY && !(await placedBy(ctx, orderId)))
        throw userError(UserErrorCode.NOT_FOUND, 'No such order', ['input', 'orderId']);
      return work();
    },
    { order: null, subscription: null, scheduledChange: null, replayed: false },
  );
}
