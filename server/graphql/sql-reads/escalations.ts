import type { GraphQLResolveInfo } from 'graphql';
import { Rep } from '../../auth/rep.entity.js';
import { isRep, type Viewer } from '../../auth/viewer.js';
import { containsPattern, searchTerm, SortOrder } from '../../common/paging.js';
import type { RequestContext } from '../../common/request-context.js';
import { isUuid } from '../../common/validation.js';
import { plainRow } from '../../db/plain-rows.js';
import { ESCALATION_SLA_HOURS, olderThanCutoff } from '../../escalations/escalation-queue.service.js';
import { EscalationSortField, type EscalationQueueFilter } from '../../escalations/escalation-queue.types.js';
import { Escalation, EscalationKind, EscalationStatus } from '../../escalations/escalation.entity.js';
import type { EscalationFilterArgs } from '../../escalations/escalation.service.js';
import { orderRow, relations, runPreparedRead, shapeOf, type Shape } from './orders.js';
import { Selection } from './selection.js';

/**
 * Escalation lists in one statement (issue 25), as sql-reads/orders.ts reads orders: the request's
 * selection and the viewer give an `EscalationShape`, which with the list's arguments gives one SQL
 * statement: the page of escalations (filter, sort, offset or keyset in the database), each with its
 * order's columns and the order's own relations (`relations` of orders.ts, on the order `o`), its reps
 * (`to_jsonb`) and the list's total by a sub-select. Rows come back as plain rows (db/plain-rows.ts):
 * the orders and reps wait in the request's loaders (`orderById`, `repById`), where the escalation's
 * field resolvers find them.
 *
 * Escalations are reps' work: the roots are `@Allow('REP')`, and the shape reads nothing for anyone
 * else (the type's own `@Allow('REP')` is decided once for the list, from the viewer). The answer is
 * completed by the schema's field resolvers as before, so a field this module does not cover (notes,
 * `organizationInQuestion`, `organizationNow`, an organization's users…) is left to its resolver.
 *
 * Used by the root resolvers `escalationQueue` (the console's list) and `escalations` only.
 */
export interface EscalationShape {
  /** The order's columns, and its relations as orders.ts reads them; null: the order is not selected. */
  order: Omit<Shape, 'totalCount'> | null;
  assignee: boolean;
  resolvedBy: boolean;
  partnerContactedBy: boolean;
  totalCount: boolean;
}

export interface EscalationStatement {
  /** A named prepared statement: its name is the hash of its text. */
  text: string;
  values: unknown[];
  shape: EscalationShape;
}

/** The escalation's relations to reps: GraphQL field, column, and the rep's column in the answer (lower case: PostgreSQL folds names). */
const REPS = [
  ['assignee', 'assignee_id', 'assignee_json'],
  ['resolvedBy', 'resolved_by_id', 'resolved_by_json'],
  ['partnerContactedBy', 'partner_contacted_by_id', 'partner_contacted_by_json'],
] as const;

/** What the answer needs, from the selection of `Escalation` objects and the viewer. */
export function escalationShapeOf(escalation: Selection, viewer: Viewer | null, totalCount: boolean): EscalationShape {
  // Every field of an escalation is for reps (`@Allow('REP')` on the type): anyone else reads nothing through it.
  const rep = isRep(viewer);
  const order = rep && escalation.has('order') ? shapeOf(escalation.below('order'), viewer) : null;
  return {
    order,
    assignee: rep && escalation.has('assignee'),
    resolvedBy: rep && escalation.has('resolvedBy'),
    partnerContactedBy: rep && escalation.has('partnerContactedBy'),
    totalCount,
  };
}

/** The shape of an `EscalationPage`'s answer (`nodes`, `totalCount`). */
export function escalationPageShape(info: GraphQLResolveInfo, viewer: Viewer | null): EscalationShape {
  const page = Selection.of(info);
  return escalationShapeOf(page.below('nodes'), viewer, page.has('totalCount'));
}

/** The shape of an `EscalationConnection`'s answer (`edges { node }`, `totalCount`). */
export function escalationConnectionShape(info: GraphQLResolveInfo, viewer: Viewer | null): EscalationShape {
  const connection = Selection.of(info);
  return escalationShapeOf(connection.below('edges').below('node'), viewer, connection.has('totalCount'));
}

/** A sort key: a column of the page's rows (`esc`), how the page sorts on it, and its name in the answer's rows. */
interface SortKey {
  page: string;
  key: string;
  direction: 'asc' | 'desc';
}

/** The statement's parameters, numbered as they are added. */
class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

/**
 * One statement: the page (`from`: escalations `esc` and what the filter joins, `where`, `keys`, `window`:
 * offset and limit) with its relations, and when asked the total under `where`, in the same statement.
 */
function statementOf(
  shape: EscalationShape,
  params: Parameters,
  parts: { from: string; where: string[]; keys: SortKey[]; window: string; after?: string; extra?: string },
): EscalationStatement {
  const where = parts.where.length ? parts.where.join(' and ') : 'true';
  const keyed = parts.keys.map((k) => `${k.page} ${k.direction}`).join(', ');
  const page = `select esc.*${parts.extra ?? ''} from ${parts.from} where ${where}${parts.after ?? ''} order by ${keyed} ${parts.window}`;
  const columns = ['to_jsonb(esc) as escalation_json', ...parts.keys.map((k) => `esc.${k.key} as k_${k.key}`)];
  const joins: string[] = [];
  if (shape.order) {
    const order = relations(shape.order);
    columns.push(`o.*${order.columns}`);
    joins.push('join customer_order o on o.id = esc.order_id', order.joins);
  }
  for (const [field, column, json] of REPS) {
    if (!shape[field]) continue;
    columns.push(`to_jsonb(rep_${column}) as ${json}`);
    joins.push(`left join rep rep_${column} on rep_${column}.id = esc.${column}`);
  }
  const rows = `select ${columns.join(', ')} from (${page}) esc\n${joins.join('\n')}`;
  const sorted = (alias: string) => parts.keys.map((k) => `${alias}k_${k.key} ${k.direction}`).join(', ');
  if (!shape.totalCount) return { text: `${rows}\norder by ${sorted('')}`, values: params.values, shape };
  // One row at least, so an empty page still carries its total.
  const count = `select count(*)::int as total_count from ${parts.from} where ${where}`;
  return { text: `select t.total_count, r.* from (${count}) t left join lateral (${rows}) r on true order by ${sorted('r.')}`, values: params.values, shape };
}

/** `escalation esc` and the order `ord` when a condition or the sort needs it. */
function fromOf(order: boolean, partnerOrganization: boolean): string {
  let from = 'escalation esc';
  if (order) from += ' join customer_order ord on ord.id = esc.order_id';
  if (partnerOrganization) from += ' left join organization ord_p on ord_p.id = ord.partner_organization_id';
  return from;
}

export interface QueuePage {
  filter?: EscalationQueueFilter | null;
  sortField?: EscalationSortField | null;
  sortOrder?: SortOrder | null;
  offset: number;
  limit: number;
  now: Date;
}

/** Unresolved and past the target of its kind at `now` (`slaBreachedCondition` of escalation-queue.service.ts). */
function slaBreachedSql(params: Parameters, now: Date): string {
  const late = Object.values(EscalationKind).map(
    (kind) =>
      `(esc.kind = ${params.add(kind)} and esc.created_at < ${params.add(new Date(now.getTime() - ESCALATION_SLA_HOURS[kind] * 3_600_000))}::timestamptz)`,
  );
  return `esc.status in (${params.add(EscalationStatus.OPEN)}, ${params.add(EscalationStatus.IN_PROGRESS)}) and (${late.join(' or ')})`;
}

/** `escalationQueue`: `EscalationQueueService.list`'s filter, sort and window, in one statement. */
export function queuePageStatement(page: QueuePage, shape: EscalationShape): EscalationStatement {
  const params = new Parameters();
  const f = page.filter ?? {};
  const where: string[] = [];
  let order = false;
  if (f.kind?.length) where.push(`esc.kind = any(${params.add(f.kind)}::text[])`);
  if (f.status?.length) where.push(`esc.status = any(${params.add(f.status)}::text[])`);
  if (f.assigneeId) where.push(isUuid(f.assigneeId) ? `esc.assignee_id = ${params.add(f.assigneeId)}::uuid` : 'false');
  if (f.unassigned) where.push('esc.assignee_id is null');
  if (f.olderThanHours !== null && f.olderThanHours !== undefined) {
    where.push(`esc.created_at <= ${params.add(olderThanCutoff(page.now, f.olderThanHours))}::timestamptz`);
  }
  if (f.slaBreached) where.push(`(${slaBreachedSql(params, page.now)})`);
  if (f.orderId) where.push(isUuid(f.orderId) ? `esc.order_id = ${params.add(f.orderId)}::uuid` : 'false');
  if (f.ids) where.push(`esc.id = any(${params.add(f.ids.filter(isUuid))}::uuid[])`);
  const partner = searchTerm(f.partner);
  if (partner) {
    const like = params.add(containsPattern(partner));
    where.push(`(ord.partner_name ilike ${like} or ord.partner_account_id ilike ${like} or ord_p.name ilike ${like})`);
    order = true;
  }
  const q = searchTerm(f.q);
  if (q) {
    const like = params.add(containsPattern(q));
    where.push(`(ord.ccw_order_number ilike ${like} or ord.customer_name ilike ${like} or ord.provisioning_contact_email ilike ${like})`);
    order = true;
  }
  const direction = (page.sortOrder ?? SortOrder.ASC) === SortOrder.ASC ? 'asc' : 'desc';
  const key = (column: string, dir: 'asc' | 'desc'): SortKey => ({ page: `esc.${column}`, key: column, direction: dir });
  let keys: SortKey[];
  let extra = '';
  if (page.sortField === EscalationSortField.KIND) keys = [key('kind', direction), key('created_at', 'asc'), key('id', 'asc')];
  else if (page.sortField === EscalationSortField.STATUS) keys = [key('status', direction), key('created_at', 'asc'), key('id', 'asc')];
  else if (page.sortField === EscalationSortField.ORDER_NUMBER) {
    order = true;
    extra = ', ord.ccw_order_number as order_number';
    keys = [{ page: 'ord.ccw_order_number', key: 'order_number', direction }, key('id', 'asc')];
  } else keys = [key('created_at', direction), key('id', direction)];
  const window = `offset ${params.add(page.offset)} limit ${params.add(page.limit)}`;
  return statementOf(shape, params, { from: fromOf(order, !!partner), where, keys, window, extra });
}

/** `escalations`: `EscalationService.list`'s filter, oldest first, keyset after (created_at, id). */
export function connectionPageStatement(
  page: { filter?: EscalationFilterArgs | null; cursor?: readonly string[]; limit: number },
  shape: EscalationShape,
): EscalationStatement {
  const params = new Parameters();
  const f = page.filter ?? {};
  const where: string[] = [];
  if (f.kind?.length) where.push(`esc.kind = any(${params.add(f.kind)}::text[])`);
  if (f.status?.length) where.push(`esc.status = any(${params.add(f.status)}::text[])`);
  if (f.orderId) where.push(isUuid(f.orderId) ? `esc.order_id = ${params.add(f.orderId)}::uuid` : 'false');
  const after = page.cursor ? ` and (esc.created_at, esc.id) > (${params.add(page.cursor[0])}::timestamptz, ${params.add(page.cursor[1])}::uuid)` : '';
  const keys: SortKey[] = [
    { page: 'esc.created_at', key: 'created_at', direction: 'asc' },
    { page: 'esc.id', key: 'id', direction: 'asc' },
  ];
  return statementOf(shape, params, { from: fromOf(false, false), where, keys, window: `limit ${params.add(page.limit)}`, after });
}

/** Runs a statement (prepared, outside any unit of work) and returns its escalations as plain rows, their orders and reps primed. */
export async function runEscalationStatement(ctx: RequestContext, statement: EscalationStatement): Promise<{ escalations: Escalation[]; totalCount: number }> {
  const { rows, totalCount } = await runPreparedRead(ctx, 'sqle', statement);
  const { shape } = statement;
  const escalations: Escalation[] = [];
  for (const row of rows) {
    const json = row.escalation_json as Record<string, unknown> | null | undefined;
    if (!json) continue; // the empty page's row that carries the total
    if (shape.order) {
      const order = orderRow(ctx, row, shape.order);
      ctx.loaders.orderById.prime(order.id, order);
    }
    for (const [field, , json] of REPS) {
      const rep = row[json] as Record<string, unknown> | null | undefined;
      if (shape[field] && rep) ctx.loaders.repById.prime(rep.id as string, plainRow(ctx.reader, Rep, rep));
    }
    escalations.push(plainRow(ctx.reader, Escalation, json));
  }
  return { escalations, totalCount };
}
