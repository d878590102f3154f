import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import { hashToken, tokenKind } from '../common/tokens.js';
import { OrganizationKind } from '../organizations/organization.entity.js';
import { SetupSession } from '../setup/setup-session.entity.js';
import { ApiKey } from './api-key.entity.js';
import { LoginSession } from './login-session.entity.js';
import { RepRole } from './rep.entity.js';
import { ViewerKind, type Viewer } from './viewer.js';

export interface Authentication {
  viewer: Viewer | null;
  /** A token was presented and it is not good (unknown, revoked, expired). */
  invalidToken: boolean;
}

const ANONYMOUS: Authentication = { viewer: null, invalidToken: false };
const INVALID: Authentication = { viewer: null, invalidToken: true };

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Turns `Authorization: Bearer …` into a viewer. Tokens are found by the SHA-256 of the token
 * through a unique index (never compared as plain text). A setup session that was revoked or
 * timed out still identifies itself, so the wizard can answer SESSION_EXPIRED.
 */
export async function authenticate(em: EntityManager, clock: Clock, token: string | undefined): Promise<Authentication> {
  if (!token) return ANONYMOUS;
  if (token.length > 200) return INVALID;
  const kind = tokenKind(token);
  const tokenHash = hashToken(token);
  const now = clock.now();

  if (kind === 'key') {
    const key = await em.findOne(ApiKey, { keyHash: tokenHash, revokedAt: null });
    if (!key) return INVALID;
    return { viewer: { kind: ViewerKind.API_KEY, id: key.id, label: `api-key:${key.name}`, scopes: key.scopes }, invalidToken: false };
  }

  if (kind === 'login') {
    const session = await em.findOne(
      LoginSession,
      { tokenHash, revokedAt: null, expiresAt: { $gt: now } },
      { populate: ['user', 'user.organization', 'rep'] },
    );
    if (!session) return INVALID;
    const rep = session.rep?.getEntity();
    if (rep) {
      if (!rep.active) return INVALID;
      const repKind = rep.role === RepRole.ADMIN ? ViewerKind.ADMIN : ViewerKind.REP;
      return { viewer: { kind: repKind, id: rep.id, label: rep.email, email: rep.email, scopes: [], loginSessionId: session.id }, invalidToken: false };
    }
    const user = session.user!.getEntity();
    const organization = user.organization.getEntity();
    return {
      viewer: {
        kind: organization.kind === OrganizationKind.PARTNER ? ViewerKind.PARTNER_ADMIN : ViewerKind.CUSTOMER_ADMIN,
        id: user.id,
        label: user.email,
        email: user.email,
        scopes: [],
        organizationId: organization.id,
        loginSessionId: session.id,
      },
      invalidToken: false,
    };
  }

  if (kind === 'setup') {
    const session = await em.findOne(SetupSession, { tokenHash }, { populate: ['link'] });
    if (!session) return INVALID;
    const expired = !!session.revokedAt || session.expiresAt.getTime() <= now.getTime();
    return {
      viewer: {
        kind: ViewerKind.SETUP_SESSION,
        id: session.id,
        label: `setup:${session.link.getEntity().recipientEmail}`,
        email: session.link.getEntity().recipientEmail,
        scopes: [],
        setupSessionExpired: expired,
        setupAudience: session.link.getEntity().audience,
      },
      invalidToken: false,
    };
  }

  return INVALID;
}
