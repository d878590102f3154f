import { Entity, OptionalProps, Property } from '@mikro-orm/core';
import { AccountToken } from './account-token.entity.js';

/** A bearer login of an organization administrator or a rep (exactly one of the two: a check). */
@Entity({ tableName: 'login_session' })
export class LoginSession extends AccountToken {
  [OptionalProps]?: 'createdAt';

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
