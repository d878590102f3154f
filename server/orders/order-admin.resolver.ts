import type { Row } from '../db/plain-rows.js';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEntry } from '../audit/audit.types.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { SortOrder } from '../common/paging.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { mutationPayload } from '../graphql/payload.js';
import { OutboxMessageInfo } from '../outbox/outbox-message.types.js';
import { SetupLinkInfo } from '../setup/setup-link.types.js';
import { CancelOrderInput, OrderPage, TakeOrderBackInput, OrderSearchFilter, OrderSortField } from './order-admin.types.js';
import { availableActions, OrderAction } from './order-lifecycle.js';
import { holderOf } from './order.service.js';
import { Order } from './order.entity.js';
import { OrderPayload } from './order.types.js';

/**
 * The console's order search and cancellation, and the order's details: what CCW sent and its
 * life's timestamps (for anyone who may read the order), and Cisco-internal records — the audit
 * timeline, emails and links — for reps only (a field-level `@Allow`).
 */
@Resolver(() => Order)
export class OrderAdminResolver {
  @Query(() => OrderPage, { description: 'The console’s order search, sorted and paged in the database.' })
  @Allow('REP')
  searchOrders(
    @Ctx() ctx: RequestContext,
    @Arg('offset', () => Int, { nullable: true, description: 'How many rows to skip: 0 to 100000, default 0.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, description: 'How many per page: 1 to 100, default 25.' }) limit?: number,
    @Arg('sortField', () => OrderSortField, { nullable: true, description: 'The column to sort on.' }) sortField?: OrderSortField,
    @Arg('sortOrder', () => SortOrder, { nullable: true, description: 'ASC or DESC.' }) sortOrder?: SortOrder,
    @Arg('filter', () => OrderSearchFilter, { nullable: true, description: 'Which orders; omitted: all.' }) filter?: OrderSearchFilter,
  ) {
    return ctx.services.orderAdmin.search(ctx, { offset, limit, sortField, sortOrder, filter });
  }

  @Mutation(() => OrderPayload, { description: 'Cancels an order not yet set up: links revoked, open escalations resolved with the reason.' })
  @Allow('REP')
  async cancelOrder(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CancelOrderInput, { description: 'The order and why.' }) input: CancelOrderInput,
  ): Promise<OrderPayload> {
    return mutationPayload('order', () => ctx.services.orderAdmin.cancel(ctx, input));
  }

  @Mutation(() => OrderPayload, {
    description:
      'Takes a handed-over order back from its colleague or customer: the holder’s links and wizard sessions end, the order is the partner’s again (no customer self-setup), and a fresh partner link goes to the provisioning contact.',
  })
  @Allow('REP')
  async takeOrderBack(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TakeOrderBackInput, { description: 'The order and why.' }) input: TakeOrderBackInput,
  ): Promise<OrderPayload> {
    return mutationPayload('order', () => ctx.services.orderAdmin.takeBack(ctx, input));
  }

  @FieldResolver(() => String, { description: 'The CCW partner account that placed the order.' })
  partnerAccountId(@Root() order: Row<Order>): string {
    return order.partnerAccountId;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When the first Set up now email was sent.' })
  linkSentAt(@Root() order: Row<Order>): Date | null {
    return order.linkSentAt ?? null;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'Until when the current link can finish setup.' })
  linkExpiresAt(@Root() order: Row<Order>): Date | null {
    return order.linkExpiresAt ?? null;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'The first time anybody opened the wizard: provisioning started.' })
  setupStartedAt(@Root() order: Row<Order>): Date | null {
    return order.setupStartedAt ?? null;
  }

  @FieldResolver(() => DateTimeScalar, { description: 'From this instant an order nobody started is overdue.' })
  overdueAt(@Root() order: Row<Order>): Date {
    return order.overdueAt;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When step 8 was confirmed (the order set up); null until then.' })
  setUpAt(@Root() order: Row<Order>): Date | null {
    return order.setUpAt ?? null;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When the subscription was provisioned (billing started); null until then.' })
  provisionedAt(@Root() order: Row<Order>): Date | null {
    return order.provisionedAt ?? null;
  }

  @FieldResolver(() => DateTimeScalar, { description: 'When the order last changed.' })
  updatedAt(@Root() order: Row<Order>): Date {
    return order.updatedAt;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Reps only: the customer set up its own organization (the partner sees none of it).' })
  @Allow('REP')
  customerSelfSetup(@Root() order: Row<Order>): boolean {
    return order.customerSelfSetup;
  }

  @FieldResolver(() => [OrderAction], { nullable: true, description: 'Reps only: what may be done with the order now (the console shows these buttons).' })
  @Allow('REP')
  availableActions(@Root() order: Row<Order>): OrderAction[] {
    return availableActions(order);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Reps only: who holds the setup — a resend goes to them (the contact, or whom the setup was handed to).',
  })
  @Allow('REP')
  setupHolder(@Root() order: Row<Order>): string {
    return holderOf(order).email;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Reps only: seeded demo data.' })
  @Allow('REP')
  demo(@Root() order: Row<Order>): boolean {
    return order.demo;
  }

  @FieldResolver(() => [AuditEntry], { nullable: true, description: 'Reps only: every recorded change of the order, oldest first.' })
  @Allow('REP')
  auditTrail(@Root() order: Row<Order>, @Ctx() ctx: RequestContext) {
    return ctx.loaders.auditByOrder.load(order.id);
  }

  @FieldResolver(() => [OutboxMessageInfo], { nullable: true, description: 'Reps only: the emails about the order and whether they went out.' })
  @Allow('REP')
  outboxMessages(@Root() order: Row<Order>, @Ctx() ctx: RequestContext) {
    return ctx.loaders.outboxByOrder.load(order.id);
  }

  @FieldResolver(() => [SetupLinkInfo], { nullable: true, description: 'Reps only: the links sent for the order.' })
  @Allow('REP')
  setupLinks(@Root() order: Row<Order>, @Ctx() ctx: RequestContext) {
    return ctx.loaders.setupLinksByOrder.load(order.id);
  }
}
