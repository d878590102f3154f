import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.js';
import type { Config } from '../common/config.js';
import type { Viewer } from '../auth/viewer.js';
import type { Services } from '../services.js';
import type { Loaders } from './loaders.js';

/** Everything a request carries. Services take it first (see STYLE.md). */
export interface RequestContext {
  /** A fork for this request only. */
  em: EntityManager;
  viewer: Viewer | null;
  /** A bearer token was presented but is unknown, revoked or expired. */
  invalidToken: boolean;
  requestId: string;
  ip: string;
  clock: Clock;
  config: Config;
  services: Services;
  loaders: Loaders;
  log: Logger;
}
