import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { EscalationNote } from '../escalations/escalation-note.entity.js';
import { Escalation } from '../escalations/escalation.entity.js';
import { User } from '../organizations/user.entity.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import type { SetupDraft } from '../setup/setup-session.entity.js';
import { Subscription, SubscriptionStatus } from '../subscriptions/subscription.entity.js';
import { plainRow } from './plain-rows.js';
import { prepared, queryPrepared, type Prepared } from './prepared.js';
import { Rep } from '../auth/rep.entity.js';
import { Order } from '../orders/order.entity.js';
import { Organization } from '../organizations/organization.entity.js';

/** Rows loaded for a batch of keys, grouped per key in the keys' order. */
function groupedLoader<T extends object>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await load([...keys]);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

const ORGANIZATIONS_BY_ID = prepared('organizations_by_id', 'select * from organization where id = any($1::uuid[])');
const ORDERS_BY_ID = prepared('orders_by_id', 'select * from customer_order where id = any($1::uuid[])');
const REPS_BY_ID = prepared('reps_by_id', 'select * from rep where id = any($1::uuid[])');
const SUBSCRIPTIONS_BY_ORDER = prepared('subscriptions_by_order', 'select * from subscription where order_id = any($1::uuid[])');

/**
 * Per-request batch loaders. Organizations, orders and subscriptions are read by id as plain rows
 * (the hot paths return plain rows, see db/plain-rows.ts); field resolvers load relations through
 * them by id, which works for plain rows and managed entities alike.
 */
export function createLoaders(request: EntityManager | (() => EntityManager), reader?: EntityManager) {
  // The request's EntityManager is made (forked) when a loader that needs a unit of work first runs.
  const requestEm = typeof request === 'function' ? request : () => request;
  /** Plain rows (db/plain-rows.ts) of `entity` by the key `keyOf` reads, one prepared statement per batch. */
  const plainBy = <T extends { id: string }>(entity: new (...args: never[]) => T, statement: Prepared, keyOf: (row: T) => string | undefined) =>
    new DataLoader<string, T | null>(async (keys) => {
      const em = reader ?? requestEm();
      const rows = (await queryPrepared<Record<string, unknown>>(em, statement, [keys])).map((row) => plainRow(em, entity, row));
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
  return {
    // The hot read paths' relations: plain rows, not managed entities.
    organizationById: plainBy(Organization, ORGANIZATIONS_BY_ID, (o) => o.id),
    orderById: plainBy(Order, ORDERS_BY_ID, (o) => o.id),
    /** An escalation's assignee, resolver and contact recorder: one statement for a page of escalations. */
    repById: plainBy(Rep, REPS_BY_ID, (r) => r.id),
    subscriptionByOrder: plainBy(Subscription, SUBSCRIPTIONS_BY_ORDER, (s) => s.order.id),
    escalationsByOrder: new DataLoader<string, Escalation[]>(async (orderIds) => {
      const rows = await requestEm().find(Escalation, { order: { $in: [...orderIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return orderIds.map((id) => rows.filter((e) => e.order.id === id));
    }),
    activeSubscriptionCount: new DataLoader<string, number>(async (organizationIds) => {
      const rows: { customer_organization_id: string; count: string }[] = await requestEm()
        .getConnection()
        .execute(
          `select customer_organization_id, count(*) as count from subscription
            where status = ? and customer_organization_id = any(?::uuid[]) group by customer_organization_id`,
          [SubscriptionStatus.ACTIVE, uuidArray(organizationIds)],
        );
      const counts = new Map(rows.map((r) => [r.customer_organization_id, Number(r.count)]));
      return organizationIds.map((id) => counts.get(id) ?? 0);
    }),
    // The reps' console: an escalation's notes, an order's timeline, emails and links, an organization's people.
    notesByEscalation: groupedLoader(
      (ids) => requestEm().find(EscalationNote, { escalation: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (note) => note.escalation.id,
    ),
    auditByOrder: groupedLoader(
      (ids) => requestEm().find(AuditEvent, { orderId: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (event) => event.orderId!,
    ),
    /** Changes recorded against one object, keyed `<targetType>:<targetId>`. */
    auditByTarget: groupedLoader(
      async (keys) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        return requestEm().find(AuditEvent, { $or: pairs.map(([targetType, targetId]) => ({ targetType, targetId })) }, { orderBy: { at: 'asc', id: 'asc' } });
      },
      (event) => `${event.targetType}:${event.targetId}`,
    ),
    outboxByOrder: groupedLoader(
      (ids) => requestEm().find(OutboxMessage, { orderId: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (message) => message.orderId!,
    ),
    setupLinksByOrder: groupedLoader(
      (ids) => requestEm().find(SetupLink, { order: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (link) => link.order.id,
    ),
    usersByOrganization: groupedLoader(
      (ids) => requestEm().find(User, { organization: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (user) => user.organization.id,
    ),
    /** Orders in which an organization is the partner or the customer. */
    orderCountByOrganization: new DataLoader<string, number>(async (organizationIds) => {
      const rows: { organization_id: string; count: string }[] = await requestEm()
        .getConnection()
        .execute(
          `select organization_id, count(distinct id) as count from (
            select id, partner_organization_id as organization_id from customer_order where partner_organization_id = any(?::uuid[])
            union all
            select id, customer_organization_id from customer_order where customer_organization_id = any(?::uuid[])
          ) as o group by organization_id`,
          [uuidArray(organizationIds), uuidArray(organizationIds)],
        );
      const counts = new Map(rows.map((r) => [r.organization_id, Number(r.count)]));
      return organizationIds.map((id) => counts.get(id) ?? 0);
    }),
    /** The draft of an order's latest wizard session: which organization was under review when it went on hold. */
    latestDraftByOrder: new DataLoader<string, SetupDraft | null>(async (orderIds) => {
      const rows: { order_id: string; draft: SetupDraft }[] = await requestEm()
        .getConnection()
        .execute(
          `select distinct on (order_id) order_id, draft from setup_session
          where order_id = any(?::uuid[]) order by order_id, created_at desc, id desc`,
          [uuidArray(orderIds)],
        );
      const drafts = new Map(rows.map((r) => [r.order_id, r.draft]));
      return orderIds.map((id) => drafts.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
