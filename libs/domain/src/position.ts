/** Card positions within a Kanban column are fractional so a move rewrites a single card. */
export const POSITION_STEP = 1024;

/**
 * Below this gap, halving again would soon run out of double precision (and some databases
 * store positions with less), so the caller renumbers the column instead.
 */
export const MIN_POSITION_GAP = 1e-6;

/**
 * A position strictly between two neighbours (null for "no card there"), or null when the gap
 * is too small or the neighbours are out of order: the caller must then spread the cards that
 * follow with spacedPositions and try again.
 */
export function positionBetween(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return POSITION_STEP;
  if (after === null) return finiteOrNull((before as number) + POSITION_STEP);
  if (before === null) return finiteOrNull(after - POSITION_STEP);
  if (!(after - before >= MIN_POSITION_GAP)) return null;
  const middle = before + (after - before) / 2;
  return middle > before && middle < after ? middle : null;
}

/**
 * `count` evenly spaced positions strictly between `low` and `high` (null: no card there, so
 * POSITION_STEP apart), leaving a gap before the first for the card being placed; null when the
 * span is too narrow for gaps of MIN_POSITION_GAP, so the caller must take a wider span.
 */
export function spacedPositions(low: number, high: number | null, count: number): number[] | null {
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(`count must be a positive integer, got ${count}`);
  }
  const step = high === null ? POSITION_STEP : (high - low) / (count + 2);
  if (!(step >= MIN_POSITION_GAP)) return null;
  const positions = Array.from({ length: count }, (_, i) => low + step * (i + 2));
  return positions.every(Number.isFinite) ? positions : null;
}

function finiteOrNull(position: number): number | null {
  return Number.isFinite(position) ? position : null;
}
