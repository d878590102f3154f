import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Organization } from './organization.entity.js';

export enum UserRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

/**
 * A person in a Webex organization. One user, one organization: `email` is stored lower-cased
 * (a check constraint) and unique across all organizations (a unique index), so the database — not
 * a check in code — refuses a second organization for the same address.
 */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'createdAt' | 'role';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Organization', ref: true })
  organization!: Ref<Organization>;

  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Enum({ items: () => UserRole })
  role: UserRole = UserRole.ADMIN;

  /** argon2id; null until the person sets a password (setup or activation). */
  @Property({ type: 'string', length: 255, nullable: true, hidden: true })
  passwordHash?: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
