import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { UserError, userErrorsOf } from '../graphql/user-error.js';
import { ViewerType, toViewerType } from './viewer.resolver.js';

@InputType()
export class LoginInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}

@InputType()
export class LogoutInput {
  @Field(() => String, { nullable: true })
  clientMutationId?: string | null;
}

@InputType()
export class ActivateAccountInput {
  @Field()
  token!: string;

  @Field()
  password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { nullable: true })
  token?: string | null;

  @Field(() => ViewerType, { nullable: true })
  viewer?: ViewerType | null;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class LogoutPayload {
  @Field(() => [UserError])
  errors!: UserError[];
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload)
  @Allow('PUBLIC')
  async login(@Ctx() ctx: RequestContext, @Arg('input', () => LoginInput) input: LoginInput): Promise<LoginPayload> {
    try {
      const result = await ctx.services.login.login(ctx, input);
      return { token: result.token, expiresAt: result.expiresAt, viewer: await toViewerType(ctx, result.viewer), errors: [] };
    } catch (error) {
      return { errors: userErrorsOf(error) };
    }
  }

  @Mutation(() => LoginPayload, { description: 'Sets the password with an activation link, and logs in.' })
  @Allow('PUBLIC')
  async activateAccount(@Ctx() ctx: RequestContext, @Arg('input', () => ActivateAccountInput) input: ActivateAccountInput): Promise<LoginPayload> {
    try {
      const result = await ctx.services.activation.activate(ctx, input);
      return { token: result.token, expiresAt: result.expiresAt, viewer: await toViewerType(ctx, result.viewer), errors: [] };
    } catch (error) {
      return { errors: userErrorsOf(error) };
    }
  }

  @Mutation(() => LogoutPayload, { description: 'Revokes the bearer login session.' })
  @Allow('REP', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  async logout(@Ctx() ctx: RequestContext, @Arg('input', () => LogoutInput) _input: LogoutInput): Promise<LogoutPayload> {
    await ctx.services.login.logout(ctx);
    return { errors: [] };
  }
}
