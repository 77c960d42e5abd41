const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const CHINA_UTC_OFFSET_MS = 8 * 3_600_000;

/** A real calendar date written YYYY-MM-DD (years 0000–9999, proleptic Gregorian). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const match = ISO_DATE.exec(s);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The founding of the People's Republic: no date the app records can be earlier. */
export const EARLIEST_DATE = '1949-10-01';
/** How far ahead a planned date may reach. */
export const MAX_YEARS_AHEAD = 30;

/** The latest date any field accepts: today plus 30 years (29 February falls back to the 28th). */
export function latestDate(today: string): string {
  assertIsoDate(today);
  const year = Number(today.slice(0, 4)) + MAX_YEARS_AHEAD;
  const candidate = `${String(year).padStart(4, '0')}${today.slice(4)}`;
  return isIsoDate(candidate) ? candidate : `${String(year).padStart(4, '0')}-02-28`;
}

/**
 * Why a date lies outside what the app stores (1949-10-01 … today + 30 years), in Chinese, or
 * null when it is within. Fields with narrower rules (no future stage dates) check those too.
 */
export function dateRangeError(date: string, today: string): string | null {
  if (!isIsoDate(date)) return '日期格式应为 YYYY-MM-DD 的有效日期';
  if (date < EARLIEST_DATE) return `日期不能早于 ${EARLIEST_DATE}`;
  const latest = latestDate(today);
  if (date > latest) return `日期不能晚于 ${latest}`;
  return null;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** The earliest of the given dates, ignoring absent ones; null when none is given. */
export function minDate(...dates: (string | null | undefined)[]): string | null {
  return presentDates(dates).reduce<string | null>(
    (min, d) => (min === null || d < min ? d : min),
    null,
  );
}

/** The latest of the given dates, ignoring absent ones; null when none is given. */
export function maxDate(...dates: (string | null | undefined)[]): string | null {
  return presentDates(dates).reduce<string | null>(
    (max, d) => (max === null || d > max ? d : max),
    null,
  );
}

/**
 * Today's date in China (UTC+8, no daylight saving). The only function in the library that
 * reads a clock: every rule takes "today" as a parameter so it stays testable and so the
 * server and the client agree on the date.
 */
export function todayIso(now: Date = new Date()): string {
  return formatUtcDate(new Date(now.getTime() + CHINA_UTC_OFFSET_MS));
}

function presentDates(dates: (string | null | undefined)[]): string[] {
  const present = dates.filter((d): d is string => d !== null && d !== undefined);
  for (const d of present) assertIsoDate(d);
  // Equal-length YYYY-MM-DD strings order the same way as the dates they name.
  return present;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function assertIsoDate(date: string): void {
  if (!isIsoDate(date))
    throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

function toEpochDay(date: string): number {
  assertIsoDate(date);
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

function fromEpochDay(epochDay: number): string {
  return formatUtcDate(new Date(epochDay * MS_PER_DAY));
}

function formatUtcDate(utc: Date): string {
  const year = utc.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) {
    throw new RangeError('date out of the supported range (years 0000–9999)');
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(utc.getUTCMonth() + 1, 2)}-${pad(utc.getUTCDate(), 2)}`;
}
