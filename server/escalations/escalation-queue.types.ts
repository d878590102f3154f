import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageType } from '../graphql/offset-page.js';
import { Escalation, EscalationKind, EscalationStatus } from './escalation.entity.js';

export enum EscalationSortField {
  CREATED_AT = 'CREATED_AT',
  KIND = 'KIND',
  STATUS = 'STATUS',
  ORDER_NUMBER = 'ORDER_NUMBER',
}
registerEnumType(EscalationSortField, { name: 'EscalationSortField' });

@InputType({ description: 'The reps’ queue filters; all given conditions apply together.' })
export class EscalationQueueFilter {
  @Field(() => [EscalationKind], { nullable: true })
  kind?: EscalationKind[] | null;

  @Field(() => [EscalationStatus], { nullable: true })
  status?: EscalationStatus[] | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only escalations nobody has picked up.' })
  unassigned?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only escalations opened at least this many hours ago.' })
  olderThanHours?: number | null;

  @Field(() => String, { nullable: true, description: 'Partner name, CCW partner account or partner organization name contains.' })
  partner?: string | null;

  @Field(() => String, { nullable: true, description: 'CCW order number, customer name or contact email contains.' })
  q?: string | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;
}

@ObjectType()
export class EscalationStatusCount {
  @Field(() => EscalationStatus)
  status!: EscalationStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class EscalationKindCount {
  @Field(() => EscalationKind)
  kind!: EscalationKind;

  @Field(() => Int)
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

@InputType()
export class AssignEscalationInput {
  @Field(() => ID)
  escalationId!: string;

  @Field(() => ID, { nullable: true, description: 'The rep to assign; omitted: the caller ("assign to me").' })
  repId?: string | null;
}

@InputType()
export class AddEscalationNoteInput {
  @Field(() => ID)
  escalationId!: string;

  @Field()
  body!: string;
}

@InputType()
export class MarkPartnerContactedInput {
  @Field(() => ID)
  escalationId!: string;

  @Field(() => String, { nullable: true, description: 'What was agreed, kept as a note.' })
  note?: string | null;
}

@InputType({ description: 'Resolves an unrecognized-organization escalation by mapping the order to the right existing organization.' })
export class ReassignOrderOrganizationInput {
  @Field(() => ID)
  escalationId!: string;

  @Field(() => ID, { description: 'A partner organization for an unrecognized partner, a customer organization for an unrecognized customer.' })
  organizationId!: string;

  @Field(() => String, { nullable: true })
  resolution?: string | null;
}

export const EscalationPage = PageType('Escalation', Escalation);
