import { registerEnumType } from 'type-graphql';
import type { Scope } from './api-key.entity.js';

export enum ViewerKind {
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  CUSTOMER_ADMIN = 'CUSTOMER_ADMIN',
  REP = 'REP',
  ADMIN = 'ADMIN',
  API_KEY = 'API_KEY',
  SETUP_SESSION = 'SETUP_SESSION',
}
registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'What kind of bearer a token belongs to.',
  valuesConfig: {
    ADMIN: { description: 'A rep with the ADMIN role.' },
    API_KEY: { description: 'A machine key (the intake or the scheduler).' },
    CUSTOMER_ADMIN: { description: 'An administrator of a customer organization.' },
    PARTNER_ADMIN: { description: 'An administrator of a partner organization.' },
    REP: { description: 'A Cisco rep.' },
    SETUP_SESSION: { description: 'A Set up now wizard session.' },
  },
});

/** Who is calling, as established from the bearer token once per request. */
export interface Viewer {
  kind: ViewerKind;
  /** The key's, user's, rep's or setup session's id. */
  id: string;
  /** A human label for logs and the audit trail (key name, email). Never a secret. */
  label: string;
  email?: string;
  scopes: readonly Scope[];
  /** Organization administrators: their organization. */
  organizationId?: string;
  /** Partner admins: their organization's CCW account (orders placed by it are theirs too). */
  partnerAccountId?: string | null;
  /** Login sessions: the session, so `logout` can revoke it. */
  loginSessionId?: string;
  /** Setup sessions: revoked (the link was re-opened) or timed out; steps answer SESSION_EXPIRED. */
  setupSessionExpired?: boolean;
  /** Setup sessions: whom the link was for (the customer's own path sees the customer side). */
  setupAudience?: 'PARTNER' | 'CUSTOMER';
}

export const isRep = (viewer: Viewer | null): boolean => viewer?.kind === ViewerKind.REP || viewer?.kind === ViewerKind.ADMIN;

export const isOrgAdmin = (viewer: Viewer | null): boolean => viewer?.kind === ViewerKind.PARTNER_ADMIN || viewer?.kind === ViewerKind.CUSTOMER_ADMIN;

/** What a bearer token turned out to be. */
export interface Authentication {
  viewer: Viewer | null;
  /** A token was presented and it is not good (unknown, revoked, expired). */
  invalidToken: boolean;
}
