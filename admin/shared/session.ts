/**
 * A bearer login kept in the browser: the token, when it expires, and who it is. Expired sessions
 * read as none. Stored under its own key so the console and the portal never share one.
 */
export interface StoredSession<Identity> {
  token: string;
  expiresAt: string;
  identity: Identity;
}

export function createSessionStore<Identity>(key: string, storage: Storage = window.localStorage) {
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
