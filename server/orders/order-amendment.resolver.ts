import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { userError, UserErrorCode } from '../common/errors.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { mutationPayload } from '../graphql/payload.js';
import type { Order } from './order.entity.js';
import { AmendOrderCancelInput, AmendOrderPayload, AmendOrderQuantitiesInput, AmendOrderStartDateInput } from './order-amendment.types.js';
import { placedBy } from './order.resolver.js';

/** CCW's amendments, intake key only, on the orders it placed (any other is NOT_FOUND to it, as for updateProvisioningContact). */
@Resolver()
export class OrderAmendmentResolver {
  @Mutation(() => AmendOrderPayload, { description: 'CCW moves the requested start date (until the order is set up); the setup email moves with it.' })
  @Allow('scope:orders:write')
  amendOrderStartDate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AmendOrderStartDateInput, { description: 'The order, the new date and the request’s id.' }) input: AmendOrderStartDateInput,
  ): Promise<AmendOrderPayload> {
    return run(ctx, input.orderId, () => ctx.services.orderAmendments.changeStartDate(ctx, input));
  }

  @Mutation(() => AmendOrderPayload, {
    description: 'CCW cancels the order (until it is set up): links and sessions revoked, open escalations resolved with the reason.',
  })
  @Allow('scope:orders:write')
  amendOrderCancel(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AmendOrderCancelInput, { description: 'The order, the reason and the request’s id.' }) input: AmendOrderCancelInput,
  ): Promise<AmendOrderPayload> {
    return run(ctx, input.orderId, () => ctx.services.orderAmendments.cancel(ctx, input));
  }

  @Mutation(() => AmendOrderPayload, { description: 'CCW changes the quantities of the purchased services; once set up, the subscription records them.' })
  @Allow('scope:orders:write')
  amendOrderQuantities(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AmendOrderQuantitiesInput, { description: 'The order, the new quantities and the request’s id.' }) input: AmendOrderQuantitiesInput,
  ): Promise<AmendOrderPayload> {
    return run(ctx, input.orderId, () => ctx.services.orderAmendments.changeQuantities(ctx, input));
  }
}

async function run(ctx: RequestContext, orderId: string, work: () => Promise<{ order: Order; replayed: boolean }>): Promise<AmendOrderPayload> {
  return mutationPayload(
    async () => {
      if (!(await placedBy(ctx, orderId))) throw userError(UserErrorCode.NOT_FOUND, 'No such order', ['input', 'orderId']);
      return work();
    },
    { order: null, replayed: false },
  );
}
