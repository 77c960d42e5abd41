import DataLoader from 'dataloader';
import type { Request } from 'express';
import type { User } from '../modules/users/user.entity';

export interface AuthenticatedRequest extends Request {
  user?: User;
  /** The server-side session of the bearer token (logout and password changes end it). */
  sessionId?: string;
}

export interface GraphQLContext {
  req: AuthenticatedRequest;
  loaders?: Map<string, DataLoader<unknown, unknown>>;
}

/** The request's loader of that name, made by `create` on first use. */
export function contextLoader<L extends DataLoader<any, any>>(
  context: GraphQLContext,
  name: string,
  create: () => L,
): L {
  context.loaders ??= new Map();
  let loader = context.loaders.get(name) as L | undefined;
  if (!loader) {
    loader = create();
    context.loaders.set(name, loader);
  }
  return loader;
}

/**
 * One DataLoader per name per request: nested fields of a whole page are fetched in one query
 * per kind instead of one per row, and nothing is cached across requests.
 */
export function requestLoader<K, V>(
  context: GraphQLContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return contextLoader(
    context,
    name,
    () =>
      new DataLoader<K, V | null>(async (keys) => {
        const found = new Map((await batch(keys)).map((value) => [keyOf(value), value]));
        return keys.map((key) => found.get(key) ?? null);
      }),
  );
}

/** Like requestLoader, for one-to-many: each key gets the list of rows that belong to it. */
export function requestListLoader<K, V>(
  context: GraphQLContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
  ownerOf: (value: V) => K,
): DataLoader<K, V[]> {
  return contextLoader(
    context,
    name,
    () =>
      new DataLoader<K, V[]>(async (keys) => {
        const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
        for (const value of await batch(keys)) groups.get(ownerOf(value))?.push(value);
        return keys.map((key) => groups.get(key) ?? []);
      }),
  );
}
