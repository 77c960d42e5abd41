import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { LoginDocument, MeDocument } from '../api/session-operations';
import { sessionStore } from '../stores/session-store';

export function useLogin() {
  const client = useApolloClient();
  const [mutateLogin, { loading }] = useMutation(LoginDocument);

  const login = useCallback(
    async (username: string, password: string) => {
      const { data } = await mutateLogin({ variables: { username, password } });
      if (!data) throw new Error('The login mutation answered without data');
      const { token, user } = data.login;
      sessionStore.save({ token, username: user.username });
      // The shell asks for `me` right away; answering it from the login result saves a round trip.
      client.writeQuery({ query: MeDocument, data: { me: user } });
      return user;
    },
    [client, mutateLogin],
  );

  return { login, loading };
}
