import { createHash, randomBytes } from 'node:crypto';

/**
 * Every secret we hand out (API keys, login sessions, setup links, setup sessions, activation links)
 * is 32 random bytes with a prefix saying what it is. Only its SHA-256 is stored; lookups go through
 * a unique index on the hash, so the database never holds a usable secret.
 */
export type TokenKind = 'key' | 'login' | 'link' | 'setup' | 'activation' | 'reset';

const PREFIX: Record<TokenKind, string> = {
  key: 'phk_',
  login: 'phl_',
  link: 'phs_',
  setup: 'phw_',
  activation: 'pha_',
  reset: 'phr_',
};

/** Longer than any token we issue and than any machine key the configuration accepts: longer ones are refused unread. */
export const MAX_TOKEN_LENGTH = 200;

export function generateToken(kind: TokenKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function tokenKind(token: string): TokenKind | undefined {
  return (Object.keys(PREFIX) as TokenKind[]).find((kind) => token.startsWith(PREFIX[kind]));
}
