import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { reloginGate } from '../stores/relogin-gate';
import { sessionStore } from '../stores/session-store';

/** Ends the session; the signed-in area notices and shows the login page. */
export function useLogout() {
  const client = useApolloClient();

  return useCallback(() => {
    reloginGate.abandonRelogin();
    sessionStore.clear();
    // Nothing the previous person could see may remain for the next one.
    void client.clearStore();
  }, [client]);
}
