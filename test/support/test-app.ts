import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../server/src/database/open-database';
import { createApp } from '../../server/src/server';
import {
  type DemoAccounts,
  DEMO_PASSWORD,
  seedDemoAccounts,
} from '../../server/src/seed/demo-accounts';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; fields?: Record<string, string> } & Record<string, unknown>;
  }[];
}

export interface TestApp {
  url: string;
  engine: TestDatabase['engine'];
  dataSource: DataSource;
  accounts: DemoAccounts;
  app: INestApplication;
  /** Posts one GraphQL operation, as the given user when a username is passed. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    as?: string,
  ): Promise<GraphQLResponse<T>>;
  login(
    username: string,
    password?: string,
  ): Promise<GraphQLResponse<{ login: { token: string } }>>;
  tokenFor(username: string): Promise<string>;
  /** The password tokenFor signs in with for a user created by the test (demo password else). */
  usePassword(username: string, password: string): void;
  close(): Promise<void>;
}

/** The real Nest application over HTTP on a fresh database with the demo accounts. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(env);
  const dataSource = await openDatabase(database.config.database);
  const accounts = await dataSource.transaction((manager) => seedDemoAccounts(manager));
  const app = await createApp(database.config, dataSource);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const tokens = new Map<string, string>();
  const passwords = new Map<string, string>();

  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse;
    return { ...body, status: response.status };
  };

  const login = (username: string, password = DEMO_PASSWORD) =>
    post('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: username,
      p: password,
    }) as Promise<GraphQLResponse<{ login: { token: string } }>>;

  const tokenFor = async (username: string) => {
    if (!tokens.has(username)) {
      const result = await login(username, passwords.get(username));
      if (!result.data?.login)
        throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
      tokens.set(username, result.data.login.token);
    }
    return tokens.get(username)!;
  };

  return {
    url,
    engine: database.engine,
    dataSource,
    accounts,
    app,
    gql: async (query, variables, as) =>
      post(query, variables, as ? await tokenFor(as) : undefined) as never,
    login,
    tokenFor,
    usePassword: (username, password) => {
      passwords.set(username, password);
      tokens.delete(username);
    },
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}

export function errorCodes(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
