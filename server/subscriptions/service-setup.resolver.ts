import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { UserErrorCode } from '../common/errors.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { userErrorsOf } from '../graphql/user-error.js';
import { SetupSessionPayload } from '../setup/setup.types.js';
import type { SetupSession } from '../setup/setup-session.entity.js';
import { Subscription } from './subscription.entity.js';

@InputType()
export class CallingSettingsInput {
  @Field(() => ID, { nullable: true, description: 'Needed only with a login token.' })
  subscriptionId?: string | null;

  @Field()
  locationName!: string;

  @Field()
  address!: string;

  @Field()
  city!: string;

  @Field()
  postalCode!: string;

  @Field()
  country!: string;

  @Field()
  timeZone!: string;

  @Field()
  announcementLanguage!: string;

  @Field()
  emailLanguage!: string;

  @Field(() => String, { nullable: true })
  mainNumber?: string | null;
}

@InputType()
export class MeetingSettingsInput {
  @Field(() => ID, { nullable: true })
  subscriptionId?: string | null;

  @Field()
  siteName!: string;

  @Field()
  timeZone!: string;

  @Field()
  language!: string;
}

@InputType()
export class EnterpriseSettingsInput {
  @Field(() => ID, { nullable: true })
  subscriptionId?: string | null;

  @Field()
  subdomain!: string;
}

@InputType()
export class ProvisionInput {
  @Field(() => ID, { nullable: true })
  subscriptionId?: string | null;

  @Field(() => String, { nullable: true })
  clientMutationId?: string | null;
}

@ObjectType()
export class SubdomainAvailability {
  @Field()
  subdomain!: string;

  @Field()
  available!: boolean;

  @Field(() => UserErrorCode, { nullable: true })
  reason?: UserErrorCode | null;

  @Field(() => String, { nullable: true })
  message?: string | null;
}

async function servicePayload(
  ctx: RequestContext,
  work: () => Promise<{ session: SetupSession | null; subscription: Subscription }>,
): Promise<SetupSessionPayload> {
  try {
    return { ...(await work()), errors: [] };
  } catch (error) {
    const errors = userErrorsOf(error);
    // The failed transaction may have left changed entities in this request's identity map.
    ctx.em.clear();
    return { session: await ctx.services.setup.current(ctx), subscription: null, errors };
  }
}

/** Step 10: service setup, with the setup session or (naming `subscriptionId`) an administrator's login. */
@Resolver()
export class ServiceSetupResolver {
  @Mutation(() => SetupSessionPayload)
  @Allow('SETUP_SESSION', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  saveCallingSettings(@Ctx() ctx: RequestContext, @Arg('input', () => CallingSettingsInput) input: CallingSettingsInput) {
    return servicePayload(ctx, () => ctx.services.serviceSetup.saveCallingSettings(ctx, input));
  }

  @Mutation(() => SetupSessionPayload)
  @Allow('SETUP_SESSION', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  saveMeetingSettings(@Ctx() ctx: RequestContext, @Arg('input', () => MeetingSettingsInput) input: MeetingSettingsInput) {
    return servicePayload(ctx, () => ctx.services.serviceSetup.saveMeetingSettings(ctx, input));
  }

  @Mutation(() => SetupSessionPayload)
  @Allow('SETUP_SESSION', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  saveEnterpriseSettings(@Ctx() ctx: RequestContext, @Arg('input', () => EnterpriseSettingsInput) input: EnterpriseSettingsInput) {
    return servicePayload(ctx, () => ctx.services.serviceSetup.saveEnterpriseSettings(ctx, input));
  }

  @Mutation(() => SetupSessionPayload, { description: 'Activates the subscription and starts billing for every purchased service, once.' })
  @Allow('SETUP_SESSION', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  provisionSubscription(@Ctx() ctx: RequestContext, @Arg('input', () => ProvisionInput) input: ProvisionInput) {
    return servicePayload(ctx, () => ctx.services.serviceSetup.provision(ctx, input));
  }

  @Query(() => SubdomainAvailability, { description: '"Check availability": never reserves.' })
  @Allow('SETUP_SESSION', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN', 'REP')
  checkSubdomainAvailability(@Ctx() ctx: RequestContext, @Arg('subdomain', () => String) subdomain: string) {
    return ctx.services.serviceSetup.checkSubdomainAvailability(ctx, subdomain);
  }
}
