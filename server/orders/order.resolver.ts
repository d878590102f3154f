import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ViewerKind } from '../auth/viewer.js';
import { Escalation } from '../escalations/escalation.entity.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { userErrorsOf } from '../graphql/user-error.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { Organization } from '../organizations/organization.entity.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { Order } from './order.entity.js';
import { isOverdue, isUuid } from './order.service.js';
import { OrderConnection, OrderFilter, OrderPayload, PlaceOrderInput, PlaceOrderPayload, UpdateProvisioningContactInput } from './order.types.js';
import type { Row } from '../db/plain-rows.js';

/** After a customer self-setup the ordering partner sees nothing of the customer's organization. */
function hidesCustomerSide(ctx: RequestContext, order: Order): boolean {
  if (!order.customerSelfSetup) return false;
  const viewer = ctx.viewer;
  const customerSide =
    viewer?.kind === ViewerKind.REP ||
    viewer?.kind === ViewerKind.ADMIN ||
    viewer?.kind === ViewerKind.CUSTOMER_ADMIN ||
    (viewer?.kind === ViewerKind.SETUP_SESSION && viewer.setupAudience === 'CUSTOMER');
  return !customerSide;
}

/**
 * A machine key reads an order only as far as its scope goes (README, "Machine keys"): the intake
 * (`orders:write`) the orders it placed, the scheduler (`orders:overdue:read`) an order while it is
 * overdue (what `overdueOrders` returns now). Any other order reads as not found.
 */
async function machineKeyMaySee(ctx: RequestContext, order: Row<Order>): Promise<boolean> {
  const viewer = ctx.viewer!;
  if (viewer.scopes.includes('orders:overdue:read') && isOverdue(order as Order, ctx.clock.now())) return true;
  return viewer.scopes.includes('orders:write') && placedBy(ctx, order.id);
}

/** The order was placed with the calling key (its `order.placed` audit event names the key). */
export async function placedBy(ctx: RequestContext, orderId: string): Promise<boolean> {
  if (!isUuid(orderId)) return false;
  return (await ctx.em.count(AuditEvent, { orderId, action: 'order.placed', actorKind: ViewerKind.API_KEY, actorId: ctx.viewer!.id })) > 0;
}

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, { nullable: true })
  @Allow('REP', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN', 'scope:orders:write', 'scope:orders:overdue:read')
  async order(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Order | null> {
    const order = await ctx.services.orders.findVisible(ctx, id);
    if (!order || ctx.viewer?.kind !== ViewerKind.API_KEY) return order;
    return (await machineKeyMaySee(ctx, order)) ? order : null;
  }

  @Query(() => OrderConnection, { description: 'Partner and customer admins: their own orders; reps: all.' })
  @Allow('REP', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  orders(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => OrderFilter, { nullable: true }) filter?: OrderFilter,
  ) {
    return ctx.services.orders.list(ctx, { first, after, filter });
  }

  @Query(() => OrderConnection, { description: 'Orders nobody has started by the day after their requested start date, oldest due first.' })
  @Allow('REP', 'scope:orders:overdue:read')
  overdueOrders(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.orders.overdue(ctx, { asOf, first, after });
  }

  @Mutation(() => PlaceOrderPayload)
  @Allow('scope:orders:write')
  async placeOrder(@Ctx() ctx: RequestContext, @Arg('input', () => PlaceOrderInput) input: PlaceOrderInput): Promise<PlaceOrderPayload> {
    try {
      return { ...(await ctx.services.orders.place(ctx, input)), errors: [] };
    } catch (error) {
      return { order: null, created: false, errors: userErrorsOf(error) };
    }
  }

  @Mutation(() => OrderPayload)
  @Allow('scope:orders:write', 'REP')
  async updateProvisioningContact(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateProvisioningContactInput) input: UpdateProvisioningContactInput,
  ): Promise<OrderPayload> {
    try {
      // The intake changes the contact of the orders it placed only; any other is not found to it.
      if (ctx.viewer?.kind === ViewerKind.API_KEY && !(await placedBy(ctx, input.orderId))) {
        throw userError(UserErrorCode.NOT_FOUND, 'No such order', ['input', 'orderId']);
      }
      return { order: await ctx.services.orders.updateProvisioningContact(ctx, input), errors: [] };
    } catch (error) {
      return { order: null, errors: userErrorsOf(error) };
    }
  }

  @FieldResolver(() => Boolean, { description: 'Nobody has started setup and the day after the requested start date has begun.' })
  overdue(@Root() order: Row<Order>, @Ctx() ctx: RequestContext): boolean {
    return isOverdue(order, ctx.clock.now());
  }

  @FieldResolver(() => Organization, { nullable: true })
  partnerOrganization(@Root() order: Row<Order>, @Ctx() ctx: RequestContext): Promise<Organization | null> | null {
    const id = order.partnerOrganization?.id;
    return id ? ctx.loaders.organizationById.load(id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  customerOrganization(@Root() order: Row<Order>, @Ctx() ctx: RequestContext): Promise<Organization | null> | null {
    const id = order.customerOrganization?.id;
    if (!id || hidesCustomerSide(ctx, order)) return null;
    return ctx.loaders.organizationById.load(id);
  }

  @FieldResolver(() => Subscription, { nullable: true })
  subscription(@Root() order: Row<Order>, @Ctx() ctx: RequestContext): Promise<Subscription | null> | null {
    if (hidesCustomerSide(ctx, order)) return null;
    return ctx.loaders.subscriptionByOrder.load(order.id);
  }

  @FieldResolver(() => [Escalation])
  escalations(@Root() order: Row<Order>, @Ctx() ctx: RequestContext): Promise<Escalation[]> | Escalation[] {
    // Escalations are Cisco's internal work; partners and customers see none.
    const viewer = ctx.viewer?.kind;
    if (viewer === ViewerKind.PARTNER_ADMIN || viewer === ViewerKind.CUSTOMER_ADMIN || viewer === ViewerKind.SETUP_SESSION) return [];
    return ctx.loaders.escalationsByOrder.load(order.id);
  }
}
