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

export interface RequestContextParts extends Omit<RequestContext, 'loaders' | 'invalidToken' | 'em' | 'log'> {
  invalidToken?: boolean;
  /** The request's EntityManager, or how to make it (a fork): made on first use, so a read answered from plain rows never forks one. */
  em: EntityManager | (() => EntityManager);
  /** The request's logger, or how to make it (a child with the request id): made on first use. */
  log: Logger | (() => Logger);
  /** Where the plain-row loaders read (prepared statements, no unit of work): the ORM's root EntityManager; the request's by default. */
  reader?: EntityManager;
}

/**
 * Builds a request's context: the one way, for HTTP (server/http/app.ts) and the demo seed alike.
 * `em`, `log` and `loaders` are made when first read (own enumerable getters: a spread copy of the
 * context makes them then), so a request pays only for what it uses.
 */
export function createRequestContext(parts: RequestContextParts): RequestContext {
  const makeEm = parts.em;
  const makeLog = parts.log;
  let em = typeof makeEm === 'function' ? undefined : makeEm;
  let log = typeof makeLog === 'function' ? undefined : makeLog;
  let loaders: Loaders | undefined;
  const emOf = () => (em ??= (makeEm as () => EntityManager)());
  return {
    viewer: parts.viewer,
    invalidToken: parts.invalidToken ?? false,
    requestId: parts.requestId,
    ip: parts.ip,
    clock: parts.clock,
    config: parts.config,
    get em() {
      return emOf();
    },
    set em(value: EntityManager) {
      em = value;
    },
    get log() {
      return (log ??= (makeLog as () => Logger)());
    },
    set log(value: Logger) {
      log = value;
    },
    get loaders() {
      return (loaders ??= createLoaders(emOf, parts.reader));
    },
    set loaders(value: Loaders) {
      loaders = value;
    },
  };
}
