import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer.js';
import { createLoaders, type Loaders } from '../db/loaders.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';

/**
 * What a request carries, below GraphQL: services take it first (see DEVELOPERS.md). The GraphQL context
 * (graphql/context.ts) adds the services for the resolvers; services never reach for other services
 * through it — they get their collaborators by constructor (services.ts).
 */
export interface RequestContext {
  /** A fork for this request only. */
  em: EntityManager;
  /**
   * For plain-row reads (prepared statements on the pool, the entities' metadata) outside any unit
   * of work: the ORM's root EntityManager on HTTP requests, so such a read forks nothing; else `em`.
   */
  readonly reader: EntityManager;
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
  /**
   * What the HTTP answer should say besides its body (one object per request, shared by its copies):
   * `retryAfterSeconds` becomes a `Retry-After` header (the rate limiter's TOO_MANY_ATTEMPTS), with a
   * `RateLimit` item; `keyQuota` (a machine key's request) the `RateLimit-Policy` and `RateLimit` headers.
   */
  readonly responseHints?: { retryAfterSeconds?: number; keyQuota?: { limit: number; remaining: number; resetSeconds: number } };
}

export interface RequestContextParts extends Omit<RequestContext, 'loaders' | 'invalidToken' | 'em' | 'log' | 'reader' | 'responseHints'> {
  invalidToken?: boolean;
  /** The request's EntityManager, or how to make it (a fork): made on first use, so a read answered from plain rows never forks one. */
  em: EntityManager | (() => EntityManager);
  /** The request's logger, or how to make it (a child with the request id): made on first use. */
  log: Logger | (() => Logger);
  /** Where the plain-row loaders read (prepared statements, no unit of work): the ORM's root EntityManager; the request's by default. */
  reader?: EntityManager;
}

const MAKE = Symbol('how the lazy parts of a request context are made');

interface Makers {
  em: () => EntityManager;
  log: () => Logger;
  reader?: EntityManager;
}

/** Stores a made part as the context's own property: later reads (and copies of the context) take it as is. */
function keep<T>(target: object, key: 'em' | 'log' | 'loaders', value: T): T {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/**
 * The prototype of every request context: `em`, `log` and `loaders` are made on first read and then
 * kept as own properties. Getters on the prototype, not on the object, because Apollo copies the
 * context (own properties) before running a request: own getters would be run by that copy.
 */
class LazyRequestParts {
  declare [MAKE]: Makers;
  get em(): EntityManager {
    return keep(this, 'em', this[MAKE].em());
  }
  set em(value: EntityManager) {
    keep(this, 'em', value);
  }
  get log(): Logger {
    return keep(this, 'log', this[MAKE].log());
  }
  set log(value: Logger) {
    keep(this, 'log', value);
  }
  get reader(): EntityManager {
    return this[MAKE].reader ?? (this as unknown as RequestContext).em;
  }
  get loaders(): Loaders {
    // Its loaders fork the request's EntityManager only when one that needs a unit of work runs.
    return keep(
      this,
      'loaders',
      createLoaders(() => (this as unknown as RequestContext).em, this[MAKE].reader),
    );
  }
  set loaders(value: Loaders) {
    keep(this, 'loaders', value);
  }
}

const lazily = <T>(part: T | (() => T)) => (typeof part === 'function' ? (part as () => T) : () => part);

/**
 * Builds a request's context: the one way, for HTTP (server/http/app.ts) and the demo seed alike.
 * `em`, `log` and `loaders` are made when first read, so a request pays only for what it uses. A
 * context with some parts replaced is made by `deriveRequestContext`, not by a spread (which would
 * leave out the parts not made yet).
 */
export function createRequestContext(parts: RequestContextParts): RequestContext {
  const context = Object.create(LazyRequestParts.prototype) as RequestContext & { [MAKE]: Makers };
  context.viewer = parts.viewer;
  context.invalidToken = parts.invalidToken ?? false;
  context.requestId = parts.requestId;
  context.ip = parts.ip;
  context.clock = parts.clock;
  context.config = parts.config;
  (context as { responseHints: RequestContext['responseHints'] }).responseHints = {};
  context[MAKE] = { em: lazily(parts.em), log: lazily(parts.log), reader: parts.reader };
  return context;
}

/** A copy of a request context (of its subtype too: the GraphQL context's services come along) with some parts replaced. */
export function deriveRequestContext<C extends RequestContext>(context: C, replaced: Partial<C>): C {
  return Object.assign(Object.create(Object.getPrototypeOf(context)) as C, context, replaced);
}
