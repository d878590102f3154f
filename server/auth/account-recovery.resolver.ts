import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { mutationPayload } from '../graphql/payload.js';
import { OrganizationUser } from '../organizations/organization-admin.types.js';
import type { User } from '../organizations/user.entity.js';
import {
  RequestActivationLinkInput,
  RequestActivationLinkPayload,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResetPasswordInput,
  SendActivationLinkInput,
  SendActivationLinkPayload,
} from './account-recovery.types.js';
import { LoginPayload } from './auth.resolver.js';
import { toViewerType } from './viewer.resolver.js';

const toOrganizationUser = (u: User): OrganizationUser => ({ id: u.id, email: u.email, role: u.role, activated: !!u.passwordHash, createdAt: u.createdAt });

/** Ways back in: "Forgot your password?" and fresh activation links. */
@Resolver()
export class AccountRecoveryResolver {
  @Mutation(() => RequestPasswordResetPayload, { description: 'Emails a one-time link to choose a new password, if the address has an account.' })
  @Allow('PUBLIC')
  async requestPasswordReset(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestPasswordResetInput, { description: 'The email and the language of the page.' }) input: RequestPasswordResetInput,
  ): Promise<RequestPasswordResetPayload> {
    return mutationPayload(async () => {
      await ctx.services.passwordReset.request(ctx, input);
    });
  }

  @Mutation(() => LoginPayload, { description: 'Sets a new password with the emailed link, revokes the other login sessions, and logs in.' })
  @Allow('PUBLIC')
  async resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResetPasswordInput, { description: 'The emailed link’s token and the new password.' }) input: ResetPasswordInput,
  ): Promise<LoginPayload> {
    return mutationPayload(async () => {
      const result = await ctx.services.passwordReset.reset(ctx, input);
      return { token: result.token, expiresAt: result.expiresAt, viewer: await toViewerType(ctx, result.viewer) };
    });
  }

  @Mutation(() => RequestActivationLinkPayload, { description: 'From an expired activation link: a new one, sent to the address on file.' })
  @Allow('PUBLIC')
  async requestActivationLink(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestActivationLinkInput, { description: 'The expired link’s token.' }) input: RequestActivationLinkInput,
  ): Promise<RequestActivationLinkPayload> {
    return mutationPayload(async () => {
      await ctx.services.activationLinks.requestNew(ctx, input);
    });
  }

  @Mutation(() => SendActivationLinkPayload, {
    description: 'Reps, or an administrator of the same organization: a fresh activation link to the person’s address.',
  })
  @Allow('REP', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  async sendActivationLink(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SendActivationLinkInput, { description: 'The person.' }) input: SendActivationLinkInput,
  ): Promise<SendActivationLinkPayload> {
    return mutationPayload(async () => ({ user: toOrganizationUser(await ctx.services.activationLinks.send(ctx, input)) }));
  }

  @Query(() => [OrganizationUser], { description: 'Organization administrators: the people of their organization.' })
  @Allow('PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  async organizationUsers(@Ctx() ctx: RequestContext): Promise<OrganizationUser[]> {
    return (await ctx.services.activationLinks.organizationUsers(ctx)).map(toOrganizationUser);
  }
}
