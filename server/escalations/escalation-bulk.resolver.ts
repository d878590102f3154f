import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { userError, UserErrorCode } from '../common/errors.js';
import { deriveRequestContext } from '../common/request-context.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { UserError, userErrorsOf } from '../graphql/user-error.js';
import { mutationPayload } from '../graphql/payload.js';
import { Escalation } from './escalation.entity.js';

/** One request changes at most this many escalations (a page of the queue). */
export const BULK_LIMIT = 100;

@InputType({ description: 'Assigns several escalations to one rep.' })
export class AssignEscalationsInput {
  @Field(() => [ID], { description: `1 to ${BULK_LIMIT} escalations.` })
  escalationIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The rep to assign; omitted: the caller ("assign to me").' })
  repId?: string | null;
}

@InputType({ description: 'Resolves several escalations with one resolution.' })
export class ResolveEscalationsInput {
  @Field(() => [ID], { description: `1 to ${BULK_LIMIT} escalations.` })
  escalationIds!: string[];

  @Field({ description: 'How they were settled, in the rep’s words (not blank).' })
  resolution!: string;
}

@ObjectType({ description: 'What became of one escalation of a bulk change: changed (no errors), or why not (nothing changed for it).' })
export class BulkEscalationResult {
  @Field(() => ID, { description: 'The escalation id asked for.' })
  id!: string;

  @Field(() => Escalation, { nullable: true, description: 'The escalation as it is now; null when it was not found.' })
  escalation?: Escalation | null;

  @Field(() => [UserError], { description: 'Why this escalation did not change; empty when it did.' })
  errors!: UserError[];
}

@ObjectType({ description: 'The result of a bulk change of escalations: one result per id asked.' })
export class BulkEscalationPayload {
  @Field(() => [BulkEscalationResult], { description: 'One per id, in the order asked.' })
  results!: BulkEscalationResult[];

  @Field(() => [UserError], { description: 'A mistake in the request as a whole (no ids, too many): then nothing changed.' })
  errors!: UserError[];
}

/**
 * Bulk work on the queue: each escalation goes through the same service method as one by one
 * (same rules, same audit entry), in its own transaction, so one refused escalation does not hold
 * back the others and reports its own errors.
 */
async function eachEscalation(
  ctx: RequestContext,
  ids: string[],
  change: (itemCtx: RequestContext, id: string) => Promise<Escalation>,
): Promise<BulkEscalationPayload> {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > BULK_LIMIT) {
    return {
      results: [],
      errors: userErrorsOf(userError(UserErrorCode.INVALID_INPUT, `Choose between 1 and ${BULK_LIMIT} escalations`, ['input', 'escalationIds'])),
    };
  }
  const results: BulkEscalationResult[] = [];
  for (const id of unique) {
    const itemCtx: RequestContext = deriveRequestContext(ctx, { em: ctx.em.fork() });
    results.push({ id, ...(await mutationPayload('escalation', () => change(itemCtx, id))) });
  }
  return { results, errors: [] };
}

@Resolver()
export class EscalationBulkResolver {
  @Mutation(() => BulkEscalationPayload, { description: 'Assigns several escalations at once, each as `assignEscalation` would.' })
  @Allow('REP')
  assignEscalations(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AssignEscalationsInput, { description: 'The escalations and, optionally, the rep.' }) input: AssignEscalationsInput,
  ) {
    return eachEscalation(ctx, input.escalationIds, (itemCtx, escalationId) =>
      ctx.services.escalationQueue.assign(itemCtx, { escalationId, repId: input.repId }),
    );
  }

  @Mutation(() => BulkEscalationPayload, { description: 'Resolves several escalations with one resolution, each as `resolveEscalation` would.' })
  @Allow('REP')
  resolveEscalations(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResolveEscalationsInput, { description: 'The escalations and the resolution.' }) input: ResolveEscalationsInput,
  ) {
    return eachEscalation(ctx, input.escalationIds, (itemCtx, escalationId) =>
      ctx.services.escalations.resolve(itemCtx, { escalationId, resolution: input.resolution }),
    );
  }
}
