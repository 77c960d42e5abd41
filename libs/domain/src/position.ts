/** Card positions within a Kanban column are fractional so a move rewrites a single card. */
export const POSITION_STEP = 1024;

/**
 * Below this gap, halving again would soon run out of double precision (and some databases
 * store positions with less), so the caller renumbers the column instead.
 */
export const MIN_POSITION_GAP = 1e-6;

/**
 * A position strictly between two neighbours (null for "no card there"), or null when the gap
 * is too small or the neighbours are out of order: the caller must then renumber the column
 * with renormalisedPositions and try again.
 */
export function positionBetween(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return POSITION_STEP;
  if (after === null) return finiteOrNull((before as number) + POSITION_STEP);
  if (before === null) return finiteOrNull(after - POSITION_STEP);
  if (!(after - before >= MIN_POSITION_GAP)) return null;
  const middle = before + (after - before) / 2;
  return middle > before && middle < after ? middle : null;
}

/** Fresh, evenly spaced positions for a column of `count` cards: 1024, 2048, … */
export function renormalisedPositions(count: number): number[] {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  return Array.from({ length: count }, (_, i) => (i + 1) * POSITION_STEP);
}

function finiteOrNull(position: number): number | null {
  return Number.isFinite(position) ? position : null;
}
