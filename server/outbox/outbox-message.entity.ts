import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(OutboxStatus, {
  name: 'EmailStatus',
  description: 'PENDING: queued or waiting for a retry; SENT: accepted by the SMTP server; FAILED: refused for good',
});

/**
 * An email waiting to be delivered. Written in the same transaction as the change that causes it,
 * drained by the delivery job. `messageKey` is unique: the same logical message is never queued
 * twice, and it travels as the Message-ID so a retried send is recognisable downstream.
 * Reps see it as `EmailMessage` (delivery state only: the body carries a setup token and is never exposed).
 */
@ObjectType('EmailMessage')
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  [OptionalProps]?: 'status' | 'attempts' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 200, unique: true })
  messageKey!: string;

  /** `SETUP_LINK`, `ACTIVATION`, `REP_NOTICE`, … */
  @Field()
  @Property({ type: 'string', length: 32 })
  template!: string;

  @Field()
  @Property({ type: 'string', length: 254 })
  recipient!: string;

  @Field()
  @Property({ type: 'string', length: 35 })
  locale!: string;

  @Field()
  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text' })
  html!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  orderId?: string;

  @Field(() => OutboxStatus)
  @Enum({ items: () => OutboxStatus })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => DateTimeScalar, { description: 'When a PENDING message is tried next' })
  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
