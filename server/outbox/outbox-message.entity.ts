import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * An email waiting to be delivered. Written in the same transaction as the change that causes it,
 * drained by the delivery job. `messageKey` is unique: the same logical message is never queued
 * twice, and it travels as the Message-ID so a retried send is recognisable downstream.
 */
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  [OptionalProps]?: 'status' | 'attempts' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 200, unique: true })
  messageKey!: string;

  /** `SETUP_LINK`, `ACTIVATION`, `REP_NOTICE`, … */
  @Property({ type: 'string', length: 32 })
  template!: string;

  @Property({ type: 'string', length: 254 })
  recipient!: string;

  @Property({ type: 'string', length: 35 })
  locale!: string;

  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text' })
  html!: string;

  @Property({ type: 'uuid', nullable: true })
  orderId?: string;

  @Enum({ items: () => OutboxStatus })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
