import type { Row } from '../db/plain-rows.js';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEntry } from '../audit/audit.types.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { SortOrder } from '../common/paging.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { mutationPayload } from '../graphql/payload.js';
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
    @Arg('offset', () => Int, { nullable: true, description: 'How many rows to skip: 0 to 100000, default 0.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, description: 'How many per page: 1 to 100, default 25.' }) limit?: number,
    @Arg('sortField', () => SubscriptionSortField, { nullable: true, description: 'The column to sort on.' }) sortField?: SubscriptionSortField,
    @Arg('sortOrder', () => SortOrder, { nullable: true, description: 'ASC or DESC.' }) sortOrder?: SortOrder,
    @Arg('filter', () => SubscriptionSearchFilter, { nullable: true, description: 'Which subscriptions; omitted: all.' }) filter?: SubscriptionSearchFilter,
  ) {
    return ctx.services.subscriptionAdmin.search(ctx, { offset, limit, sortField, sortOrder, filter });
  }

  @Query(() => Subscription, { nullable: true, description: 'Reps: one subscription; null when there is none with this id.' })
  @Allow('REP')
  subscription(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The subscription’s id.' }) id: string) {
    return ctx.services.subscriptionAdmin.get(ctx, id);
  }

  @Mutation(() => SubscriptionPayload, { description: 'Corrects saved settings of a subscription not yet provisioned.' })
  @Allow('REP')
  async updateSubscriptionSettings(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateSubscriptionSettingsInput, { description: 'The subscription and the corrections.' }) input: UpdateSubscriptionSettingsInput,
  ): Promise<SubscriptionPayload> {
    return mutationPayload('subscription', () => ctx.services.subscriptionAdmin.updateSettings(ctx, input));
  }

  @FieldResolver(() => Order, { description: 'The order it comes from.' })
  order(@Root() subscription: Row<Subscription>, @Ctx() ctx: RequestContext): Promise<Order | null> {
    return ctx.loaders.orderById.load(subscription.order.id);
  }

  @FieldResolver(() => Organization, { description: 'The customer organization it belongs to.' })
  customerOrganization(@Root() subscription: Row<Subscription>, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    return ctx.loaders.organizationById.load(subscription.customerOrganization.id);
  }

  @FieldResolver(() => DateTimeScalar, { description: 'When it was created (step 8).' })
  createdAt(@Root() subscription: Row<Subscription>): Date {
    return subscription.createdAt;
  }

  @FieldResolver(() => [AuditEntry], { nullable: true, description: 'Reps only: the corrections made to it.' })
  @Allow('REP')
  auditTrail(@Root() subscription: Row<Subscription>, @Ctx() ctx: RequestContext) {
    return ctx.loaders.auditByTarget.load(`Subscription:${subscription.id}`);
  }
}
