import { LockMode, raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Row } from '../db/plain-rows.js';
import { audit } from '../audit/audit.js';
import { scopeOf, type TxScope } from '../common/tx-scope.js';
import { Rep } from '../auth/rep.entity.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { InputValidator, isUuid } from '../common/validation.js';
import type { RequestContext } from '../common/request-context.js';
import { containsPattern, pageWindow, searchTerm, SortOrder, type Page } from '../common/paging.js';
import { Order } from '../orders/order.entity.js';
import { OrderStatus } from '../orders/order-status.js';
import { partnerOrganizationOf } from '../setup/organization-directory.js';
import { Organization, OrganizationKind } from '../organizations/organization.entity.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import { LinkAudience, LinkKind } from '../setup/setup-enums.js';
import { emailLanguage, enqueueEmail, escalationAssignedEmail } from '../outbox/emails.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { assertEscalationTransition } from './escalation-status.js';
import { EscalationNote } from './escalation-note.entity.js';
import { Escalation, EscalationKind, EscalationStatus } from './escalation.entity.js';
import { EscalationService } from './escalation.service.js';
import {
  EscalationSortField,
  type AddEscalationNoteInput,
  type AssignEscalationInput,
  type UnassignEscalationInput,
  type EscalationQueueCounts,
  type EscalationQueueFilter,
  type MarkPartnerContactedInput,
  type ReassignOrderOrganizationInput,
} from './escalation-queue.types.js';

/** What the in-question lookup reads of a wizard draft. */
export interface SetupDraftLike {
  owner?: { partnerOrganizationId?: string | null } | null;
  customerAdministrator?: { organizationId?: string | null } | null;
}

/** The order's newest wizard draft (its newest session's), read in `em`'s transaction. */
async function latestDraft(em: EntityManager, orderId: string): Promise<SetupDraftLike | null> {
  const rows: { draft: SetupDraftLike }[] = await em
    .getConnection()
    .execute(`select draft from setup_session where order_id = ? order by created_at desc, id desc limit 1`, [orderId], 'all', em.getTransactionContext());
  return rows[0]?.draft ?? null;
}

/** A century, in hours: the largest `olderThanHours` that means anything. */
const MAX_AGE_HOURS = 100 * 366 * 24;
const HOUR = 60 * 60 * 1000;

/**
 * How soon a rep should resolve an escalation after it opens, per kind (README, "Escalation queue"):
 * an unrecognized organization holds a partner or customer mid-setup (8 h); an overdue order is a
 * day late already (24 h); a stalled setup is under way (48 h). The queue shows who is late.
 */
export const ESCALATION_SLA_HOURS: Readonly<Record<EscalationKind, number>> = {
  [EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION]: 8,
  [EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION]: 8,
  [EscalationKind.OVERDUE_PROVISIONING]: 24,
  [EscalationKind.STALLED_SETUP]: 48,
};

export function slaDueAt(escalation: Pick<Escalation, 'kind' | 'createdAt'>): Date {
  return new Date(escalation.createdAt.getTime() + ESCALATION_SLA_HOURS[escalation.kind] * HOUR);
}

/** `olderThanHours` at `now`: opened at or before this instant (capped at a century, MAX_AGE_HOURS). */
export function olderThanCutoff(now: Date, hours: number): Date {
  return new Date(now.getTime() - Math.min(Math.max(0, hours), MAX_AGE_HOURS) * HOUR);
}

/** Unresolved and past the target of its kind, at `now` (an ORM condition; the SQL one: graphql/sql-reads/escalations.ts). */
export function slaBreachedCondition(now: Date): FilterQuery<Escalation> {
  return {
    status: { $in: [EscalationStatus.OPEN, EscalationStatus.IN_PROGRESS] },
    $or: Object.values(EscalationKind).map((kind) => ({ kind, createdAt: { $lt: new Date(now.getTime() - ESCALATION_SLA_HOURS[kind] * HOUR) } })),
  };
}

export function slaBreached(escalation: Escalation, now: Date): boolean {
  const end = escalation.resolvedAt ?? now;
  return end.getTime() > slaDueAt(escalation).getTime();
}

/** Which organization kind settles an unrecognized-organization escalation. */
const KIND_TO_ORGANIZATION: Partial<Record<EscalationKind, OrganizationKind>> = {
  [EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION]: OrganizationKind.PARTNER,
  [EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION]: OrganizationKind.CUSTOMER,
};

/**
 * The reps' daily work on escalations: the queue (filters, counts, oldest first), picking one up,
 * notes, contacting the partner, and the resolution that maps an on-hold order to the right
 * organization. Resolving as such (confirm) is `EscalationService.resolve`; cancelling the order is
 * `OrderAdminService.cancel`. Every change is audited against the order, so it shows in its timeline.
 */
/** The queue's arguments: a page (offset, limit), its order and its filter. */
export interface EscalationQueueArgs {
  offset?: number | null;
  limit?: number | null;
  sortField?: EscalationSortField | null;
  sortOrder?: SortOrder | null;
  filter?: EscalationQueueFilter | null;
}

export class EscalationQueueService {
  constructor(private readonly escalations: EscalationService) {}

  private where(ctx: RequestContext, filter: EscalationQueueFilter | null | undefined, omit?: 'status' | 'kind'): FilterQuery<Escalation> {
    const f = filter ?? {};
    const conditions: FilterQuery<Escalation>[] = [];
    if (omit !== 'kind' && f.kind?.length) conditions.push({ kind: { $in: f.kind } });
    if (omit !== 'status' && f.status?.length) conditions.push({ status: { $in: f.status } });
    if (f.assigneeId) conditions.push(isUuid(f.assigneeId) ? { assignee: f.assigneeId } : { id: null });
    if (f.unassigned) conditions.push({ assignee: null });
    if (f.olderThanHours !== null && f.olderThanHours !== undefined) {
      // Beyond a century nothing is that old: the filter is capped there (an empty page), so no
      // Int reaches the database as a date before year 1.
      conditions.push({ createdAt: { $lte: olderThanCutoff(ctx.clock.now(), f.olderThanHours) } });
    }
    if (f.slaBreached) conditions.push(slaBreachedCondition(ctx.clock.now()));
    if (f.orderId) conditions.push(isUuid(f.orderId) ? { order: f.orderId } : { id: null });
    if (f.ids) conditions.push({ id: { $in: f.ids.filter(isUuid) } });
    const partner = searchTerm(f.partner);
    if (partner) {
      const like = containsPattern(partner);
      conditions.push({
        order: {
          $or: [{ partnerName: { $ilike: like } }, { partnerAccountId: { $ilike: like } }, { partnerOrganization: { name: { $ilike: like } } }],
        },
      });
    }
    const q = searchTerm(f.q);
    if (q) {
      const like = containsPattern(q);
      conditions.push({
        order: {
          $or: [{ ccwOrderNumber: { $ilike: like } }, { customerName: { $ilike: like } }, { provisioningContactEmail: { $ilike: like } }],
        },
      });
    }
    return conditions.length ? { $and: conditions } : {};
  }

  /** The queue: oldest first unless asked otherwise, a page at a time, sorted and counted in the database. */
  async list(ctx: RequestContext, args: EscalationQueueArgs): Promise<Page<Escalation>> {
    const { offset, limit } = pageWindow(args.offset, args.limit);
    const direction = (args.sortOrder ?? SortOrder.ASC) === SortOrder.ASC ? 'asc' : 'desc';
    const where = this.where(ctx, args.filter);
    const orderBy =
      args.sortField === EscalationSortField.KIND
        ? [{ kind: direction }, { createdAt: 'asc' }, { id: 'asc' }]
        : args.sortField === EscalationSortField.STATUS
          ? [{ status: direction }, { createdAt: 'asc' }, { id: 'asc' }]
          : args.sortField === EscalationSortField.ORDER_NUMBER
            ? [{ order: { ccwOrderNumber: direction } }, { id: 'asc' }]
            : [{ createdAt: direction }, { id: direction }];
    const [nodes, totalCount] = await ctx.em.findAndCount(Escalation, where, { orderBy: orderBy as never, offset, limit });
    return { nodes, totalCount };
  }

  async counts(ctx: RequestContext, filter: EscalationQueueFilter | null | undefined): Promise<EscalationQueueCounts> {
    const grouped = async (column: 'status' | 'kind', where: FilterQuery<Escalation>) => {
      const rows: { value: string; count: string }[] = await ctx.em
        .createQueryBuilder(Escalation, 'e')
        .select([`e.${column} as value`, raw('count(distinct e.id) as count')])
        .where(where as never)
        .groupBy(`e.${column}`)
        .execute('all', false);
      return new Map(rows.map((r) => [r.value, Number(r.count)]));
    };
    const whole = this.where(ctx, filter);
    const [byStatus, byKind, total, breached] = await Promise.all([
      grouped('status', this.where(ctx, filter, 'status')),
      grouped('kind', this.where(ctx, filter, 'kind')),
      ctx.em.count(Escalation, whole),
      ctx.em.count(Escalation, { $and: [whole, slaBreachedCondition(ctx.clock.now())] }),
    ]);
    return {
      total,
      byStatus: Object.values(EscalationStatus).map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
      byKind: Object.values(EscalationKind).map((kind) => ({ kind, count: byKind.get(kind) ?? 0 })),
      slaBreached: breached,
    };
  }

  get(ctx: RequestContext, id: string): Promise<Escalation | null> {
    return isUuid(id) ? ctx.em.findOne(Escalation, id) : Promise.resolve(null);
  }

  /** "Assign to me" (or to another active rep): picks the escalation up, OPEN → IN_PROGRESS. */
  async assign(ctx: RequestContext, input: AssignEscalationInput): Promise<Escalation> {
    const repId = input.repId ?? ctx.viewer!.id;
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const escalation = await this.lockEscalation(em, input.escalationId);
      const rep = isUuid(repId) ? await em.findOne(Rep, { id: repId, active: true }) : null;
      if (!rep) throw userError(UserErrorCode.NOT_FOUND, 'No such active rep', ['input', 'repId']);
      if (escalation.status === EscalationStatus.RESOLVED) {
        throw userError(UserErrorCode.INVALID_TRANSITION, 'The escalation is already resolved', ['input', 'escalationId'], { reason: 'ALREADY_RESOLVED' });
      }
      const before = { status: escalation.status, assigneeId: escalation.assignee?.id ?? null };
      if (before.assigneeId === rep.id && before.status === EscalationStatus.IN_PROGRESS) return escalation;
      this.pickUp(escalation);
      escalation.assignee = em.getReference(Rep, rep.id, { wrapped: true });
      const tx = scopeOf(ctx, em, now);
      audit(tx, {
        action: 'escalation.assigned',
        targetType: 'Escalation',
        targetId: escalation.id,
        orderId: escalation.order.id,
        before,
        after: { status: escalation.status, assigneeId: rep.id, assignee: rep.email },
      });
      if (rep.id !== ctx.viewer!.id) await this.noticeToAssignee(ctx, tx, escalation, rep);
      return escalation;
    });
  }

  /**
   * A colleague was given the escalation: they get one email about it (one per escalation and rep,
   * however often it goes back and forth), in REPS_LOCALE, linking to its page in the console.
   */
  private async noticeToAssignee(ctx: RequestContext, tx: TxScope, escalation: Escalation, rep: Rep): Promise<void> {
    const messageKey = `escalation-assigned:${escalation.id}:${rep.id}`;
    if (await tx.em.count(OutboxMessage, { messageKey })) return;
    const order = await tx.em.findOneOrFail(Order, escalation.order.id);
    const by = await tx.em.findOne(Rep, ctx.viewer!.id);
    const language = emailLanguage(ctx.config.repsLocale);
    enqueueEmail(tx, {
      messageKey,
      template: 'ESCALATION_ASSIGNED',
      recipient: rep.email,
      locale: language,
      orderId: order.id,
      ...escalationAssignedEmail(language, {
        ccwOrderNumber: order.ccwOrderNumber,
        kind: escalation.kind,
        partnerName: order.partnerName,
        customerName: order.customerName,
        assignedBy: by?.name ?? by?.email ?? 'A rep',
        consoleUrl: `${new URL(ctx.config.portalUrl).origin}/admin/#/escalations/${escalation.id}/show`,
      }),
    });
  }

  /** Gives an escalation back to the queue: no assignee, IN_PROGRESS → OPEN. Unassigned already: nothing changes. */
  async unassign(ctx: RequestContext, input: UnassignEscalationInput): Promise<Escalation> {
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const escalation = await this.lockEscalation(em, input.escalationId);
      if (escalation.status === EscalationStatus.RESOLVED) {
        throw userError(UserErrorCode.INVALID_TRANSITION, 'The escalation is already resolved', ['input', 'escalationId'], { reason: 'ALREADY_RESOLVED' });
      }
      if (!escalation.assignee && escalation.status === EscalationStatus.OPEN) return escalation;
      const before = { status: escalation.status, assigneeId: escalation.assignee?.id ?? null };
      EscalationService.giveBack(escalation);
      escalation.assignee = undefined;
      audit(scopeOf(ctx, em, now), {
        action: 'escalation.unassigned',
        targetType: 'Escalation',
        targetId: escalation.id,
        orderId: escalation.order.id,
        before,
        after: { status: escalation.status, assigneeId: null },
      });
      return escalation;
    });
  }

  /**
   * The organization the person did not recognize (unrecognized-organization kinds; others: null):
   * as kept when a reassignment moved the order on, else the order's mapping, else the wizard's draft.
   */
  async organizationInQuestionId(
    em: EntityManager,
    escalation: Row<Escalation>,
    order: Row<Order>,
    draftOf: (orderId: string) => Promise<SetupDraftLike | null>,
  ): Promise<string | null> {
    const partner = escalation.kind === EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION;
    if (!partner && escalation.kind !== EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION) return null;
    if (escalation.organizationAsOpened) return escalation.organizationAsOpened.id;
    const mapped = partner ? order.partnerOrganization : order.customerOrganization;
    if (mapped) return mapped.id;
    const draft = await draftOf(order.id);
    return (partner ? draft?.owner?.partnerOrganizationId : draft?.customerAdministrator?.organizationId) ?? null;
  }

  async addNote(ctx: RequestContext, input: AddEscalationNoteInput): Promise<Escalation> {
    const v = new InputValidator();
    const body = v.text('body', input.body, { max: 4000, label: 'The note' });
    v.done();
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const escalation = await this.lockEscalation(em, input.escalationId);
      this.writeNote(em, ctx, now, escalation, body);
      return escalation;
    });
  }

  /** The overdue work: the rep reached the partner. Picks the escalation up if nobody had. */
  async markPartnerContacted(ctx: RequestContext, input: MarkPartnerContactedInput): Promise<Escalation> {
    const v = new InputValidator();
    const note = v.optionalText('note', input.note, { max: 4000, label: 'The note' });
    v.done();
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const escalation = await this.lockEscalation(em, input.escalationId);
      if (escalation.status === EscalationStatus.RESOLVED) {
        throw userError(UserErrorCode.INVALID_TRANSITION, 'The escalation is already resolved', ['input', 'escalationId'], { reason: 'ALREADY_RESOLVED' });
      }
      const before = { status: escalation.status, partnerContactedAt: escalation.partnerContactedAt?.toISOString() ?? null };
      this.pickUp(escalation);
      escalation.assignee ??= em.getReference(Rep, ctx.viewer!.id, { wrapped: true });
      escalation.partnerContactedAt = now;
      escalation.partnerContactedBy = em.getReference(Rep, ctx.viewer!.id, { wrapped: true });
      audit(scopeOf(ctx, em, now), {
        action: 'escalation.partner_contacted',
        targetType: 'Escalation',
        targetId: escalation.id,
        orderId: escalation.order.id,
        before,
        after: { status: escalation.status, partnerContactedAt: now.toISOString(), assigneeId: escalation.assignee.id },
      });
      if (note) this.writeNote(em, ctx, now, escalation, note);
      return escalation;
    });
  }

  /**
   * An unrecognized organization: the rep maps the on-hold order to the right existing organization
   * and resolves the escalation, which releases the hold (a fresh link goes to the last holder). The
   * wizard then reviews or verifies that organization instead of looking one up. The wizard's rules
   * still hold: a customer organization that set itself up is never handed to a partner, nor is one
   * managed by another partner.
   */
  async reassignOrganization(ctx: RequestContext, input: ReassignOrderOrganizationInput): Promise<Escalation> {
    const v = new InputValidator();
    const resolution = v.optionalText('resolution', input.resolution, { max: 2000, label: 'The resolution' });
    v.done();
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const escalation = await this.lockEscalation(em, input.escalationId);
      const wanted = KIND_TO_ORGANIZATION[escalation.kind];
      if (!wanted) {
        throw userError(
          UserErrorCode.INVALID_INPUT,
          'Only an unrecognized-organization escalation is resolved by reassigning the organization',
          ['input', 'escalationId'],
          { reason: 'NOT_REASSIGNABLE' },
        );
      }
      assertEscalationTransition(escalation.status, EscalationStatus.RESOLVED);
      const order = await em.findOneOrFail(Order, escalation.order.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (order.status !== OrderStatus.ON_HOLD) {
        throw userError(
          UserErrorCode.INVALID_TRANSITION,
          `The order is ${order.status}, not on hold: its organization can no longer be reassigned`,
          ['input', 'escalationId'],
          { reason: 'ORDER_NOT_ON_HOLD', status: order.status },
        );
      }
      const organization = isUuid(input.organizationId) ? await em.findOne(Organization, input.organizationId) : null;
      if (!organization) throw userError(UserErrorCode.NOT_FOUND, 'No such organization', ['input', 'organizationId']);
      if (organization.kind !== wanted) {
        throw userError(
          UserErrorCode.INVALID_INPUT,
          wanted === OrganizationKind.PARTNER
            ? `${organization.name} is a customer organization: choose a partner organization`
            : `${organization.name} is a partner organization: choose a customer organization`,
          ['input', 'organizationId'],
          { reason: wanted === OrganizationKind.PARTNER ? 'NOT_A_PARTNER' : 'NOT_A_CUSTOMER', name: organization.name },
        );
      }
      if (wanted === OrganizationKind.CUSTOMER) await this.checkCustomerForPartner(em, order, organization);

      const field = wanted === OrganizationKind.PARTNER ? 'partnerOrganization' : 'customerOrganization';
      const beforeId = order[field]?.id ?? null;
      // The escalation keeps the organization in question as it was when opened, before the order moves on.
      const inQuestion = await this.organizationInQuestionId(em, escalation, order, (orderId) => latestDraft(em, orderId));
      if (inQuestion) escalation.organizationAsOpened = em.getReference(Organization, inQuestion, { wrapped: true });
      order[field] = em.getReference(Organization, organization.id, { wrapped: true });
      order.updatedAt = now;
      audit(scopeOf(ctx, em, now), {
        action: 'order.organization_reassigned',
        targetType: 'Order',
        targetId: order.id,
        orderId: order.id,
        before: { [`${field}Id`]: beforeId },
        after: { [`${field}Id`]: organization.id, organizationName: organization.name, escalationId: escalation.id },
      });
      await this.escalations.settle(scopeOf(ctx, em, now), escalation, resolution ?? `Order mapped to ${organization.name}`, ctx.viewer!.id);
      return escalation;
    });
  }

  /**
   * On the partner's path the customer organization must be one that partner manages, as the
   * wizard itself requires (`customerOrganizationOf`, setup/organization-directory.ts): the partner must never see a
   * tenant that set itself up or that another partner manages.
   */
  private async checkCustomerForPartner(em: EntityManager, order: Order, customer: Organization): Promise<void> {
    const lastLink = await em.findOne(SetupLink, { order, kind: LinkKind.SETUP }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    if (lastLink?.audience === LinkAudience.CUSTOMER) return; // the customer's own administrator is setting up
    if (!customer.managingPartner) {
      throw userError(
        UserErrorCode.INVALID_INPUT,
        `${customer.name} set up its own Webex organization: a partner cannot be given access to it`,
        ['input', 'organizationId'],
        { reason: 'SELF_MANAGED', name: customer.name },
      );
    }
    const partner = order.partnerOrganization?.id ?? (await partnerOrganizationOf(em, order))?.id;
    // A partner organization still to be created (the partner's first order) manages nobody yet.
    if (customer.managingPartner.id !== partner) {
      throw userError(UserErrorCode.INVALID_INPUT, `${customer.name} is managed by another partner`, ['input', 'organizationId'], {
        reason: 'OTHER_PARTNER',
        name: customer.name,
      });
    }
  }

  private pickUp(escalation: Escalation): void {
    EscalationService.pickUp(escalation);
  }

  private writeNote(em: EntityManager, ctx: RequestContext, now: Date, escalation: Escalation, body: string): void {
    const note = em.create(EscalationNote, {
      escalation,
      author: em.getReference(Rep, ctx.viewer!.id, { wrapped: true }),
      body,
      createdAt: now,
    });
    em.persist(note);
    audit(scopeOf(ctx, em, now), {
      action: 'escalation.note_added',
      targetType: 'Escalation',
      targetId: escalation.id,
      orderId: escalation.order.id,
      after: { noteId: note.id, body },
    });
  }

  private async lockEscalation(em: EntityManager, id: string): Promise<Escalation> {
    const escalation = isUuid(id) ? await em.findOne(Escalation, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
    if (!escalation) throw userError(UserErrorCode.NOT_FOUND, 'No such escalation', ['input', 'escalationId']);
    return escalation;
  }
}
