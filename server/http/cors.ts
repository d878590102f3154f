import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** What a page of an allowed origin may read of an answer: the request id, the API's version and the rate-limit headers. */
const EXPOSED_HEADERS = 'x-request-id, api-version, retry-after, ratelimit, ratelimit-policy';
const ALLOWED_HEADERS = 'authorization, content-type, accept, apollo-require-preflight, x-apollo-operation-name, x-request-id';

/**
 * CORS by an explicit allow-list (`CORS_ORIGINS`). With none configured only same-origin pages (the
 * admin console and portal served by this process) can use the API from a browser: no
 * `Access-Control-Allow-*` header is ever sent and a cross-origin preflight is refused with 403.
 * Credentials are bearer tokens, never cookies, so `Allow-Credentials` is not needed.
 */
export function corsAllowList(origins: readonly string[]) {
  const allowed = new Set(origins);
  /** Sets the CORS headers; answers a preflight itself and returns false then, else true (go on). */
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin');
    const isAllowed = origin !== undefined && allowed.has(origin);
    if (isAllowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return true;
    // A preflight: answered here.
    if (!isAllowed) {
      res.statusCode = 403;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ errors: [{ message: 'Cross-origin requests from this origin are not allowed', extensions: { code: 'FORBIDDEN' } }] }));
      return false;
    }
    res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
    res.statusCode = 204;
    res.end();
    return false;
  };
}
