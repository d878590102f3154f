import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import { OutboxStatus } from './outbox-message.entity.js';

registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  description: 'Where an email stands.',
  valuesConfig: {
    FAILED: { description: 'Given up after the last attempt; a rep may send it again.' },
    PENDING: { description: 'Queued, or waiting for a retry.' },
    SENT: { description: 'The SMTP server accepted it.' },
  },
});

/**
 * An email as the reps' console shows it: where it went and whether it was delivered. The body is
 * left out on purpose: setup emails carry the link's secret token.
 */
@ObjectType('OutboxMessage', { description: 'An email queued for delivery (reps only; without its body).' })
export class OutboxMessageInfo {
  @Field(() => ID, { description: 'The email’s id.' })
  id!: string;

  @Field({ description: 'SETUP_LINK, ACTIVATION, REP_NOTICE, …' })
  template!: string;

  @Field({ description: 'The address it is sent to.' })
  recipient!: string;

  @Field({ description: 'The language it is written in (BCP 47).' })
  locale!: string;

  @Field({ description: 'The subject line.' })
  subject!: string;

  @Field(() => OutboxStatus, { description: 'PENDING, SENT or FAILED.' })
  status!: OutboxStatus;

  @Field(() => Int, { description: 'Delivery attempts made so far.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'The SMTP server’s answer to the last failed attempt; null when none failed.' })
  lastError?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the SMTP server accepted it; null until then.' })
  sentAt?: Date | null;

  @Field(() => DateTimeScalar, { description: 'When a PENDING email is tried next.' })
  nextAttemptAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it was queued.' })
  createdAt!: Date;
}
