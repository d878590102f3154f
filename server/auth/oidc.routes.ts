import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.js';
import type { Config } from '../common/config.js';
import type { Services } from '../services.js';
import { SignInRefused } from './oidc.service.js';

const STATE_COOKIE = 'ph_oidc_state';
const COOKIE_PATH = '/auth/oidc';

function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.header('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Back to the console's login page, saying why (a word the console translates; never a detail). */
function toConsole(res: Response, hash: string): void {
  res.setHeader('Cache-Control', 'no-store');
  res.redirect(303, `/admin/#${hash}`);
}

/**
 * Single sign-on for reps: `GET /auth/oidc/login` sends the browser to the OpenID provider,
 * `GET /auth/oidc/callback` takes it back and hands the console a one-time code
 * (`/admin/#/sso?code=…`), which the console exchanges with `completeSingleSignOn`;
 * `GET /auth/oidc/logout` (after the console's logout) ends the provider's session, which sends the
 * browser back to `GET /auth/oidc/logged-out`.
 * Not configured (`OIDC_ISSUER` unset): both answer 404.
 */
export function oidcRoutes(app: Express, deps: { orm: MikroORM; config: Config; clock: Clock; services: Services; log: Logger }): void {
  const { orm, config, clock, services, log } = deps;
  const sso = services.singleSignOn;
  const secure = config.oidc ? new URL(config.oidc.redirectUrl).protocol === 'https:' : false;

  app.get('/auth/oidc/login', async (_req, res) => {
    if (!sso.enabled) return void res.status(404).type('text/plain').send('Single sign-on is not configured');
    try {
      const { authorizationUrl, state } = await sso.start(orm.em.fork(), clock);
      res.cookie(STATE_COOKIE, state, { httpOnly: true, sameSite: 'lax', secure, path: COOKIE_PATH, maxAge: 10 * 60 * 1000 });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, authorizationUrl.href);
    } catch (error) {
      // The provider does not answer (or the database failed): a page that says so, never a dead address.
      log.error({ err: error, requestId: res.locals.requestId }, 'single sign-on could not start (is the OpenID provider reachable?)');
      toConsole(res, '/login?sso_error=unavailable');
    }
  });

  // After the console's logout: end the provider's session too (RP-initiated logout), so single
  // sign-on does not sign the rep straight back in; where the provider offers no end-session endpoint
  // (or does not answer), the login page says plainly that the provider's session is still open.
  app.get('/auth/oidc/logout', async (_req, res) => {
    if (!sso.enabled) return void res.status(404).type('text/plain').send('Single sign-on is not configured');
    const target = await sso.logoutTarget();
    if (target.kind === 'still_open') return toConsole(res, '/login?sso_logout=still_open');
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, target.url.href);
  });

  // The provider's way back after its end-session page.
  app.get('/auth/oidc/logged-out', (_req, res) => {
    if (!sso.enabled) return void res.status(404).type('text/plain').send('Single sign-on is not configured');
    toConsole(res, '/login?sso_logout=done');
  });

  app.get('/auth/oidc/callback', async (req, res) => {
    if (!sso.enabled) return void res.status(404).type('text/plain').send('Single sign-on is not configured');
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    const bound = cookie(req, STATE_COOKIE);
    res.clearCookie(STATE_COOKIE, { path: COOKIE_PATH });
    // The callback must come back to the browser that started the sign-in (no login forced on someone else's).
    if (!state || !bound || bound !== state) return toConsole(res, '/login?sso_error=expired');
    const callbackUrl = new URL(config.oidc!.redirectUrl);
    callbackUrl.search = new URL(req.originalUrl, 'http://callback.invalid').search;
    try {
      const code = await sso.callback(orm.em.fork(), clock, { requestId: res.locals.requestId, ip: req.ip ?? '' }, callbackUrl, state);
      toConsole(res, `/sso?code=${encodeURIComponent(code)}`);
    } catch (error) {
      if (error instanceof SignInRefused) {
        log.warn({ reason: error.reason, detail: error.message, requestId: res.locals.requestId }, 'single sign-on refused');
        return toConsole(res, `/login?sso_error=${error.reason}`);
      }
      log.error({ err: error, requestId: res.locals.requestId }, 'single sign-on failed');
      toConsole(res, '/login?sso_error=failed');
    }
  });
}
