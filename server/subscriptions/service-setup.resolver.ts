import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { UserErrorCode } from '../common/errors.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { mutationPayload } from '../graphql/payload.js';
import { SetupSessionPayload } from '../setup/setup.types.js';
import type { SetupSession } from '../setup/setup-session.entity.js';
import { Subscription } from './subscription.entity.js';

@InputType({ description: 'Service setup: the first calling location (asked when Calling was purchased).' })
export class CallingSettingsInput {
  @Field(() => ID, { nullable: true, description: 'Needed only with a login token.' })
  subscriptionId?: string | null;

  @Field({ description: 'The location’s name, e.g. Head office.' })
  locationName!: string;

  @Field({ description: 'Street and number of the location.' })
  address!: string;

  @Field({ description: 'City of the location.' })
  city!: string;

  @Field({ description: 'Postal code of the location.' })
  postalCode!: string;

  @Field({ description: 'Country of the location (ISO 3166-1 alpha-2, e.g. `IT`).' })
  country!: string;

  @Field({ description: 'The location’s time zone (IANA name, e.g. `Europe/Rome`).' })
  timeZone!: string;

  @Field({ description: 'Language of the announcements callers hear (BCP 47, e.g. `it`).' })
  announcementLanguage!: string;

  @Field({ description: 'Language of the emails users receive (BCP 47, e.g. `en-US`).' })
  emailLanguage!: string;

  @Field(() => String, { nullable: true, description: 'The location’s main phone number; optional.' })
  mainNumber?: string | null;
}

@InputType({ description: 'Service setup: the Webex meeting site (asked when Meetings was purchased).' })
export class MeetingSettingsInput {
  @Field(() => ID, { nullable: true, description: 'The subscription to set up: needed only with a login token.' })
  subscriptionId?: string | null;

  @Field({ description: 'The site’s name: the site is `<siteName>.webex.com`.' })
  siteName!: string;

  @Field({ description: 'Time zone of the site (IANA name, e.g. `Europe/Rome`).' })
  timeZone!: string;

  @Field({ description: 'Language of the site (BCP 47, e.g. `it`).' })
  language!: string;
}

@InputType({ description: 'Service setup: the customer organization’s enterprise subdomain (always needed).' })
export class EnterpriseSettingsInput {
  @Field(() => ID, { nullable: true, description: 'The subscription to set up: needed only with a login token (a setup session acts on its order’s).' })
  subscriptionId?: string | null;

  @Field({
    description: 'Letters and digits only, 1–63 characters, case-insensitive, not reserved, not taken; the SIP domain becomes `<subdomain>.calls.webex.com`.',
  })
  subdomain!: string;
}

@InputType({ description: 'Provisions the subscription once its settings are saved.' })
export class ProvisionInput {
  @Field(() => ID, { nullable: true, description: 'The subscription: needed only with a login token (a setup session acts on its order’s).' })
  subscriptionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Any value the client wants to correlate the call with; not used by the server.' })
  clientMutationId?: string | null;
}

@ObjectType({ description: 'Whether a subdomain could be claimed now (nothing is reserved by asking).' })
export class SubdomainAvailability {
  @Field({ description: 'The subdomain checked, normalised (trimmed, lower case).' })
  subdomain!: string;

  @Field({ description: 'true when `saveEnterpriseSettings` would accept it now.' })
  available!: boolean;

  @Field(() => UserErrorCode, { nullable: true, description: 'Why not: SUBDOMAIN_INVALID, SUBDOMAIN_RESERVED or SUBDOMAIN_TAKEN; null when available.' })
  reason?: UserErrorCode | null;

  @Field(() => String, { nullable: true, description: 'Why not, in words; null when available.' })
  message?: string | null;
}

async function servicePayload(
  ctx: RequestContext,
  work: () => Promise<{ session: SetupSession | null; subscription: Subscription }>,
): Promise<SetupSessionPayload> {
  return mutationPayload(work, async () => {
    // The failed transaction may have left changed entities in this request's identity map.
    ctx.em.clear();
    return { session: await ctx.services.setup.current(ctx), subscription: null };
  });
}

/** Step 10: service setup, with the setup session or (naming `subscriptionId`) an administrator's login. */
@Resolver()
export class ServiceSetupResolver {
  @Mutation(() => SetupSessionPayload, {
    description:
      'Service setup (setup sessions, or administrators of the organization with `subscriptionId`): saves the calling location; saving again replaces it.',
  })
  @Allow('SETUP_SESSION', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  saveCallingSettings(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CallingSettingsInput, { description: 'The calling settings.' }) input: CallingSettingsInput,
  ) {
    return servicePayload(ctx, () => ctx.services.serviceSetup.saveCallingSettings(ctx, input));
  }

  @Mutation(() => SetupSessionPayload, { description: 'Service setup: saves the meeting site; saving again replaces it.' })
  @Allow('SETUP_SESSION', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  saveMeetingSettings(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MeetingSettingsInput, { description: 'The meeting settings.' }) input: MeetingSettingsInput,
  ) {
    return servicePayload(ctx, () => ctx.services.serviceSetup.saveMeetingSettings(ctx, input));
  }

  @Mutation(() => SetupSessionPayload, {
    description: 'Service setup: claims the customer organization’s subdomain; saving again before provisioning replaces it and frees the old one.',
  })
  @Allow('SETUP_SESSION', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  saveEnterpriseSettings(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => EnterpriseSettingsInput, { description: 'The subdomain.' }) input: EnterpriseSettingsInput,
  ) {
    return servicePayload(ctx, () => ctx.services.serviceSetup.saveEnterpriseSettings(ctx, input));
  }

  @Mutation(() => SetupSessionPayload, { description: 'Activates the subscription and starts billing for every purchased service, once.' })
  @Allow('SETUP_SESSION', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN')
  provisionSubscription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProvisionInput, { description: 'The subscription (with a login token) and an optional correlation id.' }) input: ProvisionInput,
  ) {
    return servicePayload(ctx, () => ctx.services.serviceSetup.provision(ctx, input));
  }

  @Query(() => SubdomainAvailability, { description: '"Check availability": never reserves.' })
  @Allow('SETUP_SESSION', 'PARTNER_ADMIN', 'CUSTOMER_ADMIN', 'REP')
  checkSubdomainAvailability(
    @Ctx() ctx: RequestContext,
    @Arg('subdomain', () => String, { description: 'The subdomain to check, as typed.' }) subdomain: string,
  ) {
    return ctx.services.serviceSetup.checkSubdomainAvailability(ctx, subdomain);
  }
}
