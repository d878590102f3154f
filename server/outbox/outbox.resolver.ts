import { Arg, Ctx, Field, ID, InputType, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { ConnectionType } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity.js';

@InputType()
export class EmailMessageFilter {
  @Field(() => [OutboxStatus], { nullable: true })
  status?: OutboxStatus[] | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;
}

export const EmailMessageConnection = ConnectionType('EmailMessage', OutboxMessage);

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Query(() => EmailMessageConnection, { description: 'Reps: the emails sent and to send, newest first; filter FAILED to see delivery failures.' })
  @Allow('REP')
  emailMessages(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => EmailMessageFilter, { nullable: true }) filter?: EmailMessageFilter,
  ) {
    return ctx.services.outbox.list(ctx, { first, after, filter });
  }
}
