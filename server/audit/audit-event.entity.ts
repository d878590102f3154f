import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** One recorded state change: who, from where, what, on which object, before and after. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['orderId', 'at'] })
export class AuditEvent {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime' })
  at!: Date;

  /** `API_KEY`, `REP`, `ADMIN`, `PARTNER_ADMIN`, `CUSTOMER_ADMIN`, `SETUP_SESSION`, `SYSTEM`. */
  @Property({ type: 'string', length: 32 })
  actorKind!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  actorId?: string;

  /** A human label: a key's name, a person's email. Never a secret. */
  @Property({ type: 'string', length: 254, nullable: true })
  actorLabel?: string;

  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 32 })
  targetType!: string;

  @Property({ type: 'string', length: 64 })
  targetId!: string;

  /** The order this change belongs to, for the order's timeline. */
  @Property({ type: 'uuid', nullable: true })
  orderId?: string;

  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown>;

  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown>;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string;
}
