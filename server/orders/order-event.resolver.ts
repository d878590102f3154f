import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Allow } from '../graphql/access.js';
import { ConnectionType } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { OrderEvent, OrderEventType } from './order-event.entity.js';

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
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page; omitted: from the first event.' }) after?: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many per page: 0 to 100, default 20.' }) first?: number,
    @Arg('orderId', () => ID, { nullable: true, description: 'Only this order’s events; omitted: every order’s.' }) orderId?: string,
    @Arg('types', () => [OrderEventType], { nullable: true, description: 'Only events of these types; omitted or empty: every type.' })
    types?: OrderEventType[],
    @Arg('since', () => DateTimeScalar, { nullable: true, description: 'Only events that happened at or after this time (`at`); omitted: from the first.' })
    since?: Date,
  ) {
    return ctx.services.orderEvents.feed(ctx, { after, first, orderId, types, since });
  }
}
