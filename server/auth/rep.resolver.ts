import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { SortOrder } from '../common/paging.js';
import { mutationPayload } from '../graphql/payload.js';
import { CreateRepInput, RepPage, RepPayload, RepSearchFilter, RepSortField, UpdateRepInput } from './rep-admin.types.js';
import { Rep } from './rep.entity.js';

async function payload(work: () => Promise<Rep>): Promise<RepPayload> {
  return mutationPayload('rep', work);
}

/** Rep accounts: reps read them (to pick an assignee), admins manage them. */
@Resolver(() => Rep)
export class RepResolver {
  @Query(() => RepPage, { description: 'Reps: the reps, sorted and paged in the database.' })
  @Allow('REP')
  searchReps(
    @Ctx() ctx: RequestContext,
    @Arg('offset', () => Int, { nullable: true, description: 'How many rows to skip: 0 to 100000, default 0.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, description: 'How many per page: 1 to 100, default 25.' }) limit?: number,
    @Arg('sortField', () => RepSortField, { nullable: true, description: 'The column to sort on.' }) sortField?: RepSortField,
    @Arg('sortOrder', () => SortOrder, { nullable: true, description: 'ASC or DESC.' }) sortOrder?: SortOrder,
    @Arg('filter', () => RepSearchFilter, { nullable: true, description: 'Which reps; omitted: all.' }) filter?: RepSearchFilter,
  ) {
    return ctx.services.repAdmin.search(ctx, { offset, limit, sortField, sortOrder, filter });
  }

  @Query(() => Rep, { nullable: true, description: 'Reps: one rep; null when there is none with this id.' })
  @Allow('REP')
  rep(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The rep’s id.' }) id: string) {
    return ctx.services.repAdmin.get(ctx, id);
  }

  @Mutation(() => RepPayload, { description: 'Admin reps: creates a rep account.' })
  @Allow('ADMIN')
  createRep(@Ctx() ctx: RequestContext, @Arg('input', () => CreateRepInput, { description: 'The new rep.' }) input: CreateRepInput) {
    return payload(() => ctx.services.repAdmin.create(ctx, input));
  }

  @Mutation(() => RepPayload, { description: 'Admin reps: changes a rep’s name, role, password or whether they may log in.' })
  @Allow('ADMIN')
  updateRep(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateRepInput, { description: 'The rep and what changes.' }) input: UpdateRepInput) {
    return payload(() => ctx.services.repAdmin.update(ctx, input));
  }
}
