import { useSyncExternalStore } from 'react';

export interface Session {
  token: string;
  /** Kept so an expired session can be renewed for the same person without retyping the name. */
  username: string;
}

const STORAGE_KEY = 'luodi.session';
const listeners = new Set<() => void>();

function tokenExpiresAt(token: string): number | undefined {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const { exp } = JSON.parse(json) as { exp?: unknown };
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

function isSession(value: unknown): value is Session {
  const candidate = value as Partial<Session> | null;
  return typeof candidate?.token === 'string' && typeof candidate.username === 'string';
}

// A session that expired while the browser was closed goes straight to the login page
// instead of opening the app only to ask for the password again.
function readStoredSession(): Session | null {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!isSession(stored)) return null;
    const expiresAt = tokenExpiresAt(stored.token);
    return expiresAt !== undefined && expiresAt <= Date.now() ? null : stored;
  } catch {
    return null;
  }
}

let current: Session | null = readStoredSession();

function publish(next: Session | null) {
  current = next;
  listeners.forEach((listener) => listener());
}

// Signing in or out in another tab applies here too.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY || event.key === null) publish(readStoredSession());
});

export const sessionStore = {
  get: (): Session | null => current,
  save(session: Session) {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    publish(session);
  },
  clear() {
    window.localStorage.removeItem(STORAGE_KEY);
    publish(null);
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}
