/** Why a file request failed, in the server's words when it gave some. */
export class FileRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
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

/** The error a refused file request answers with: its `{ message }` body, else the status text. */
export async function fileRequestError(response: Response): Promise<FileRequestError> {
  const body = (await response.json().catch(() => null)) as { message?: string } | null;
  return new FileRequestError(body?.message ?? response.statusText, response.status);
}

/** Hands a file made or fetched in the page to the browser as a download. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Fetches a file with the session's Bearer token (never in the URL, where it would land in logs
 * and history) and saves it under the name the server proposes; returns that name.
 */
export async function downloadFile(
  path: string,
  token: string | null,
  fallbackName: string,
): Promise<string> {
  const response = await fetch(path, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw await fileRequestError(response);
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  saveFile(await response.blob(), name);
  return name;
}
