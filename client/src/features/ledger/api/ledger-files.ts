import type { FlagLevel, ProjectFilter } from '../../../gql/graphql';
import { fileRequestError } from '../../../shared/files';

/** A row the import refused, as the server names it. */
export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export type ImportResult =
  { ok: true; created: number } | { ok: false; message: string; rows: ImportRowError[] };

/** The board's filters as the export's query string; empty ones are left out. */
export function exportQuery(filter: ProjectFilter, level?: FlagLevel | null): string {
  const params = new URLSearchParams();
  for (const key of ['orgUnitId', 'chainId', 'leaderId', 'ownerId', 'flag', 'search'] as const) {
    const value = filter[key];
    if (value) params.set(key, String(value));
  }
  if (level) params.set('level', level);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Posts the .xlsx file as the request body; the server checks every row before writing any. */
export async function uploadProjects(file: Blob, token: string | null): Promise<ImportResult> {
  const response = await fetch('/import/projects.xlsx', {
    method: 'POST',
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: file,
  });
  if (response.ok) {
    const body = (await response.json()) as { created: number };
    return { ok: true, created: body.created };
  }
  if (response.status === 400) {
    const body = (await response.json()) as { message: string; rows?: ImportRowError[] };
    return { ok: false, message: body.message, rows: body.rows ?? [] };
  }
  throw await fileRequestError(response);
}
