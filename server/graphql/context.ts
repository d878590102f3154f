import type { RequestContext as BaseRequestContext } from '../common/request-context.js';
import type { Services } from '../services.js';

/**
 * The GraphQL context: the request context (common/request-context.ts) plus the services, for the
 * resolvers only. Services take the request context, never this one.
 */
export interface RequestContext extends BaseRequestContext {
  services: Services;
}

/**
 * The resolvers' context: a request context and the process's services. The request context itself,
 * with `services` added (a copy would make its lazy parts, the EntityManager fork and the logger, at once).
 */
export function graphQLContext(request: BaseRequestContext, services: Services): RequestContext {
  return Object.assign(request, { services });
}
