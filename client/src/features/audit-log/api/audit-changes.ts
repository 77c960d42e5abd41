/** One changed field of an audit event, as the 操作日志 shows it: 字段 修改前 → 修改后. */
export interface ChangeLine {
  field: string;
  before: string;
  after: string;
}

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/** The `changes` JSON of an event as lines; text that is not JSON comes back as one line. */
export function changeLines(changes: string): ChangeLine[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(changes);
  } catch {
    return changes ? [{ field: '', before: '', after: changes }] : [];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, unknown>).map(([field, change]) => {
    const pair = change as { before?: unknown; after?: unknown } | null;
    if (pair && typeof pair === 'object' && ('before' in pair || 'after' in pair))
      return { field, before: show(pair.before), after: show(pair.after) };
    return { field, before: '', after: show(change) };
  });
}
