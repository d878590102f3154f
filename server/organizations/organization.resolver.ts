import type { Row } from '../db/plain-rows.js';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Organization } from './organization.entity.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Int, { description: 'How many of its subscriptions are ACTIVE.' })
  activeSubscriptionCount(@Root() organization: Row<Organization>, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.activeSubscriptionCount.load(organization.id);
  }
}
