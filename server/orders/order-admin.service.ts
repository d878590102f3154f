import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { actorOf, audit } from '../audit/audit.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { InputValidator } from '../common/validation.js';
import { Escalation, EscalationStatus } from '../escalations/escalation.entity.js';
import type { EscalationService } from '../escalations/escalation.service.js';
import type { RequestContext } from '../graphql/context.js';
import { containsPattern, pageWindow, searchTerm, SortOrder, type Page } from '../graphql/offset-page.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import { SetupSession } from '../setup/setup-session.entity.js';
import { assertTransition, OrderStatus } from './order-status.js';
import { Order } from './order.entity.js';
import { isUuid, OVERDUE_CANDIDATE_STATUSES } from './order.service.js';
import { OrderSortField, type CancelOrderInput, type OrderSearchFilter } from './order-admin.types.js';

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
  constructor(private readonly escalations: EscalationService) {}

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
      const overdue: FilterQuery<Order> = { setupStartedAt: null, status: { $in: OVERDUE_CANDIDATE_STATUSES }, overdueAt: { $lte: ctx.clock.now() } };
      conditions.push(f.overdue ? overdue : { $not: overdue });
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
      const before = order.status;
      try {
        assertTransition(before, OrderStatus.CANCELLED);
      } catch {
        throw userError(UserErrorCode.INVALID_TRANSITION, `An order that is ${before} cannot be cancelled`, ['input', 'orderId'], { reason: 'CANCEL', status: before });
      }
      order.status = OrderStatus.CANCELLED;
      order.updatedAt = now;
      const links = await em.find(SetupLink, { order, revokedAt: null, usedAt: null });
      for (const link of links) link.revokedAt = now;
      const sessions = await em.find(SetupSession, { order, revokedAt: null });
      for (const session of sessions) session.revokedAt = now;
      audit(em, actorOf(ctx), now, {
        action: 'order.cancelled',
        targetType: 'Order',
        targetId: order.id,
        orderId: order.id,
        before: { status: before },
        after: { status: order.status, reason, revokedLinks: links.map((l) => l.id), revokedSessions: sessions.map((s) => s.id) },
      });
      const open = await em.find(
        Escalation,
        { order, status: { $ne: EscalationStatus.RESOLVED } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      for (const escalation of open) {
        await this.escalations.settle(em, actorOf(ctx), now, escalation, `Order cancelled: ${reason}`, ctx.viewer!.id);
      }
      return order;
    });
  }
}
