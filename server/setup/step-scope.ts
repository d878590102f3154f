import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../audit/audit.js';
import type { Order } from '../orders/order.entity.js';
import type { SetupLink } from './setup-link.entity.js';
import type { SetupSession } from './setup-session.entity.js';

/** What a wizard step's work function gets: everything locked and loaded, in one transaction. */
export interface StepScope {
  em: EntityManager;
  session: SetupSession;
  order: Order;
  link: SetupLink;
  now: Date;
  actor: Actor;
}
