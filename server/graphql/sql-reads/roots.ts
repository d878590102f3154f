import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../common/request-context.js';
import { overdueAsOf } from '../../orders/order.service.js';
import { isUuid } from '../../common/validation.js';
import type { Order } from '../../orders/order.entity.js';
import type { OrderFilter } from '../../orders/order.types.js';
import { decodeCursor, exactTerm, pageSize, pageWindow, toConnection, type Connection, type Page } from '../../common/paging.js';
import type { EscalationQueueArgs } from '../../escalations/escalation-queue.service.js';
import type { Escalation } from '../../escalations/escalation.entity.js';
import type { EscalationFilterArgs } from '../../escalations/escalation.service.js';
import { connectionPageStatement, escalationConnectionShape, escalationPageShape, queuePageStatement, runEscalationStatement } from './escalations.js';
import { connectionShape, orderByIdStatement, orderShape, ordersPageStatement, overduePageStatement, runStatement, visibilityParams } from './orders.js';

/**
 * The root resolvers' reads through one statement (sql-reads/orders.ts, sql-reads/escalations.ts): the
 * same arguments, checks and answers as `OrderService.findVisible` / `list` / `overdue` and
 * `EscalationQueueService.list` / `EscalationService.list`, which remain the resolver path.
 */
export async function readOrder(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<Order | null> {
  if (!isUuid(id)) return null;
  const visibility = await visibilityParams(ctx);
  if (!visibility) return null;
  const { orders } = await runStatement(ctx, orderByIdStatement(id, visibility, orderShape(info, ctx.viewer)));
  return orders[0] ?? null;
}

export async function readOrders(
  ctx: RequestContext,
  args: { first?: number | null; after?: string | null; filter?: OrderFilter | null },
  info: GraphQLResolveInfo,
): Promise<Connection<Order>> {
  const size = pageSize(args.first);
  const cursor = decodeCursor(args.after, ['date', 'uuid']);
  const visibility = await visibilityParams(ctx);
  if (!visibility) return toConnection([], size, 0, () => []);
  const filter = args.filter ?? {};
  const shape = connectionShape(info, ctx.viewer);
  const statement = ordersPageStatement(
    {
      visibility,
      statuses: filter.status,
      ccwOrderNumber: filter.ccwOrderNumber ? exactTerm(filter.ccwOrderNumber) : null,
      overdue: filter.overdue,
      now: ctx.clock.now(),
      cursor,
      limit: size + 1,
    },
    shape,
  );
  const { orders, totalCount } = await runStatement(ctx, statement);
  return toConnection(orders, size, totalCount, (o) => [o.createdAt.toISOString(), o.id]);
}

export async function readOverdue(
  ctx: RequestContext,
  args: { asOf?: Date | null; first?: number | null; after?: string | null },
  info: GraphQLResolveInfo,
): Promise<Connection<Order>> {
  const size = pageSize(args.first);
  const cursor = decodeCursor(args.after, ['date', 'uuid']);
  const asOf = overdueAsOf(ctx, args.asOf);
  const after = cursor ? [cursor[0], cursor[1]] : ['-infinity', '00000000-0000-0000-0000-000000000000'];
  const { orders, totalCount } = await runStatement(ctx, overduePageStatement(asOf, after, size + 1, connectionShape(info, ctx.viewer)));
  return toConnection(orders, size, totalCount, (o) => [o.overdueAt.toISOString(), o.id]);
}

/** `escalationQueue` through one statement: the same arguments, checks and answer as `EscalationQueueService.list`. */
export async function readEscalationQueue(ctx: RequestContext, args: EscalationQueueArgs, info: GraphQLResolveInfo): Promise<Page<Escalation>> {
  const { offset, limit } = pageWindow(args.offset, args.limit);
  const statement = queuePageStatement(
    { filter: args.filter, sortField: args.sortField, sortOrder: args.sortOrder, offset, limit, now: ctx.clock.now() },
    escalationPageShape(info, ctx.viewer),
  );
  const { escalations, totalCount } = await runEscalationStatement(ctx, statement);
  return { nodes: escalations, totalCount };
}

/** `escalations` through one statement: the same arguments, checks and answer as `EscalationService.list`. */
export async function readEscalations(
  ctx: RequestContext,
  args: { first?: number | null; after?: string | null; filter?: EscalationFilterArgs | null },
  info: GraphQLResolveInfo,
): Promise<Connection<Escalation>> {
  const size = pageSize(args.first);
  const cursor = decodeCursor(args.after, ['date', 'uuid']);
  const statement = connectionPageStatement({ filter: args.filter, cursor, limit: size + 1 }, escalationConnectionShape(info, ctx.viewer));
  const { escalations, totalCount } = await runEscalationStatement(ctx, statement);
  return toConnection(escalations, size, totalCount, (e) => [e.createdAt.toISOString(), e.id]);
}
