import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';

/** One line of an order's timeline, as the reps' console shows it (an `AuditEvent`). */
@ObjectType('AuditEntry', { description: 'Who changed what, when and from where (reps only).' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field({ description: 'API_KEY, REP, ADMIN, PARTNER_ADMIN, CUSTOMER_ADMIN, SETUP_SESSION or SYSTEM.' })
  actorKind!: string;

  @Field(() => String, { nullable: true })
  actorLabel?: string | null;

  @Field({ description: 'What happened, e.g. order.placed, escalation.resolved.' })
  action!: string;

  @Field()
  targetType!: string;

  @Field()
  targetId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  requestId?: string | null;

  @Field(() => String, { nullable: true })
  ip?: string | null;
}
