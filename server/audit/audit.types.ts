import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';

/** One line of an order's timeline, as the reps' console shows it (an `AuditEvent`). */
@ObjectType('AuditEntry', { description: 'Who changed what, when and from where (reps only).' })
export class AuditEntry {
  @Field(() => ID, { description: 'The entry’s id.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at!: Date;

  @Field({ description: 'API_KEY, REP, ADMIN, PARTNER_ADMIN, CUSTOMER_ADMIN, SETUP_SESSION or SYSTEM.' })
  actorKind!: string;

  @Field(() => String, { nullable: true, description: 'Who acted, as a person reads it (an email, a machine key’s name); null when there is none.' })
  actorLabel?: string | null;

  @Field({ description: 'What happened, e.g. order.placed, escalation.resolved.' })
  action!: string;

  @Field({ description: 'The kind of the changed object, e.g. Order, Escalation, Organization, Subscription.' })
  targetType!: string;

  @Field({ description: 'The id of the changed object.' })
  targetId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed values before the change (JSON); null when nothing was recorded.' })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed values after the change (JSON); null when nothing was recorded.' })
  after?: Record<string, unknown> | null;

  @Field(() => String, {
    nullable: true,
    description: 'The id of the HTTP request that made the change, as in the server’s logs; null when it came from no request.',
  })
  requestId?: string | null;

  @Field(() => String, { nullable: true, description: 'The client’s IP address; null when the change came from no request (a job).' })
  ip?: string | null;
}
