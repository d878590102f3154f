import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Rep } from '../auth/rep.entity.js';
import type { Escalation } from './escalation.entity.js';

/** A rep's note on an escalation ("called the partner, will retry Monday"). */
@Entity({ tableName: 'escalation_note' })
export class EscalationNote {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Escalation', ref: true })
  escalation!: Ref<Escalation>;

  @ManyToOne({ entity: 'Rep', ref: true })
  author!: Ref<Rep>;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
