import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { mutationPayload } from '../graphql/payload.js';
import { LoginPayload } from './auth.resolver.js';
import { toViewerType } from './viewer.resolver.js';

@ObjectType({ description: 'How reps may sign in to the console besides email and password.' })
export class SingleSignOnInfo {
  @Field({ description: 'An OpenID provider is configured (OIDC_ISSUER).' })
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'Where the console sends the browser to sign in (GET).' })
  loginPath?: string | null;
}

@InputType({ description: 'The one-time code a rep’s single sign-on ended with.' })
export class CompleteSingleSignOnInput {
  @Field({ description: 'The one-time code the sign-in callback handed to the console (`/admin/#/sso?code=…`).' })
  code!: string;
}

/** The console's side of single sign-on; the redirects themselves are HTTP routes (oidc.routes.ts). */
@Resolver()
export class SingleSignOnResolver {
  @Query(() => SingleSignOnInfo, { description: 'Public: whether reps may sign in with the configured OpenID provider, and where.' })
  @Allow('PUBLIC')
  singleSignOn(@Ctx() ctx: RequestContext): SingleSignOnInfo {
    const enabled = ctx.services.singleSignOn.enabled;
    return { enabled, loginPath: enabled ? '/auth/oidc/login' : null };
  }

  @Mutation(() => LoginPayload, { description: 'Exchanges the one-time code of a single sign-on for a rep’s login session.' })
  @Allow('PUBLIC')
  async completeSingleSignOn(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CompleteSingleSignOnInput, { description: 'The one-time code.' }) input: CompleteSingleSignOnInput,
  ): Promise<LoginPayload> {
    return mutationPayload(async () => {
      const result = await ctx.services.singleSignOn.complete(ctx, input.code);
      return { token: result.token, expiresAt: result.expiresAt, viewer: await toViewerType(ctx, result.viewer) };
    });
  }
}
