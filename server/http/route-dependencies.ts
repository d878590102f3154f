import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.js';
import type { Config } from '../common/config.js';
import type { Services } from '../services.js';

/** What the console's HTTP routes besides GraphQL (single sign-on, CSV downloads) are built from. */
export interface ConsoleRouteDependencies {
  orm: MikroORM;
  config: Config;
  clock: Clock;
  services: Services;
  log: Logger;
}
