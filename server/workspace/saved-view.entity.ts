import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Rep } from '../auth/rep.entity.js';
import { Allow } from '../graphql/access.js';
import { DateTimeScalar } from '../graphql/scalars.js';

/** The console's lists a rep can keep views of. */
export enum SavedViewResource {
  ESCALATIONS = 'ESCALATIONS',
  ORDERS = 'ORDERS',
}
registerEnumType(SavedViewResource, {
  name: 'SavedViewResource',
  description: 'The console list a saved view belongs to.',
  valuesConfig: { ESCALATIONS: { description: 'The escalation queue.' }, ORDERS: { description: 'The orders list.' } },
});

/**
 * A rep's saved view of a console list: its filters and the columns shown, under a name the rep chose
 * ("My overdue", "Unassigned partners"). Each rep sees and changes only their own.
 */
@Allow('REP')
@ObjectType({ description: 'A rep’s own saved view of a console list: filters and columns. Only its owner reads or changes it.' })
@Entity({ tableName: 'saved_view' })
export class SavedView {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'columns';

  @Field(() => ID, { description: 'Its id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Rep', ref: true, deleteRule: 'cascade' })
  rep!: Ref<Rep>;

  @Field(() => SavedViewResource, { description: 'The console list it belongs to.' })
  @Enum({ items: () => SavedViewResource })
  resource!: SavedViewResource;

  @Field({ description: 'Its name, unique (ignoring case) among its owner’s views of that list.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => GraphQLJSONObject, { description: 'The list’s filter values, by name, as the console sends them.' })
  @Property({ type: 'json' })
  filters!: Record<string, unknown>;

  @Field(() => [String], { nullable: true, description: 'The columns shown, in order; null: the list’s default columns.' })
  @Property({ type: 'json', nullable: true })
  columns: string[] | null = null;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
