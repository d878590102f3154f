import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { User } from '../organizations/user.entity.js';
import type { Rep } from './rep.entity.js';

/** A "Forgot your password?" link of an organization administrator or a rep (exactly one: a check). */
@Entity({ tableName: 'password_reset' })
export class PasswordReset {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne({ entity: 'User', ref: true, nullable: true })
  user?: Ref<User>;

  @ManyToOne({ entity: 'Rep', ref: true, nullable: true })
  rep?: Ref<Rep>;

  /** The address on file the link was sent to. */
  @Property({ type: 'string', length: 254 })
  recipientEmail!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
