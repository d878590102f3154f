import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { UserError } from '../graphql/user-error.js';
import { mutationPayload } from '../graphql/payload.js';
import { ViewerType, toViewerType } from './viewer.resolver.js';

@InputType({ description: 'An email and password login (reps and organization administrators).' })
export class LoginInput {
  @Field({ description: 'The account’s email.' })
  email!: string;

  @Field({ description: 'The account’s password.' })
  password!: string;
}

@InputType({ description: 'Ends the bearer’s login session; no values needed.' })
export class LogoutInput {
  @Field(() => String, { nullable: true, description: 'Any value the client wants to correlate the call with; not used by the server.' })
  clientMutationId?: string | null;
}

@InputType({ description: 'What `activateAccount` needs: the token of the emailed activation link and the password to set.' })
export class ActivateAccountInput {
  @Field({ description: 'The token of the activation link (`<PORTAL_URL>/activate?token=<token>`).' })
  token!: string;

  @Field({ description: 'The password to set: 12 to 256 characters, letters mixed with digits or symbols (else `PASSWORD_TOO_WEAK`).' })
  password!: string;
}

@ObjectType({ description: 'A new login session, or why none was opened.' })
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'The bearer token of the session (`Authorization: Bearer <token>`); null when `errors` is not empty.' })
  token?: string | null;

  @Field(() => ViewerType, { nullable: true, description: 'Who is now logged in; null when `errors` is not empty.' })
  viewer?: ViewerType | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the session ends (12 hours after login); null when `errors` is not empty.' })
  expiresAt?: Date | null;

  @Field(() => [UserError], { description: 'Why no session was opened (`INVALID_CREDENTIALS`, `TOO_MANY_ATTEMPTS`, …); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'The result of a logout.' })
export class LogoutPayload {
  @Field(() => [UserError], { description: 'Always empty: a logout does not fail.' })
  errors!: UserError[];
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description: 'Public: email and password to a login session (reps, partner and customer administrators); failures are throttled.',
  })
  @Allow('PUBLIC')
  async login(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => LoginInput, { description: 'The email and password.' }) input: LoginInput,
  ): Promise<LoginPayload> {
    return mutationPayload(async () => {
      const result = await ctx.services.login.login(ctx, input);
      return { token: result.token, expiresAt: result.expiresAt, viewer: await toViewerType(ctx, result.viewer) };
    });
  }

  @Mutation(() => LoginPayload, { description: 'Sets the password with an activation link, and logs in.' })
  @Allow('PUBLIC')
  async activateAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ActivateAccountInput, { description: 'The activation link’s token and the new password.' }) input: ActivateAccountInput,
  ): Promise<LoginPayload> {
    return mutationPayload(async () => {
      const result = await ctx.services.activation.activate(ctx, input);
      return { token: result.token, expiresAt: result.expiresAt, viewer: await toViewerType(ctx, result.viewer) };
    });
  }

  @Mutation(() => LogoutPayload, { description: 'Revokes the bearer login session.' })
  @Allow('REP', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  async logout(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => LogoutInput, { description: 'Nothing but an optional correlation id.' }) _input: LogoutInput,
  ): Promise<LogoutPayload> {
    await ctx.services.login.logout(ctx);
    return { errors: [] };
  }
}
