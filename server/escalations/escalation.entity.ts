import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Rep } from '../auth/rep.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import type { Order } from '../orders/order.entity.js';
import { Allow } from '../graphql/access.js';

export enum EscalationKind {
  OVERDUE_PROVISIONING = 'OVERDUE_PROVISIONING',
  UNRECOGNIZED_PARTNER_ORGANIZATION = 'UNRECOGNIZED_PARTNER_ORGANIZATION',
  UNRECOGNIZED_CUSTOMER_ORGANIZATION = 'UNRECOGNIZED_CUSTOMER_ORGANIZATION',
  /** Setup was started but the order is not set up `STALLED_SETUP_AFTER` after the requested start date. */
  STALLED_SETUP = 'STALLED_SETUP',
}
/** Kinds that put the order ON_HOLD (settling them releases the hold); the others only ask a rep to act. */
export const HOLD_KINDS: readonly EscalationKind[] = [EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION, EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION];
registerEnumType(EscalationKind, { name: 'EscalationKind' });

export enum EscalationStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
}
registerEnumType(EscalationStatus, { name: 'EscalationStatus' });

/**
 * Work for a Cisco rep. At most one overdue escalation per order, ever, and at most one unresolved
 * escalation per order and kind: both are partial unique indexes, so concurrent sweeps cannot
 * open a second one.
 */
// Reps' work, on every path (an order's `escalations` too): every field of it is for reps only.
@Allow('REP')
@ObjectType()
@Entity({ tableName: 'escalation' })
export class Escalation {
  [OptionalProps]?: 'status' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => EscalationKind)
  @Enum({ items: () => EscalationKind })
  kind!: EscalationKind;

  @Field(() => EscalationStatus)
  @Enum({ items: () => EscalationStatus })
  status: EscalationStatus = EscalationStatus.OPEN;

  @ManyToOne({ entity: 'Order', ref: true })
  order!: Ref<Order>;

  @ManyToOne({ entity: 'Rep', ref: true, nullable: true })
  assignee?: Ref<Rep>;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resolution?: string;

  @ManyToOne({ entity: 'Rep', ref: true, nullable: true })
  resolvedBy?: Ref<Rep>;

  /** A rep reached the partner about it (the overdue work: "contact the partner"). */
  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  partnerContactedAt?: Date;

  @ManyToOne({ entity: 'Rep', ref: true, nullable: true })
  partnerContactedBy?: Ref<Rep>;
}
