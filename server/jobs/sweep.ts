import { SYSTEM_ACTOR, type TxScope } from '../common/tx-scope.js';
import { FlushMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.js';
import type { Config } from '../common/config.js';
import { plainRow, type Row } from '../db/plain-rows.js';
import { Order } from '../orders/order.entity.js';
import type { Services } from '../services.js';

/** What every job receives: the process's ORM, services, clock (a ManualClock in tests), config and log. */
export interface JobDependencies {
  orm: MikroORM;
  services: Services;
  clock: Clock;
  config: Config;
  log: Logger;
}

export interface SweepOptions {
  /** Rows claimed and handled per transaction. */
  batchSize?: number;
  /** Stops between batches (graceful shutdown). */
  signal?: AbortSignal;
  /** Batches claimed and handled side by side (default 2). */
  concurrency?: number;
}

export interface SweepResult {
  /** Orders handled and committed. */
  handled: number;
  /** Orders whose handling threw; left as they were, retried on the next run. */
  failed: string[];
}

export const DEFAULT_BATCH_SIZE = 100;

/** `array[?, ?, …]::uuid[]`, with its bindings: MikroORM inlines bindings, so arrays are spelled out. */
export function uuidArray(ids: readonly string[]): [string, string[]] {
  return [`array[${ids.map(() => '?').join(', ')}]::uuid[]`, [...ids]];
}

interface SweepQuery {
  name: string;
  /** The orders this sweep is about, as a condition on `customer_order o`; each `?` in it is the instant. */
  due: string;
  /** Oldest first, matching the partial index that serves `due`. */
  orderBy: string;
}

/** A sweep that handles its orders one by one, as managed entities (the ORM writes them at commit). */
interface EachOrderSweep extends SweepQuery {
  /** Handles one claimed order in the batch's transaction; the scope's actor is `SYSTEM_ACTOR`, its instant the run's. */
  handle(tx: TxScope, order: Order): Promise<void>;
}

/**
 * A sweep that handles a claimed batch at once, as plain rows (locked by the batch's transaction, in
 * the sweep's order): a few statements per batch instead of a few per order. On failure the batch is
 * retried with batches of one, like the other kind.
 */
interface BatchSweep extends SweepQuery {
  handleBatch(tx: TxScope, orders: Row<Order>[]): Promise<void>;
}

type OrderSweep = EachOrderSweep | BatchSweep;

/**
 * Claims due orders in batches with `FOR UPDATE SKIP LOCKED` and handles each batch in the claiming
 * transaction, so concurrent sweeps (several workers, or a sweep racing a mutation holding the row)
 * never handle one order twice: a locked order is skipped now and looked at again by the next run.
 * `now` is taken once per run. If a batch fails it is retried order by order, so one bad order
 * delays only itself (and is skipped for the rest of the run).
 */
export async function sweepOrders(deps: JobDependencies, sweep: OrderSweep, options: SweepOptions = {}): Promise<SweepResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const now = deps.clock.now();
  const failed: string[] = [];
  let handled = 0;

  const batched = 'handleBatch' in sweep;
  // Every `?` in `due` stands for the sweep's instant.
  const dueBindings = Array.from({ length: sweep.due.split('?').length - 1 }, () => now);
  /** Claims (locks) up to `limit` due orders, tells `claimed` their ids, and handles them in `em`'s transaction. */
  const claimAndHandle = async (em: EntityManager, limit: number, claimed: (ids: string[]) => void, only?: string): Promise<void> => {
    const [excluded, excludedBindings] = uuidArray(failed);
    // A batch sweep takes the whole rows in the claiming statement; the other kind loads entities.
    const rows: Record<string, unknown>[] = await em.getConnection().execute(
      `select ${batched ? 'o.*' : 'o.id'} from customer_order o where (${sweep.due}) and not (o.id = any(${excluded}))${only ? ' and o.id = ?' : ''}
       order by ${sweep.orderBy} limit ? for update skip locked`,
      [...dueBindings, ...excludedBindings, ...(only ? [only] : []), limit],
      'all',
      em.getTransactionContext(),
    );
    const ids = rows.map((r) => r.id as string);
    claimed(ids);
    if (rows.length === 0) return;
    if ('handleBatch' in sweep) {
      await sweep.handleBatch(
        { em, actor: SYSTEM_ACTOR, now },
        rows.map((row) => plainRow(em, Order, row)),
      );
      return;
    }
    // Already locked by this transaction; loaded and handled in the sweep's order.
    const orders = await em.find(Order, { id: { $in: ids } });
    const byId = new Map(orders.map((o) => [o.id, o]));
    for (const id of ids) await sweep.handle({ em, actor: SYSTEM_ACTOR, now }, byId.get(id)!);
  };

  // Changes are written when the batch commits, in a few batched statements: the default AUTO
  // flush mode would write each order's rows before the next order's first query.
  const fork = () => deps.orm.em.fork({ flushMode: FlushMode.COMMIT });
  const drain = async () => {
    while (!options.signal?.aborted) {
      let claimed: string[] = [];
      try {
        await fork().transactional(async (em) => {
          await claimAndHandle(em, batchSize, (ids) => (claimed = ids));
        });
        handled += claimed.length;
      } catch (error) {
        if (claimed.length === 0) throw error;
        deps.log.warn({ job: sweep.name, err: error, orders: claimed.length }, 'batch failed; handling its orders one by one');
        for (const id of claimed) {
          try {
            let done = false;
            await fork().transactional(async (em) => {
              await claimAndHandle(em, 1, (ids) => (done = ids.length > 0), id);
            });
            if (done) handled += 1;
          } catch (orderError) {
            failed.push(id);
            deps.log.error({ job: sweep.name, orderId: id, err: orderError }, 'order could not be handled; it is retried on the next run');
          }
        }
      }
      if (claimed.length < batchSize) break;
    }
  };
  // Several batches side by side (SKIP LOCKED hands each its own orders): the database round trips
  // of one overlap the other's work.
  const outcomes = await Promise.allSettled(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, drain));
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure) throw failure.reason;
  return { handled, failed };
}
