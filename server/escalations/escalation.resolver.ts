import type { Row } from '../db/plain-rows.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { sqlReads } from '../graphql/sql-reads/orders.js';
import { readEscalations } from '../graphql/sql-reads/roots.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { mutationPayload } from '../graphql/payload.js';
import { Order } from '../orders/order.entity.js';
import { Escalation } from './escalation.entity.js';
import { EscalationConnection, EscalationFilter, EscalationPayload, ResolveEscalationInput } from './escalation.types.js';

/**
 * An escalation's order, by id through the request's loader: a plain row's (the lists read in one statement,
 * graphql/sql-reads/escalations.ts, left it there) and a managed entity's alike (a reference has its id).
 */
export async function orderOf(escalation: Row<Escalation>, ctx: RequestContext): Promise<Row<Order>> {
  const order = await ctx.loaders.orderById.load(escalation.order.id);
  if (!order) throw new Error(`escalation ${escalation.id}: no order ${escalation.order.id}`);
  return order;
}

@Resolver(() => Escalation)
export class EscalationResolver {
  @Query(() => EscalationConnection, { description: 'The reps’ work queue, oldest first.' })
  @Allow('REP')
  escalations(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many per page: 0 to 100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page; omitted: from the start.' }) after?: string,
    @Arg('filter', () => EscalationFilter, { nullable: true, description: 'Which escalations; omitted: all.' }) filter?: EscalationFilter,
    @Info() info?: GraphQLResolveInfo,
  ) {
    if (sqlReads.enabled && info) return readEscalations(ctx, { first, after, filter }, info);
    return ctx.services.escalations.list(ctx, { first, after, filter });
  }

  @Mutation(() => EscalationPayload, {
    description:
      'Reps: resolves an escalation with a resolution; on an UNRECOGNIZED_* escalation the hold is released and a fresh link goes to the holder of the last one.',
  })
  @Allow('REP')
  async resolveEscalation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResolveEscalationInput, { description: 'The escalation and its resolution.' }) input: ResolveEscalationInput,
  ): Promise<EscalationPayload> {
    return mutationPayload('escalation', () => ctx.services.escalations.resolve(ctx, input));
  }

  @FieldResolver(() => Order, { description: 'The order it is about.' })
  order(@Root() escalation: Row<Escalation>, @Ctx() ctx: RequestContext): Promise<Row<Order>> {
    return orderOf(escalation, ctx);
  }
}
