import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { userErrorsOf } from '../graphql/user-error.js';
import { Order } from '../orders/order.entity.js';
import { Escalation } from './escalation.entity.js';
import { EscalationConnection, EscalationFilter, EscalationPayload, ResolveEscalationInput } from './escalation.types.js';

@Resolver(() => Escalation)
export class EscalationResolver {
  @Query(() => EscalationConnection, { description: 'The reps’ work queue, oldest first.' })
  @Allow('REP')
  escalations(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => EscalationFilter, { nullable: true }) filter?: EscalationFilter,
  ) {
    return ctx.services.escalations.list(ctx, { first, after, filter });
  }

  @Mutation(() => EscalationPayload)
  @Allow('REP')
  async resolveEscalation(@Ctx() ctx: RequestContext, @Arg('input', () => ResolveEscalationInput) input: ResolveEscalationInput): Promise<EscalationPayload> {
    try {
      return { escalation: await ctx.services.escalations.resolve(ctx, input), errors: [] };
    } catch (error) {
      return { escalation: null, errors: userErrorsOf(error) };
    }
  }

  @FieldResolver(() => Order)
  order(@Root() escalation: Escalation): Promise<Order> {
    return escalation.order.loadOrFail();
  }
}
