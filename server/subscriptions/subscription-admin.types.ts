import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PageType } from '../graphql/offset-page.js';
import { UserError } from '../graphql/user-error.js';
import { Subscription, SubscriptionStatus } from './subscription.entity.js';

export enum SubscriptionSortField {
  CREATED_AT = 'CREATED_AT',
  STATUS = 'STATUS',
  BILLING_STARTED_AT = 'BILLING_STARTED_AT',
}
registerEnumType(SubscriptionSortField, { name: 'SubscriptionSortField' });

@InputType()
export class SubscriptionSearchFilter {
  @Field(() => String, { nullable: true, description: 'Customer organization name, subdomain or CCW order number contains.' })
  q?: string | null;

  @Field(() => [SubscriptionStatus], { nullable: true })
  status?: SubscriptionStatus[] | null;

  @Field(() => ID, { nullable: true })
  customerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;
}

@InputType()
export class MeetingSettingsCorrection {
  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;
}

@InputType()
export class CallingSettingsCorrection {
  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  announcementLanguage?: string | null;

  @Field(() => String, { nullable: true })
  emailLanguage?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty to clear.' })
  mainNumber?: string | null;
}

@InputType({ description: 'What a rep may correct in a subscription’s saved settings before it is provisioned.' })
export class UpdateSubscriptionSettingsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingSettingsCorrection, { nullable: true })
  meetingSettings?: MeetingSettingsCorrection | null;

  @Field(() => CallingSettingsCorrection, { nullable: true })
  callingSettings?: CallingSettingsCorrection | null;
}

@ObjectType()
export class SubscriptionPayload {
  @Field(() => Subscription, { nullable: true })
  subscription?: Subscription | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const SubscriptionPage = PageType('Subscription', Subscription);
