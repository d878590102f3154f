import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../graphql/connection.js';
import { UserError } from '../graphql/user-error.js';
import { Escalation, EscalationKind, EscalationStatus } from './escalation.entity.js';

@InputType()
export class EscalationFilter {
  @Field(() => [EscalationKind], { nullable: true })
  kind?: EscalationKind[] | null;

  @Field(() => [EscalationStatus], { nullable: true })
  status?: EscalationStatus[] | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;
}

@InputType()
export class ResolveEscalationInput {
  @Field(() => ID)
  escalationId!: string;

  @Field()
  resolution!: string;
}

@ObjectType()
export class EscalationPayload {
  @Field(() => Escalation, { nullable: true })
  escalation?: Escalation | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const EscalationConnection = ConnectionType('Escalation', Escalation);
