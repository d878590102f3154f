import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { attachOperationRecord, type OperationRecord } from './graphql-metrics.plugin.js';
import type { Metrics } from './metrics.js';

/** Routes as metric labels: a fixed set, so a scan of random paths cannot grow the label set. */
const ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics', '/'] as const;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Probes and scrapes come every few seconds: logged at debug unless they fail. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

export function routeOf(path: string): string {
  if ((ROUTES as readonly string[]).includes(path)) return path;
  // Route families: the browser apps, the console's single sign-on redirects and its CSV downloads.
  for (const app of ['/admin', '/portal', '/auth/oidc', '/export']) if (path === app || path.startsWith(`${app}/`)) return app;
  return 'other';
}

/** The client's `x-request-id` when it is a plain identifier, else a fresh UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
}

/** What the request log knows about a request while it runs. */
export interface RequestObservation {
  requestId: string;
  /** Set for a GraphQL request once its context exists: the plugin fills in the operation. */
  operation?: OperationRecord;
}

/** Links a request's GraphQL context to its observation, for the request log to name the operation. */
export function observeGraphQLContext(observation: RequestObservation, context: object): void {
  observation.operation = attachOperationRecord(context);
}

/**
 * Gives a request its id (echoed as `x-request-id`), then, when the response is done, counts it
 * (`http_requests_total`, `http_request_duration_seconds`) and logs one line: method, path (never the
 * query string: setup links carry their token there), status, duration, request id, and the GraphQL
 * operation when there was one. Never headers or bodies. A constant cost: no per-request closures
 * beyond the one `close` listener.
 */
export function observeRequest(req: IncomingMessage, res: ServerResponse, options: { log: Logger; metrics: Metrics }, pathname: string): RequestObservation {
  const { log, metrics } = options;
  const started = performance.now();
  const observation: RequestObservation = { requestId: requestIdOf(req) };
  res.setHeader('x-request-id', observation.requestId);
  const path = pathname.slice(0, 200);
  const route = routeOf(pathname);
  const method = METHODS.has(req.method ?? '') ? req.method! : 'other';
  res.once('close', () => {
    const seconds = (performance.now() - started) / 1000;
    // A client that hung up before the response was sent: nginx's 499.
    const status = res.writableFinished ? res.statusCode : 499;
    metrics.httpRequests.inc({ method, route, status: String(status) });
    metrics.httpDuration.observe({ method, route }, seconds);
    const graphql = observation.operation?.info;
    const line = {
      requestId: observation.requestId,
      method: req.method,
      path,
      status,
      durationMs: Math.round(seconds * 10_000) / 10,
      ...(graphql && { operation: graphql.operation, operationType: graphql.type, operationName: graphql.operationName, outcome: graphql.outcome }),
    };
    log[PROBES.has(path) && status < 500 ? 'debug' : 'info'](line, 'request completed');
  });
  return observation;
}

/** `observeRequest` as Express middleware: the observation in `res.locals.observation`, its id in `res.locals.requestId`. */
export function observeRequests(options: { log: Logger; metrics: Metrics }): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    // Taken now: a mounted middleware (static files) may leave req.url rewritten when it answers.
    const observation = observeRequest(req, res, options, req.path);
    res.locals.observation = observation;
    res.locals.requestId = observation.requestId;
    next();
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * `GET /metrics` in Prometheus text format. With `METRICS_TOKEN` set (always in production: the start
 * refuses without it), only for `Authorization: Bearer <token>`; in development without it, open.
 */
export function metricsHandler(metrics: Metrics, token: string | undefined, log: Logger): RequestHandler {
  const expected = token ? sha256(token) : undefined;
  return async (req: Request, res: Response) => {
    if (expected) {
      const match = /^Bearer (.+)$/i.exec(req.header('authorization') ?? '');
      if (!match || !timingSafeEqual(sha256(match[1]), expected)) {
        res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"').type('text/plain').send('Unauthorized\n');
        return;
      }
    }
    try {
      const text = await metrics.render();
      res.setHeader('Content-Type', metrics.contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.send(text);
    } catch (error) {
      log.error({ err: error }, 'could not render the metrics');
      res.status(500).type('text/plain').send('Internal server error\n');
    }
  };
}
