import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const SCOPES = ['orders:write', 'orders:overdue:read'] as const;
export type Scope = (typeof SCOPES)[number];

/** A machine client's key (CCW intake, schedulers). Only the SHA-256 of the key is stored. */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  keyHash!: string;

  @Property({ type: 'text[]' })
  scopes!: Scope[];

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;
}
