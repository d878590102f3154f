import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import { OutboxStatus } from './outbox-message.entity.js';

registerEnumType(OutboxStatus, { name: 'OutboxStatus' });

/**
 * An email as the reps' console shows it: where it went and whether it was delivered. The body is
 * left out on purpose: setup emails carry the link's secret token.
 */
@ObjectType('OutboxMessage', { description: 'An email queued for delivery (reps only; without its body).' })
export class OutboxMessageInfo {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'SETUP_LINK, ACTIVATION, REP_NOTICE, …' })
  template!: string;

  @Field()
  recipient!: string;

  @Field()
  locale!: string;

  @Field()
  subject!: string;

  @Field(() => OutboxStatus)
  status!: OutboxStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  sentAt?: Date | null;

  @Field(() => DateTimeScalar)
  nextAttemptAt!: Date;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}
