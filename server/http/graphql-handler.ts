import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { Logger } from 'pino';
import type { Metrics } from '../observability/metrics.js';
import { observeRequest, type RequestObservation } from '../observability/http-observability.js';
import { API_VERSION } from '../common/api-version.js';
import { corsAllowList } from './cors.js';

/** Media types a POST to /graphql may have (GraphQL over HTTP); `application/json` in practice. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export interface GraphQLHandlerOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  log: Logger;
  metrics: Metrics;
  corsOrigins: readonly string[];
  /** `TRUST_PROXY`: which proxies may name the client in X-Forwarded-For (Express's syntax); false: none. */
  trustProxy: string | false;
  bodyLimitBytes: number;
  context(req: IncomingMessage, ip: string, observation: RequestObservation): Promise<Context>;
  /** Headers the request's context asks for besides Apollo's (a rate limit's `Retry-After`, a key's quota), set on its answer. */
  headersOf?(context: Context): Iterable<readonly [string, string]>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendError(res: ServerResponse, status: number, message: string, code: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** The body as text, refused with 413 past the limit (from Content-Length before reading, else while reading). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(new HttpError(413, `Request body larger than ${limit} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        reject(new HttpError(413, `Request body larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    let ended = false;
    req.on('data', onData);
    req.once('end', () => {
      ended = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.once('error', reject);
    // A client that hangs up mid-body: nothing more comes. (Every request closes: only a body cut
    // off makes the error, whose stack trace costs more than the rest of this function.)
    req.once('close', () => {
      if (!ended) reject(new HttpError(400, 'The request body was cut off'));
    });
  });
}

/**
 * `/graphql` on a bare `node:http` handler through Apollo Server's own integration API
 * (`executeHTTPGraphQLRequest`): the request id, log line and metrics, CORS, the body limit and the
 * JSON-only POST rule, each a constant cost, and nothing else between the socket and Apollo. Express
 * serves the rest (health, metrics, the browser apps).
 */
export function graphqlHandler<Context extends BaseContext>(options: GraphQLHandlerOptions<Context>) {
  const cors = corsAllowList(options.corsOrigins);
  const trust = proxyaddr.compile(options.trustProxy === false ? [] : options.trustProxy.split(',').map((entry) => entry.trim()));

  async function handle(req: IncomingMessage, res: ServerResponse, search: string, observation: RequestObservation): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    let body: unknown;
    if (method === 'POST') {
      // Anything but JSON is refused before it runs (this is also what stops cross-site form posts).
      if (!JSON_TYPE.test(req.headers['content-type'] ?? '')) {
        req.resume();
        return sendError(res, 415, 'A GraphQL POST must have Content-Type: application/json', 'BAD_REQUEST');
      }
      const text = await readBody(req, options.bodyLimitBytes);
      if (text.trim() !== '') {
        if (!/^\s*[{[]/.test(text)) throw new HttpError(400, 'The request body must be a JSON object');
        try {
          body = JSON.parse(text);
        } catch {
          throw new HttpError(400, 'The request body is not valid JSON');
        }
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const ip = proxyaddr(req, trust);
    let context: Context | undefined;
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body },
      context: async () => (context = await options.context(req, ip, observation)),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    if (context && options.headersOf) for (const [name, value] of options.headersOf(context)) res.setHeader(name, value);
    // GraphQL answers are per viewer and never cached (Apollo's cache-control plugin is off: no field has a hint).
    if (!response.headers.has('cache-control')) res.setHeader('Cache-Control', 'no-store');
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req: IncomingMessage, res: ServerResponse, pathname: string, search: string): void => {
    const observation = observeRequest(req, res, options, pathname);
    // Every answer of /graphql names the contract's version, refusals and preflights included.
    res.setHeader('API-Version', API_VERSION);
    if (!cors(req, res)) return;
    handle(req, res, search, observation).catch((error: unknown) => {
      if (res.headersSent) {
        options.log.error({ err: error, requestId: observation.requestId }, 'a GraphQL response failed while being sent');
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        if (error.status === 413) res.setHeader('Connection', 'close');
        return sendError(res, error.status, error.message, 'BAD_REQUEST');
      }
      options.log.error({ err: error, requestId: observation.requestId }, 'unexpected HTTP error');
      sendError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
    });
  };
}
