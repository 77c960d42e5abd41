import type { FlagLevel, ProjectFilter } from '../../../gql/graphql';

/** A row the import refused, as the server names it. */
export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export type ImportResult =
  { ok: true; created: number } | { ok: false; message: string; rows: ImportRowError[] };

/** Why a file request failed, in the server's words when it gave some. */
export class FileRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

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

/** The file name the server proposes (RFC 5987 filename* first), else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // a malformed name: use the fallback
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

async function failure(response: Response): Promise<FileRequestError> {
  const body = (await response.json().catch(() => null)) as { message?: string } | null;
  return new FileRequestError(body?.message ?? response.statusText, response.status);
}

/**
 * Fetches a spreadsheet with the session's Bearer token (never in the URL, where it would land
 * in logs and history) and hands it to the browser as a download.
 */
export async function downloadSpreadsheet(
  path: string,
  token: string | null,
  fallbackName: string,
): Promise<string> {
  const response = await fetch(path, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw await failure(response);
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
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
  throw await failure(response);
}
