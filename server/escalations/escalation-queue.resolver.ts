import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rep } from '../auth/rep.entity.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { SortOrder } from '../graphql/offset-page.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { userErrorsOf } from '../graphql/user-error.js';
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
} from './escalation-queue.types.js';
import { Escalation, EscalationKind } from './escalation.entity.js';
import { EscalationPayload } from './escalation.types.js';

async function payload(work: () => Promise<Escalation>): Promise<EscalationPayload> {
  try {
    return { escalation: await work(), errors: [] };
  } catch (error) {
    return { escalation: null, errors: userErrorsOf(error) };
  }
}

/** The reps' queue and the work on one escalation (the console's Escalations resource). */
@Resolver(() => Escalation)
export class EscalationQueueResolver {
  @Query(() => EscalationPage, { description: 'The reps’ queue for the console: filtered, sorted (oldest first by default) and paged in the database.' })
  @Allow('REP')
  escalationQueue(
    @Ctx() ctx: RequestContext,
    @Arg('offset', () => Int, { nullable: true }) offset?: number,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
    @Arg('sortField', () => EscalationSortField, { nullable: true }) sortField?: EscalationSortField,
    @Arg('sortOrder', () => SortOrder, { nullable: true }) sortOrder?: SortOrder,
    @Arg('filter', () => EscalationQueueFilter, { nullable: true }) filter?: EscalationQueueFilter,
  ) {
    return ctx.services.escalationQueue.list(ctx, { offset, limit, sortField, sortOrder, filter });
  }

  @Query(() => EscalationQueueCounts)
  @Allow('REP')
  escalationQueueCounts(@Ctx() ctx: RequestContext, @Arg('filter', () => EscalationQueueFilter, { nullable: true }) filter?: EscalationQueueFilter) {
    return ctx.services.escalationQueue.counts(ctx, filter);
  }

  @Query(() => Escalation, { nullable: true })
  @Allow('REP')
  escalation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ctx.services.escalationQueue.get(ctx, id);
  }

  @Mutation(() => EscalationPayload, { description: '"Assign to me" (no repId) or to another active rep; an open escalation goes IN_PROGRESS.' })
  @Allow('REP')
  assignEscalation(@Ctx() ctx: RequestContext, @Arg('input', () => AssignEscalationInput) input: AssignEscalationInput) {
    return payload(() => ctx.services.escalationQueue.assign(ctx, input));
  }

  @Mutation(() => EscalationPayload)
  @Allow('REP')
  addEscalationNote(@Ctx() ctx: RequestContext, @Arg('input', () => AddEscalationNoteInput) input: AddEscalationNoteInput) {
    return payload(() => ctx.services.escalationQueue.addNote(ctx, input));
  }

  @Mutation(() => EscalationPayload)
  @Allow('REP')
  markPartnerContacted(@Ctx() ctx: RequestContext, @Arg('input', () => MarkPartnerContactedInput) input: MarkPartnerContactedInput) {
    return payload(() => ctx.services.escalationQueue.markPartnerContacted(ctx, input));
  }

  @Mutation(() => EscalationPayload, {
    description: 'Maps an on-hold order to the right existing organization and resolves the escalation, releasing the hold.',
  })
  @Allow('REP')
  reassignOrderOrganization(@Ctx() ctx: RequestContext, @Arg('input', () => ReassignOrderOrganizationInput) input: ReassignOrderOrganizationInput) {
    return payload(() => ctx.services.escalationQueue.reassignOrganization(ctx, input));
  }

  @FieldResolver(() => Rep, { nullable: true })
  assignee(@Root() escalation: Escalation): Promise<Rep | null> | null {
    return escalation.assignee ? escalation.assignee.load() : null;
  }

  @FieldResolver(() => Rep, { nullable: true })
  resolvedBy(@Root() escalation: Escalation): Promise<Rep | null> | null {
    return escalation.resolvedBy ? escalation.resolvedBy.load() : null;
  }

  @FieldResolver(() => Rep, { nullable: true })
  partnerContactedBy(@Root() escalation: Escalation): Promise<Rep | null> | null {
    return escalation.partnerContactedBy ? escalation.partnerContactedBy.load() : null;
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
    description: 'Unrecognized-organization escalations: the organization the person did not recognize (or the one the order is mapped to now).',
  })
  async organizationInQuestion(@Root() escalation: Escalation, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    const partner = escalation.kind === EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION;
    if (!partner && escalation.kind !== EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION) return null;
    const order = await escalation.order.loadOrFail();
    const mapped = partner ? order.partnerOrganization : order.customerOrganization;
    if (mapped) return mapped.load();
    const draft = await ctx.loaders.latestDraftByOrder.load(order.id);
    const id = partner ? draft?.owner?.partnerOrganizationId : draft?.customerAdministrator?.organizationId;
    return id ? ctx.em.getReference(Organization, id, { wrapped: true }).load() : null;
  }
}

@Resolver(() => EscalationNote)
export class EscalationNoteResolver {
  @FieldResolver(() => Rep)
  author(@Root() note: EscalationNote): Promise<Rep> {
    return note.author.loadOrFail();
  }
}
