import type { Express } from 'express';
import { oidcRoutes } from '../auth/oidc.routes.js';
import { csvExportRoutes } from './csv-export.routes.js';
import type { ConsoleRouteDependencies } from './route-dependencies.js';

export type { ConsoleRouteDependencies };

/** The console's HTTP routes besides GraphQL: single sign-on redirects and CSV downloads. */
export function consoleRoutes(app: Express, deps: ConsoleRouteDependencies): void {
  oidcRoutes(app, deps);
  csvExportRoutes(app, deps);
}
