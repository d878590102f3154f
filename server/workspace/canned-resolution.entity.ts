import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { DateTimeScalar } from '../graphql/scalars.js';

/**
 * A resolution reps write once and use again ("Partner confirmed the organization by phone"): shared
 * by every rep, administered by reps in the console, offered in the resolve dialogs to fill the note.
 */
@Allow('REP')
@ObjectType({ description: 'A resolution text reps keep for reuse; every rep reads and administers them.' })
@Entity({ tableName: 'canned_resolution' })
export class CannedResolution {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Its id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'A short title, unique (ignoring case).' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'The resolution text it fills in (at most 2000 characters, as a resolution).' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
