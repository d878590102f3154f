import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { oidcRoutes } from '../auth/oidc.routes.js';
import type { Clock } from '../common/clock.js';
import type { Config } from '../common/config.js';
import type { Services } from '../services.js';
import { csvExportRoutes } from './csv-export.routes.js';

export interface ConsoleRouteDependencies {
  orm: MikroORM;
  config: Config;
  clock: Clock;
  services: Services;
  log: Logger;
}

/** The console's HTTP routes besides GraphQL: single sign-on redirects and CSV downloads. */
export function consoleRoutes(app: Express, deps: ConsoleRouteDependencies): void {
  oidcRoutes(app, deps);
  csvExportRoutes(app, deps);
}
