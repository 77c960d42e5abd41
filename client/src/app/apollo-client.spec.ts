import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { of } from 'rxjs';
import { reloginGate, sessionStore } from '../features/auth';
import { LoginDocument, MeDocument } from '../features/auth/api/session-operations';
import { sessionLink } from './apollo-client';

const me = {
  __typename: 'User',
  id: 'u1',
  username: 'wangfang',
  name: '王芳',
  role: 'STAFF',
  orgUnit: { __typename: 'OrgUnit', id: 'o1', name: '汇川区', kind: 'COUNTY' },
};
const expired = { errors: [{ message: '登录已过期', extensions: { code: 'UNAUTHENTICATED' } }] };

/** A server that accepts only the token "fresh" and records the Authorization header of each request. */
function clientAgainstFakeServer() {
  const seenAuthorizations: string[] = [];
  const server = new ApolloLink((operation) => {
    const authorization = String(operation.getContext().headers?.authorization ?? '');
    seenAuthorizations.push(authorization);
    return of(authorization === 'Bearer fresh' ? { data: { me } } : expired);
  });
  const client = new ApolloClient({ link: sessionLink.concat(server), cache: new InMemoryCache() });
  return { client, seenAuthorizations };
}

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('an expired session', () => {
  beforeEach(() => sessionStore.save({ token: 'stale', username: 'wangfang' }));
  afterEach(() => reloginGate.abandonRelogin());

  it('waits for the person to sign in again, then repeats the operation with the new token', async () => {
    const { client, seenAuthorizations } = clientAgainstFakeServer();

    const result = client.query({ query: MeDocument });
    await tick();
    expect(reloginGate.isWaiting()).toBe(true);

    sessionStore.save({ token: 'fresh', username: 'wangfang' });
    reloginGate.completeRelogin();

    await expect(result).resolves.toMatchObject({ data: { me: { name: '王芳' } } });
    expect(seenAuthorizations).toEqual(['Bearer stale', 'Bearer fresh']);
  });

  it('asks only once when several operations fail together', async () => {
    const { client, seenAuthorizations } = clientAgainstFakeServer();
    const listener = jest.fn();
    const unsubscribe = reloginGate.subscribe(listener);

    const separately = {
      fetchPolicy: 'network-only',
      context: { queryDeduplication: false },
    } as const;
    const results = [
      client.query({ query: MeDocument, ...separately }),
      client.query({ query: MeDocument, ...separately }),
    ];
    await tick();
    expect(listener).toHaveBeenCalledTimes(1);

    sessionStore.save({ token: 'fresh', username: 'wangfang' });
    reloginGate.completeRelogin();
    await Promise.all(results);
    expect(seenAuthorizations).toEqual([
      'Bearer stale',
      'Bearer stale',
      'Bearer fresh',
      'Bearer fresh',
    ]);
    unsubscribe();
  });

  it('hands the original error back when the person signs out instead', async () => {
    const { client } = clientAgainstFakeServer();

    const result = client.query({ query: MeDocument });
    await tick();
    reloginGate.abandonRelogin();

    const error = await result.catch((reason: unknown) => reason);
    expect(CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.['code']).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('does not treat wrong credentials on the login form as an expired session', async () => {
    const { client } = clientAgainstFakeServer();

    const error = await client
      .mutate({ mutation: LoginDocument, variables: { username: 'wangfang', password: 'wrong' } })
      .catch((reason: unknown) => reason);

    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect(reloginGate.isWaiting()).toBe(false);
  });
});
