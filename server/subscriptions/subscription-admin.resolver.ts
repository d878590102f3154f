import type { Row } from '../db/plain-rows.js';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEntry } from '../audit/audit.types.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { SortOrder } from '../graphql/offset-page.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { userErrorsOf } from '../graphql/user-error.js';
import { Order } from '../orders/order.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import {
  SubscriptionPage,
  SubscriptionPayload,
  SubscriptionSearchFilter,
  SubscriptionSortField,
  UpdateSubscriptionSettingsInput,
} from './subscription-admin.types.js';
import { Subscription } from './subscription.entity.js';

/** The console's Subscriptions resource: search, read, correct settings before provisioning. */
@Resolver(() => Subscription)
export class SubscriptionAdminResolver {
  @Query(() => SubscriptionPage, { description: 'Subscriptions, sorted and paged in the database.' })
  @Allow('REP')
  searchSubscriptions(
    @Ctx() ctx: RequestContext,
    @Arg('offset', () => Int, { nullable: true }) offset?: number,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('sortField', () => SubscriptionSortField, { nullable: true }) sortField?: SubscriptionSortField,
    @Arg('sortOrder', () => SortOrder, { nullable: true }) sortOrder?: SortOrder,
    @Arg('filter', () => SubscriptionSearchFilter, { nullable: true }) filter?: SubscriptionSearchFilter,
  ) {
    return ctx.services.subscriptionAdmin.search(ctx, { offset, limit, sortField, sortOrder, filter });
  }

  @Query(() => Subscription, { nullable: true })
  @Allow('REP')
  subscription(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ctx.services.subscriptionAdmin.get(ctx, id);
  }

  @Mutation(() => SubscriptionPayload, { description: 'Corrects saved settings of a subscription not yet provisioned.' })
  @Allow('REP')
  async updateSubscriptionSettings(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateSubscriptionSettingsInput) input: UpdateSubscriptionSettingsInput,
  ): Promise<SubscriptionPayload> {
    try {
      return { subscription: await ctx.services.subscriptionAdmin.updateSettings(ctx, input), errors: [] };
    } catch (error) {
      return { subscription: null, errors: userErrorsOf(error) };
    }
  }

  @FieldResolver(() => Order)
  order(@Root() subscription: Row<Subscription>, @Ctx() ctx: RequestContext): Promise<Order | null> {
    return ctx.loaders.orderById.load(subscription.order.id);
  }

  @FieldResolver(() => Organization)
  customerOrganization(@Root() subscription: Row<Subscription>, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    return ctx.loaders.organizationById.load(subscription.customerOrganization.id);
  }

  @FieldResolver(() => DateTimeScalar)
  createdAt(@Root() subscription: Row<Subscription>): Date {
    return subscription.createdAt;
  }

  @FieldResolver(() => [AuditEntry], { nullable: true, description: 'Reps only: the corrections made to it.' })
  @Allow('REP')
  auditTrail(@Root() subscription: Row<Subscription>, @Ctx() ctx: RequestContext) {
    return ctx.loaders.auditByTarget.load(`Subscription:${subscription.id}`);
  }
}
