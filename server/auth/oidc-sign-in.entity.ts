import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Rep } from './rep.entity.js';

/**
 * One single sign-on in flight: started at `/auth/oidc/login` (state, PKCE verifier, nonce), taken
 * once by the provider's callback, then handed to the console by a one-time code.
 */
@Entity({ tableName: 'oidc_sign_in' })
export class OidcSignIn {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true })
  stateHash!: string;

  @Property({ type: 'string', length: 128, hidden: true })
  codeVerifier!: string;

  @Property({ type: 'string', length: 128, hidden: true })
  nonce!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @ManyToOne({ entity: 'Rep', ref: true, nullable: true })
  rep?: Ref<Rep>;

  @Property({ type: 'string', length: 64, unique: true, nullable: true, hidden: true })
  handoverHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;
}
