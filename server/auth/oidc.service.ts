import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import { audit } from '../audit/audit.js';
import { type Actor } from '../common/tx-scope.js';
import type { Clock } from '../common/clock.js';
import type { OidcConfig } from '../common/config.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { hashToken } from '../common/tokens.js';
import { InputValidator } from '../common/validation.js';
import type { RequestContext } from '../common/request-context.js';
import type { LoginResult, LoginService } from './login.service.js';
import { OidcSignIn } from './oidc-sign-in.entity.js';
import { Rep, RepRole } from './rep.entity.js';

/** createRep's cap on a rep's name. */
const REP_NAME_MAX = 200;
/** Groups read from a claim, at most (the rest are ignored). */
const MAX_GROUPS = 100;

/** A sign-in started at the provider must come back within this time. */
export const SIGN_IN_LIFETIME_MS = 10 * 60 * 1000;
/** The console exchanges the hand-over code at once; it is good this long, and once. */
export const HANDOVER_LIFETIME_MS = 60 * 1000;

/** Why a sign-in through the provider did not end in a login (the console shows it; never details). */
export type SignInRefusal = 'expired' | 'failed' | 'no_email' | 'no_role' | 'inactive' | 'unavailable';

/** How long the provider may take to answer one request before it counts as unavailable. */
const PROVIDER_TIMEOUT_SECONDS = 5;

/**
 * The provider could not be reached or answered with a server error (connection refused, DNS, a
 * timeout, a 5xx): unavailable, not a refused sign-in.
 */
export function providerUnavailable(error: unknown): boolean {
  // Compared by name and code, not instanceof: fetch's errors may come from another realm (a test's VM context).
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { name, message, code, status, response } = e as {
      name?: unknown;
      message?: unknown;
      code?: unknown;
      status?: unknown;
      response?: { status?: unknown };
    };
    if (name === 'TimeoutError' || name === 'AbortError') return true;
    if (typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_\w+)$/.test(code)) return true;
    if (name === 'TypeError' && typeof message === 'string' && /fetch failed/i.test(message)) return true;
    const httpStatus = status ?? response?.status;
    if (typeof httpStatus === 'number' && httpStatus >= 500) return true;
  }
  return false;
}

/** Where the console goes after logout: the provider's end-session page, or the login page saying the provider's session is still open. */
export type LogoutTarget = { kind: 'provider'; url: URL } | { kind: 'still_open' };

/** Characters no name keeps: control (NUL among them), lone surrogates, and format characters (bidi overrides, zero-width). */
const UNSHOWN = /[\p{Cc}\p{Cs}\p{Cf}]/gu;

/**
 * A text claim of the provider made fit for the database and the console: the characters createRep
 * refuses are dropped (so a NUL never reaches PostgreSQL), runs of spaces become one, and the text is
 * cut to `max` characters (whole code points). Empty when nothing is left.
 */
export function cleanClaim(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const cleaned = value.normalize('NFC').replace(UNSHOWN, '').replace(/\s+/g, ' ').trim();
  return Array.from(cleaned).slice(0, max).join('').trim();
}

export class SignInRefused extends Error {
  constructor(
    readonly reason: SignInRefusal,
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}

export interface StartedSignIn {
  /** Where to send the browser. */
  authorizationUrl: URL;
  /** The state, also kept in a cookie to bind the callback to the browser that started it. */
  state: string;
}

/**
 * Single sign-on for reps through an OpenID provider: authorization code with PKCE (openid-client).
 * The verifier and nonce stay in the database (any replica can take the callback); a rep is matched
 * by email, or created on first sign-in with the role `OIDC_GROUP_ROLES` gives their groups. The
 * console gets its login through a one-time hand-over code (`completeSingleSignOn`), so no login
 * token ever travels in a URL.
 */
export class SingleSignOnService {
  private discovered: Promise<oidc.Configuration> | undefined;

  constructor(
    readonly config: OidcConfig | undefined,
    private readonly login: LoginService,
  ) {}

  get enabled(): boolean {
    return !!this.config;
  }

  /**
   * The provider's metadata, discovered once (again after a failure, so a provider down at start is no
   * lasting harm). `fresh`: discovered anew, which also proves the provider answers now (a sign-in
   * start: the browser is sent there only if it does).
   */
  private provider(options: { fresh?: boolean } = {}): Promise<oidc.Configuration> {
    const config = this.config!;
    const insecure = new URL(config.issuer).protocol === 'http:';
    if (options.fresh) this.discovered = undefined;
    this.discovered ??= oidc
      .discovery(new URL(config.issuer), config.clientId, config.clientSecret, undefined, {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        this.discovered = undefined;
        throw error;
      });
    return this.discovered;
  }

  /** Throws SignInRefused('unavailable') when the provider does not answer (the console says so). */
  async start(em: EntityManager, clock: Clock): Promise<StartedSignIn> {
    const config = this.config!;
    const provider = await this.provider({ fresh: true }).catch((error: unknown) => {
      throw new SignInRefused('unavailable', error instanceof Error ? error.message : String(error));
    });
    const now = clock.now();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    await em.transactional(async (tx) => {
      // Sign-ins nobody finished are of no use after a day.
      await tx.nativeDelete(OidcSignIn, { expiresAt: { $lt: new Date(now.getTime() - 86_400_000) } });
      tx.persist(
        tx.create(OidcSignIn, { stateHash: hashToken(state), codeVerifier, nonce, createdAt: now, expiresAt: new Date(now.getTime() + SIGN_IN_LIFETIME_MS) }),
      );
    });
    const authorizationUrl = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: config.redirectUrl,
      scope: config.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { authorizationUrl, state };
  }

  /**
   * The provider's redirect: the sign-in is taken once (by its state), the code exchanged with the
   * PKCE verifier, the ID token checked (issuer, audience, nonce), the rep found or created.
   * Answers a one-time hand-over code for the console.
   */
  async callback(em: EntityManager, clock: Clock, actor: Omit<Actor, 'kind'>, callbackUrl: URL, state: string): Promise<string> {
    const config = this.config!;
    const now = clock.now();
    const signIn = await em.transactional(async (tx) => {
      const row = await tx.findOne(OidcSignIn, { stateHash: hashToken(state), completedAt: null, rep: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
      row.completedAt = now;
      return { id: row.id, codeVerifier: row.codeVerifier, nonce: row.nonce };
    });
    if (!signIn) throw new SignInRefused('expired');

    let claims: Record<string, unknown>;
    try {
      const provider = await this.provider();
      const tokens = await oidc.authorizationCodeGrant(provider, callbackUrl, {
        pkceCodeVerifier: signIn.codeVerifier,
        expectedState: state,
        expectedNonce: signIn.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims()!;
      // Providers put email and groups in the ID token or only in userinfo: read both, the ID token's subject rules.
      const userInfo = tokens.access_token ? await oidc.fetchUserInfo(provider, tokens.access_token, idClaims.sub).catch(() => ({})) : {};
      claims = { ...userInfo, ...Object.fromEntries(Object.entries(idClaims).filter(([, v]) => v !== undefined)) };
    } catch (error) {
      throw new SignInRefused(providerUnavailable(error) ? 'unavailable' : 'failed', error instanceof Error ? error.message : String(error));
    }

    // The provider's claims are input like any other: the email as createRep checks it, the name
    // cleaned of what createRep refuses, groups and subject without control characters (audited as jsonb).
    const v = new InputValidator();
    const email = typeof claims.email === 'string' ? v.email('email', claims.email) : '';
    if (!email || v.failed || claims.email_verified === false) throw new SignInRefused('no_email');
    const groups = groupsOf(claims[config.groupsClaim])
      .map((g) => cleanClaim(g, 200))
      .filter(Boolean)
      .slice(0, MAX_GROUPS);
    const roles = groups.map((g) => config.groupRoles.get(g)).filter((r): r is 'REP' | 'ADMIN' => !!r);
    const role = roles.includes('ADMIN') ? RepRole.ADMIN : roles.includes('REP') ? RepRole.REP : undefined;
    // What is stored passes createRep's own check (the email, itself checked, stands in for a name that cleans to nothing).
    const nameCheck = new InputValidator();
    const cleanedName = nameCheck.text('name', cleanClaim(claims.name, REP_NAME_MAX) || email, { max: REP_NAME_MAX, label: 'The name' });
    const name = nameCheck.failed ? email : cleanedName;
    const subject = cleanClaim(String(claims.sub), 255);

    const rep = await this.findOrCreateRep(em, now, actor, { email, name, role, groups });
    if (!rep.active) throw new SignInRefused('inactive');

    const handover = `pho_${randomBytes(32).toString('base64url')}`;
    await em.transactional(async (tx) => {
      const row = await tx.findOneOrFail(OidcSignIn, signIn.id);
      row.rep = tx.getReference(Rep, rep.id, { wrapped: true });
      row.handoverHash = hashToken(handover);
      row.expiresAt = new Date(now.getTime() + HANDOVER_LIFETIME_MS);
      audit(
        { em: tx, actor: { ...actor, kind: rep.role, id: rep.id, label: rep.email }, now },
        {
          action: 'rep.signed_in_with_sso',
          targetType: 'Rep',
          targetId: rep.id,
          after: { issuer: config.issuer, subject, groups },
        },
      );
    });
    return handover;
  }

  private async findOrCreateRep(
    em: EntityManager,
    now: Date,
    actor: Omit<Actor, 'kind'>,
    who: { email: string; name: string; role: RepRole | undefined; groups: string[] },
  ): Promise<Rep> {
    const existing = await em.fork().findOne(Rep, { email: who.email });
    if (existing) return existing;
    // Only a person whose groups give a role gets an account.
    if (!who.role) throw new SignInRefused('no_role');
    try {
      return await em.fork().transactional(async (tx) => {
        const rep = tx.create(Rep, { email: who.email, name: who.name, role: who.role!, passwordHash: null, createdAt: now });
        tx.persist(rep);
        audit(
          { em: tx, actor: { ...actor, kind: 'SYSTEM', label: 'single sign-on' }, now },
          {
            action: 'rep.created',
            targetType: 'Rep',
            targetId: rep.id,
            after: { email: who.email, name: who.name, role: rep.role, via: 'single sign-on', groups: who.groups },
          },
        );
        return rep;
      });
    } catch (error) {
      // Two first sign-ins at once: the other one created the rep.
      if (error instanceof UniqueConstraintViolationException) return em.fork().findOneOrFail(Rep, { email: who.email });
      throw error;
    }
  }

  /**
   * After the console's logout: the provider's end-session page (RP-initiated logout, with our
   * client id and the post-logout address to come back to) when the provider offers one and answers;
   * else "still open", which the console's login page says plainly.
   */
  async logoutTarget(): Promise<LogoutTarget> {
    const config = this.config!;
    try {
      const provider = await this.provider({ fresh: true });
      if (!provider.serverMetadata().end_session_endpoint) return { kind: 'still_open' };
      return { kind: 'provider', url: oidc.buildEndSessionUrl(provider, { post_logout_redirect_uri: postLogoutUrl(config.redirectUrl) }) };
    } catch {
      return { kind: 'still_open' };
    }
  }

  /** The console's half: the one-time hand-over code becomes a login session of the rep. */
  async complete(ctx: RequestContext, code: string): Promise<LoginResult> {
    const invalid = () => userError(UserErrorCode.TOKEN_INVALID, 'This sign-in link is not valid any more: sign in again', ['input', 'code']);
    if (typeof code !== 'string' || !code.startsWith('pho_') || code.length > 100) throw invalid();
    const now = ctx.clock.now();
    const repId = await ctx.em.transactional(async (tx) => {
      const row = await tx.findOne(OidcSignIn, { handoverHash: hashToken(code) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!row?.rep || row.expiresAt.getTime() <= now.getTime()) return null;
      row.handoverHash = null;
      return row.rep.id;
    });
    if (!repId) throw invalid();
    const rep = await ctx.em.findOne(Rep, { id: repId, active: true }, { refresh: true });
    if (!rep) throw invalid();
    return this.login.openSession(ctx, ctx.em, { rep });
  }
}

/** Where the provider sends the browser back after its end-session page: register it at the provider. */
export function postLogoutUrl(redirectUrl: string): string {
  return new URL('/auth/oidc/logged-out', redirectUrl).href;
}

/** A groups claim: an array of names, or one string of names separated by spaces or commas. */
export function groupsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}
