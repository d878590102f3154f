import type { Row } from '../db/plain-rows.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { sqlReads } from '../graphql/sql-reads/orders.js';
import { readEscalationQueue } from '../graphql/sql-reads/roots.js';
import { Rep } from '../auth/rep.entity.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { SortOrder } from '../common/paging.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { mutationPayload } from '../graphql/payload.js';
import { Organization } from '../organizations/organization.entity.js';
import { EscalationNote } from './escalation-note.entity.js';
import { slaBreached, slaDueAt } from './escalation-queue.service.js';
import {
  AddEscalationNoteInput,
  AssignEscalationInput,
  EscalationPage,
  EscalationQueueCounts,
  EscalationQueueFilter,
  EscalationSortField,
  MarkPartnerContactedInput,
  ReassignOrderOrganizationInput,
  UnassignEscalationInput,
} from './escalation-queue.types.js';
import { Escalation, EscalationKind } from './escalation.entity.js';
import { EscalationPayload } from './escalation.types.js';
import { orderOf } from './escalation.resolver.js';

async function payload(work: () => Promise<Escalation>): Promise<EscalationPayload> {
  return mutationPayload('escalation', work);
}

/** The reps' queue and the work on one escalation (the console's Escalations resource). */
@Resolver(() => Escalation)
export class EscalationQueueResolver {
  @Query(() => EscalationPage, { description: 'The reps’ queue for the console: filtered, sorted (oldest first by default) and paged in the database.' })
  @Allow('REP')
  escalationQueue(
    @Ctx() ctx: RequestContext,
    @Arg('offset', () => Int, { nullable: true, description: 'How many rows to skip: 0 to 100000, default 0.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, description: 'How many per page: 1 to 100, default 25.' }) limit?: number,
    @Arg('sortField', () => EscalationSortField, { nullable: true, description: 'The column to sort on; default CREATED_AT.' }) sortField?: EscalationSortField,
    @Arg('sortOrder', () => SortOrder, { nullable: true, description: 'ASC (default) or DESC.' }) sortOrder?: SortOrder,
    @Arg('filter', () => EscalationQueueFilter, { nullable: true, description: 'Which escalations; omitted: all.' }) filter?: EscalationQueueFilter,
    @Info() info?: GraphQLResolveInfo,
  ) {
    if (sqlReads.enabled && info) return readEscalationQueue(ctx, { offset, limit, sortField, sortOrder, filter }, info);
    return ctx.services.escalationQueue.list(ctx, { offset, limit, sortField, sortOrder, filter });
  }

  @Query(() => EscalationQueueCounts, { description: 'Reps: the queue’s counts per tab (kind, status, past the SLA) under the same filter.' })
  @Allow('REP')
  escalationQueueCounts(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => EscalationQueueFilter, { nullable: true, description: 'The queue’s filter; omitted: all escalations.' })
    filter?: EscalationQueueFilter,
  ) {
    return ctx.services.escalationQueue.counts(ctx, filter);
  }

  @Query(() => Escalation, { nullable: true, description: 'Reps: one escalation with its notes and assignee; null when there is none with this id.' })
  @Allow('REP')
  escalation(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The escalation’s id.' }) id: string) {
    return ctx.services.escalationQueue.get(ctx, id);
  }

  @Mutation(() => EscalationPayload, { description: '"Assign to me" (no repId) or to another active rep; an open escalation goes IN_PROGRESS.' })
  @Allow('REP')
  assignEscalation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AssignEscalationInput, { description: 'The escalation and, optionally, the rep.' }) input: AssignEscalationInput,
  ) {
    return payload(() => ctx.services.escalationQueue.assign(ctx, input));
  }

  @Mutation(() => EscalationPayload, { description: 'Gives an escalation back to the queue: no assignee, an escalation in progress is open again.' })
  @Allow('REP')
  unassignEscalation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UnassignEscalationInput, { description: 'The escalation.' }) input: UnassignEscalationInput,
  ) {
    return payload(() => ctx.services.escalationQueue.unassign(ctx, input));
  }

  @Mutation(() => EscalationPayload, { description: 'Reps: adds a note to an escalation, recorded in the order’s timeline.' })
  @Allow('REP')
  addEscalationNote(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddEscalationNoteInput, { description: 'The escalation and the note.' }) input: AddEscalationNoteInput,
  ) {
    return payload(() => ctx.services.escalationQueue.addNote(ctx, input));
  }

  @Mutation(() => EscalationPayload, {
    description: 'Reps: records that the partner was contacted about an escalation (with an optional note), audited on the order.',
  })
  @Allow('REP')
  markPartnerContacted(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MarkPartnerContactedInput, { description: 'The escalation and what was agreed.' }) input: MarkPartnerContactedInput,
  ) {
    return payload(() => ctx.services.escalationQueue.markPartnerContacted(ctx, input));
  }

  @Mutation(() => EscalationPayload, {
    description: 'Maps an on-hold order to the right existing organization and resolves the escalation, releasing the hold.',
  })
  @Allow('REP')
  reassignOrderOrganization(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReassignOrderOrganizationInput, { description: 'The escalation, the right organization and an optional resolution.' })
    input: ReassignOrderOrganizationInput,
  ) {
    return payload(() => ctx.services.escalationQueue.reassignOrganization(ctx, input));
  }

  @FieldResolver(() => Rep, { nullable: true, description: 'The rep working on it; null while nobody has picked it up.' })
  assignee(@Root() escalation: Row<Escalation>, @Ctx() ctx: RequestContext): Promise<Rep | null> | null {
    return escalation.assignee ? ctx.loaders.repById.load(escalation.assignee.id) : null;
  }

  @FieldResolver(() => Rep, {
    nullable: true,
    description: 'The rep who resolved it; null while unresolved or when it resolved itself (the order got set up).',
  })
  resolvedBy(@Root() escalation: Row<Escalation>, @Ctx() ctx: RequestContext): Promise<Rep | null> | null {
    return escalation.resolvedBy ? ctx.loaders.repById.load(escalation.resolvedBy.id) : null;
  }

  @FieldResolver(() => Rep, { nullable: true, description: 'The rep who recorded the contact; null until then.' })
  partnerContactedBy(@Root() escalation: Row<Escalation>, @Ctx() ctx: RequestContext): Promise<Rep | null> | null {
    return escalation.partnerContactedBy ? ctx.loaders.repById.load(escalation.partnerContactedBy.id) : null;
  }

  @FieldResolver(() => [EscalationNote], { description: 'Oldest first.' })
  notes(@Root() escalation: Escalation, @Ctx() ctx: RequestContext): Promise<EscalationNote[]> {
    return ctx.loaders.notesByEscalation.load(escalation.id);
  }

  @FieldResolver(() => Int, { description: 'Whole hours open (until resolved).' })
  ageHours(@Root() escalation: Escalation, @Ctx() ctx: RequestContext): number {
    const end = escalation.resolvedAt ?? ctx.clock.now();
    return Math.max(0, Math.floor((end.getTime() - escalation.createdAt.getTime()) / 3_600_000));
  }

  @FieldResolver(() => DateTimeScalar, { description: 'When a rep should have resolved it.' })
  slaDueAt(@Root() escalation: Escalation): Date {
    return slaDueAt(escalation);
  }

  @FieldResolver(() => Boolean, { description: 'Open past its SLA, or resolved after it.' })
  slaBreached(@Root() escalation: Escalation, @Ctx() ctx: RequestContext): boolean {
    return slaBreached(escalation, ctx.clock.now());
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description:
      'Unrecognized-organization escalations: the organization the person did not recognize, as it was when the escalation was opened (a reassignment does not change it).',
  })
  async organizationInQuestion(@Root() escalation: Row<Escalation>, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    const order = await orderOf(escalation, ctx);
    const id = await ctx.services.escalationQueue.organizationInQuestionId(ctx.em, escalation, order, (orderId) =>
      ctx.loaders.latestDraftByOrder.load(orderId),
    );
    return id ? ctx.loaders.organizationById.load(id) : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Unrecognized-organization escalations after a reassignment: the organization the order is mapped to now, beside the one in question.',
  })
  async organizationNow(@Root() escalation: Row<Escalation>, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    if (!escalation.organizationAsOpened) return null;
    const order = await orderOf(escalation, ctx);
    const mapped = escalation.kind === EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION ? order.partnerOrganization : order.customerOrganization;
    return mapped && mapped.id !== escalation.organizationAsOpened.id ? ctx.loaders.organizationById.load(mapped.id) : null;
  }
}

@Resolver(() => EscalationNote)
export class EscalationNoteResolver {
  @FieldResolver(() => Rep, { description: 'The rep who wrote it.' })
  author(@Root() note: EscalationNote): Promise<Rep> {
    return note.author.loadOrFail();
  }
}
