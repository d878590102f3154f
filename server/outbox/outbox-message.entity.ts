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
@ObjectType('EmailMessage', { description: 'An email the server sent or is sending (reps only; without its body).' })
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  [OptionalProps]?: 'status' | 'attempts' | 'createdAt';

  @Field(() => ID, { description: 'The email’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 200, unique: true })
  messageKey!: string;

  /** `SETUP_LINK`, `ACTIVATION`, `REP_NOTICE`, … */
  @Field({ description: 'Which email it is: SETUP_LINK, ACTIVATION, REP_NOTICE, …' })
  @Property({ type: 'string', length: 32 })
  template!: string;

  @Field({ description: 'The address it is sent to.' })
  @Property({ type: 'string', length: 254 })
  recipient!: string;

  @Field({ description: 'The language it is written in (BCP 47), also its `Content-Language`.' })
  @Property({ type: 'string', length: 35 })
  locale!: string;

  @Field({ description: 'The subject line.' })
  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text' })
  html!: string;

  @Field(() => ID, { nullable: true, description: 'The order it is about; null for emails about no order (e.g. a password reset).' })
  @Property({ type: 'uuid', nullable: true })
  orderId?: string;

  @Field(() => OutboxStatus, { description: 'PENDING, SENT or FAILED.' })
  @Enum({ items: () => OutboxStatus })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Field(() => Int, { description: 'Delivery attempts made so far (a resend starts over from zero).' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => DateTimeScalar, { description: 'When a PENDING message is tried next' })
  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Field(() => String, { nullable: true, description: 'The SMTP server’s answer to the last failed attempt; null when none failed.' })
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the SMTP server accepted it; null until then.' })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date;

  @Field(() => DateTimeScalar, { description: 'When it was queued.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
