/**
 * A bearer login kept in the browser: the token, when it expires, and who it is. Expired sessions
 * read as none. Stored under its own key so the console and the portal never share one.
 *
 * In `sessionStorage` by default: the tab's own, gone when the tab closes, never read by another tab
 * or left on disk for the next person at the computer, as `localStorage` would. A login kept there
 * by an earlier version is removed on first use.
 */
export interface StoredSession<Identity> {
  token: string;
  expiresAt: string;
  identity: Identity;
}

export function createSessionStore<Identity>(key: string, storage: Storage = window.sessionStorage) {
  try {
    if (storage !== window.localStorage) window.localStorage.removeItem(key);
  } catch {
    // Storage may be unavailable (privacy settings): nothing to remove then.
  }
  return {
    get(now: Date = new Date()): StoredSession<Identity> | null {
      try {
        const raw = storage.getItem(key);
        if (!raw) return null;
        const session = JSON.parse(raw) as StoredSession<Identity>;
        if (!session.token || !(new Date(session.expiresAt).getTime() > now.getTime())) return null;
        return session;
      } catch {
        return null;
      }
    },
    /** The stored session even when expired (to tell "expired" from "never logged in"). */
    peek(): StoredSession<Identity> | null {
      try {
        const raw = storage.getItem(key);
        return raw ? (JSON.parse(raw) as StoredSession<Identity>) : null;
      } catch {
        return null;
      }
    },
    set(session: StoredSession<Identity>): void {
      storage.setItem(key, JSON.stringify(session));
    },
    clear(): void {
      storage.removeItem(key);
    },
  };
}
