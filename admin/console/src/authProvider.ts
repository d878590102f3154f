import type { AuthProvider } from 'react-admin';
import { client, session, type RepIdentity } from './dataProvider/client';
import { COMPLETE_SINGLE_SIGN_ON, LOGIN, LOGOUT, REP_NAME } from './dataProvider/documents';
import { i18nProvider } from './i18n';
import { describeUserError } from './i18n/user-errors';

function graphQLCodes(error: any): string[] {
  const errors = error?.body?.graphQLErrors ?? error?.graphQLErrors ?? [];
  return errors.map((e: any) => e?.extensions?.code).filter(Boolean);
}

/**
 * Reps log in with the `login` mutation; partner and customer administrators get a clear refusal
 * (and their session is revoked at once). The session ends when it expires, when the server says
 * UNAUTHENTICATED (revoked, deactivated), or on logout.
 */
export const authProvider: AuthProvider = {
  /** Email and password, or (single sign-on) the one-time code the sign-in callback handed over. */
  async login({ username, password, ssoCode }: { username?: string; password?: string; ssoCode?: string }) {
    const result = ssoCode
      ? (await client.mutate({ mutation: COMPLETE_SINGLE_SIGN_ON, variables: { input: { code: ssoCode } } })).data!.completeSingleSignOn
      : (await client.mutate({ mutation: LOGIN, variables: { input: { email: username ?? '', password: password ?? '' } } })).data!.login;
    if (result.errors.length) {
      throw new Error(result.errors.map((e) => describeUserError(e, i18nProvider.getLocale(), i18nProvider.translate)).join(' '));
    }
    const { viewer, token, expiresAt } = result;
    if (!viewer || !token || !expiresAt) throw new Error('ra.auth.sign_in_error');
    if (viewer.kind !== 'REP' && viewer.kind !== 'ADMIN') {
      await client.mutate({ mutation: LOGOUT, context: { headers: { authorization: `Bearer ${token}` } } }).catch(() => undefined);
      throw new Error('console.auth.not_a_rep');
    }
    const identity: RepIdentity = { id: viewer.id, email: viewer.email ?? '', name: viewer.email ?? '', kind: viewer.kind, sso: !!ssoCode };
    session.set({ token, expiresAt, identity });
    const rep = await client.query({ query: REP_NAME, variables: { id: identity.id } }).catch(() => null);
    if (rep?.data?.rep?.name) session.set({ token, expiresAt, identity: { ...identity, name: rep.data.rep.name } });
  },

  /**
   * Revokes the session. After a single sign-on login, the browser then goes on to end the provider's
   * session too (`/auth/oidc/logout`: RP-initiated logout), else the provider would sign the rep
   * straight back in; the login page says whether that worked.
   */
  async logout() {
    const current = session.get();
    if (current) await client.mutate({ mutation: LOGOUT }).catch(() => undefined);
    session.clear();
    if (current?.identity.sso) return `${window.location.origin}/auth/oidc/logout`;
    return undefined;
  },

  async checkAuth() {
    if (session.get()) return;
    const expired = session.peek();
    session.clear();
    throw expired ? { message: 'console.auth.session_expired' } : { message: false };
  },

  async checkError(error: any) {
    const codes = graphQLCodes(error);
    if (codes.includes('UNAUTHENTICATED') || error?.status === 401) {
      // react-admin notifies (while the session still reads as present) and then calls logout().
      throw { message: 'console.auth.session_expired' };
    }
    // FORBIDDEN (a rep on an admin-only operation) is shown as an error; the rep stays logged in.
  },

  async getIdentity() {
    const current = session.get();
    if (!current) throw new Error('not logged in');
    return { id: current.identity.id, fullName: current.identity.name, email: current.identity.email };
  },

  async getPermissions() {
    return session.get()?.identity.kind ?? null;
  },
};
