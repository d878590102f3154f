import { Entity, OptionalProps, Property } from '@mikro-orm/core';
import { AccountToken } from './account-token.entity.js';

/** A "Forgot your password?" link of an organization administrator or a rep (exactly one: a check). */
@Entity({ tableName: 'password_reset' })
export class PasswordReset extends AccountToken {
  [OptionalProps]?: 'createdAt';

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
