import type { EntityManager } from 'typeorm';

/** A flag row as the calendar counts it. */
export interface CalendarRow {
  orgUnitId: number | null;
  kind: string;
  yellowOn: string | null;
  redOn: string | null;
}

const COLUMNS = ['yellowStarts', 'redStarts', 'bothStarts'] as const;

/** The calendar cells a flag row counts in: the months it turns yellow, red, and passes both. */
function cellsOf(row: CalendarRow): [string, (typeof COLUMNS)[number]][] {
  const key = (day: string) => `${row.orgUnitId ?? 0}\u0001${row.kind}\u0001${day.slice(0, 7)}`;
  const cells: [string, (typeof COLUMNS)[number]][] = [];
  if (row.yellowOn) cells.push([key(row.yellowOn), 'yellowStarts']);
  if (row.redOn) cells.push([key(row.redOn), 'redStarts']);
  if (row.yellowOn && row.redOn)
    cells.push([key(row.yellowOn > row.redOn ? row.yellowOn : row.redOn), 'bothStarts']);
  return cells;
}

/**
 * Moves the flag calendar from the `before` rows to the `after` rows, in the same transaction as
 * the flag rows themselves. Cells are written in key order, so two writers that touch the same
 * cells lock them in the same order and never deadlock on them.
 */
export async function shiftFlagCalendar(
  manager: EntityManager,
  before: CalendarRow[],
  after: CalendarRow[],
): Promise<void> {
  const deltas = new Map<string, Record<(typeof COLUMNS)[number], number>>();
  const add = (row: CalendarRow, sign: number) => {
    for (const [key, column] of cellsOf(row)) {
      const cell = deltas.get(key) ?? { yellowStarts: 0, redStarts: 0, bothStarts: 0 };
      cell[column] += sign;
      deltas.set(key, cell);
    }
  };
  for (const row of before) add(row, -1);
  for (const row of after) add(row, 1);
  const changed = [...deltas]
    .filter(([, cell]) => COLUMNS.some((column) => cell[column] !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (changed.length === 0) return;
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  const update = COLUMNS.map((c) =>
    sqlite ? `${c} = ${c} + excluded.${c}` : `${c} = ${c} + VALUES(${c})`,
  ).join(', ');
  for (let start = 0; start < changed.length; start += 200) {
    const batch = changed.slice(start, start + 200);
    await manager.query(
      `INSERT INTO flag_calendar (orgUnitId, kind, month, ${COLUMNS.join(', ')})
       VALUES ${batch.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}
       ${sqlite ? `ON CONFLICT (orgUnitId, kind, month) DO UPDATE SET ${update}` : `ON DUPLICATE KEY UPDATE ${update}`}`,
      batch.flatMap(([key, cell]) => [
        ...key.split('\u0001').map((part, i) => (i === 0 ? Number(part) : part)),
        ...COLUMNS.map((c) => cell[c]),
      ]),
    );
  }
}
