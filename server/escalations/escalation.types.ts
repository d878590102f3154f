import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../graphql/connection.js';
import { UserError } from '../graphql/user-error.js';
import { Escalation, EscalationKind, EscalationStatus } from './escalation.entity.js';

@InputType({ description: 'Which escalations to list; all given conditions apply together.' })
export class EscalationFilter {
  @Field(() => [EscalationKind], { nullable: true, description: 'Only escalations of one of these kinds.' })
  kind?: EscalationKind[] | null;

  @Field(() => [EscalationStatus], { nullable: true, description: 'Only escalations in one of these states.' })
  status?: EscalationStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only the escalations of this order.' })
  orderId?: string | null;
}

@InputType({ description: 'Resolves one escalation.' })
export class ResolveEscalationInput {
  @Field(() => ID, { description: 'The escalation.' })
  escalationId!: string;

  @Field({ description: 'How it was settled, in the rep’s words (not blank).' })
  resolution!: string;
}

@ObjectType({ description: 'The result of a change to an escalation.' })
export class EscalationPayload {
  @Field(() => Escalation, { nullable: true, description: 'The escalation as it is now; null when `errors` is not empty.' })
  escalation?: Escalation | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}

export const EscalationConnection = ConnectionType('Escalation', Escalation);
