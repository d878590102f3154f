import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { User } from '../organizations/user.entity.js';
import type { Rep } from './rep.entity.js';

/**
 * What a token of a person's account is made of, whatever it is for (a login, a password reset): its
 * id, the SHA-256 of the token (the token itself is only ever in the holder's hands), and whose account
 * it is, an organization user's or a rep's (exactly one of the two: each table's check).
 */
@Entity({ abstract: true })
export abstract class AccountToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne({ entity: 'User', ref: true, nullable: true })
  user?: Ref<User>;

  @ManyToOne({ entity: 'Rep', ref: true, nullable: true })
  rep?: Ref<Rep>;
}
