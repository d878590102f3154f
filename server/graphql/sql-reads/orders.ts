import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { isRep, ViewerKind, type Viewer } from '../../auth/viewer.js';
import { plainRow } from '../../db/plain-rows.js';
import { prepared, queryPrepared } from '../../db/prepared.js';
import { Escalation } from '../../escalations/escalation.entity.js';
import { overdue } from '../../orders/order-predicates.js';
import { orderVisibility, orderVisibilityParams, orderVisibilitySql } from '../../orders/order-visibility.js';
import { Order } from '../../orders/order.entity.js';
import type { OrderStatus } from '../../orders/order-status.js';
import { Organization } from '../../organizations/organization.entity.js';
import { Subscription } from '../../subscriptions/subscription.entity.js';
import type { RequestContext } from '../../common/request-context.js';
import { Selection } from './selection.js';

/**
 * Order reads in one statement (issue 25). The contract is plain: the request's selection and the
 * viewer give a `Shape` (which relations the answer needs), and a shape with the read's arguments
 * gives one SQL statement in which PostgreSQL also builds the nested answer: each order's columns,
 * its organizations and subscription by join (`to_jsonb`), its escalations by a lateral `json_agg`,
 * the list's total by a sub-select, the viewer's visibility rule (orders/order-visibility.ts) in the
 * WHERE. The rows come back as plain rows (db/plain-rows.ts): the organizations and the subscription
 * wait in the request's loaders, the escalations on their order.
 *
 * The answer is still completed by the schema's field resolvers, so every field-level `@Allow` rule,
 * every machine-key rule and the customer-self-setup rule run exactly as on the resolver path; a field
 * this module does not cover (an order's `auditTrail`, an organization's `users`, an escalation's
 * `notes`) is simply left to its resolver, which loads it as before. The shape only decides what to
 * fetch: it never fetches a relation the viewer could not read (escalations are for reps, machine keys
 * read no organization or subscription), and it fetches a relation only when it is selected.
 *
 * Used by the root resolvers `order`, `orders` and `overdueOrders` only.
 */
export interface Shape {
  partnerOrganization: boolean;
  customerOrganization: boolean;
  subscription: boolean;
  /** The escalations as plain rows on the order: only when every selected field of them is a column. */
  escalations: boolean;
  totalCount: boolean;
}

export interface Statement {
  /** A named prepared statement: its name is the hash of its text. */
  text: string;
  values: unknown[];
  shape: Shape;
}

/** Escalation fields answered from the row itself; any other (notes, assignee, ageHours…) needs the entity's resolvers. */
const ESCALATION_COLUMNS = new Set(['__typename', 'id', 'kind', 'status', 'createdAt', 'resolvedAt', 'resolution', 'partnerContactedAt']);

/** What the answer needs, from the selection of `Order` objects and the viewer. */
export function shapeOf(order: Selection, viewer: Viewer | null, totalCount = false): Shape {
  const machine = viewer?.kind === ViewerKind.API_KEY;
  const escalations = order.below('escalations');
  return {
    partnerOrganization: !machine && order.has('partnerOrganization'),
    customerOrganization: !machine && order.has('customerOrganization'),
    subscription: !machine && order.has('subscription'),
    escalations: isRep(viewer) && order.has('escalations') && escalations.names().every((name) => ESCALATION_COLUMNS.has(name)),
    totalCount,
  };
}

/** The shape of `order(id)`'s answer. */
export function orderShape(info: GraphQLResolveInfo, viewer: Viewer | null): Shape {
  return shapeOf(Selection.of(info), viewer);
}

/** The shape of an `OrderConnection`'s answer (`edges { node }`, `totalCount`). */
export function connectionShape(info: GraphQLResolveInfo, viewer: Viewer | null): Shape {
  const connection = Selection.of(info);
  return shapeOf(connection.below('edges').below('node'), viewer, connection.has('totalCount'));
}

/** The joins and columns of a shape, on the orders `o` (also below an escalation: sql-reads/escalations.ts). */
export function relations(shape: Omit<Shape, 'totalCount'>): { columns: string; joins: string } {
  const columns: string[] = [];
  const joins: string[] = [];
  if (shape.partnerOrganization) {
    columns.push('to_jsonb(p) as partner_json');
    joins.push('left join organization p on p.id = o.partner_organization_id');
  }
  if (shape.customerOrganization) {
    columns.push('to_jsonb(c) as customer_json');
    joins.push('left join organization c on c.id = o.customer_organization_id');
  }
  if (shape.subscription) {
    columns.push('to_jsonb(s) as subscription_json');
    joins.push('left join subscription s on s.order_id = o.id');
  }
  if (shape.escalations) {
    columns.push('e.escalations_json');
    joins.push(
      `left join lateral (select coalesce(json_agg(to_jsonb(x) order by x.created_at, x.id), '[]'::json) as escalations_json
                            from escalation x where x.order_id = o.id) e on true`,
    );
  }
  return { columns: columns.map((c) => `, ${c}`).join(''), joins: joins.join('\n') };
}

/**
 * `select` of a page (`page`: a statement selecting `customer_order` rows as `o`, ordered) with its
 * relations, and when asked the total (`count`: a statement counting them) in the same statement.
 */
function withRelations(page: string, order: string, shape: Shape, count: string | null): string {
  const { columns, joins } = relations(shape);
  const rows = `select o.*${columns} from (${page}) o\n${joins}`;
  if (!count) return `${rows}\norder by ${order}`;
  // One row at least, so an empty page still carries its total.
  return `select t.total_count, r.* from (${count}) t left join lateral (${rows}) r on true order by ${order.replace(/\bo\./g, 'r.')}`;
}

export function orderByIdStatement(id: string, visibility: ReturnType<typeof orderVisibilityParams>, shape: Shape): Statement {
  const text = withRelations(`select * from customer_order o where o.id = $1 and ${orderVisibilitySql('o', 2)}`, 'o.id', shape, null);
  return { text, values: [id, ...visibility], shape };
}

export interface OrdersPage {
  visibility: ReturnType<typeof orderVisibilityParams>;
  statuses?: readonly OrderStatus[] | null;
  ccwOrderNumber?: string | null;
  /** `overdue` as of `now`: true, false, or no condition. */
  overdue?: boolean | null;
  now: Date;
  /** After (created_at, id), descending. */
  cursor?: readonly string[];
  limit: number;
}

/** `orders`: newest first, keyset on (created_at, id). */
export function ordersPageStatement(page: OrdersPage, shape: Shape): Statement {
  const values: unknown[] = [...page.visibility];
  const param = (value: unknown) => `$${values.push(value)}`;
  const where = [orderVisibilitySql('o', 1)];
  if (page.statuses?.length) where.push(`o.status in (select unnest(${param(page.statuses)}::text[]))`);
  if (page.ccwOrderNumber !== null && page.ccwOrderNumber !== undefined) where.push(`o.ccw_order_number = ${param(page.ccwOrderNumber)}`);
  if (page.overdue !== null && page.overdue !== undefined) {
    const predicate = overdue.sql(`${param(page.now)}::timestamptz`, 'o');
    where.push(page.overdue ? `(${predicate})` : `not (${predicate})`);
  }
  const filtered = where.join(' and ');
  const after = page.cursor ? ` and (o.created_at, o.id) < (${param(page.cursor[0])}::timestamptz, ${param(page.cursor[1])}::uuid)` : '';
  const select = `select * from customer_order o where ${filtered}${after} order by o.created_at desc, o.id desc limit ${param(page.limit)}`;
  const count = shape.totalCount ? `select count(*)::int as total_count from customer_order o where ${filtered}` : null;
  return { text: withRelations(select, 'o.created_at desc, o.id desc', shape, count), values, shape };
}

/** `overdueOrders`: exactly the predicate and order of the partial index `customer_order_overdue_idx`; keyset after (overdue_at, id). */
export function overduePageStatement(asOf: Date, after: readonly string[], limit: number, shape: Shape): Statement {
  const predicate = overdue.sql('$1', 'o');
  const select = `select * from customer_order o where ${predicate} and (o.overdue_at, o.id) > ($2::timestamptz, $3::uuid) order by o.overdue_at, o.id limit $4`;
  const count = shape.totalCount ? `select count(*)::int as total_count from customer_order o where ${predicate}` : null;
  return { text: withRelations(select, 'o.overdue_at, o.id', shape, count), values: [asOf, after[0], after[1], limit], shape };
}

const ESCALATIONS = Symbol('escalations');

/** The escalations read with their order (plain rows), or undefined: the order's resolver then loads them. */
export function escalationsReadWith(order: object): Escalation[] | undefined {
  return (order as { [ESCALATIONS]?: Escalation[] })[ESCALATIONS];
}

/** Each statement text's prepared statement (named by the hash of its text): hashed once per text, not per request. */
const preparedByText = new Map<string, ReturnType<typeof prepared>>();

/**
 * Runs a statement of this module (orders', escalations'), prepared under a name derived from its text (`prefix`
 * and the text's hash), outside any unit of work: its rows, and the list's total when the shape asked for it (every
 * row carries it, the empty page's single row included). The texts are bounded by the shapes and filters a read
 * can combine.
 */
export async function runPreparedRead(
  ctx: RequestContext,
  prefix: string,
  statement: { text: string; values: unknown[]; shape: { totalCount: boolean } },
): Promise<{ rows: Record<string, unknown>[]; totalCount: number }> {
  let query = preparedByText.get(statement.text);
  if (!query) {
    query = prepared(`${prefix}_${createHash('sha1').update(statement.text).digest('hex').slice(0, 16)}`, statement.text);
    preparedByText.set(statement.text, query);
  }
  const rows = await queryPrepared<Record<string, unknown>>(ctx.reader, query, statement.values);
  return { rows, totalCount: statement.shape.totalCount ? Number(rows[0]?.total_count ?? 0) : 0 };
}

/** Runs a statement (prepared, outside any unit of work) and returns its orders as plain rows, relations primed. */
export async function runStatement(ctx: RequestContext, statement: Statement): Promise<{ orders: Order[]; totalCount: number }> {
  const { rows, totalCount } = await runPreparedRead(ctx, 'sqlr', statement);
  const { shape } = statement;
  const orders: Order[] = [];
  for (const row of rows) {
    if (row.id === null || row.id === undefined) continue; // the empty page's row that carries the total
    orders.push(orderRow(ctx, row, shape));
  }
  return { orders, totalCount };
}

/**
 * An order's row as `relations(shape)` selected it (its columns, and `partner_json`, `customer_json`,
 * `subscription_json`, `escalations_json` as the shape asks) as a plain row, its relations primed in
 * the request's loaders and its escalations on it.
 */
export function orderRow(ctx: RequestContext, row: Record<string, unknown>, shape: Omit<Shape, 'totalCount'>): Order {
  const { partner_json, customer_json, subscription_json, escalations_json } = row;
  for (const organization of [partner_json, customer_json] as (Record<string, unknown> | null | undefined)[]) {
    if (organization) ctx.loaders.organizationById.prime(organization.id as string, plainRow(ctx.reader, Organization, organization));
  }
  // Only the entity's columns are read from the row (db/plain-rows.ts): the relations' columns are left out.
  const order = plainRow(ctx.reader, Order, row);
  if (shape.subscription) {
    ctx.loaders.subscriptionByOrder.prime(
      order.id,
      subscription_json ? plainRow(ctx.reader, Subscription, subscription_json as Record<string, unknown>) : null,
    );
  }
  if (shape.escalations) {
    const escalations = (escalations_json as Record<string, unknown>[]).map((e) => plainRow(ctx.reader, Escalation, e));
    Object.defineProperty(order, ESCALATIONS, { value: escalations });
  }
  return order;
}

/** The viewer's visibility as the statements' parameters, or null: the viewer reads no order. */
export async function visibilityParams(ctx: RequestContext): Promise<ReturnType<typeof orderVisibilityParams> | null> {
  const visibility = await orderVisibility(ctx.viewer, ctx.reader);
  return visibility ? orderVisibilityParams(visibility) : null;
}

/**
 * Whether the root resolvers read through this module (on by default). The differential test
 * (test/sql-reads-differential.test.ts) turns it off to answer the same request through the
 * resolvers alone, in the same process.
 */
export const sqlReads = { enabled: true };
