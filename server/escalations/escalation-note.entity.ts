import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Rep } from '../auth/rep.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import type { Escalation } from './escalation.entity.js';
import { Allow } from '../graphql/access.js';

/** A rep's note on an escalation ("called the partner, will retry Monday"). */
@Allow('REP')
@ObjectType({ description: 'A note a rep wrote on an escalation (reps only).' })
@Entity({ tableName: 'escalation_note' })
export class EscalationNote {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'The note’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Escalation', ref: true })
  escalation!: Ref<Escalation>;

  @ManyToOne({ entity: 'Rep', ref: true })
  author!: Ref<Rep>;

  @Field({ description: 'The note’s text.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => DateTimeScalar, { description: 'When it was written.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
