import type { RequestContext } from '../common/request-context.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../graphql/connection.js';
import { OrderEvent, OrderEventType } from './order-event.entity.js';

interface EventRow {
  id: string;
  xid: string;
  type: OrderEventType;
  at: Date;
  order_id: string;
  ccw_order_number: string;
  changes: Record<string, unknown>;
}

/**
 * The integrators' feed. Ids come from a sequence, so a transaction that started writing earlier may
 * commit after one with a higher id; a feed in id order would hand out the higher id first and then
 * skip the lower one for good. Each row therefore carries its transaction's id (`xid`), and the feed
 * hands out only rows of transactions that ended before the oldest one still running began
 * (`xid < pg_snapshot_xmin(pg_current_snapshot())`): no such transaction can write again, so every row
 * behind the cursor `(xid, id)` is final. A row waits (invisible) while an older transaction, of any
 * kind, is still open. Order: by transaction, then by id within it.
 */
export class OrderEventService {
  async feed(ctx: RequestContext, args: { first?: number | null; after?: string | null }): Promise<Connection<OrderEvent>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['integer', 'integer']);
    const rows: EventRow[] = await ctx.em.getConnection().execute(
      `select id::text as id, xid::text as xid, type, at, order_id, ccw_order_number, changes
         from order_event
        where xid < pg_snapshot_xmin(pg_current_snapshot())
          ${cursor ? 'and (xid, id) > (?::text::xid8, ?::bigint)' : ''}
        order by xid, id
        limit ?`,
      [...(cursor ?? []), size + 1],
    );
    const keys = new Map<OrderEvent, string[]>();
    const events = rows.map((row) => {
      const event = Object.assign(new OrderEvent(), {
        id: row.id,
        type: row.type,
        at: new Date(row.at),
        orderId: row.order_id,
        ccwOrderNumber: row.ccw_order_number,
        changes: typeof row.changes === 'string' ? (JSON.parse(row.changes) as Record<string, unknown>) : row.changes,
      });
      keys.set(event, [row.xid, row.id]);
      return event;
    });
    const count = async () =>
      Number(
        (
          await ctx.em
            .getConnection()
            .execute<{ n: number }[]>(`select count(*)::int as n from order_event where xid < pg_snapshot_xmin(pg_current_snapshot())`)
        )[0].n,
      );
    return toConnection(events, size, count, (event) => keys.get(event)!);
  }
}
