import { ESCALATION_SLA_HOURS } from '../escalations/escalation-queue.service.js';
import { EscalationKind, EscalationStatus } from '../escalations/escalation.entity.js';
import type { RequestContext } from '../common/request-context.js';
import { OrderStatus } from '../orders/order-status.js';
import { OVERDUE_CANDIDATES, overdue } from '../orders/order-predicates.js';
import { EscalationAge, type Dashboard } from './dashboard.types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The dashboard's aggregates: a handful of grouped counts, each one query, all run together. */
export class DashboardService {
  async dashboard(ctx: RequestContext): Promise<Dashboard> {
    const now = ctx.clock.now();
    const at = (ms: number) => new Date(now.getTime() - ms);
    const weekStart = at(7 * DAY);
    const funnelSince = at(30 * DAY);
    const sql = (query: string, params: unknown[]) => ctx.em.getConnection().execute(query, params);
    const unresolved = [EscalationStatus.OPEN, EscalationStatus.IN_PROGRESS];

    const [escalations, thisWeek, funnel, orders] = await Promise.all([
      sql(
        `select kind,
                case when created_at > ? then '${EscalationAge.UNDER_1_DAY}'
                     when created_at > ? then '${EscalationAge.ONE_TO_2_DAYS}'
                     when created_at > ? then '${EscalationAge.TWO_TO_7_DAYS}'
                     else '${EscalationAge.OVER_7_DAYS}' end as age,
                count(*) as count,
                count(*) filter (where created_at < ?::timestamptz - make_interval(hours => (?::jsonb ->> kind)::int)) as breached
           from escalation where status = any(?) group by 1, 2`,
        [at(DAY), at(2 * DAY), at(7 * DAY), now, JSON.stringify(ESCALATION_SLA_HOURS), `{${unresolved.join(',')}}`],
      ) as Promise<{ kind: EscalationKind; age: EscalationAge; count: string; breached: string }[]>,
      sql(`select status, count(*) as count from customer_order where created_at >= ? group by status`, [weekStart]) as Promise<
        { status: OrderStatus; count: string }[]
      >,
      sql(
        `select count(*) as placed, count(setup_started_at) as setup_started, count(set_up_at) as set_up, count(provisioned_at) as provisioned
           from customer_order where created_at >= ?`,
        [funnelSince],
      ) as Promise<{ placed: string; setup_started: string; set_up: string; provisioned: string }[]>,
      sql(
        `select count(*) filter (where ${overdue.sql('?')}) as overdue,
                count(*) filter (where status = ?) as on_hold
           from customer_order where status = any(?)`,
        [now, OrderStatus.ON_HOLD, `{${[...OVERDUE_CANDIDATES, OrderStatus.ON_HOLD].join(',')}}`],
      ) as Promise<{ overdue: string; on_hold: string }[]>,
    ]);

    const byKindAndAge = new Map(escalations.map((r) => [`${r.kind}:${r.age}`, Number(r.count)]));
    const byStatus = new Map(thisWeek.map((r) => [r.status, Number(r.count)]));
    return {
      asOf: now,
      openEscalations: escalations.reduce((sum, r) => sum + Number(r.count), 0),
      slaBreachedEscalations: escalations.reduce((sum, r) => sum + Number(r.breached), 0),
      overdueOrders: Number(orders[0].overdue),
      ordersOnHold: Number(orders[0].on_hold),
      openEscalationsByKindAndAge: Object.values(EscalationKind).flatMap((kind) =>
        Object.values(EscalationAge).map((age) => ({ kind, age, count: byKindAndAge.get(`${kind}:${age}`) ?? 0 })),
      ),
      weekStart,
      ordersByStatusThisWeek: Object.values(OrderStatus).map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
      funnel: {
        since: funnelSince,
        placed: Number(funnel[0].placed),
        setupStarted: Number(funnel[0].setup_started),
        setUp: Number(funnel[0].set_up),
        provisioned: Number(funnel[0].provisioned),
      },
    };
  }
}
