import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { ConnectionType } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { OrderEvent } from './order-event.entity.js';

export const OrderEventConnection = ConnectionType('OrderEvent', OrderEvent);

@Resolver(() => OrderEvent)
export class OrderEventResolver {
  @Query(() => OrderEventConnection, {
    description:
      'The order events (status changes, subscription activations, escalations opened and resolved, amendments), oldest first. ' +
      'Keep the last `endCursor` and ask again with `after`: an event never appears behind a cursor already handed out.',
  })
  @Allow('REP', 'scope:orders:write', 'scope:orders:overdue:read')
  orderEvents(
    @Ctx() ctx: RequestContext,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    return ctx.services.orderEvents.feed(ctx, { after, first });
  }
}
