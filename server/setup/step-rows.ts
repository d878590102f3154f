import type { EntityManager } from '@mikro-orm/postgresql';
import { Order } from '../orders/order.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { SetupLink } from './setup-link.entity.js';
import { SetupSession } from './setup-session.entity.js';

/** A setup session with its order and link, locked and loaded by one statement; with `service`, the order's subscription and customer organization too. */
export interface LockedStepRows {
  session: SetupSession;
  order: Order;
  link: SetupLink;
  /** Only when asked for (`service`): the order's subscription (none before step 8) and its customer organization, both locked. */
  subscription?: Subscription | null;
  organization?: Organization | null;
}

/**
 * One round trip instead of three to five ORM queries at the start of every wizard step: the session
 * and the order locked (`for update`, in the caller's transaction; the link is read, not locked), each
 * row turned into the managed entity the unit of work tracks (`em.map`): the step changes the entities, and its
 * end writes the changes of these rows in one statement with its audit rows (`endStep`, step-end.ts). Null when
 * there is no such session.
 */
export async function lockStepRows(em: EntityManager, sessionId: string, options: { service?: boolean } = {}): Promise<LockedStepRows | null> {
  const service = options.service === true;
  const read = (sql: string) =>
    em
      .getConnection()
      .execute<{ s: object; o: object; l: object; sub?: object; org?: object }[]>(sql, [sessionId], 'all', em.getTransactionContext())
      .then((rows) => rows[0]);
  // After step 8 the subscription exists (step 8 creates it in its transaction), so the service setup's
  // read joins it; without it (never seen) the session is read alone and `subscription` is null.
  const row =
    (service
      ? await read(
          `select to_jsonb(s) as s, to_jsonb(o) as o, to_jsonb(l) as l, to_jsonb(sub) as sub, to_jsonb(org) as org
             from setup_session s
             join customer_order o on o.id = s.order_id
             join setup_link l on l.id = s.link_id
             join subscription sub on sub.order_id = o.id
             join organization org on org.id = sub.customer_organization_id
            where s.id = ? for update of s, o, sub, org`,
        )
      : undefined) ??
    (await read(
      `select to_jsonb(s) as s, to_jsonb(o) as o, to_jsonb(l) as l
         from setup_session s
         join customer_order o on o.id = s.order_id
         join setup_link l on l.id = s.link_id
        where s.id = ? for update of s, o`,
    ));
  if (!row) return null;
  const rows: LockedStepRows = { session: em.map(SetupSession, row.s), order: em.map(Order, row.o), link: em.map(SetupLink, row.l) };
  if (service) {
    rows.subscription = row.sub ? em.map(Subscription, row.sub) : null;
    rows.organization = row.org ? em.map(Organization, row.org) : null;
  }
  return rows;
}
