import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { scopeOf } from '../common/tx-scope.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { InputValidator, isUuid } from '../common/validation.js';
import type { RequestContext } from '../common/request-context.js';
import { containsPattern, pageWindow, searchTerm, SortOrder, type Page } from '../common/paging.js';
import { LinkAudience } from '../setup/setup-enums.js';
import type { SetupLinkService } from '../setup/setup-link.service.js';
import { assertOpenForSetup, type OrderLifecycle } from './order-lifecycle.js';
import { isClosed, overdue } from './order-predicates.js';
import { canTransition, OrderStatus } from './order-status.js';
import { Order } from './order.entity.js';
import { OrderSortField, type CancelOrderInput, type OrderSearchFilter, type TakeOrderBackInput } from './order-admin.types.js';

const SORT_COLUMNS: Record<OrderSortField, keyof Order> = {
  [OrderSortField.CREATED_AT]: 'createdAt',
  [OrderSortField.UPDATED_AT]: 'updatedAt',
  [OrderSortField.CCW_ORDER_NUMBER]: 'ccwOrderNumber',
  [OrderSortField.STATUS]: 'status',
  [OrderSortField.REQUESTED_START_DATE]: 'requestedStartDate',
  [OrderSortField.PARTNER_NAME]: 'partnerName',
  [OrderSortField.CUSTOMER_NAME]: 'customerName',
};

/** The reps' side of orders: search across everything, and cancelling an order. */
export class OrderAdminService {
  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly links: SetupLinkService,
  ) {}

  async search(
    ctx: RequestContext,
    args: { offset?: number | null; limit?: number | null; sortField?: OrderSortField | null; sortOrder?: SortOrder | null; filter?: OrderSearchFilter | null },
  ): Promise<Page<Order>> {
    const { offset, limit } = pageWindow(args.offset, args.limit);
    const f = args.filter ?? {};
    const conditions: FilterQuery<Order>[] = [];
    const q = searchTerm(f.q);
    if (q) {
      const like = containsPattern(q);
      conditions.push({
        $or: [
          { ccwOrderNumber: { $ilike: like } },
          { partnerName: { $ilike: like } },
          { partnerAccountId: { $ilike: like } },
          { customerName: { $ilike: like } },
          { provisioningContactEmail: { $ilike: like } },
          { partnerOrganization: { name: { $ilike: like } } },
          { customerOrganization: { name: { $ilike: like } } },
        ],
      });
    }
    if (f.status?.length) conditions.push({ status: { $in: f.status } });
    if (f.overdue !== null && f.overdue !== undefined) {
      const isOverdue = overdue.filter(ctx.clock.now());
      conditions.push(f.overdue ? isOverdue : { $not: isOverdue });
    }
    if (f.partnerOrganizationId) conditions.push(isUuid(f.partnerOrganizationId) ? { partnerOrganization: f.partnerOrganizationId } : { id: null });
    if (f.customerOrganizationId) conditions.push(isUuid(f.customerOrganizationId) ? { customerOrganization: f.customerOrganizationId } : { id: null });
    if (f.ids) conditions.push({ id: { $in: f.ids.filter(isUuid) } });
    const direction = (args.sortOrder ?? SortOrder.DESC) === SortOrder.ASC ? 'asc' : 'desc';
    const column = SORT_COLUMNS[args.sortField ?? OrderSortField.CREATED_AT];
    const [nodes, totalCount] = await ctx.em.findAndCount(Order, conditions.length ? { $and: conditions } : {}, {
      orderBy: [{ [column]: direction }, { id: direction }] as never,
      offset,
      limit,
    });
    return { nodes, totalCount };
  }

  /**
   * Cancels an order that is not yet set up: its links and wizard sessions stop working at once,
   * and its open escalations are resolved with the reason.
   */
  async cancel(ctx: RequestContext, input: CancelOrderInput): Promise<Order> {
    const v = new InputValidator();
    const reason = v.text('reason', input.reason, { max: 2000, label: 'The reason' });
    v.done();
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const order = isUuid(input.orderId) ? await em.findOne(Order, input.orderId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
      if (!order) throw userError(UserErrorCode.NOT_FOUND, 'No such order', ['input', 'orderId']);
      if (isClosed(order)) throw userError(UserErrorCode.ORDER_CLOSED, `The order is ${order.status.toLowerCase()} already`, ['input', 'orderId']);
      if (!canTransition(order.status, OrderStatus.CANCELLED)) {
        throw userError(UserErrorCode.INVALID_TRANSITION, `An order that is ${order.status} cannot be cancelled`, ['input', 'orderId'], {
          reason: 'CANCEL',
          status: order.status,
        });
      }
      // Links and sessions revoked, open escalations resolved with the reason: the lifecycle's side effects.
      await this.lifecycle.transition(scopeOf(ctx, em, now), order, OrderStatus.CANCELLED, {
        action: 'order.cancelled',
        after: { reason },
        resolution: { text: `Order cancelled: ${reason}`, repId: ctx.viewer!.id },
      });
      return order;
    });
  }

  /**
   * Takes a handed-over order back (the rep's explicit action): the holder's links and sessions end,
   * the order is no longer the customer's own setup, and the provisioning contact gets a fresh partner
   * link. The order keeps its status (HANDED_OVER or SETUP_IN_PROGRESS) until the contact opens it.
   */
  async takeBack(ctx: RequestContext, input: TakeOrderBackInput): Promise<Order> {
    const v = new InputValidator();
    const reason = v.text('reason', input.reason, { max: 2000, label: 'The reason' });
    v.done();
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const order = isUuid(input.orderId) ? await em.findOne(Order, input.orderId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
      if (!order) throw userError(UserErrorCode.NOT_FOUND, 'No such order', ['input', 'orderId']);
      assertOpenForSetup(order);
      if (!order.handedOverTo)
        throw userError(UserErrorCode.INVALID_TRANSITION, 'The order was not handed over; there is nothing to take back', ['input', 'orderId']);
      const tx = scopeOf(ctx, em, now);
      const holder = order.handedOverTo;
      const customerSelfSetup = order.customerSelfSetup;
      order.handedOverTo = undefined;
      order.customerSelfSetup = false;
      await this.lifecycle.transition(tx, order, order.status, {
        action: 'order.taken_back',
        orStay: true,
        before: { holder, customerSelfSetup },
        after: { holder: order.provisioningContactEmail, customerSelfSetup: false, reason },
      });
      await this.links.issueSetupLink({ em, actor: tx.actor, now }, order, order.provisioningContactEmail, {
        audience: LinkAudience.PARTNER,
        revokeAllOthers: true,
      });
      return order;
    });
  }
}
