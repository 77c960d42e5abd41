import { useSyncExternalStore } from 'react';

/**
 * Holds operations that failed with UNAUTHENTICATED until the person signs in again.
 * All such operations wait on the same prompt, so several failing at once ask only once.
 */
function createReloginGate() {
  let pending: {
    promise: Promise<void>;
    resolve: () => void;
    reject: (reason: Error) => void;
  } | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  function settle(outcome: (entry: NonNullable<typeof pending>) => void) {
    if (!pending) return;
    const entry = pending;
    pending = null;
    outcome(entry);
    notify();
  }

  return {
    waitForRelogin(): Promise<void> {
      if (!pending) {
        let resolve!: () => void;
        let reject!: (reason: Error) => void;
        const promise = new Promise<void>((onResolve, onReject) => {
          resolve = onResolve;
          reject = onReject;
        });
        // Operations cancelled meanwhile no longer listen; signing out must not look like a crash.
        promise.catch(() => undefined);
        pending = { promise, resolve, reject };
        notify();
      }
      return pending.promise;
    },
    completeRelogin: () => settle((entry) => entry.resolve()),
    abandonRelogin: () =>
      settle((entry) => entry.reject(new Error('Signed out instead of renewing the session'))),
    isWaiting: () => pending !== null,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const reloginGate = createReloginGate();

export function useReloginRequested(): boolean {
  return useSyncExternalStore(reloginGate.subscribe, reloginGate.isWaiting);
}
