import type { FilterQuery } from '@mikro-orm/core';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/paging.js';
import type { RequestContext } from '../common/request-context.js';
import { isUuid } from '../common/validation.js';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity.js';

export interface EmailMessageFilterArgs {
  status?: OutboxStatus[] | null;
  orderId?: string | null;
}

/** What reps see of the email outbox: delivery state and failures, newest first. */
export class OutboxService {
  async list(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; filter?: EmailMessageFilterArgs | null },
  ): Promise<Connection<OutboxMessage>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['date', 'uuid']);
    const conditions: FilterQuery<OutboxMessage>[] = [];
    const filter = args.filter ?? {};
    if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
    if (filter.orderId) conditions.push(isUuid(filter.orderId) ? { orderId: filter.orderId } : { id: null });
    const where: FilterQuery<OutboxMessage> = conditions.length ? { $and: conditions } : {};
    const page: FilterQuery<OutboxMessage> = cursor
      ? { $and: [where, { $or: [{ createdAt: { $lt: new Date(cursor[0]) } }, { createdAt: new Date(cursor[0]), id: { $lt: String(cursor[1]) } }] }] }
      : where;
    const rows = await ctx.em.find(OutboxMessage, page, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1 });
    return toConnection(
      rows,
      size,
      () => ctx.em.count(OutboxMessage, where),
      (m) => [m.createdAt.toISOString(), m.id],
    );
  }
}
