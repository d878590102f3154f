import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../common/request-context.js';
import { overdueAsOf } from '../../orders/order.service.js';
import { isUuid } from '../../common/validation.js';
import type { Order } from '../../orders/order.entity.js';
import type { OrderFilter } from '../../orders/order.types.js';
import { exactTerm } from '../../common/paging.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../common/paging.js';
import { connectionShape, orderByIdStatement, orderShape, ordersPageStatement, overduePageStatement, runStatement, visibilityParams } from './orders.js';

/**
 * The root resolvers' reads through one statement (sql-reads/orders.ts): the same arguments, checks
 * and answers as `OrderService.findVisible` / `list` / `overdue`, which remain the resolver path.
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
