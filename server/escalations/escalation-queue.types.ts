import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageType } from '../graphql/offset-page.js';
import { Escalation, EscalationKind, EscalationStatus } from './escalation.entity.js';

export enum EscalationSortField {
  CREATED_AT = 'CREATED_AT',
  KIND = 'KIND',
  STATUS = 'STATUS',
  ORDER_NUMBER = 'ORDER_NUMBER',
}
registerEnumType(EscalationSortField, {
  name: 'EscalationSortField',
  description: 'The columns the escalation queue can be sorted on (the id breaks ties).',
  valuesConfig: {
    CREATED_AT: { description: 'When it was opened.' },
    KIND: { description: 'Its kind.' },
    ORDER_NUMBER: { description: 'The CCW order number of its order.' },
    STATUS: { description: 'Its status.' },
  },
});

@InputType({ description: 'The reps’ queue filters; all given conditions apply together.' })
export class EscalationQueueFilter {
  @Field(() => [EscalationKind], { nullable: true, description: 'Only escalations of one of these kinds.' })
  kind?: EscalationKind[] | null;

  @Field(() => [EscalationStatus], { nullable: true, description: 'Only escalations in one of these states.' })
  status?: EscalationStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only escalations assigned to this rep.' })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only escalations nobody has picked up.' })
  unassigned?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only escalations opened at least this many hours ago.' })
  olderThanHours?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only unresolved escalations past the SLA target of their kind.' })
  slaBreached?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Partner name, CCW partner account or partner organization name contains.' })
  partner?: string | null;

  @Field(() => String, { nullable: true, description: 'CCW order number, customer name or contact email contains.' })
  q?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the escalations of this order.' })
  orderId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these escalations.' })
  ids?: string[] | null;
}

@ObjectType({ description: 'How many escalations are in one status.' })
export class EscalationStatusCount {
  @Field(() => EscalationStatus, { description: 'The status.' })
  status!: EscalationStatus;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'How many escalations of one kind.' })
export class EscalationKindCount {
  @Field(() => EscalationKind, { description: 'The kind.' })
  kind!: EscalationKind;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'Counts for the queue’s tabs and badges under the same filter.' })
export class EscalationQueueCounts {
  @Field(() => Int, { description: 'Matching the whole filter.' })
  total!: number;

  @Field(() => [EscalationStatusCount], { description: 'Per status, under the filter without its status condition.' })
  byStatus!: EscalationStatusCount[];

  @Field(() => [EscalationKindCount], { description: 'Per kind, under the filter without its kind condition.' })
  byKind!: EscalationKindCount[];

  @Field(() => Int, { description: 'Unresolved and past their SLA, under the filter.' })
  slaBreached!: number;
}

@InputType({ description: 'Assigns one escalation to a rep.' })
export class AssignEscalationInput {
  @Field(() => ID, { description: 'The escalation to assign.' })
  escalationId!: string;

  @Field(() => ID, { nullable: true, description: 'The rep to assign; omitted: the caller ("assign to me").' })
  repId?: string | null;
}

@InputType({ description: 'Gives an escalation back to the queue.' })
export class UnassignEscalationInput {
  @Field(() => ID, { description: 'The escalation.' })
  escalationId!: string;
}

@InputType({ description: 'A note a rep adds to an escalation.' })
export class AddEscalationNoteInput {
  @Field(() => ID, { description: 'The escalation the note belongs to.' })
  escalationId!: string;

  @Field({ description: 'The note’s text, as the rep typed it (not blank).' })
  body!: string;
}

@InputType({ description: 'Records that a rep contacted the partner about an escalation.' })
export class MarkPartnerContactedInput {
  @Field(() => ID, { description: 'The escalation.' })
  escalationId!: string;

  @Field(() => String, { nullable: true, description: 'What was agreed, kept as a note.' })
  note?: string | null;
}

@InputType({ description: 'Resolves an unrecognized-organization escalation by mapping the order to the right existing organization.' })
export class ReassignOrderOrganizationInput {
  @Field(() => ID, { description: 'The UNRECOGNIZED_* escalation.' })
  escalationId!: string;

  @Field(() => ID, { description: 'A partner organization for an unrecognized partner, a customer organization for an unrecognized customer.' })
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'How it was settled, for the record; omitted: a standard text naming the organization.' })
  resolution?: string | null;
}

export const EscalationPage = PageType('Escalation', Escalation);
