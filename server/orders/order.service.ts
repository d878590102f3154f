import { LockMode, raw, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { audit } from '../audit/audit.js';
import { scopeOf } from '../common/tx-scope.js';
import { userError, UserErrorCode, type UserFacingError } from '../common/errors.js';
import { isRep } from '../auth/viewer.js';
import { InputValidator, isUuid } from '../common/validation.js';
import { badInput, decodeCursor, pageSize, toConnection, type Connection } from '../common/paging.js';
import type { RequestContext } from '../common/request-context.js';
import { exactTerm } from '../common/paging.js';
import { plainRow } from '../db/plain-rows.js';
import { prepared, queryPrepared } from '../db/prepared.js';
import { Organization } from '../organizations/organization.entity.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { Order } from './order.entity.js';
import { orderVisibility, orderVisibilityFilter, orderVisibilityParams, orderVisibilitySql } from './order-visibility.js';
import { LinkAudience } from '../setup/setup-enums.js';
import type { SetupLinkService } from '../setup/setup-link.service.js';
import { assertOpenForSetup, type OrderLifecycle } from './order-lifecycle.js';
import { OrderEventType } from './order-event.entity.js';
import { claimClientRequest, requestFingerprint } from './client-request.js';
import { overdue, overdueFrom } from './order-predicates.js';
import { OrderStatus } from './order-status.js';
import type { OrderFilter, PlaceOrderInput, UpdateProvisioningContactInput } from './order.types.js';
import { ServiceKind } from './service-line.js';

/** How far ahead of now a machine key may ask `overdueOrders(asOf)`: one day (a scheduler plans its next run, no more). */
export const MACHINE_AS_OF_MARGIN_MS = 24 * 3_600_000;

export const MAX_QUANTITY = 1_000_000;
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

interface NormalisedOrder {
  ccwOrderNumber: string;
  offer: PlaceOrderInput['offer'];
  partnerAccountId: string;
  partnerName: string;
  customerName: string;
  services: { kind: ServiceKind; quantity: number }[];
  requestedStartDate: string;
  timeZone: string;
  provisioningContactEmail: string;
  locale: string;
}

export function normaliseOrderInput(input: PlaceOrderInput): NormalisedOrder {
  const v = new InputValidator();
  const ccwOrderNumber = v.text('ccwOrderNumber', input.ccwOrderNumber, {
    max: 64,
    label: 'The CCW order number',
    pattern: IDENTIFIER,
    patternHint: 'may contain only letters, digits, dots, slashes, dashes and underscores',
  });
  const partnerAccountId = v.text('partnerAccountId', input.partnerAccountId, {
    max: 64,
    label: 'The partner account id',
    pattern: IDENTIFIER,
    patternHint: 'may contain only letters, digits, dots, slashes, dashes and underscores',
  });
  const partnerName = v.text('partnerName', input.partnerName, { max: 200, label: 'The partner name' });
  const customerName = v.text('customerName', input.customerName, { max: 200, label: 'The customer name' });
  const services = input.services ?? [];
  v.check(services.length >= 1 && services.length <= 4, UserErrorCode.INVALID_INPUT, 'services', 'An order lists between 1 and 4 services');
  v.check(new Set(services.map((s) => s.kind)).size === services.length, UserErrorCode.INVALID_INPUT, 'services', 'Each service may be listed only once');
  services.forEach((line, index) => v.integer(`services.${index}.quantity`, line.quantity, { min: 1, max: MAX_QUANTITY, label: 'The quantity' }));
  const requestedStartDate = v.date('requestedStartDate', input.requestedStartDate, 'The requested start date');
  const timeZone = v.timeZone('timeZone', input.timeZone ?? 'UTC');
  const provisioningContactEmail = v.email('provisioningContactEmail', input.provisioningContactEmail);
  const locale = v.language('locale', input.locale ?? 'en');
  v.done();
  return {
    ccwOrderNumber,
    offer: input.offer,
    partnerAccountId,
    partnerName,
    customerName,
    services: services.map((s) => ({ kind: s.kind, quantity: s.quantity })).sort((a, b) => a.kind.localeCompare(b.kind)),
    requestedStartDate,
    timeZone,
    provisioningContactEmail,
    locale,
  };
}

/** A retry must carry the same order: every normalised field, in a fixed order, hashed. */
export function fingerprint(order: NormalisedOrder): string {
  const canonical = JSON.stringify([
    order.ccwOrderNumber,
    order.offer,
    order.partnerAccountId,
    order.partnerName,
    order.customerName,
    order.services,
    order.requestedStartDate,
    order.timeZone,
    order.provisioningContactEmail,
    order.locale,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** When the setup email is due, and from when the order is overdue, both in the order's time zone. */
export function orderSchedule(requestedStartDate: string, timeZone: string, localHour: number): { setupDueAt: Date; overdueAt: Date } {
  const day = DateTime.fromISO(requestedStartDate, { zone: timeZone }).startOf('day');
  return {
    setupDueAt: day.set({ hour: localHour }).toJSDate(),
    overdueAt: overdueFrom(requestedStartDate, timeZone, localHour),
  };
}

/**
 * A requested start date more than `START_DATE_MAX_PAST` (default 30 days) before today in the order's
 * time zone is refused: such an order would be escalated the moment it is placed (#22). Null: accepted.
 */
export function startDateTooOld(requestedStartDate: string, timeZone: string, now: Date, maxPastMs: number): UserFacingError | null {
  const start = DateTime.fromISO(requestedStartDate, { zone: timeZone }).startOf('day');
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const days = Math.round(maxPastMs / 86_400_000);
  if (today.diff(start, 'milliseconds').milliseconds <= maxPastMs) return null;
  return userError(
    UserErrorCode.INVALID_INPUT,
    `The requested start date is more than ${days} days in the past: send today's date, or a later one`,
    ['input', 'requestedStartDate'],
    { reason: 'START_DATE_TOO_OLD', days },
  );
}

/** Who holds the order's setup now: whom it was handed to, else the provisioning contact. */
export function holderOf(order: Pick<Order, 'handedOverTo' | 'provisioningContactEmail' | 'customerSelfSetup'>): { email: string; audience: LinkAudience } {
  if (!order.handedOverTo) return { email: order.provisioningContactEmail, audience: LinkAudience.PARTNER };
  return { email: order.handedOverTo, audience: order.customerSelfSetup ? LinkAudience.CUSTOMER : LinkAudience.PARTNER };
}

/** `overdueOrders(asOf)`: now by default; for a machine key at most `MACHINE_AS_OF_MARGIN_MS` after now (later: BAD_USER_INPUT). */
export function overdueAsOf(ctx: RequestContext, asOf: Date | null | undefined): Date {
  const now = ctx.clock.now();
  // A machine key reads orders overdue now, or at most a day ahead (its next run): not every order that ever will be.
  const latest = new Date(now.getTime() + MACHINE_AS_OF_MARGIN_MS);
  if (!isRep(ctx.viewer) && (asOf ?? now).getTime() > latest.getTime()) {
    throw badInput(`asOf may be at most ${MACHINE_AS_OF_MARGIN_MS / 3_600_000} hours after now for an API key (at most ${latest.toISOString()})`);
  }
  return asOf ?? now;
}

export class OrderService {
  constructor(
    private readonly links: SetupLinkService,
    private readonly lifecycle: OrderLifecycle,
  ) {}

  /** `placeOrder`: idempotent on the CCW order number; concurrent retries are settled by its unique index. */
  async place(ctx: RequestContext, input: PlaceOrderInput): Promise<{ order: Order; created: boolean }> {
    const normalised = normaliseOrderInput(input);
    const intakeFingerprint = fingerprint(normalised);
    const now = ctx.clock.now();
    const tooOld = startDateTooOld(normalised.requestedStartDate, normalised.timeZone, now, ctx.config.startDateMaxPastMs);
    if (tooOld) {
      // A retry of an order placed when its date was recent still answers that order.
      const existing = await ctx.em.findOne(Order, { ccwOrderNumber: normalised.ccwOrderNumber });
      if (existing?.intakeFingerprint === intakeFingerprint) return { order: existing, created: false };
      throw tooOld;
    }
    try {
      const order = await ctx.em.transactional(async (em) => {
        const order = em.create(Order, {
          ...normalised,
          intakeFingerprint,
          ...orderSchedule(normalised.requestedStartDate, normalised.timeZone, ctx.config.setupEmailLocalHour),
          createdAt: now,
          updatedAt: now,
        });
        audit(scopeOf(ctx, em, now), {
          action: 'order.placed',
          targetType: 'Order',
          targetId: order.id,
          orderId: order.id,
          after: { ...normalised, status: order.status },
        });
        // Every order placed is an event (#26), a future-dated one too, before any status change it brings
        // (the order's row first: the event's order_id references it).
        await em.flush();
        this.lifecycle.recordEvent(scopeOf(ctx, em, now), order, OrderEventType.ORDER_PLACED, {
          status: order.status,
          requestedStartDate: order.requestedStartDate,
          services: order.services,
        });
        // Placed on or after its requested start date: the link goes out now, in this transaction,
        // so the due-links sweep never sees the order in PLACED and cannot send a second one.
        if (order.setupDueAt.getTime() <= now.getTime()) {
          await em.flush();
          await this.links.issueSetupLink(scopeOf(ctx, em, now), order, order.provisioningContactEmail);
        }
        return order;
      });
      ctx.log.info({ orderId: order.id, ccwOrderNumber: order.ccwOrderNumber }, 'order placed');
      return { order, created: true };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
    const existing = await ctx.em.fork().findOneOrFail(Order, { ccwOrderNumber: normalised.ccwOrderNumber });
    if (existing.intakeFingerprint !== intakeFingerprint) {
      throw userError(UserErrorCode.ORDER_NUMBER_CONFLICT, `Order ${normalised.ccwOrderNumber} was already placed with different details`, [
        'input',
        'ccwOrderNumber',
      ]);
    }
    return { order: await ctx.em.findOneOrFail(Order, existing.id), created: false };
  }

  /**
   * Changes the provisioning contact and (by default) resends the setup link, until the point of
   * no return (the order is set up).
   */
  async updateProvisioningContact(ctx: RequestContext, input: UpdateProvisioningContactInput): Promise<Order> {
    const v = new InputValidator();
    const email = input.email === null || input.email === undefined ? undefined : v.email('email', input.email);
    const clientRequestId =
      input.clientRequestId == null ? null : v.text('clientRequestId', input.clientRequestId, { max: 100, label: 'The client request id' });
    v.done();
    return ctx.em.transactional(async (em) => {
      const order = await this.findVisible(ctx, input.orderId, { em, lock: true });
      if (!order) throw userError(UserErrorCode.NOT_FOUND, 'No such order', ['input', 'orderId']);
      const now = ctx.clock.now();
      // A retried request (#26) changes nothing: above all it does not revoke the link it has just emailed.
      if (clientRequestId) {
        const actor = scopeOf(ctx, em, now).actor;
        const fingerprint = requestFingerprint('CONTACT', order.id, { email: email ?? null, resend: input.resend ?? true });
        if (!(await claimClientRequest(em, { actorId: actor.id ?? actor.kind, clientRequestId, orderId: order.id, kind: 'CONTACT', fingerprint, now }))) {
          return order;
        }
      }
      assertOpenForSetup(order);
      const before = order.provisioningContactEmail;
      if (email && email !== before) {
        order.provisioningContactEmail = email;
        order.updatedAt = now;
        audit(scopeOf(ctx, em, now), {
          action: 'order.contact_changed',
          targetType: 'Order',
          targetId: order.id,
          orderId: order.id,
          before: { provisioningContactEmail: before },
          after: { provisioningContactEmail: email },
        });
        this.lifecycle.recordEvent(scopeOf(ctx, em, now), order, OrderEventType.CONTACT_CHANGED, {
          before: { provisioningContactEmail: before },
          after: { provisioningContactEmail: email },
        });
      }
      // Before the requested start date nothing has been sent: the change simply applies when it is due.
      // A resend goes to the current holder: on a handed-over order the colleague or customer keeps it
      // (taking it back is a rep's explicit `takeOrderBack`); otherwise the provisioning contact.
      if ((input.resend ?? true) && order.status !== OrderStatus.PLACED) {
        const holder = holderOf(order);
        await this.links.issueSetupLink(scopeOf(ctx, em, now), order, holder.email, { audience: holder.audience, revokeAllOthers: true });
      }
      return order;
    });
  }

  /** Reads an order if the viewer may see it; another tenant's order is simply not found. */
  async findVisible(ctx: RequestContext, id: string, options: { em?: EntityManager; lock?: boolean } = {}): Promise<Order | null> {
    if (!isUuid(id)) return null;
    if (!options.em && !options.lock) return this.readVisible(ctx, id);
    const em = options.em ?? ctx.em;
    const visibility = await orderVisibility(ctx.viewer, em);
    if (!visibility) return null;
    return em.findOne(
      Order,
      { $and: [{ id }, orderVisibilityFilter(visibility)] },
      options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
    );
  }

  /**
   * The hot read (the portal's and the console's `order(id)`): the order, its two organizations and
   * its subscription in one prepared statement, as plain rows (db/plain-rows.ts); the organizations
   * and the subscription wait in the request's loaders for the field resolvers.
   */
  private async readVisible(ctx: RequestContext, id: string): Promise<Order | null> {
    const visibility = await orderVisibility(ctx.viewer, ctx.reader);
    if (!visibility) return null;
    const [row] = await queryPrepared<OrderRow>(ctx.reader, ORDER_BY_ID, [id, ...orderVisibilityParams(visibility)]);
    if (!row) return null;
    const { subscription_json, ...orderColumns } = row;
    const order = this.withOrganizations(ctx, orderColumns);
    ctx.loaders.subscriptionByOrder.prime(order.id, subscription_json ? plainRow(ctx.reader, Subscription, subscription_json) : null);
    return order;
  }

  /** A plain order row whose organizations came along as JSON: they go to the organization loader. */
  private withOrganizations(ctx: RequestContext, row: Record<string, unknown>): Order {
    const { partner_json, customer_json, ...columns } = row as OrderRow;
    for (const organization of [partner_json, customer_json]) {
      if (organization) ctx.loaders.organizationById.prime(organization.id as string, plainRow(ctx.reader, Organization, organization));
    }
    return plainRow(ctx.reader, Order, columns);
  }

  async list(ctx: RequestContext, args: { first?: number | null; after?: string | null; filter?: OrderFilter | null }): Promise<Connection<Order>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['date', 'uuid']);
    const visibility = await orderVisibility(ctx.viewer, ctx.em);
    if (!visibility) return toConnection([], size, 0, () => []);
    const conditions: FilterQuery<Order>[] = [orderVisibilityFilter(visibility)];
    const filter = args.filter ?? {};
    if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
    if (filter.ccwOrderNumber) conditions.push({ ccwOrderNumber: exactTerm(filter.ccwOrderNumber) });
    if (filter.overdue !== null && filter.overdue !== undefined) {
      const isOverdue = overdue.filter(ctx.clock.now());
      conditions.push(filter.overdue ? isOverdue : { $not: isOverdue });
    }
    const where: FilterQuery<Order> = { $and: conditions };
    const page: FilterQuery<Order> = cursor
      ? { $and: [where, { $or: [{ createdAt: { $lt: new Date(cursor[0]) } }, { createdAt: new Date(cursor[0]), id: { $lt: String(cursor[1]) } }] }] }
      : where;
    // Plain rows, with the organizations in the same statement (the lists show them); the rest in one
    // batch per relation.
    const rows: Record<string, unknown>[] = await ctx.em
      .createQueryBuilder(Order, 'o')
      .select(['o.*', raw(ORGANIZATION_JSON('partner')), raw(ORGANIZATION_JSON('customer'))])
      .where(page)
      .orderBy({ createdAt: 'desc', id: 'desc' })
      .limit(size + 1)
      .execute('all', false);
    const orders = rows.map((row) => this.withOrganizations(ctx, row));
    return toConnection(
      orders,
      size,
      () => ctx.em.count(Order, where),
      (o) => [o.createdAt.toISOString(), o.id],
    );
  }

  /**
   * Orders nobody has started by the start of the day after their requested start date, as of
   * `asOf`, oldest due first. For a machine key `asOf` is at most `MACHINE_AS_OF_MARGIN_MS` after now
   * (later: BAD_USER_INPUT; README, "Security rules", 10); reps may ask any date. Served by the partial index `customer_order_overdue_idx`.
   */
  async overdue(ctx: RequestContext, args: { asOf?: Date | null; first?: number | null; after?: string | null }): Promise<Connection<Order>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['date', 'uuid']);
    const asOf = overdueAsOf(ctx, args.asOf);
    const after = cursor ? [cursor[0], cursor[1]] : ['-infinity', '00000000-0000-0000-0000-000000000000'];
    const rows = (await queryPrepared<Record<string, unknown>>(ctx.reader, OVERDUE_PAGE, [asOf, ...after, size + 1])).map((row) =>
      plainRow(ctx.reader, Order, row),
    );
    const where = overdue.filter(asOf);
    return toConnection(
      rows,
      size,
      () => ctx.em.count(Order, where),
      (o) => [o.overdueAt.toISOString(), o.id],
    );
  }
}

interface OrderRow extends Record<string, unknown> {
  partner_json: Record<string, unknown> | null;
  customer_json: Record<string, unknown> | null;
  subscription_json: Record<string, unknown> | null;
}

/** An order's organization as JSON, beside the order's columns (`o`). */
const ORGANIZATION_JSON = (side: 'partner' | 'customer') => `(select to_jsonb(x) from organization x where x.id = o.${side}_organization_id) as ${side}_json`;

/** $1: the order; $2–$5: who may read it (order-visibility.ts). */
const ORDER_BY_ID = prepared(
  'order_by_id',
  `select o.*, to_jsonb(p) as partner_json, to_jsonb(c) as customer_json, to_jsonb(s) as subscription_json
     from customer_order o
     left join organization p on p.id = o.partner_organization_id
     left join organization c on c.id = o.customer_organization_id
     left join subscription s on s.order_id = o.id
    where o.id = $1
      and ${orderVisibilitySql('o', 2)}`,
);

/** Exactly the predicate and order of the partial index `customer_order_overdue_idx`; keyset after ($2, $3). */
const OVERDUE_PAGE = prepared(
  'overdue_page',
  `select * from customer_order
    where ${overdue.sql('$1')}
      and (overdue_at, id) > ($2::timestamptz, $3::uuid)
    order by overdue_at, id
    limit $4`,
);
