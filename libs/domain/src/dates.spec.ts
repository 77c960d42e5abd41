import fc from 'fast-check';
import {
  addDays,
  dateRangeError,
  daysBetween,
  EARLIEST_DATE,
  isIsoDate,
  latestDate,
  maxDate,
  minDate,
  todayIso,
} from './dates';

describe('isIsoDate', () => {
  it.each([
    '2026-01-01',
    '2024-02-29',
    '2000-02-29',
    '1999-12-31',
    '0001-01-01',
    '9999-12-31',
    '2026-04-30',
  ])('accepts the real date %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    ['Feb 29 in a common year', '2025-02-29'],
    ['Feb 29 in a century year', '1900-02-29'],
    ['April 31', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['month 00', '2026-00-10'],
    ['day 00', '2026-01-00'],
    ['day 32', '2026-01-32'],
    ['no padding', '2026-1-1'],
    ['slashes', '2026/01/01'],
    ['a timestamp', '2026-01-01T00:00:00Z'],
    ['surrounding spaces', ' 2026-01-01 '],
    ['a five-digit year', '12026-01-01'],
    ['empty', ''],
    ['full-width digits', '２０２６-01-01'],
  ])('rejects %s', (_, date) => {
    expect(isIsoDate(date)).toBe(false);
  });

  it.each([null, undefined, 20260101, new Date('2026-01-01'), {}, ['2026-01-01']])(
    'rejects the non-string %p',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});

describe('addDays', () => {
  it.each([
    ['2026-01-01', 0, '2026-01-01'],
    ['2026-01-01', 1, '2026-01-02'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-01-01', 89, '2026-03-31'],
    ['2026-01-01', 90, '2026-04-01'],
    ['2026-01-01', 91, '2026-04-02'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['0050-03-01', -1, '0050-02-28'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('refuses invalid dates, fractional days and results outside years 0000–9999', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0000-01-01', -1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 0],
    ['2026-01-01', '2026-01-02', 1],
    ['2026-01-02', '2026-01-01', -1],
    ['2026-01-01', '2026-03-31', 89],
    ['2026-01-01', '2026-04-01', 90],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-03-28', '2026-03-30', 2],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('refuses invalid dates', () => {
    expect(() => daysBetween('2026-01-01', 'tomorrow')).toThrow(RangeError);
  });

  const isoDate = fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2200-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('is the inverse of addDays', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -20000, max: 20000 }), (date, days) => {
        const later = addDays(date, days);
        expect(isIsoDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(days);
      }),
    );
  });

  it('agrees with string order', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(Math.sign(daysBetween(a, b))).toBe(a < b ? 1 : a > b ? -1 : 0);
      }),
    );
  });
});

describe('minDate / maxDate', () => {
  it.each([
    [[], null, null],
    [[null, undefined], null, null],
    [['2026-03-01'], '2026-03-01', '2026-03-01'],
    [['2026-03-01', null, '2025-12-31', undefined, '2026-01-15'], '2025-12-31', '2026-03-01'],
    [['2026-03-01', '2026-03-01'], '2026-03-01', '2026-03-01'],
  ])('of %p: min %p, max %p', (dates, min, max) => {
    expect(minDate(...dates)).toBe(min);
    expect(maxDate(...dates)).toBe(max);
  });

  it('refuses strings that are not ISO dates', () => {
    expect(() => minDate('2026-01-01', '2026-1-2')).toThrow(RangeError);
    expect(() => maxDate('soon')).toThrow(RangeError);
  });
});

describe('todayIso', () => {
  it.each([
    ['2026-03-01T15:59:59.999Z', '2026-03-01'],
    ['2026-03-01T16:00:00.000Z', '2026-03-02'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
    ['2024-02-28T18:30:00.000Z', '2024-02-29'],
    ['2026-03-01T00:00:00.000Z', '2026-03-01'],
  ])('at %s it is %s in China', (instant, expected) => {
    expect(todayIso(new Date(instant))).toBe(expected);
  });

  it('reads the clock when no instant is given', () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});

describe('dateRangeError', () => {
  const today = '2026-12-01';
  it.each(['1949-10-01', '2000-01-01', today, '2056-12-01'])('accepts %s', (date) => {
    expect(dateRangeError(date, today)).toBeNull();
  });
  it.each([
    ['0001-01-01', '日期不能早于 1949-10-01'],
    ['1949-09-30', '日期不能早于 1949-10-01'],
    ['2056-12-02', '日期不能晚于 2056-12-01'],
    ['9999-12-31', '日期不能晚于 2056-12-01'],
    ['2026-02-30', '日期格式应为 YYYY-MM-DD 的有效日期'],
  ])('refuses %s', (date, message) => {
    expect(dateRangeError(date, today)).toBe(message);
  });
  it('reaches 30 years ahead, 29 February falling back to the 28th', () => {
    expect(EARLIEST_DATE).toBe('1949-10-01');
    expect(latestDate('2028-02-29')).toBe('2058-02-28');
    expect(latestDate('2026-06-15')).toBe('2056-06-15');
  });
});
