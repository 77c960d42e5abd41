import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { reloginGate, sessionStore } from '../features/auth';
import { readApiError } from '../shared/api-errors';

// Wrong credentials on the login form are not an expired session.
const LOGIN_OPERATION = 'Login';

const authLink = new SetContextLink(({ headers }) => {
  const token = sessionStore.get()?.token;
  return { headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers };
});

// Sits before authLink, so the retried operation picks up the renewed token.
const reloginLink = new ErrorLink(({ error, operation, forward }) => {
  const canRenew =
    readApiError(error).code === 'UNAUTHENTICATED' &&
    operation.operationName !== LOGIN_OPERATION &&
    !operation.getContext().retriedAfterRelogin &&
    sessionStore.get() !== null;
  if (!canRenew) return;

  return from(reloginGate.waitForRelogin()).pipe(
    catchError(() => throwError(() => error)),
    switchMap(() => {
      operation.setContext({ retriedAfterRelogin: true });
      return forward(operation);
    }),
  );
});

/** Everything between the app and the transport: the token, and renewal when it expires. */
export const sessionLink = ApolloLink.from([reloginLink, authLink]);

export const apolloClient = new ApolloClient({
  link: sessionLink.concat(new HttpLink({ uri: '/graphql' })),
  cache: new InMemoryCache({
    typePolicies: {
      // A board has no id: each load replaces its columns (the cards are normalised by id).
      Board: { fields: { columns: { merge: false } } },
    },
  }),
});
