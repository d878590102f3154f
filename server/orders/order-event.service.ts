import type { RequestContext } from '../common/request-context.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/paging.js';
import { isUuid } from '../common/validation.js';
import { OrderEvent, OrderEventType, type EventActorKind } from './order-event.entity.js';

interface EventRow {
  id: string;
  xid: string;
  type: OrderEventType;
  at: Date;
  order_id: string;
  ccw_order_number: string;
  changes: Record<string, unknown>;
  actor_kind: EventActorKind | null;
  reason: string | null;
  snapshot: Record<string, unknown> | string | null;
}

/** The feed's filters (#26): one order, some types, from a time on; each optional, all together. */
export interface OrderEventFilter {
  orderId?: string | null;
  types?: readonly OrderEventType[] | null;
  since?: Date | null;
}

/** The filters as SQL on `order_event e`, with their bindings (an order id that is not a uuid matches nothing). */
function filterSql(filter: OrderEventFilter): [string, unknown[]] {
  const clauses: string[] = [];
  const bindings: unknown[] = [];
  if (filter.orderId != null) {
    if (!isUuid(filter.orderId)) return ['and false', []];
    clauses.push('and e.order_id = ?::uuid');
    bindings.push(filter.orderId);
  }
  if (filter.types?.length) {
    clauses.push(`and e.type in (${filter.types.map(() => '?').join(', ')})`);
    bindings.push(...filter.types);
  }
  if (filter.since) {
    clauses.push('and e.at >= ?');
    bindings.push(filter.since);
  }
  return [clauses.join(' '), bindings];
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
  async feed(ctx: RequestContext, args: { first?: number | null; after?: string | null } & OrderEventFilter): Promise<Connection<OrderEvent>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['integer', 'integer']);
    const [filtered, filterBindings] = filterSql(args);
    const rows: EventRow[] = await ctx.em.getConnection().execute(
      // Sorted and compared as the typed columns (xid8, bigint), never as the text handed out: the text
      // of 999 sorts after 1000 (#22). Qualified names, because a bare `xid` in ORDER BY is the output column.
      `select e.id::text as id, e.xid::text as xid, e.type, e.at, e.order_id, e.ccw_order_number, e.changes, e.actor_kind, e.reason, e.snapshot
         from order_event e
        where e.xid < pg_snapshot_xmin(pg_current_snapshot())
          ${cursor ? 'and (e.xid, e.id) > (?::text::xid8, ?::bigint)' : ''}
          ${filtered}
        order by e.xid, e.id
        limit ?`,
      [...(cursor ?? []), ...filterBindings, size + 1],
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
        actorKind: row.actor_kind,
        reason: row.reason,
        snapshot: typeof row.snapshot === 'string' ? (JSON.parse(row.snapshot) as Record<string, unknown>) : row.snapshot,
      });
      keys.set(event, [row.xid, row.id]);
      return event;
    });
    const count = async () =>
      Number(
        (
          await ctx.em
            .getConnection()
            .execute<{ n: number }[]>(
              `select count(*)::int as n from order_event e where e.xid < pg_snapshot_xmin(pg_current_snapshot()) ${filtered}`,
              filterBindings,
            )
        )[0].n,
      );
    return toConnection(events, size, count, (event) => keys.get(event)!);
  }
}
