import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Escalation } from '../escalations/escalation.entity.js';
import { Subscription, SubscriptionStatus } from '../subscriptions/subscription.entity.js';

/**
 * Per-request batch loaders for the fields that are not plain relations. Relations
 * (`Ref.load()`) are batched by MikroORM's own dataloader.
 */
export function createLoaders(em: EntityManager) {
  return {
    subscriptionByOrder: new DataLoader<string, Subscription | null>(async (orderIds) => {
      const rows = await em.find(Subscription, { order: { $in: [...orderIds] } });
      const byOrder = new Map(rows.map((s) => [s.order.id, s]));
      return orderIds.map((id) => byOrder.get(id) ?? null);
    }),
    escalationsByOrder: new DataLoader<string, Escalation[]>(async (orderIds) => {
      const rows = await em.find(Escalation, { order: { $in: [...orderIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return orderIds.map((id) => rows.filter((e) => e.order.id === id));
    }),
    activeSubscriptionCount: new DataLoader<string, number>(async (organizationIds) => {
      const rows: { customer_organization_id: string; count: string }[] = await em
        .getConnection()
        .execute(
          `select customer_organization_id, count(*) as count from subscription
            where status = ? and customer_organization_id = any(?::uuid[]) group by customer_organization_id`,
          [SubscriptionStatus.ACTIVE, `{${organizationIds.join(',')}}`],
        );
      const counts = new Map(rows.map((r) => [r.customer_organization_id, Number(r.count)]));
      return organizationIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
