import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { SortOrder } from '../graphql/offset-page.js';
import { userErrorsOf } from '../graphql/user-error.js';
import { CreateRepInput, RepPage, RepPayload, RepSearchFilter, RepSortField, UpdateRepInput } from './rep-admin.types.js';
import { Rep } from './rep.entity.js';

async function payload(work: () => Promise<Rep>): Promise<RepPayload> {
  try {
    return { rep: await work(), errors: [] };
  } catch (error) {
    return { rep: null, errors: userErrorsOf(error) };
  }
}

/** Rep accounts: reps read them (to pick an assignee), admins manage them. */
@Resolver(() => Rep)
export class RepResolver {
  @Query(() => RepPage)
  @Allow('REP')
  searchReps(
    @Ctx() ctx: RequestContext,
    @Arg('offset', () => Int, { nullable: true }) offset?: number,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('sortField', () => RepSortField, { nullable: true }) sortField?: RepSortField,
    @Arg('sortOrder', () => SortOrder, { nullable: true }) sortOrder?: SortOrder,
    @Arg('filter', () => RepSearchFilter, { nullable: true }) filter?: RepSearchFilter,
  ) {
    return ctx.services.repAdmin.search(ctx, { offset, limit, sortField, sortOrder, filter });
  }

  @Query(() => Rep, { nullable: true })
  @Allow('REP')
  rep(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ctx.services.repAdmin.get(ctx, id);
  }

  @Mutation(() => RepPayload)
  @Allow('ADMIN')
  createRep(@Ctx() ctx: RequestContext, @Arg('input', () => CreateRepInput) input: CreateRepInput) {
    return payload(() => ctx.services.repAdmin.create(ctx, input));
  }

  @Mutation(() => RepPayload)
  @Allow('ADMIN')
  updateRep(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateRepInput) input: UpdateRepInput) {
    return payload(() => ctx.services.repAdmin.update(ctx, input));
  }
}
