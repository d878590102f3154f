/**
 * The login token of a partner or customer administrator. Kept in sessionStorage so a reload of
 * the account page keeps the administrator logged in while the tab lives; the setup wizard's
 * session token, by contrast, is never stored (leaving the wizard saves nothing).
 */
const KEY = 'provisioning-hub.portal.login';

export function storedLogin(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeLogin(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the login lasts until the page is left.
  }
}
