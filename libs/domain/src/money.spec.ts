import fc from 'fast-check';
import {
  MAX_AMOUNT_WAN,
  amountError,
  formatWan,
  fromCents,
  parseAmount,
  sumAmounts,
  toCents,
} from './money';

describe('toCents', () => {
  it.each([
    [0, 0],
    [1, 100],
    [1.005, 101],
    [1.015, 102],
    [1.255, 126],
    [8.345, 835],
    [0.1, 10],
    [0.29, 29],
    [1234.56, 123456],
    [0.004, 0],
    [0.005, 1],
    [-1.005, -101],
    [-0.004, 0],
    [1e-7, 0],
    [MAX_AMOUNT_WAN, 10_000_000_000],
  ])('%p 万元 = %p hundredths', (amount, cents) => {
    expect(toCents(amount)).toBe(cents);
  });

  it('never returns -0', () => {
    expect(Object.is(toCents(-0.001), 0)).toBe(true);
  });

  it.each([Number.NaN, Infinity, -Infinity, 1e300])('refuses %p', (amount) => {
    expect(() => toCents(amount)).toThrow(RangeError);
  });
});

describe('fromCents', () => {
  it.each([
    [0, 0],
    [1, 0.01],
    [101, 1.01],
    [123456, 1234.56],
    [-5, -0.05],
  ])('%p hundredths = %p 万元', (cents, amount) => {
    expect(fromCents(cents)).toBe(amount);
  });

  it('refuses fractions of a cent', () => {
    expect(() => fromCents(1.5)).toThrow(RangeError);
  });

  it('round-trips with toCents for every integer number of cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(toCents(fromCents(cents))).toBe(cents);
      }),
    );
  });

  it('round-trips two-decimal amounts typed as text', () => {
    fc.assert(
      fc.property(fc.nat(1e12), (cents) => {
        const typed = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
        expect(fromCents(toCents(Number(typed)))).toBe(Number(typed));
      }),
    );
  });
});

describe('sumAmounts', () => {
  it.each([
    [[], 0],
    [[0.1, 0.2], 0.3],
    [[1.1, 2.2, 3.3], 6.6],
    [[1234.56, -234.56], 1000],
    [[99999999.99, 0.01], 100000000],
  ])('%p sums to %p', (amounts, sum) => {
    expect(sumAmounts(amounts)).toBe(sum);
  });

  it('equals the sum of the cents, in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e10 }), { maxLength: 50 }), (cents) => {
        const amounts = cents.map(fromCents);
        const expected = fromCents(cents.reduce((a, b) => a + b, 0));
        expect(sumAmounts(amounts)).toBe(expected);
        expect(sumAmounts([...amounts].reverse())).toBe(expected);
      }),
    );
  });
});

describe('amountError', () => {
  it.each([
    [1, {}, null],
    [0.01, {}, null],
    [1234.56, {}, null],
    [MAX_AMOUNT_WAN, {}, null],
    [0, { allowZero: true }, null],
    [0, {}, '金额必须大于 0'],
    [0, { allowZero: false }, '金额必须大于 0'],
    [-0.01, { allowZero: true }, '金额不能为负数'],
    [1.005, {}, '金额最多保留两位小数'],
    [0.1 + 0.2, {}, '金额最多保留两位小数'],
    [MAX_AMOUNT_WAN + 0.01, {}, '金额不能超过 100,000,000 万元'],
    [501, { max: 500 }, '金额不能超过 500 万元'],
    [500, { max: 500 }, null],
    [Number.NaN, {}, '金额必须是有效数字'],
    [Infinity, {}, '金额必须是有效数字'],
    [-Infinity, {}, '金额必须是有效数字'],
    ['100', {}, '金额必须是有效数字'],
    [null, {}, '金额必须是有效数字'],
    [undefined, {}, '金额必须是有效数字'],
    [{}, {}, '金额必须是有效数字'],
    [1e300, {}, '金额不能超过 100,000,000 万元'],
    [0, { label: '合同引资额' }, '合同引资额必须大于 0'],
    [2e8, { label: '用地面积', unit: '亩' }, '用地面积不能超过 100,000,000 亩'],
  ])('%p with %p → %p', (value, opts, expected) => {
    expect(amountError(value, opts)).toBe(expected);
  });
});

describe('formatWan', () => {
  it.each([
    [0, '0.00 万元'],
    [1, '1.00 万元'],
    [1234.5, '1,234.50 万元'],
    [1234.567, '1,234.57 万元'],
    [9999.99, '9,999.99 万元'],
    [9999.995, '1.00 亿元'],
    [10000, '1.00 亿元'],
    [123456, '12.35 亿元'],
    [12345, '1.23 亿元'],
    [12350, '1.24 亿元'],
    [12349.99, '1.23 亿元'],
    [123456789.12, '12,345.68 亿元'],
    [-1234.5, '-1,234.50 万元'],
    [-123456, '-12.35 亿元'],
  ])('%p → %p', (amount, text) => {
    expect(formatWan(amount)).toBe(text);
  });

  it.each([
    [1234.5, '1,234.50 (10k CNY)'],
    [123456, '12.35 (100M CNY)'],
  ])('in English %p → %p', (amount, text) => {
    expect(formatWan(amount, 'en')).toBe(text);
  });

  it.each([null, undefined, Number.NaN, Infinity])('shows %p as a dash', (amount) => {
    expect(formatWan(amount)).toBe('—');
  });
});

describe('parseAmount', () => {
  it.each([
    ['1234', 1234],
    ['1,234.5', 1234.5],
    ['1,234,567.89', 1234567.89],
    ['1234.56万元', 1234.56],
    ['1234.56 万', 1234.56],
    ['1.2亿', 12000],
    ['1.2亿元', 12000],
    ['0.0001亿', 1],
    ['3亿', 30000],
    ['.5', 0.5],
    ['  500  ', 500],
    ['１，２３４．５万元', 1234.5],
    ['-5', -5],
    ['1234.567', 1234.567],
    ['0', 0],
  ])('%p → %p', (input, amount) => {
    expect(parseAmount(input)).toBe(amount);
  });

  it.each([
    '',
    '   ',
    'abc',
    '12,34',
    '1,2345',
    '1.2.3',
    '1.',
    '.',
    '-',
    '亿',
    '万元',
    '1e5',
    '100元',
    '1亿万',
    '12abc',
    '9'.repeat(400),
  ])('rejects %p', (input) => {
    expect(parseAmount(input)).toBeNull();
  });

  it('rejects a non-string', () => {
    expect(parseAmount(12 as unknown as string)).toBeNull();
  });

  it('reads back what formatWan writes in 万元', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (cents) => {
        expect(parseAmount(formatWan(fromCents(cents)))).toBe(fromCents(cents));
      }),
    );
  });
});
