import type { Express, Request, Response } from 'express';
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { once } from 'node:events';
import { authenticate, bearerToken } from '../auth/authenticate.js';
import { isRep } from '../auth/viewer.js';
import type { RequestContext } from '../graphql/context.js';
import { createLoaders } from '../db/loaders.js';
import { MAX_LIMIT } from '../common/paging.js';
import { createSchema } from '../graphql/schema.js';
import type { ConsoleRouteDependencies } from './route-dependencies.js';

/** A column: its header and the path of the value in a row as the GraphQL list answers it. */
type Column = [header: string, path: string];

interface ExportedList {
  /** The console's paged list query (the same one its list pages read). */
  field: string;
  sortEnum: string;
  filterInput: string;
  selection: string;
  columns: Column[];
}

const SERVICES = 'services { kind quantity }';

/** Every list of the console, with what a row of its CSV holds. */
export const EXPORTS: Record<string, ExportedList> = {
  escalations: {
    field: 'escalationQueue',
    sortEnum: 'EscalationSortField',
    filterInput: 'EscalationQueueFilter',
    selection: `id kind status createdAt ageHours slaDueAt slaBreached partnerContactedAt resolvedAt resolution assignee { email }
      order { ccwOrderNumber status partnerName partnerAccountId customerName provisioningContactEmail }`,
    columns: [
      ['id', 'id'],
      ['kind', 'kind'],
      ['status', 'status'],
      ['created_at', 'createdAt'],
      ['age_hours', 'ageHours'],
      ['sla_due_at', 'slaDueAt'],
      ['sla_breached', 'slaBreached'],
      ['assignee', 'assignee.email'],
      ['partner_contacted_at', 'partnerContactedAt'],
      ['ccw_order_number', 'order.ccwOrderNumber'],
      ['order_status', 'order.status'],
      ['partner', 'order.partnerName'],
      ['partner_account_id', 'order.partnerAccountId'],
      ['customer', 'order.customerName'],
      ['provisioning_contact', 'order.provisioningContactEmail'],
      ['resolved_at', 'resolvedAt'],
      ['resolution', 'resolution'],
    ],
  },
  orders: {
    field: 'searchOrders',
    sortEnum: 'OrderSortField',
    filterInput: 'OrderSearchFilter',
    selection: `id ccwOrderNumber offer status requestedStartDate timeZone locale partnerName partnerAccountId customerName provisioningContactEmail
      overdue createdAt linkSentAt setUpAt provisionedAt ${SERVICES} partnerOrganization { name } customerOrganization { name }`,
    columns: [
      ['id', 'id'],
      ['ccw_order_number', 'ccwOrderNumber'],
      ['offer', 'offer'],
      ['status', 'status'],
      ['requested_start_date', 'requestedStartDate'],
      ['time_zone', 'timeZone'],
      ['locale', 'locale'],
      ['partner', 'partnerName'],
      ['partner_account_id', 'partnerAccountId'],
      ['partner_organization', 'partnerOrganization.name'],
      ['customer', 'customerName'],
      ['customer_organization', 'customerOrganization.name'],
      ['provisioning_contact', 'provisioningContactEmail'],
      ['services', 'services'],
      ['overdue', 'overdue'],
      ['placed_at', 'createdAt'],
      ['link_sent_at', 'linkSentAt'],
      ['set_up_at', 'setUpAt'],
      ['provisioned_at', 'provisionedAt'],
    ],
  },
  organizations: {
    field: 'searchOrganizations',
    sortEnum: 'OrganizationSortField',
    filterInput: 'OrganizationSearchFilter',
    selection: 'id kind name partnerAccountId country city address postalCode subdomain orderCount activeSubscriptionCount createdAt managingPartner { name }',
    columns: [
      ['id', 'id'],
      ['kind', 'kind'],
      ['name', 'name'],
      ['partner_account_id', 'partnerAccountId'],
      ['managing_partner', 'managingPartner.name'],
      ['country', 'country'],
      ['city', 'city'],
      ['address', 'address'],
      ['postal_code', 'postalCode'],
      ['subdomain', 'subdomain'],
      ['orders', 'orderCount'],
      ['active_subscriptions', 'activeSubscriptionCount'],
      ['created_at', 'createdAt'],
    ],
  },
  subscriptions: {
    field: 'searchSubscriptions',
    sortEnum: 'SubscriptionSortField',
    filterInput: 'SubscriptionSearchFilter',
    selection: `id status subdomain createdAt billingStartedAt ${SERVICES} customerOrganization { name } order { ccwOrderNumber }`,
    columns: [
      ['id', 'id'],
      ['status', 'status'],
      ['ccw_order_number', 'order.ccwOrderNumber'],
      ['customer_organization', 'customerOrganization.name'],
      ['subdomain', 'subdomain'],
      ['services', 'services'],
      ['created_at', 'createdAt'],
      ['billing_started_at', 'billingStartedAt'],
    ],
  },
  reps: {
    field: 'searchReps',
    sortEnum: 'RepSortField',
    filterInput: 'RepSearchFilter',
    selection: 'id name email role active createdAt',
    columns: [
      ['id', 'id'],
      ['name', 'name'],
      ['email', 'email'],
      ['role', 'role'],
      ['active', 'active'],
      ['created_at', 'createdAt'],
    ],
  },
};

const AUDIT_COLUMNS: Column[] = [
  ['at', 'at'],
  ['actor_kind', 'actorKind'],
  ['actor', 'actorLabel'],
  ['action', 'action'],
  ['target_type', 'targetType'],
  ['target_id', 'targetId'],
  ['before', 'before'],
  ['after', 'after'],
  ['request_id', 'requestId'],
  ['ip', 'ip'],
];
const AUDIT_TRAIL = parse(`query orderAuditTrail($id: ID!) { order(id: $id) { ccwOrderNumber auditTrail { ${AUDIT_COLUMNS.map(([, p]) => p).join(' ')} } } }`);

function valueAt(row: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), row);
}

/**
 * Where a spreadsheet may start a cell inside a text: its start, or after any separator a spreadsheet
 * may split on (`,`, `;` — the separator of Italian Excel —, tab, line break), when the next character
 * past spaces and quotes is `=`, `+`, `-` or `@`.
 */
const FORMULA_START = /(^|[,;\t\r\n])(?=[\s"]*[=+\-@])/g;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. In a text (a string, or
 * an object written as JSON) every place a spreadsheet could start a formula cell — the start, or after
 * a `,`, `;`, tab or line break — gets an apostrophe before the formula character (and a text starting
 * with a tab or carriage return gets one too), so a spreadsheet never runs a partner's "name" as a
 * formula, whatever separator it splits the line on (README, "Security rules", 7).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  let written = false;
  if (value instanceof Date) {
    text = value.toISOString();
  } else if (Array.isArray(value) && value.every((v) => v && typeof v === 'object' && 'kind' in v && 'quantity' in v)) {
    text = value.map((v) => `${v.kind}:${v.quantity}`).join(' ');
  } else if (typeof value === 'object') {
    text = JSON.stringify(value);
    written = true;
  } else {
    text = String(value);
    written = typeof value === 'string';
  }
  if (written) {
    text = text.replace(FORMULA_START, "$1'");
    if (/^[\t\r]/.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(row: unknown, columns: Column[]): string {
  return columns.map(([, path]) => csvCell(valueAt(row, path))).join(',') + '\r\n';
}

class ExportRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Writes with back-pressure: a slow download holds the next page, it is not buffered in memory. */
async function write(res: Response, text: string): Promise<void> {
  if (!res.write(text)) await once(res, 'drain');
}

/**
 * CSV downloads for the console, for reps (`Authorization: Bearer <login token>`, as for GraphQL):
 * - `GET /export/<list>.csv?filter=<JSON>&sortField=…&sortOrder=…` for escalations, orders,
 *   organizations, subscriptions and reps: every row the filter matches (all pages), streamed a
 *   page at a time. Filter and sort are those of the console's list query (`escalationQueue`,
 *   `searchOrders`, …), checked by the same GraphQL schema, access rules included.
 * - `GET /export/orders/<id>/audit-trail.csv`: the order's timeline.
 */
export function csvExportRoutes(app: Express, deps: ConsoleRouteDependencies): void {
  const { orm, config, clock, services, log } = deps;
  const documents = new Map<string, DocumentNode>();
  const documentOf = (name: string, list: ExportedList) => {
    let document = documents.get(name);
    if (!document) {
      document = parse(`query export($offset: Int, $limit: Int, $sortField: ${list.sortEnum}, $sortOrder: SortOrder, $filter: ${list.filterInput}) {
        ${list.field}(offset: $offset, limit: $limit, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { totalCount nodes { ${list.selection} } }
      }`);
      documents.set(name, document);
    }
    return document;
  };

  /** The request's context, as for GraphQL; only reps may download. */
  async function repContext(req: Request, res: Response): Promise<RequestContext> {
    const em = orm.em.fork();
    const requestId: string = res.locals.requestId;
    const { viewer, invalidToken } = await authenticate(em, clock, bearerToken(req.header('authorization')));
    if (invalidToken || !viewer) throw new ExportRefused(401, 'Log in as a rep to download');
    if (!isRep(viewer)) throw new ExportRefused(403, 'Only reps may download');
    return {
      em,
      reader: em,
      viewer,
      invalidToken,
      requestId,
      ip: req.ip ?? '',
      clock,
      config,
      services,
      loaders: createLoaders(em),
      log: log.child({ requestId }),
    };
  }

  async function run(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, ctx: RequestContext): Promise<Record<string, any>> {
    // Each page reads afresh: a new EntityManager and loaders, so memory stays flat however long the list.
    const em = orm.em.fork();
    const result = await execute({ schema, document, variableValues: variables, contextValue: { ...ctx, em, reader: em, loaders: createLoaders(em) } });
    if (result.errors?.length) {
      const error = result.errors[0];
      const code = error.extensions?.code;
      if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') throw new ExportRefused(403, error.message);
      // No path: the request itself was refused (a filter or sort the schema does not accept).
      if (!error.path || code === 'BAD_USER_INPUT') throw new ExportRefused(400, error.message);
      throw error.originalError;
    }
    return result.data as Record<string, any>;
  }

  function refuse(res: Response, error: unknown): void {
    if (error instanceof ExportRefused) {
      res.status(error.status).type('text/plain').send(error.message);
    } else if (!res.headersSent) {
      log.error({ err: error, requestId: res.locals.requestId }, 'CSV export failed');
      res.status(500).type('text/plain').send('Internal server error');
    } else {
      // Half sent: cut the download short so it cannot pass for a complete file.
      log.error({ err: error, requestId: res.locals.requestId }, 'CSV export failed while streaming');
      res.destroy(error as Error);
    }
  }

  function startCsv(res: Response, filename: string, columns: Column[]): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    // A byte-order mark, so spreadsheets read the accented names as UTF-8.
    res.write('\ufeff' + columns.map(([header]) => header).join(',') + '\r\n');
  }

  app.get('/export/orders/:id/audit-trail.csv', async (req, res) => {
    try {
      const ctx = await repContext(req, res);
      const data = await run(await createSchema(), AUDIT_TRAIL, { id: req.params.id }, ctx);
      if (!data.order) throw new ExportRefused(404, 'No such order');
      const safeNumber = String(data.order.ccwOrderNumber).replace(/[^A-Za-z0-9._-]/g, '_');
      startCsv(res, `order-${safeNumber}-audit-trail.csv`, AUDIT_COLUMNS);
      for (const entry of data.order.auditTrail ?? []) await write(res, csvLine(entry, AUDIT_COLUMNS));
      res.end();
    } catch (error) {
      refuse(res, error);
    }
  });

  app.get('/export/:list.csv', async (req, res) => {
    try {
      const name = req.params.list;
      const list = Object.hasOwn(EXPORTS, name) ? EXPORTS[name] : undefined;
      if (!list) throw new ExportRefused(404, `Nothing to export as ${name}`);
      const ctx = await repContext(req, res);
      // A parameter given twice (`filter=a&filter=b`) is refused, not half-read.
      for (const [key, value] of Object.entries(req.query)) {
        if (typeof value !== 'string') {
          const name = key.replace(/[^\w.-]/g, '?').slice(0, 40);
          throw new ExportRefused(400, `The query parameter ${name} must be given once, as plain text`);
        }
      }
      let filter: unknown;
      try {
        filter = typeof req.query.filter === 'string' && req.query.filter !== '' ? JSON.parse(req.query.filter) : undefined;
      } catch {
        throw new ExportRefused(400, 'filter must be JSON');
      }
      const variables = {
        filter,
        sortField: typeof req.query.sortField === 'string' ? req.query.sortField : undefined,
        sortOrder: typeof req.query.sortOrder === 'string' ? req.query.sortOrder : undefined,
        limit: MAX_LIMIT,
      };
      const schema = await createSchema();
      const document = documentOf(name, list);
      // The first page before anything is sent: a refused filter is a clean 400, not half a file.
      let page = (await run(schema, document, { ...variables, offset: 0 }, ctx))[list.field];
      startCsv(res, `${name}-${clock.now().toISOString().slice(0, 10)}.csv`, list.columns);
      let offset = 0;
      while (page.nodes.length > 0) {
        await write(res, page.nodes.map((row: unknown) => csvLine(row, list.columns)).join(''));
        offset += page.nodes.length;
        if (offset >= page.totalCount || page.nodes.length < MAX_LIMIT) break;
        page = (await run(schema, document, { ...variables, offset }, ctx))[list.field];
      }
      res.end();
    } catch (error) {
      refuse(res, error);
    }
  });
}
