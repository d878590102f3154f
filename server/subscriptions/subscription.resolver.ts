import type { Row } from '../db/plain-rows.js';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { missingSettings } from './service-setup.service.js';
import { Subscription } from './subscription.entity.js';

@ObjectType()
export class CallingSettingsView {
  @Field() locationName!: string;
  @Field() address!: string;
  @Field() city!: string;
  @Field() postalCode!: string;
  @Field() country!: string;
  @Field() timeZone!: string;
  @Field() announcementLanguage!: string;
  @Field() emailLanguage!: string;
  @Field(() => String, { nullable: true }) mainNumber!: string | null;
}

@ObjectType()
export class MeetingSettingsView {
  @Field() siteName!: string;
  @Field({ description: '<siteName>.webex.com' }) siteUrl!: string;
  @Field() timeZone!: string;
  @Field() language!: string;
}

@Resolver(() => Subscription)
export class SubscriptionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The enterprise subdomain: the SIP domain is <subdomain>.calls.webex.com' })
  async subdomain(@Root() subscription: Row<Subscription>, @Ctx() ctx: RequestContext): Promise<string | null> {
    const organization = await ctx.loaders.organizationById.load(subscription.customerOrganization.id);
    return organization?.subdomain ?? null;
  }

  @FieldResolver(() => [String], { description: 'What provisioning still needs: ENTERPRISE_SETTINGS, CALLING_SETTINGS, MEETING_SETTINGS.' })
  async missingSettings(@Root() subscription: Row<Subscription>, @Ctx() ctx: RequestContext): Promise<string[]> {
    const organization = await ctx.loaders.organizationById.load(subscription.customerOrganization.id);
    return organization ? missingSettings(subscription, organization) : [];
  }

  @FieldResolver(() => CallingSettingsView, { nullable: true, description: 'Saved calling settings (Calling purchased).' })
  callingSettings(@Root() subscription: Row<Subscription>): CallingSettingsView | null {
    return subscription.callingSettings ?? null;
  }

  @FieldResolver(() => MeetingSettingsView, { nullable: true, description: 'Saved meeting settings (Meetings purchased).' })
  meetingSettings(@Root() subscription: Row<Subscription>): MeetingSettingsView | null {
    return subscription.meetingSettings ?? null;
  }
}
