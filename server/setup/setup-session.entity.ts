import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Order } from '../orders/order.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import type { User } from '../organizations/user.entity.js';
import { SetupOwner, SetupRole, SetupStep } from './setup-enums.js';
import type { SetupLink } from './setup-link.entity.js';

/** What the wizard collected before step 8. Kept only here: nothing else is written until then. */
export interface SetupDraft {
  partnerOrganizationId?: string;
  newPartnerOrganization?: { name: string; country: string; address: string; city: string; postalCode: string };
  customerAdministratorEmail?: string;
  customerOrganizationId?: string;
  newCustomerOrganization?: { name: string; country: string; address: string; city: string; postalCode: string };
}

/**
 * The wizard's draft, in PostgreSQL so any API replica can serve the next step. The bearer holds
 * `phw_…`; only its hash is stored. Re-opening the link revokes this session and starts afresh.
 */
@Entity({ tableName: 'setup_session' })
export class SetupSession {
  [OptionalProps]?: 'createdAt' | 'completedSteps' | 'draft' | 'nextStep';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne({ entity: 'SetupLink', ref: true })
  link!: Ref<SetupLink>;

  @ManyToOne({ entity: 'Order', ref: true })
  order!: Ref<Order>;

  @Enum({ items: () => SetupRole, nullable: true })
  role?: SetupRole;

  @Enum({ items: () => SetupOwner, nullable: true })
  owner?: SetupOwner;

  @Enum({ items: () => SetupStep })
  nextStep: SetupStep = SetupStep.CHOOSE_ROLE;

  @Property({ type: 'json' })
  completedSteps: SetupStep[] = [];

  @Property({ type: 'json' })
  draft: SetupDraft = {};

  /** After step 8: the administrator this session acts as (and who sets the password). */
  @ManyToOne({ entity: 'User', ref: true, nullable: true })
  user?: Ref<User>;

  /** After step 8: organizations created now (SET_PASSWORD applies to these). */
  @ManyToOne({ entity: 'Organization', ref: true, nullable: true })
  createdOrganization?: Ref<Organization>;

  @Property({ type: 'datetime' })
  lastActiveAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
