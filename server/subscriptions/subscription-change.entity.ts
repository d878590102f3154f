import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import { ServiceLine } from '../orders/service-line.js';

export enum SubscriptionChangeKind {
  CANCEL = 'CANCEL',
  QUANTITIES = 'QUANTITIES',
}
registerEnumType(SubscriptionChangeKind, {
  name: 'SubscriptionChangeKind',
  description: 'What a scheduled change of a subscription does on its effective date.',
  valuesConfig: {
    CANCEL: { description: 'Cancels the subscription.' },
    QUANTITIES: { description: 'Sets new quantities of its services (`services`).' },
  },
});

export enum SubscriptionChangeStatus {
  SCHEDULED = 'SCHEDULED',
  APPLIED = 'APPLIED',
  SUPERSEDED = 'SUPERSEDED',
  VOIDED = 'VOIDED',
}
registerEnumType(SubscriptionChangeStatus, {
  name: 'SubscriptionChangeStatus',
  description: 'Where a scheduled change of a subscription stands.',
  valuesConfig: {
    SCHEDULED: { description: 'Waits for its effective date.' },
    APPLIED: { description: 'Applied on its effective date.' },
    SUPERSEDED: { description: 'Replaced by a later change of the same kind before its date.' },
    VOIDED: { description: 'Not applied: the subscription was cancelled before its date.' },
  },
});

/**
 * A change of a subscription asked for a later date (`effectiveDate`): applied by the
 * `subscriptions:apply-scheduled` sweep when `effectiveAt` has come (server/jobs/subscription-changes.job.ts).
 */
@ObjectType({ description: 'A change of a subscription scheduled for a later date.' })
@Entity({ tableName: 'subscription_change' })
export class SubscriptionChange {
  [OptionalProps]?: 'status' | 'createdAt';

  @Field(() => ID, { description: 'The scheduled change’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  subscriptionId!: string;

  @Property({ type: 'uuid' })
  orderId!: string;

  @Field(() => SubscriptionChangeKind, { description: 'What it does.' })
  @Enum({ items: () => SubscriptionChangeKind })
  kind!: SubscriptionChangeKind;

  @Field(() => SubscriptionChangeStatus, { description: 'Whether it still waits, was applied, superseded or voided.' })
  @Enum({ items: () => SubscriptionChangeStatus })
  status: SubscriptionChangeStatus = SubscriptionChangeStatus.SCHEDULED;

  @Field(() => DateTimeScalar, { description: 'When it takes effect: the start of the effective date in the order’s time zone.' })
  @Property({ type: 'datetime' })
  effectiveAt!: Date;

  @Field(() => [ServiceLine], { nullable: true, description: 'QUANTITIES: the new quantities; null for CANCEL.' })
  @Property({ type: 'json', nullable: true })
  services?: ServiceLine[] | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'string', length: 32 })
  actorKind!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  clientRequestId?: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was asked for.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was applied, superseded or voided; null while SCHEDULED.' })
  @Property({ type: 'datetime', nullable: true })
  settledAt?: Date | null;
}
