import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PageType } from '../graphql/offset-page.js';
import { UserError } from '../graphql/user-error.js';
import { Subscription, SubscriptionStatus } from './subscription.entity.js';

export enum SubscriptionSortField {
  CREATED_AT = 'CREATED_AT',
  STATUS = 'STATUS',
  BILLING_STARTED_AT = 'BILLING_STARTED_AT',
}
registerEnumType(SubscriptionSortField, {
  name: 'SubscriptionSortField',
  description: 'The columns the subscription search can be sorted on (the id breaks ties).',
  valuesConfig: {
    BILLING_STARTED_AT: { description: 'When billing started.' },
    CREATED_AT: { description: 'When it was created.' },
    STATUS: { description: 'Its status.' },
  },
});

@InputType({ description: 'The console’s subscription search; all given conditions apply together.' })
export class SubscriptionSearchFilter {
  @Field(() => String, { nullable: true, description: 'Customer organization name, subdomain or CCW order number contains.' })
  q?: string | null;

  @Field(() => [SubscriptionStatus], { nullable: true, description: 'Only subscriptions in one of these states.' })
  status?: SubscriptionStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only subscriptions of this customer organization.' })
  customerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the subscription of this order.' })
  orderId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these subscriptions.' })
  ids?: string[] | null;
}

@InputType({ description: 'A rep’s correction of saved meeting settings; omitted fields stay as they are.' })
export class MeetingSettingsCorrection {
  @Field(() => String, { nullable: true, description: 'Time zone of the meeting site (IANA name).' })
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'Language of the meeting site (BCP 47).' })
  language?: string | null;
}

@InputType({ description: 'A rep’s correction of saved calling settings; omitted fields stay as they are.' })
export class CallingSettingsCorrection {
  @Field(() => String, { nullable: true, description: 'The location’s time zone (IANA name, e.g. `Europe/Rome`).' })
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'Language of the announcements callers hear (BCP 47, e.g. `it`).' })
  announcementLanguage?: string | null;

  @Field(() => String, { nullable: true, description: 'Language of the emails users receive (BCP 47, e.g. `en-US`).' })
  emailLanguage?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty to clear.' })
  mainNumber?: string | null;
}

@InputType({ description: 'What a rep may correct in a subscription’s saved settings before it is provisioned.' })
export class UpdateSubscriptionSettingsInput {
  @Field(() => ID, { description: 'The subscription (not yet provisioned).' })
  id!: string;

  @Field(() => MeetingSettingsCorrection, { nullable: true, description: 'Corrections to the meeting settings.' })
  meetingSettings?: MeetingSettingsCorrection | null;

  @Field(() => CallingSettingsCorrection, { nullable: true, description: 'Corrections to the calling settings.' })
  callingSettings?: CallingSettingsCorrection | null;
}

@ObjectType({ description: 'The result of a change to a subscription.' })
export class SubscriptionPayload {
  @Field(() => Subscription, { nullable: true, description: 'The subscription as it is now; null when `errors` is not empty.' })
  subscription?: Subscription | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}

export const SubscriptionPage = PageType('Subscription', Subscription);
