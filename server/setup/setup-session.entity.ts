import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import type { Order } from '../orders/order.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import type { User } from '../organizations/user.entity.js';
import { SetupOwner, SetupRole, SetupStep } from './setup-enums.js';
import type { SetupLink } from './setup-link.entity.js';

export interface OrganizationDetails {
  name: string;
  country: string;
  address: string;
  city: string;
  postalCode: string;
}

/**
 * What the wizard collected before step 8, one entry per step that collects something. Kept only
 * here: nothing else is written until the order is set up. Going back to a step drops the entries
 * of that step and every later one.
 */
export interface SetupDraft {
  /**
   * CHOOSE_SETUP_OWNER (SELF): the existing partner organization to review, if any; and on a link sent
   * to a shared address (`orders@`), the own address of the person walking, who gets the account.
   */
  owner?: { partnerOrganizationId?: string; walkerEmail?: string };
  /** CREATE_PARTNER_ORGANIZATION. */
  newPartnerOrganization?: OrganizationDetails;
  /** CUSTOMER_ADMINISTRATOR, or CHOOSE_ROLE on the customer's own path: who, and their organization if they have one. */
  customerAdministrator?: { email: string; organizationId?: string };
  /** CONFIRM_CUSTOMER_ORGANIZATION: a candidate, or a new organization. */
  customerOrganization?: { candidateId?: string; newOrganization?: OrganizationDetails };
}

/**
 * The wizard's draft, in PostgreSQL so any API replica can serve the next step. The bearer holds
 * `phw_…`; only its hash is stored. Re-opening the link revokes this session and starts afresh.
 */
@ObjectType({ description: 'The Set up now wizard as the bearer of a setup session sees it.' })
@Entity({ tableName: 'setup_session' })
export class SetupSession {
  [OptionalProps]?: 'createdAt' | 'completedSteps' | 'draft' | 'nextStep';

  @Field(() => ID, { description: 'The session’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne({ entity: 'SetupLink', ref: true })
  link!: Ref<SetupLink>;

  @ManyToOne({ entity: 'Order', ref: true })
  order!: Ref<Order>;

  @Field(() => SetupRole, { nullable: true, description: 'The role chosen; null until CHOOSE_ROLE.' })
  @Enum({ items: () => SetupRole, nullable: true })
  role?: SetupRole;

  @Field(() => SetupOwner, { nullable: true, description: 'Who sets the order up; null until CHOOSE_SETUP_OWNER.' })
  @Enum({ items: () => SetupOwner, nullable: true })
  owner?: SetupOwner;

  @Field(() => SetupStep, { description: 'The step to show now.' })
  @Enum({ items: () => SetupStep })
  nextStep: SetupStep = SetupStep.CHOOSE_ROLE;

  @Field(() => [SetupStep], { description: 'The steps done, in order.' })
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

  @Field(() => DateTimeScalar, { description: 'When the session ends unless used: an hour after the last call, never after the link expires.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
