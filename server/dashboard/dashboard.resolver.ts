import { Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Dashboard } from './dashboard.types.js';

@Resolver()
export class DashboardResolver {
  @Query(() => Dashboard, { description: 'The reps’ dashboard: open escalations by kind and age, this week’s orders, the funnel, overdue count.' })
  @Allow('REP')
  dashboard(@Ctx() ctx: RequestContext): Promise<Dashboard> {
    return ctx.services.dashboard.dashboard(ctx);
  }
}
