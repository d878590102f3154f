import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { UserError, userErrorsOf } from '../graphql/user-error.js';
import { OutboxMessage } from './outbox-message.entity.js';

@InputType()
export class ResendEmailInput {
  @Field(() => ID, { description: 'A FAILED email (an order’s `outboxMessages`, or `emailMessages(filter: { status: [FAILED] })`).' })
  emailId!: string;
}

@ObjectType()
export class ResendEmailPayload {
  @Field(() => OutboxMessage, { nullable: true })
  email?: OutboxMessage | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@Resolver()
export class EmailResendResolver {
  @Mutation(() => ResendEmailPayload, { description: 'Reps: queues a FAILED email to be sent again (PENDING, attempts from zero), audited on its order.' })
  @Allow('REP')
  async resendEmail(@Ctx() ctx: RequestContext, @Arg('input', () => ResendEmailInput) input: ResendEmailInput): Promise<ResendEmailPayload> {
    try {
      return { email: await ctx.services.emailResend.resend(ctx, input.emailId), errors: [] };
    } catch (error) {
      return { email: null, errors: userErrorsOf(error) };
    }
  }
}
