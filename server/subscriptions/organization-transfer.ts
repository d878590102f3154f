import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { audit } from '../audit/audit.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { isRep } from '../auth/viewer.js';
import { userError, UserErrorCode } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { actorOf, type TxScope } from '../common/tx-scope.js';
import { InputValidator, isUuid } from '../common/validation.js';
import { OrderEventType } from '../orders/order-event.entity.js';
import type { OrderLifecycle } from '../orders/order-lifecycle.js';
import { isClosed } from '../orders/order-predicates.js';
import { OrderStatus } from '../orders/order-status.js';
import { Order } from '../orders/order.entity.js';
import { Organization, OrganizationKind } from '../organizations/organization.entity.js';
import { User, UserRole } from '../organizations/user.entity.js';
import { customerTransferredEmail, emailLanguage, enqueueEmail, formatDay } from '../outbox/emails.js';
import { SubscriptionChangeEvent } from './subscription-lifecycle.js';
import { Subscription } from './subscription.entity.js';
import { SetupSession } from '../setup/setup-session.entity.js';

export interface TransferCustomerOrganizationRequest {
  organizationId: string;
  toPartnerOrganizationId: string;
  clientRequestId?: string | null;
  reason?: string | null;
}

export interface TransferResult {
  organization: Organization;
  /** The subscriptions that moved with it (on a replay: those the first request moved). */
  subscriptions: Subscription[];
  replayed: boolean;
}

/** The audit action of a transfer; a replayed client request id is found by it. */
export const TRANSFER_ACTION = 'organization.transferred';

/**
 * A rep's transfer of a customer organization to another partner (#26, docs/integrators.md,
 * "Transferring a customer organization"). What a partner sees follows two links, and both move:
 * - the organization's `managingPartner` (which customer organizations a partner administers: service
 *   settings, the wizard's VERIFY and candidates);
 * - the `partnerOrganization` of the organization's orders mapped to the old partner (which orders,
 *   and so which subscriptions, a partner reads: `orders/order-visibility.ts`, where an order mapped to
 *   a partner organization is that organization's only, whichever CCW account placed it).
 * CCW's own facts (`partnerAccountId`, `partnerName`) stay as CCW sent them.
 *
 * Refused, changing nothing: unknown ids (NOT_FOUND), a target that is not a partner (NOT_A_PARTNER), an
 * organization that is not a customer one (NOT_A_CUSTOMER) or manages itself (SELF_MANAGED), the
 * partner it has already (SAME_PARTNER), and an order of it still being set up (SETUP_IN_PROGRESS): its
 * wizard session and links belong to the old partner's people, and step 8 would hand the organization
 * back to the partner of the order; a rep transfers once it is provisioned (or cancelled).
 *
 * One transaction on the locked organization: audit (`organization.transferred`, the rep's reason in
 * it), a `SUBSCRIPTION_CHANGED` event per moved subscription (`change: TRANSFERRED`, before/after
 * `partnerOrganizationId`: ids only, as the event snapshot already holds them; never the reason), and
 * an email to each partner's administrators, neither naming the other partner.
 */
export class OrganizationTransfer {
  constructor(private readonly orders: OrderLifecycle) {}

  async transfer(ctx: RequestContext, input: TransferCustomerOrganizationRequest): Promise<TransferResult> {
    if (!isRep(ctx.viewer)) throw new Error('a transfer is a rep’s act');
    const v = new InputValidator();
    const reason = v.optionalText('reason', input.reason, { max: 2000, label: 'The reason' });
    const clientRequestId =
      input.clientRequestId == null ? null : v.text('clientRequestId', input.clientRequestId, { max: 100, label: 'The client request id' });
    v.done();
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const tx: TxScope = { em, actor: actorOf(ctx), now };
      const organization = isUuid(input.organizationId)
        ? await em.findOne(Organization, input.organizationId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
        : null;
      if (!organization) throw userError(UserErrorCode.NOT_FOUND, 'No such organization', ['input', 'organizationId']);

      if (clientRequestId) {
        // Serialised by the organization's lock: the first request with this id wrote its audit event.
        const [row]: { id: string }[] = await em
          .getConnection()
          .execute(
            `select id from audit_event where action = ? and actor_id = ? and after->>'clientRequestId' = ? limit 1`,
            [TRANSFER_ACTION, tx.actor.id, clientRequestId],
            'all',
            em.getTransactionContext(),
          );
        const earlier = row ? await em.findOneOrFail(AuditEvent, row.id) : null;
        if (earlier && earlier.targetId !== organization.id) {
          throw userError(UserErrorCode.INVALID_INPUT, 'This client request id was already used for another request', ['input', 'clientRequestId'], {
            reason: 'REQUEST_ID_REUSED',
          });
        }
        if (earlier) {
          if (earlier.after?.toPartnerOrganizationId !== input.toPartnerOrganizationId || (earlier.after?.reason ?? null) !== reason) {
            throw userError(UserErrorCode.INVALID_INPUT, 'This client request id was already used for another request', ['input', 'clientRequestId'], {
              reason: 'REQUEST_ID_REUSED',
            });
          }
          const ids = (earlier.after?.subscriptionIds as string[] | undefined) ?? [];
          const subscriptions = ids.length ? await em.find(Subscription, { id: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }) : [];
          return { organization, subscriptions, replayed: true };
        }
      }

      const target = isUuid(input.toPartnerOrganizationId) ? await em.findOne(Organization, input.toPartnerOrganizationId) : null;
      if (!target) throw userError(UserErrorCode.NOT_FOUND, 'No such organization', ['input', 'toPartnerOrganizationId']);
      if (organization.kind !== OrganizationKind.CUSTOMER) {
        throw userError(
          UserErrorCode.INVALID_INPUT,
          `${organization.name} is a partner organization: choose a customer organization`,
          ['input', 'organizationId'],
          { reason: 'NOT_A_CUSTOMER', name: organization.name },
        );
      }
      if (target.kind !== OrganizationKind.PARTNER) {
        throw userError(
          UserErrorCode.INVALID_INPUT,
          `${target.name} is a customer organization: choose a partner organization`,
          ['input', 'toPartnerOrganizationId'],
          { reason: 'NOT_A_PARTNER', name: target.name },
        );
      }
      const fromId = organization.managingPartner?.id;
      if (!fromId) {
        throw userError(
          UserErrorCode.INVALID_INPUT,
          `${organization.name} set up its own Webex organization: a partner cannot be given access to it`,
          ['input', 'organizationId'],
          { reason: 'SELF_MANAGED', name: organization.name },
        );
      }
      if (fromId === target.id) {
        throw userError(UserErrorCode.INVALID_INPUT, `${organization.name} is managed by ${target.name} already`, ['input', 'toPartnerOrganizationId'], {
          reason: 'SAME_PARTNER',
          name: target.name,
        });
      }
      const from = await em.findOneOrFail(Organization, fromId);

      const orders = await em.find(
        Order,
        { customerOrganization: organization.id, partnerOrganization: from.id },
        { orderBy: { createdAt: 'asc', id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      // Being set up: an order of the organization not provisioned yet, or a wizard that chose it before step 8 (its
      // draft names it; the order is written at step 8, which would otherwise hand it back to the old partner).
      const inSetup = orders.find((order) => !isClosed(order) && order.status !== OrderStatus.PROVISIONED) ?? (await orderChoosing(em, organization.id, now));
      if (inSetup) {
        throw userError(
          UserErrorCode.INVALID_INPUT,
          `Order ${inSetup.ccwOrderNumber} of ${organization.name} is still being set up: transfer the organization once it is provisioned`,
          ['input', 'organizationId'],
          { reason: 'SETUP_IN_PROGRESS', ccwOrderNumber: inSetup.ccwOrderNumber },
        );
      }
      const subscriptions = orders.length
        ? await em.find(Subscription, { order: { $in: orders.map((o) => o.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } })
        : [];
      const subscriptionOf = new Map(subscriptions.map((s) => [s.order.id, s]));

      organization.managingPartner = em.getReference(Organization, target.id, { wrapped: true });
      organization.updatedAt = now;
      for (const order of orders) {
        order.partnerOrganization = em.getReference(Organization, target.id, { wrapped: true });
        order.updatedAt = now;
        const subscription = subscriptionOf.get(order.id);
        if (!subscription) continue;
        this.orders.recordEvent(tx, order, OrderEventType.SUBSCRIPTION_CHANGED, {
          subscriptionId: subscription.id,
          change: SubscriptionChangeEvent.TRANSFERRED,
          before: { status: subscription.status, partnerOrganizationId: from.id },
          after: { status: subscription.status, partnerOrganizationId: target.id },
          effectiveAt: now.toISOString(),
        });
      }
      // Each transfer is its own: two of them at one instant (there and back) email each partner once each.
      const transferId = randomUUID();
      audit(tx, {
        action: TRANSFER_ACTION,
        targetType: 'Organization',
        targetId: organization.id,
        before: { managingPartnerId: from.id, managingPartnerName: from.name },
        after: {
          transferId,
          toPartnerOrganizationId: target.id,
          managingPartnerId: target.id,
          managingPartnerName: target.name,
          orderIds: orders.map((o) => o.id),
          subscriptionIds: subscriptions.map((s) => s.id),
          reason,
          ...(clientRequestId ? { clientRequestId } : {}),
        },
      });
      await this.tellPartners(tx, transferId, organization, from, target, subscriptions.length, orders[orders.length - 1]);
      return { organization, subscriptions, replayed: false };
    });
  }

  /** Each partner's administrators, in the language of the organization's latest order (English without one). */
  private async tellPartners(
    tx: TxScope,
    transferId: string,
    customer: Organization,
    from: Organization,
    to: Organization,
    count: number,
    latest: Order | undefined,
  ) {
    const language = emailLanguage(latest?.locale ?? 'en');
    const timeZone = latest?.timeZone ?? 'UTC';
    for (const [direction, partner] of [
      ['OUT', from],
      ['IN', to],
    ] as const) {
      const users = await tx.em.find(User, { organization: partner.id, role: UserRole.ADMIN }, { orderBy: { email: 'asc' } });
      const content = customerTransferredEmail(language, {
        direction,
        customerName: customer.name,
        partnerName: partner.name,
        subscriptionCount: count,
        effectiveOn: formatDay(tx.now, language, timeZone),
      });
      for (const user of users) {
        enqueueEmail(tx, {
          messageKey: `customer-transferred-${direction.toLowerCase()}:${transferId}:${user.email}`,
          template: `CUSTOMER_TRANSFERRED_${direction}`,
          recipient: user.email,
          locale: language,
          ...content,
        });
      }
    }
  }
}

/**
 * An open order whose wizard, still before step 8, picked this customer organization (a candidate at
 * CONFIRM_CUSTOMER_ORGANIZATION, or the administrator's own at VERIFY_CUSTOMER_ORGANIZATION) in a session
 * that is still live; null when none. A session that has expired holds nothing: the link starts afresh,
 * and its candidates are then the new partner's.
 */
async function orderChoosing(em: TxScope['em'], organizationId: string, now: Date): Promise<Order | null> {
  const sessions = await em.find(
    SetupSession,
    {
      revokedAt: null,
      expiresAt: { $gt: now },
      user: null,
      $or: [{ draft: { customerOrganization: { candidateId: organizationId } } }, { draft: { customerAdministrator: { organizationId } } }],
    },
    { populate: ['order'], orderBy: { createdAt: 'asc' } },
  );
  return sessions.map((session) => session.order.getEntity()).find((order) => !isClosed(order) && !order.customerOrganization) ?? null;
}
