import { Arg, Ctx, Field, ID, InputType, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { ConnectionType } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity.js';

@InputType({ description: 'Which emails to list; all given conditions apply together.' })
export class EmailMessageFilter {
  @Field(() => [OutboxStatus], { nullable: true, description: 'Only emails in one of these states.' })
  status?: OutboxStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only the emails about this order.' })
  orderId?: string | null;
}

export const EmailMessageConnection = ConnectionType('EmailMessage', OutboxMessage);

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Query(() => EmailMessageConnection, { description: 'Reps: the emails sent and to send, newest first; filter FAILED to see delivery failures.' })
  @Allow('REP')
  emailMessages(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many per page: 0 to 100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page; omitted: from the start.' }) after?: string,
    @Arg('filter', () => EmailMessageFilter, { nullable: true, description: 'Which emails; omitted: all.' }) filter?: EmailMessageFilter,
  ) {
    return ctx.services.outbox.list(ctx, { first, after, filter });
  }
}
