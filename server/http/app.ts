import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Logger } from 'pino';
import { authenticate, bearerToken } from '../auth/authenticate.js';
import { ViewerCache } from '../auth/viewer-cache.js';
import { KeyQuota, keyPolicyHeader, rateLimitItem, type QuotaState } from '../auth/key-quota.js';
import { ViewerKind } from '../auth/viewer.js';
import type { Clock } from '../common/clock.js';
import type { Config } from '../common/config.js';
import { createRequestContext } from '../common/request-context.js';
import { graphQLContext, type RequestContext } from '../graphql/context.js';
import { costLimitRule, MAX_TOKENS } from '../graphql/cost-limit.js';
import { compiledExecution } from '../graphql/jit-executor.js';
import { createSchema } from '../graphql/schema.js';
import { graphqlMetricsPlugin } from '../observability/graphql-metrics.plugin.js';
import { metricsHandler, observeGraphQLContext, observeRequests } from '../observability/http-observability.js';
import { graphqlHandler } from './graphql-handler.js';
import { createMetrics, type Metrics } from '../observability/metrics.js';
import type { Services } from '../services.js';
import { consoleRoutes } from './console-routes.js';
import { noSuggestionsPlugin } from '../graphql/no-suggestions.js';
import { healthRoutes } from './health.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;
export const MAX_DEPTH = 15;
export const MAX_ALIASES = 30;

/** Error codes whose messages are written for clients; anything else is reported as internal. */
const CLIENT_FACING_CODES = new Set([
  'UNAUTHENTICATED',
  // A machine key past its request quota (HTTP 429).
  'TOO_MANY_ATTEMPTS',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface AppDependencies {
  orm: MikroORM;
  config: Config;
  clock: Clock;
  services: Services;
  log: Logger;
  /** Folder with the built admin console and portal (`admin/dist`). */
  staticRoot?: string;
  /** The process's metrics (shared with the job worker); a registry of the app's own when absent. */
  metrics?: Metrics;
}

export interface HttpApp {
  app: express.Express;
  viewerCache: ViewerCache;
  server: http.Server;
  apollo: ApolloServer<RequestContext>;
  metrics: Metrics;
}

/** A machine key past its quota: HTTP 429 with Retry-After and the RateLimit headers, before any resolver runs. */
function quotaExceeded(quota: QuotaState): GraphQLError {
  const seconds = quota.resetSeconds;
  return new GraphQLError(`Too many requests for this key: at most ${quota.limit} a minute. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, {
    extensions: {
      code: 'TOO_MANY_ATTEMPTS',
      http: {
        status: 429,
        headers: new HeaderMap([
          ['retry-after', String(seconds)],
          ['ratelimit-policy', keyPolicyHeader(quota.limit)],
          ['ratelimit', rateLimitItem('per-key', 0, seconds)],
        ]),
      },
    },
  });
}

const NO_HEADERS: readonly (readonly [string, string])[] = [];

/**
 * The headers a request's hints ask for, set on its answer by the GraphQL handler: a refusal by the rate limiter
 * (TOO_MANY_ATTEMPTS) says when to come back, in the payload and as HTTP's Retry-After and RateLimit ("attempts");
 * a machine key's answer carries its quota (auth/key-quota.ts).
 */
function hintHeaders(context: RequestContext): readonly (readonly [string, string])[] {
  const hints = context.responseHints;
  if (!hints || (!hints.keyQuota && !hints.retryAfterSeconds)) return NO_HEADERS;
  const headers: [string, string][] = [];
  const items: string[] = [];
  if (hints.keyQuota) {
    headers.push(['ratelimit-policy', keyPolicyHeader(hints.keyQuota.limit)]);
    items.push(rateLimitItem('per-key', hints.keyQuota.remaining, hints.keyQuota.resetSeconds));
  }
  const seconds = hints.retryAfterSeconds;
  if (seconds) {
    headers.push(['retry-after', String(seconds)]);
    items.push(rateLimitItem('attempts', 0, seconds));
  }
  headers.push(['ratelimit', items.join(', ')]);
  return headers;
}

export async function createHttpApp(deps: AppDependencies): Promise<HttpApp> {
  const { orm, config, clock, services, log } = deps;
  const metrics = deps.metrics ?? createMetrics(orm, log);
  const app = express();
  // /graphql goes straight to Apollo (graphql-handler.ts); Express serves everything else.
  // eslint-disable-next-line prefer-const -- assigned once Apollo has started, below
  let graphql: ReturnType<typeof graphqlHandler<RequestContext>> | undefined;
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const pathname = query < 0 ? url : url.slice(0, query);
    if (graphql && (pathname === '/graphql' || pathname === '/graphql/') && !wantsExplorer(req, query < 0 ? '' : url.slice(query + 1))) {
      graphql(req, res, pathname, query < 0 ? '' : url.slice(query + 1));
    } else app(req, res);
  });
  /** A browser opening /graphql (GET, HTML first, no query): the explorer's page, where it is on and built. */
  const explorerIndex = deps.staticRoot ? path.resolve(deps.staticRoot, 'explorer', 'index.html') : undefined;
  const explorerOn = config.graphqlExplorer && !!explorerIndex && existsSync(explorerIndex);
  const wantsExplorer = (req: http.IncomingMessage, search: string) =>
    explorerOn && req.method === 'GET' && /^\s*text\/html/.test(req.headers.accept ?? '') && !new URLSearchParams(search).has('query');
  app.disable('x-powered-by');
  // Which proxies may name the client in X-Forwarded-For (the per-address rate limits use it).
  app.set('trust proxy', config.trustProxy);

  // Request id, request log line and HTTP metrics, for every request.
  app.use(observeRequests({ log, metrics }));

  healthRoutes(app, orm, log);
  app.get('/metrics', metricsHandler(metrics, config.metricsToken, log));
  consoleRoutes(app, { orm, config, clock, services, log });

  // Authenticated viewers for a few seconds, dropped at once on any credential change (auth/viewer-cache.ts).
  const viewerCache = new ViewerCache();
  await viewerCache.listen(orm.config.get('clientUrl')!, log);
  orm.em.getEventManager().registerSubscriber(viewerCache.subscriber());

  const keyQuota = new KeyQuota(config.apiRateLimitPerMinute);
  const plugins: ApolloServerPlugin<RequestContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer: server }),
    { serverWillStart: async () => ({ serverWillStop: () => viewerCache.stop() }) },
    graphqlMetricsPlugin(metrics),
    // No field carries a cache hint, so every answer was `Cache-Control: no-store`, at the price of a
    // hook around every field resolver (a few hundred per list page). graphql-handler.ts sets the header.
    ApolloServerPluginCacheControlDisabled(),
    // Apollo's landing page loads Apollo Sandbox from a CDN (nothing without internet): browsers get our
    // own GraphiQL instead (admin/explorer, below), where GRAPHQL_EXPLORER allows it.
    ApolloServerPluginLandingPageDisabled(),
    ...(config.production ? [noSuggestionsPlugin<RequestContext>()] : []),
  ];

  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecution(await createSchema()),
    introspection: !config.production || config.graphqlExplorer,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries are not part of the contract: one less cache for a client to fill.
    persistedQueries: false,
    // GET queries work as the GraphQL-over-HTTP spec says (mutations over GET stay 405). Credentials are
    // bearer tokens, never cookies, so a cross-site page has nothing to act with; a POST must still be
    // JSON (refused before Apollo otherwise), which no cross-site form can send without a preflight.
    csrfPrevention: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    // main.ts handles SIGINT/SIGTERM (runtime.stop: drain HTTP, stop jobs, close pools, exit 0).
    stopOnTerminationSignals: false,
    // The armor rules report through the validation context (not a throw), so a refused query is
    // GRAPHQL_VALIDATION_FAILED like any other invalid document. Every alias counts, __typename's too.
    validationRules: [
      maxDepthRule({
        n: MAX_DEPTH,
        flattenFragments: true,
        ignoreIntrospection: false,
        exposeLimits: true,
        propagateOnRejection: false,
        onReject: [(context, error) => context?.reportError(error)],
      }),
      maxAliasesRule({
        n: MAX_ALIASES,
        allowList: [],
        exposeLimits: true,
        propagateOnRejection: false,
        onReject: [(context, error) => context?.reportError(error)],
      }),
      costLimitRule(),
    ],
    plugins,
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && CLIENT_FACING_CODES.has(code)) {
        return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
      }
      // Apollo refuses some malformed requests with a 4xx but no code: a bad request, not an internal failure.
      const status = (error as { extensions?: { http?: { status?: number } } } | undefined)?.extensions?.http?.status;
      if (!code && status && status >= 400 && status < 500) {
        return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_REQUEST' } };
      }
      log.error({ err: error, path: formatted.path }, 'unexpected error in a GraphQL operation');
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();

  graphql = graphqlHandler<RequestContext>({
    apollo,
    log,
    metrics,
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    headersOf: hintHeaders,
    context: async (req, ip, observation): Promise<RequestContext> => {
      // Authentication reads by prepared statement (no unit of work): the root EntityManager serves.
      const { viewer, invalidToken } = await authenticate(orm.em, clock, bearerToken(req.headers.authorization), viewerCache);
      // A machine key's request quota, before anything runs: one Map lookup (auth/key-quota.ts).
      const quota = viewer?.kind === ViewerKind.API_KEY ? keyQuota.take(viewer.id, clock.now().getTime()) : undefined;
      if (quota && !quota.allowed) throw quotaExceeded(quota);
      const context = graphQLContext(
        createRequestContext({
          // Forked, and the logger made, only if the request uses them (plain-row reads do not).
          em: () => orm.em.fork(),
          reader: orm.em,
          viewer,
          invalidToken,
          requestId: observation.requestId,
          ip,
          clock,
          config,
          log: () => log.child({ requestId: observation.requestId }),
        }),
        services,
      );
      if (quota) context.responseHints!.keyQuota = quota;
      observeGraphQLContext(observation, context);
      return context;
    },
  });

  // The browser apps keep bearer tokens in localStorage, so script injection is the threat: only our
  // own scripts run (Vite emits no inline script), nothing may frame them, no MIME sniffing.
  const browserHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // MUI (Emotion) inserts <style> elements at run time.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        // The explorer's editor (Monaco) runs its language services in workers loaded from our own files.
        'worker-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // HTTPS is the proxy's business; HSTS on a plain-HTTP development port would pin browsers wrongly.
    strictTransportSecurity: false,
  });

  const staticRoot = deps.staticRoot;
  if (explorerOn) {
    // The page at /graphql, its files under /explorer/ (hashed, like the apps' assets).
    app.get(['/graphql', '/graphql/'], browserHeaders, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(explorerIndex!);
    });
  }
  for (const [mount, folder] of [['/admin', 'admin'], ['/portal', 'portal'], ...(explorerOn ? ([['/explorer', 'explorer']] as const) : [])] as const) {
    // Absolute: res.sendFile refuses relative paths.
    const root = staticRoot ? path.resolve(staticRoot, folder) : undefined;
    if (root && existsSync(path.join(root, 'index.html'))) {
      // Hashed assets (Vite names them by their content: a change is a new name) are kept for a year;
      // index.html must not be, or a browser keeps asking for the assets of a previous build.
      const noCache = (res: Response) => res.setHeader('Cache-Control', 'no-cache');
      const assets = path.join(root, 'assets') + path.sep;
      app.use(
        mount,
        browserHeaders,
        express.static(root, {
          index: 'index.html',
          maxAge: '1h',
          setHeaders: (res, file) => {
            if (file.endsWith('.html')) noCache(res);
            else if (file.startsWith(assets)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          },
        }),
      );
      // Client-side routes: anything else under the mount is the single-page app.
      app.get(`${mount}/{*rest}`, browserHeaders, (_req, res) => {
        noCache(res);
        res.sendFile(path.join(root, 'index.html'));
      });
    } else {
      app.get(`${mount}/{*rest}`, (_req, res) => res.status(503).type('text/plain').send(`The ${folder} app is not built. Run: npm run build`));
    }
  }
  app.get('/', (_req, res) => res.redirect('/admin/'));

  // Body too large, malformed JSON, and the like: a clear 4xx, never a stack.
  app.use((error: Error & { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ err: error, requestId: res.locals.requestId }, 'unexpected HTTP error');
    const message = status === 413 ? `Request body larger than ${BODY_LIMIT_BYTES} bytes` : status === 500 ? 'Internal server error' : error.message;
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  return { app, viewerCache, server, apollo, metrics };
}
