import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { UserError } from '../graphql/user-error.js';
import { mutationPayload } from '../graphql/payload.js';
import { OutboxMessage } from './outbox-message.entity.js';

@InputType({ description: 'The email to send again.' })
export class ResendEmailInput {
  @Field(() => ID, { description: 'A FAILED email (an order’s `outboxMessages`, or `emailMessages(filter: { status: [FAILED] })`).' })
  emailId!: string;
}

@ObjectType({ description: 'The email queued again, or why not.' })
export class ResendEmailPayload {
  @Field(() => OutboxMessage, { nullable: true, description: 'The email, PENDING again; null when `errors` is not empty.' })
  email?: OutboxMessage | null;

  @Field(() => [UserError], { description: 'Why it was not queued (not found, not FAILED); empty on success.' })
  errors!: UserError[];
}

@Resolver()
export class EmailResendResolver {
  @Mutation(() => ResendEmailPayload, { description: 'Reps: queues a FAILED email to be sent again (PENDING, attempts from zero), audited on its order.' })
  @Allow('REP')
  async resendEmail(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResendEmailInput, { description: 'The FAILED email.' }) input: ResendEmailInput,
  ): Promise<ResendEmailPayload> {
    return mutationPayload('email', () => ctx.services.emailResend.resend(ctx, input.emailId));
  }
}
