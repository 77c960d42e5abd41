import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { LogoutDocument } from '../api/session-operations';
import { reloginGate } from '../stores/relogin-gate';
import { sessionStore } from '../stores/session-store';

/** Ends the session on the server and here; the signed-in area notices and shows the login page. */
export function useLogout() {
  const client = useApolloClient();
  const [logoutOnServer] = useMutation(LogoutDocument);

  return useCallback(() => {
    // The server ends its session; signing out here does not wait for it (or fail with it).
    // The token goes along explicitly, as the store is cleared before the request leaves.
    const token = sessionStore.get()?.token;
    if (token) {
      void logoutOnServer({
        context: { headers: { authorization: `Bearer ${token}` } },
      }).catch(() => undefined);
    }
    reloginGate.abandonRelogin();
    sessionStore.clear();
    // Nothing the previous person could see may remain for the next one.
    void client.clearStore();
  }, [client, logoutOnServer]);
}
