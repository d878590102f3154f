import type { Row } from '../db/plain-rows.js';
import { Ctx, Field, FieldResolver, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { MissingSetting, missingSettings } from './service-setup.service.js';

registerEnumType(MissingSetting, {
  name: 'MissingSetting',
  description: 'Added: a group of settings that provisioning still needs (`missingSettings`; `SETTINGS_INCOMPLETE`’s `params.missing`).',
  valuesConfig: {
    ENTERPRISE_SETTINGS: { description: 'The subdomain (saveEnterpriseSettings): needed always.' },
    CALLING_SETTINGS: { description: 'The calling settings (saveCallingSettings): needed when Calling was purchased.' },
    MEETING_SETTINGS: { description: 'The meeting settings (saveMeetingSettings): needed when Meetings was purchased.' },
  },
});
import { Subscription } from './subscription.entity.js';

@ObjectType({ description: 'Calling settings as they were saved in the service setup.' })
export class CallingSettingsView {
  @Field({ description: 'The location’s name.' }) locationName!: string;
  @Field({ description: 'Street and number of the location.' }) address!: string;
  @Field({ description: 'City of the location.' }) city!: string;
  @Field({ description: 'Postal code of the location.' }) postalCode!: string;
  @Field({ description: 'Country of the location (ISO 3166-1 alpha-2).' }) country!: string;
  @Field({ description: 'The location’s time zone (IANA name).' }) timeZone!: string;
  @Field({ description: 'Language of the announcements callers hear (BCP 47).' }) announcementLanguage!: string;
  @Field({ description: 'Language of the emails users receive (BCP 47).' }) emailLanguage!: string;
  @Field(() => String, { nullable: true, description: 'The location’s main phone number; null when none was given.' }) mainNumber!: string | null;
}

@ObjectType({ description: 'Meeting settings as they were saved in the service setup.' })
export class MeetingSettingsView {
  @Field({ description: 'The site’s name.' }) siteName!: string;
  @Field({ description: '<siteName>.webex.com' }) siteUrl!: string;
  @Field({ description: 'Time zone of the site (IANA name).' }) timeZone!: string;
  @Field({ description: 'Language of the site (BCP 47).' }) language!: string;
}

@Resolver(() => Subscription)
export class SubscriptionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The enterprise subdomain: the SIP domain is <subdomain>.calls.webex.com' })
  async subdomain(@Root() subscription: Row<Subscription>, @Ctx() ctx: RequestContext): Promise<string | null> {
    const organization = await ctx.loaders.organizationById.load(subscription.customerOrganization.id);
    return organization?.subdomain ?? null;
  }

  @FieldResolver(() => [MissingSetting], { description: 'What provisioning still needs: ENTERPRISE_SETTINGS, CALLING_SETTINGS, MEETING_SETTINGS.' })
  async missingSettings(@Root() subscription: Row<Subscription>, @Ctx() ctx: RequestContext): Promise<MissingSetting[]> {
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
