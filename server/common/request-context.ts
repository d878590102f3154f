import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer.js';
import { createLoaders, type Loaders } from '../db/loaders.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';

/**
 * What a request carries, below GraphQL: services take it first (see STYLE.md). The GraphQL context
 * (graphql/context.ts) adds the services for the resolvers; services never reach for other services
 * through it — they get their collaborators by constructor (services.ts).
 */
export interface RequestContext {
  /** A fork for this request only. */
  em: EntityManager;
  viewer: Viewer | null;
  /** A bearer token was presented but is unknown, revoked or expired. */
  invalidToken: boolean;
  requestId: string;
  /** The client's address. */
  ip: string;
  clock: Clock;
  config: Config;
  /** The request's batch loaders (plain rows by id); a service reading plain rows primes them. */
  loaders: Loaders;
  log: Logger;
}

/** Builds a request's context: the one way, for HTTP (server/http/app.ts) and the demo seed alike. */
export function createRequestContext(parts: Omit<RequestContext, 'loaders' | 'invalidToken'> & { invalidToken?: boolean }): RequestContext {
  return { ...parts, invalidToken: parts.invalidToken ?? false, loaders: createLoaders(parts.em) };
}
