import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Rep } from '../auth/rep.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import type { Order } from '../orders/order.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import { Allow } from '../graphql/access.js';

export enum EscalationKind {
  OVERDUE_PROVISIONING = 'OVERDUE_PROVISIONING',
  UNRECOGNIZED_PARTNER_ORGANIZATION = 'UNRECOGNIZED_PARTNER_ORGANIZATION',
  UNRECOGNIZED_CUSTOMER_ORGANIZATION = 'UNRECOGNIZED_CUSTOMER_ORGANIZATION',
  /** Setup was started and then nobody acted on it for `STALLED_SETUP_AFTER` since its last activity (an order past step 8: after its reminder). */
  STALLED_SETUP = 'STALLED_SETUP',
}
/** Kinds that put the order ON_HOLD (settling them releases the hold); the others only ask a rep to act. */
export const HOLD_KINDS: readonly EscalationKind[] = [EscalationKind.UNRECOGNIZED_PARTNER_ORGANIZATION, EscalationKind.UNRECOGNIZED_CUSTOMER_ORGANIZATION];
registerEnumType(EscalationKind, {
  name: 'EscalationKind',
  description: 'What an escalation is about.',
  valuesConfig: {
    OVERDUE_PROVISIONING: { description: 'Nobody opened the Set up now link by the day after the requested start date.' },
    STALLED_SETUP: { description: 'Setup was started, then nobody acted on it for `STALLED_SETUP_AFTER`.' },
    UNRECOGNIZED_CUSTOMER_ORGANIZATION: { description: 'The person setting up did not recognize the customer organization: the order is ON_HOLD.' },
    UNRECOGNIZED_PARTNER_ORGANIZATION: { description: 'The person setting up did not recognize the partner organization: the order is ON_HOLD.' },
  },
});

export enum EscalationStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
}
registerEnumType(EscalationStatus, {
  name: 'EscalationStatus',
  description: 'Where an escalation stands.',
  valuesConfig: {
    IN_PROGRESS: { description: 'A rep is working on it.' },
    OPEN: { description: 'Nobody is working on it yet.' },
    RESOLVED: { description: 'Settled, by a rep or by the order getting set up.' },
  },
});

/**
 * Work for a Cisco rep. At most one overdue escalation per order, ever, and at most one unresolved
 * escalation per order and kind: both are partial unique indexes, so concurrent sweeps cannot
 * open a second one.
 */
// Reps' work, on every path (an order's `escalations` too): every field of it is for reps only.
@Allow('REP')
@ObjectType({ description: 'Something a rep must look at on an order (reps only).' })
@Entity({ tableName: 'escalation' })
export class Escalation {
  [OptionalProps]?: 'status' | 'createdAt';

  @Field(() => ID, { description: 'The escalation’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => EscalationKind, { description: 'What happened.' })
  @Enum({ items: () => EscalationKind })
  kind!: EscalationKind;

  @Field(() => EscalationStatus, { description: 'OPEN, IN_PROGRESS or RESOLVED.' })
  @Enum({ items: () => EscalationStatus })
  status: EscalationStatus = EscalationStatus.OPEN;

  @ManyToOne({ entity: 'Order', ref: true })
  order!: Ref<Order>;

  @ManyToOne({ entity: 'Rep', ref: true, nullable: true })
  assignee?: Ref<Rep>;

  @Field(() => DateTimeScalar, { description: 'When it was opened.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was resolved; null while unresolved.' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date;

  @Field(() => String, { nullable: true, description: 'How it was resolved, as the rep wrote it; null while unresolved.' })
  @Property({ type: 'text', nullable: true })
  resolution?: string;

  @ManyToOne({ entity: 'Rep', ref: true, nullable: true })
  resolvedBy?: Ref<Rep>;

  /** A rep reached the partner about it (the overdue work: "contact the partner"). */
  @Field(() => DateTimeScalar, { nullable: true, description: 'When a rep recorded that the partner was contacted; null until then.' })
  @Property({ type: 'datetime', nullable: true })
  partnerContactedAt?: Date;

  @ManyToOne({ entity: 'Rep', ref: true, nullable: true })
  partnerContactedBy?: Ref<Rep>;

  /**
   * Unrecognized-organization escalations: the organization the person did not recognize, kept as it
   * was when the escalation was opened (written before a reassignment maps the order elsewhere).
   * Null until then: the order's mapping or the wizard's draft still says which one it is.
   */
  @ManyToOne({ entity: 'Organization', ref: true, nullable: true, fieldName: 'organization_in_question_id' })
  organizationAsOpened?: Ref<Organization>;
}
