import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Order } from '../orders/order.entity.js';
import type { User } from '../organizations/user.entity.js';
import { LinkAudience, LinkKind } from './setup-enums.js';

/**
 * A link sent by email ("Set up now", or account activation). Only the token's hash is stored.
 * One active setup link per recipient and order (a partial unique index); issuing a new one
 * revokes the old one in the same transaction.
 */
@Entity({ tableName: 'setup_link' })
export class SetupLink {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => LinkKind })
  kind!: LinkKind;

  @ManyToOne({ entity: 'Order', ref: true })
  order!: Ref<Order>;

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @Property({ type: 'string', length: 254 })
  recipientEmail!: string;

  @Enum({ items: () => LinkAudience })
  audience!: LinkAudience;

  /** Activation links: the user who sets a password with it. */
  @ManyToOne({ entity: 'User', ref: true, nullable: true })
  user?: Ref<User>;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
