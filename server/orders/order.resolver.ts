import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ViewerKind } from '../auth/viewer.js';
import { Escalation } from '../escalations/escalation.entity.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { mutationPayload } from '../graphql/payload.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { Organization } from '../organizations/organization.entity.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { Order } from './order.entity.js';
import { overdue } from './order-predicates.js';
import { isUuid } from '../common/validation.js';
import { OrderConnection, OrderFilter, OrderPayload, PlaceOrderInput, PlaceOrderPayload, UpdateProvisioningContactInput } from './order.types.js';
import type { Row } from '../db/plain-rows.js';
import { escalationsReadWith, sqlReads } from '../graphql/sql-reads/orders.js';
import { readOrder, readOrders, readOverdue } from '../graphql/sql-reads/roots.js';

/** After a customer self-setup the ordering partner sees nothing of the customer's organization. */
function hidesCustomerSide(ctx: RequestContext, order: Pick<Order, 'customerSelfSetup'>): boolean {
  if (!order.customerSelfSetup) return false;
  const viewer = ctx.viewer;
  const customerSide =
    // The intake key reads the subscription of an order it placed (#26), whoever set it up.
    viewer?.kind === ViewerKind.API_KEY ||
    viewer?.kind === ViewerKind.REP ||
    viewer?.kind === ViewerKind.ADMIN ||
    viewer?.kind === ViewerKind.CUSTOMER_ADMIN ||
    (viewer?.kind === ViewerKind.SETUP_SESSION && viewer.setupAudience === 'CUSTOMER');
  return !customerSide;
}

/**
 * A machine key reads an order only as far as its scope goes (docs/integrators.md, "Security rules"): the intake
 * (`orders:write`) the orders it placed, the scheduler (`orders:overdue:read`) an order while it is
 * overdue (what `overdueOrders` returns now). Any other order reads as not found.
 */
async function machineKeyMaySee(ctx: RequestContext, order: Row<Order>): Promise<boolean> {
  const viewer = ctx.viewer!;
  if (viewer.scopes.includes('orders:overdue:read') && overdue.test(order as Order, ctx.clock.now())) return true;
  return viewer.scopes.includes('orders:write') && placedBy(ctx, order.id);
}

/** The order was placed with the calling key (its `order.placed` audit event names the key). */
export async function placedBy(ctx: RequestContext, orderId: string): Promise<boolean> {
  if (!isUuid(orderId)) return false;
  return (await ctx.em.count(AuditEvent, { orderId, action: 'order.placed', actorKind: ViewerKind.API_KEY, actorId: ctx.viewer!.id })) > 0;
}

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, {
    nullable: true,
    description:
      'One order, if the bearer may see it (reps: any; organization administrators: their organizations’; the intake key: those it placed; the scheduler key: while overdue); otherwise null, as if there were none.',
  })
  @Allow('REP', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN', 'scope:orders:write', 'scope:orders:overdue:read')
  async order(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The order’s id.' }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Order | null> {
    const order = sqlReads.enabled ? await readOrder(ctx, id, info) : await ctx.services.orders.findVisible(ctx, id);
    if (!order || ctx.viewer?.kind !== ViewerKind.API_KEY) return order;
    return (await machineKeyMaySee(ctx, order)) ? order : null;
  }

  @Query(() => OrderConnection, { description: 'Partner and customer admins: their own orders; reps: all.' })
  @Allow('REP', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  orders(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many per page: 0 to 100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page; omitted: from the start.' }) after?: string,
    @Arg('filter', () => OrderFilter, { nullable: true, description: 'Which orders; omitted: all the bearer may see.' }) filter?: OrderFilter,
    @Info() info?: GraphQLResolveInfo,
  ) {
    if (sqlReads.enabled && info) return readOrders(ctx, { first, after, filter }, info);
    return ctx.services.orders.list(ctx, { first, after, filter });
  }

  @Query(() => OrderConnection, { description: 'Orders nobody has started by the day after their requested start date, oldest due first.' })
  @Allow('REP', 'scope:orders:overdue:read')
  overdueOrders(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateTimeScalar, {
      nullable: true,
      description: 'The instant to evaluate the overdue rule at; default now (the scheduler key: at most 24 hours ahead).',
    })
    asOf?: Date,
    @Arg('first', () => Int, { nullable: true, description: 'How many per page: 0 to 100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page; omitted: from the start.' }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ) {
    if (sqlReads.enabled && info) return readOverdue(ctx, { asOf, first, after }, info);
    return ctx.services.orders.overdue(ctx, { asOf, first, after });
  }

  @Mutation(() => PlaceOrderPayload, {
    description:
      'Scope `orders:write` (the CCW intake): places an order; a retry with the same input answers the same order (`created: false`), a different input with the same number `ORDER_NUMBER_CONFLICT`.',
  })
  @Allow('scope:orders:write')
  async placeOrder(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PlaceOrderInput, { description: 'The order as CCW has it.' }) input: PlaceOrderInput,
  ): Promise<PlaceOrderPayload> {
    return mutationPayload(() => ctx.services.orders.place(ctx, input), { order: null, created: false });
  }

  @Mutation(() => OrderPayload, {
    description:
      'Scope `orders:write` or reps: changes the provisioning contact (the links sent before are revoked) and, by default, sends the Set up now email again.',
  })
  @Allow('scope:orders:write', 'REP')
  async updateProvisioningContact(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateProvisioningContactInput, { description: 'The order, the new contact and whether to resend.' })
    input: UpdateProvisioningContactInput,
  ): Promise<OrderPayload> {
    return mutationPayload('order', async () => {
      // The intake changes the contact of the orders it placed only; any other is not found to it.
      if (ctx.viewer?.kind === ViewerKind.API_KEY && !(await placedBy(ctx, input.orderId))) {
        throw userError(UserErrorCode.NOT_FOUND, 'No such order', ['input', 'orderId']);
      }
      return ctx.services.orders.updateProvisioningContact(ctx, input);
    });
  }

  @FieldResolver(() => Boolean, { description: 'Nobody has started setup and the day after the requested start date has begun.' })
  overdue(@Root() order: Row<Order>, @Ctx() ctx: RequestContext): boolean {
    return overdue.test(order, ctx.clock.now());
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The partner organization, once known (reviewed or created at step 8); null before.' })
  partnerOrganization(@Root() order: Row<Order>, @Ctx() ctx: RequestContext): Promise<Organization | null> | null {
    const id = order.partnerOrganization?.id;
    return id ? ctx.loaders.organizationById.load(id) : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The customer organization, once known (verified or created at step 8); null before, and for the ordering partner after a customer hand-over.',
  })
  customerOrganization(@Root() order: Row<Order>, @Ctx() ctx: RequestContext): Promise<Organization | null> | null {
    const id = order.customerOrganization?.id;
    if (!id || hidesCustomerSide(ctx, order)) return null;
    return ctx.loaders.organizationById.load(id);
  }

  @FieldResolver(() => Subscription, {
    nullable: true,
    description: 'Its subscription, once the order is set up; null before, and for the ordering partner after a customer hand-over.',
  })
  subscription(@Root() order: Row<Order>, @Ctx() ctx: RequestContext): Promise<Subscription | null> | null {
    if (hidesCustomerSide(ctx, order)) return null;
    return ctx.loaders.subscriptionByOrder.load(order.id);
  }

  @FieldResolver(() => [Escalation], { description: 'Its escalations (reps only: anyone else reads an empty list).' })
  escalations(@Root() order: Row<Order>, @Ctx() ctx: RequestContext): Promise<Escalation[]> | Escalation[] {
    // Escalations are Cisco's internal work; partners and customers see none.
    const viewer = ctx.viewer?.kind;
    if (viewer === ViewerKind.PARTNER_ADMIN || viewer === ViewerKind.CUSTOMER_ADMIN || viewer === ViewerKind.SETUP_SESSION) return [];
    const read = escalationsReadWith(order);
    if (read) return read;
    return ctx.loaders.escalationsByOrder.load(order.id);
  }
}
