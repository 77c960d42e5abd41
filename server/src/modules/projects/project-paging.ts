import type { Project } from './entities/project.entity';
import type { ProjectConnection } from './models/connection.model';
import { badInput } from '../../common/errors';

/** Paging of project lists: page sizes, opaque cursors and the connection shape. */
const DEFAULT_PAGE = 20;
const MAX_PAGE = 200;

export const encodeCursor = (values: (number | string)[]) =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

export function decodeCursor(cursor: string, length: number): number[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'number')
    )
      return values;
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: '分页游标无效' });
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE)
    throw badInput({ first: `每页条数应为 0 到 ${MAX_PAGE} 的整数` });
  return first;
}

export function connectionOf(
  rows: Project[],
  limit: number,
  totalCount: number,
  cursorOf: (p: Project) => string,
): ProjectConnection {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
