import { sessionToken } from './session-token';

/** A plain GET on the app's own server with the signed-in person's token, e.g. a file export. */
export function authorizedFetch(path: string): Promise<Response> {
  const token = sessionToken();
  return fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}
