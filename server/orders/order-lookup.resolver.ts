import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ViewerKind } from '../auth/viewer.js';
import { Allow } from '../graphql/access.js';
import { exactTerm } from '../common/paging.js';
import type { RequestContext } from '../graphql/context.js';
import { Order } from './order.entity.js';
import { placedBy } from './order.resolver.js';

/**
 * An order by its CCW number (#26): the intake key finds the orders it placed (any other reads null,
 * as `order(id)` does), reps any. Exact match on the stored number (CCW's own spelling, trimmed).
 */
@Resolver(() => Order)
export class OrderLookupResolver {
  @Query(() => Order, {
    nullable: true,
    description: 'One order by its CCW number: reps any; the intake key those it placed; otherwise null, as if there were none.',
  })
  @Allow('REP', 'scope:orders:write')
  async orderByCcwNumber(
    @Ctx() ctx: RequestContext,
    @Arg('ccwOrderNumber', { description: 'The order’s number in CCW, as it was placed.' }) ccwOrderNumber: string,
  ): Promise<Order | null> {
    // No stored number holds a control character or a lone surrogate: such a text matches nothing (and never reaches SQL).
    const number = exactTerm(ccwOrderNumber);
    if (!number || number.length > 64) return null;
    const order = await ctx.em.findOne(Order, { ccwOrderNumber: number });
    if (!order) return null;
    if (ctx.viewer?.kind === ViewerKind.API_KEY && !(await placedBy(ctx, order.id))) return null;
    return order;
  }
}
