import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export enum RepRole {
  REP = 'REP',
  ADMIN = 'ADMIN',
}

/** A Cisco account representative working the admin console. Admins also manage rep accounts. */
@Entity({ tableName: 'rep' })
export class Rep {
  [OptionalProps]?: 'createdAt' | 'role' | 'active';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => RepRole })
  role: RepRole = RepRole.REP;

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
