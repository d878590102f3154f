import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, EmailScalar } from '../graphql/scalars.js';
import { Allow } from '../graphql/access.js';

export enum RepRole {
  REP = 'REP',
  ADMIN = 'ADMIN',
}
registerEnumType(RepRole, {
  name: 'RepRole',
  description: 'What a rep may do.',
  valuesConfig: {
    ADMIN: { description: 'Everything a rep may, and also manage reps and webhook subscriptions.' },
    REP: { description: 'Work on orders, organizations, subscriptions and escalations in the console.' },
  },
});

/** A Cisco account representative working the admin console. Admins also manage rep accounts. */
@Allow('REP')
@ObjectType('Rep', { description: 'A Cisco account representative (visible to reps only).' })
@Entity({ tableName: 'rep' })
export class Rep {
  [OptionalProps]?: 'createdAt' | 'role' | 'active';

  @Field(() => ID, { description: 'The rep’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => EmailScalar, { description: 'The rep’s email, used to log in.' })
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Field({ description: 'The rep’s full name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => RepRole, { description: 'REP or ADMIN.' })
  @Enum({ items: () => RepRole })
  role: RepRole = RepRole.REP;

  /** None for a rep created by single sign-on (they sign in through the OpenID provider). */
  @Property({ type: 'string', length: 255, hidden: true, nullable: true })
  passwordHash?: string | null;

  @Field({ description: 'Whether the rep may log in.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => DateTimeScalar, { description: 'When the account was created.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
