import { sessionStore } from '../features/auth';

/** A plain GET on the app's own server with the signed-in person's token, e.g. a file export. */
export function authorizedFetch(path: string): Promise<Response> {
  const token = sessionStore.get()?.token;
  return fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}
