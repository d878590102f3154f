import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import { hashToken, MAX_TOKEN_LENGTH, tokenKind } from '../common/tokens.js';
import { OrganizationKind } from '../organizations/organization.entity.js';
import { prepared, queryPrepared } from '../db/prepared.js';
import type { Scope } from './api-key.entity.js';
import type { ViewerCache } from './viewer-cache.js';
import { RepRole } from './rep.entity.js';
import { ViewerKind, type Authentication } from './viewer.js';

export type { Authentication };

const ANONYMOUS: Authentication = { viewer: null, invalidToken: false };
const INVALID: Authentication = { viewer: null, invalidToken: true };

// Every request starts here: one prepared statement per token kind, found by the token's hash.
const API_KEY = prepared('auth_api_key', 'select id, name, scopes from api_key where key_hash = $1 and revoked_at is null');

interface LoginRow {
  id: string;
  expires_at: Date | string;
  rep_id: string | null;
  rep_email: string | null;
  rep_role: RepRole | null;
  rep_active: boolean | null;
  user_id: string | null;
  user_email: string | null;
  organization_id: string | null;
  organization_kind: OrganizationKind | null;
  partner_account_id: string | null;
}

const LOGIN_SESSION = prepared(
  'auth_login_session',
  `select s.id, s.expires_at, r.id as rep_id, r.email as rep_email, r.role as rep_role, r.active as rep_active,
          u.id as user_id, u.email as user_email, o.id as organization_id, o.kind as organization_kind, o.partner_account_id
     from login_session s
     left join rep r on r.id = s.rep_id
     left join app_user u on u.id = s.user_id
     left join organization o on o.id = u.organization_id
    where s.token_hash = $1 and s.revoked_at is null and s.expires_at > $2`,
);

interface SetupRow {
  id: string;
  revoked_at: string | null;
  expires_at: string;
  recipient_email: string;
  audience: 'PARTNER' | 'CUSTOMER';
}

/** A setup session that was revoked or timed out still identifies itself, so the wizard can answer SESSION_EXPIRED. */
const SETUP_SESSION = prepared(
  'auth_setup_session',
  `select s.id, s.revoked_at, s.expires_at, l.recipient_email, l.audience
     from setup_session s join setup_link l on l.id = s.link_id
    where s.token_hash = $1`,
);

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Turns `Authorization: Bearer …` into a viewer. Tokens are found by the SHA-256 of the token
 * through a unique index (never compared as plain text). A setup session that was revoked or
 * timed out still identifies itself, so the wizard can answer SESSION_EXPIRED.
 */
export async function authenticate(em: EntityManager, clock: Clock, token: string | undefined, cache?: ViewerCache): Promise<Authentication> {
  if (!token) return ANONYMOUS;
  if (token.length > MAX_TOKEN_LENGTH) return INVALID;
  const kind = tokenKind(token);
  const tokenHash = hashToken(token);
  const now = clock.now();
  // Setup sessions are not cached: their expiry moves with every step, and the wizard's steps are writes anyway.
  if (cache && kind !== 'setup') {
    const cached = cache.get(tokenHash, now);
    if (cached) return cached;
    const version = cache.version;
    const fresh = await lookUp(em, kind, tokenHash, now);
    if (fresh.authentication.viewer) cache.set(tokenHash, fresh.authentication, fresh.expiresAt, version);
    return fresh.authentication;
  }
  return (await lookUp(em, kind, tokenHash, now)).authentication;
}

async function lookUp(
  em: EntityManager,
  kind: ReturnType<typeof tokenKind>,
  tokenHash: string,
  now: Date,
): Promise<{ authentication: Authentication; expiresAt?: Date }> {
  if (kind === 'login') {
    const [session] = await queryPrepared<LoginRow>(em, LOGIN_SESSION, [tokenHash, now]);
    return session ? { authentication: loginViewer(session), expiresAt: new Date(session.expires_at) } : { authentication: await apiKey(em, tokenHash) };
  }
  if (kind === 'setup') return { authentication: await setupViewer(em, tokenHash, now) };
  // Machine keys are whatever the operator configured (docs/integrators.md: any string of 16 characters or more),
  // so anything that is not one of our own session tokens is looked up as a key.
  return { authentication: await apiKey(em, tokenHash) };
}

function loginViewer(session: LoginRow): Authentication {
  if (session.rep_id) {
    if (!session.rep_active) return INVALID;
    const repKind = session.rep_role === RepRole.ADMIN ? ViewerKind.ADMIN : ViewerKind.REP;
    return {
      viewer: { kind: repKind, id: session.rep_id, label: session.rep_email!, email: session.rep_email!, scopes: [], loginSessionId: session.id },
      invalidToken: false,
    };
  }
  if (!session.user_id || !session.organization_id) return INVALID;
  return {
    viewer: {
      kind: session.organization_kind === OrganizationKind.PARTNER ? ViewerKind.PARTNER_ADMIN : ViewerKind.CUSTOMER_ADMIN,
      id: session.user_id,
      label: session.user_email!,
      email: session.user_email!,
      scopes: [],
      organizationId: session.organization_id,
      partnerAccountId: session.partner_account_id,
      loginSessionId: session.id,
    },
    invalidToken: false,
  };
}

async function setupViewer(em: EntityManager, tokenHash: string, now: Date): Promise<Authentication> {
  const [session] = await queryPrepared<SetupRow>(em, SETUP_SESSION, [tokenHash]);
  if (!session) return apiKey(em, tokenHash);
  const expired = !!session.revoked_at || new Date(session.expires_at).getTime() <= now.getTime();
  return {
    viewer: {
      kind: ViewerKind.SETUP_SESSION,
      id: session.id,
      label: `setup:${session.recipient_email}`,
      email: session.recipient_email,
      scopes: [],
      setupSessionExpired: expired,
      setupAudience: session.audience,
    },
    invalidToken: false,
  };
}

async function apiKey(em: EntityManager, tokenHash: string): Promise<Authentication> {
  const [key] = await queryPrepared<{ id: string; name: string; scopes: Scope[] }>(em, API_KEY, [tokenHash]);
  if (!key) return INVALID;
  return { viewer: { kind: ViewerKind.API_KEY, id: key.id, label: `api-key:${key.name}`, scopes: key.scopes }, invalidToken: false };
}
