/** A rate as a percentage with one decimal; "—" when there was nothing to divide by. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** How many projects a rate of a cohort stands for (rates are fractions of whole projects). */
export function countOf(rate: number | null | undefined, cohortSize: number): number {
  return rate === null || rate === undefined ? 0 : Math.round(rate * cohortSize);
}

export interface Ranked<T> {
  row: T;
  value: number | null;
  /** 红黑榜: the lowest figure among the groups that have one, when there are several. */
  bottom: boolean;
}

/**
 * Groups best first by `value`; groups without a figure (empty denominator) come last and are
 * never marked bottom, as "no data" is not a low score.
 */
export function rankRows<T>(rows: T[], valueOf: (row: T) => number | null): Ranked<T>[] {
  const ranked = rows
    .map((row) => ({ row, value: valueOf(row), bottom: false }))
    .sort(
      (a, b) =>
        (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || (b.value ?? 0) - (a.value ?? 0),
    );
  const withValue = ranked.filter((item) => item.value !== null);
  if (withValue.length > 1) {
    const lowest = withValue[withValue.length - 1].value;
    for (const item of withValue)
      item.bottom = item.value === lowest && lowest !== withValue[0].value;
  }
  return ranked;
}
