import { useSyncExternalStore } from 'react';

/**
 * A set of ids that components subscribe to one id at a time: changing one id re-renders only
 * the component watching it, not the two thousand cards around it.
 */
export class IdSetStore {
  private readonly ids = new Set<string>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  has = (id: string) => this.ids.has(id);

  set(id: string, present: boolean) {
    if (present === this.ids.has(id)) return;
    if (present) this.ids.add(id);
    else this.ids.delete(id);
    this.listeners.forEach((listener) => listener());
  }
}

export function useIdInStore(store: IdSetStore, id: string): boolean {
  return useSyncExternalStore(store.subscribe, () => store.has(id));
}
