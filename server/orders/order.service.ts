import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { actorOf, audit } from '../audit/audit.js';
import { isOrgAdmin, isRep, ViewerKind } from '../auth/viewer.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { InputValidator } from '../common/validation.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { Organization } from '../organizations/organization.entity.js';
import { Order } from './order.entity.js';
import { ORDER_OPEN_FOR_SETUP, OrderStatus } from './order-status.js';
import type { OrderFilter, PlaceOrderInput, UpdateProvisioningContactInput } from './order.types.js';
import { ServiceKind } from './service-line.js';

const MAX_QUANTITY = 1_000_000;
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Statuses in which an order that nobody has started can be overdue. */
export const OVERDUE_CANDIDATE_STATUSES = [OrderStatus.PLACED, OrderStatus.AWAITING_SETUP];

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
  services.forEach((line, index) =>
    v.integer(`services.${index}.quantity`, line.quantity, { min: 1, max: MAX_QUANTITY, label: 'The quantity' }),
  );
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
    overdueAt: day.plus({ days: 1 }).startOf('day').toJSDate(),
  };
}

export function isOverdue(order: Order, at: Date): boolean {
  return !order.setupStartedAt && OVERDUE_CANDIDATE_STATUSES.includes(order.status) && order.overdueAt.getTime() <= at.getTime();
}

export class OrderService {
  /** `placeOrder`: idempotent on the CCW order number; concurrent retries are settled by its unique index. */
  async place(ctx: RequestContext, input: PlaceOrderInput): Promise<{ order: Order; created: boolean }> {
    const normalised = normaliseOrderInput(input);
    const intakeFingerprint = fingerprint(normalised);
    const now = ctx.clock.now();
    try {
      const order = await ctx.em.transactional(async (em) => {
        const order = em.create(Order, {
          ...normalised,
          intakeFingerprint,
          ...orderSchedule(normalised.requestedStartDate, normalised.timeZone, ctx.config.setupEmailLocalHour),
          createdAt: now,
          updatedAt: now,
        });
        audit(em, actorOf(ctx), now, {
          action: 'order.placed',
          targetType: 'Order',
          targetId: order.id,
          orderId: order.id,
          after: { ...normalised, status: order.status },
        });
        // Placed on or after its requested start date: the link goes out now, in this transaction,
        // so the due-links sweep never sees the order in PLACED and cannot send a second one.
        if (order.setupDueAt.getTime() <= now.getTime()) {
          await em.flush();
          await ctx.services.links.issueSetupLink(em, actorOf(ctx), now, order, order.provisioningContactEmail);
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
      throw userError(
        UserErrorCode.ORDER_NUMBER_CONFLICT,
        `Order ${normalised.ccwOrderNumber} was already placed with different details`,
        ['input', 'ccwOrderNumber'],
      );
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
    v.done();
    return ctx.em.transactional(async (em) => {
      const order = await this.findVisible(ctx, input.orderId, { em, lock: true });
      if (!order) throw userError(UserErrorCode.NOT_FOUND, 'No such order', ['input', 'orderId']);
      if (order.status === OrderStatus.ON_HOLD) {
        throw userError(UserErrorCode.ORDER_ON_HOLD, 'The order is on hold until a Cisco rep resolves it', ['input', 'orderId']);
      }
      if (!ORDER_OPEN_FOR_SETUP.includes(order.status)) {
        throw userError(
          UserErrorCode.ORDER_ALREADY_SET_UP,
          order.status === OrderStatus.SET_UP || order.status === OrderStatus.PROVISIONED
            ? 'The order is already set up; its contact can no longer change'
            : `The order is ${order.status.toLowerCase()}; its contact can no longer change`,
          ['input', 'orderId'],
        );
      }
      const now = ctx.clock.now();
      const before = order.provisioningContactEmail;
      if (email && email !== before) {
        order.provisioningContactEmail = email;
        order.updatedAt = now;
        audit(em, actorOf(ctx), now, {
          action: 'order.contact_changed',
          targetType: 'Order',
          targetId: order.id,
          orderId: order.id,
          before: { provisioningContactEmail: before },
          after: { provisioningContactEmail: email },
        });
      }
      // Before the requested start date nothing has been sent: the change simply applies when it is due.
      if ((input.resend ?? true) && order.status !== OrderStatus.PLACED) {
        await ctx.services.links.issueSetupLink(em, actorOf(ctx), now, order, order.provisioningContactEmail, { revokeAllOthers: true });
      }
      return order;
    });
  }

  /** Reads an order if the viewer may see it; another tenant's order is simply not found. */
  async findVisible(ctx: RequestContext, id: string, options: { em?: EntityManager; lock?: boolean } = {}): Promise<Order | null> {
    if (!isUuid(id)) return null;
    const em = options.em ?? ctx.em;
    const scope = await this.visibleWhere(ctx, em);
    if (!scope) return null;
    return em.findOne(Order, { $and: [{ id }, scope] }, options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
  }

  async list(ctx: RequestContext, args: { first?: number | null; after?: string | null; filter?: OrderFilter | null }): Promise<Connection<Order>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['date', 'uuid']);
    const scope = await this.visibleWhere(ctx);
    if (!scope) return toConnection([], size, 0, () => []);
    const conditions: FilterQuery<Order>[] = [scope];
    const filter = args.filter ?? {};
    if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
    if (filter.ccwOrderNumber) conditions.push({ ccwOrderNumber: filter.ccwOrderNumber.trim() });
    if (filter.overdue !== null && filter.overdue !== undefined) {
      const overdue: FilterQuery<Order> = {
        setupStartedAt: null,
        status: { $in: OVERDUE_CANDIDATE_STATUSES },
        overdueAt: { $lte: ctx.clock.now() },
      };
      conditions.push(filter.overdue ? overdue : { $not: overdue });
    }
    const where: FilterQuery<Order> = { $and: conditions };
    const page: FilterQuery<Order> = cursor
      ? { $and: [where, { $or: [{ createdAt: { $lt: new Date(cursor[0]) } }, { createdAt: new Date(cursor[0]), id: { $lt: String(cursor[1]) } }] }] }
      : where;
    const [rows, total] = await Promise.all([
      ctx.em.find(Order, page, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1 }),
      ctx.em.count(Order, where),
    ]);
    return toConnection(rows, size, total, (o) => [o.createdAt.toISOString(), o.id]);
  }

  /**
   * Orders nobody has started by the start of the day after their requested start date, as of
   * `asOf`, oldest due first. Served by the partial index `customer_order_overdue_idx`.
   */
  async overdue(ctx: RequestContext, args: { asOf?: Date | null; first?: number | null; after?: string | null }): Promise<Connection<Order>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['date', 'uuid']);
    const asOf = args.asOf ?? ctx.clock.now();
    const where: FilterQuery<Order> = {
      setupStartedAt: null,
      status: { $in: OVERDUE_CANDIDATE_STATUSES },
      overdueAt: { $lte: asOf },
    };
    const page: FilterQuery<Order> = cursor
      ? { $and: [where, { $or: [{ overdueAt: { $gt: new Date(cursor[0]) } }, { overdueAt: new Date(cursor[0]), id: { $gt: String(cursor[1]) } }] }] }
      : where;
    const [rows, total] = await Promise.all([
      ctx.em.find(Order, page, { orderBy: { overdueAt: 'asc', id: 'asc' }, limit: size + 1 }),
      ctx.em.count(Order, where),
    ]);
    return toConnection(rows, size, total, (o) => [o.overdueAt.toISOString(), o.id]);
  }

  /** The orders a viewer may read, as a condition; null when none. */
  private async visibleWhere(ctx: RequestContext, em: EntityManager = ctx.em): Promise<FilterQuery<Order> | null> {
    const viewer = ctx.viewer;
    if (!viewer) return null;
    if (isRep(viewer) || viewer.kind === ViewerKind.API_KEY) return {};
    if (!isOrgAdmin(viewer) || !viewer.organizationId) return null;
    if (viewer.kind === ViewerKind.CUSTOMER_ADMIN) return { customerOrganization: viewer.organizationId };
    const organization = await em.findOne(Organization, viewer.organizationId);
    if (!organization) return null;
    // The partner's orders: those mapped to its organization, and those its CCW account placed.
    return organization.partnerAccountId
      ? { $or: [{ partnerOrganization: organization.id }, { partnerAccountId: organization.partnerAccountId }] }
      : { partnerOrganization: organization.id };
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
