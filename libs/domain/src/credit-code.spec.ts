import fc from 'fast-check';
import {
  creditCodeCheckChar,
  creditCodeError,
  isValidCreditCode,
  normaliseCreditCode,
} from './credit-code';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Published codes (business licences, annual reports); each passes the GB 32100 check.
const PUBLISHED_CODES = [
  '91350100M000100Y43',
  '91110000802100433B',
  '91110108551385082Q',
  '911100001000044477',
  '914403001922038216',
  '91440300708461136T',
  '91330100799655058B',
  '9144030071526726XG',
  '91110000710925462X',
  '91310000607216596U',
  '12100000400000624D',
];

describe('creditCodeCheckChar', () => {
  it.each(PUBLISHED_CODES)('computes the last character of %s', (code) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('maps a remainder of 0 to the character 0', () => {
    // 17 zeros weigh 0 in total: 31 − 0 = 31, which the standard writes as 0.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it.each([
    ['16 characters', '9135010000010000'],
    ['18 characters', '91350100M000100Y43'],
    ['the letter I', '9135010I000010000'],
    ['the letter O', '9135010O000010000'],
    ['the letter Z', '9135010Z000010000'],
    ['the letter S', '9135010S000010000'],
    ['the letter V', '9135010V000010000'],
    ['lowercase', '91350100m000100y4'],
  ])('is null for %s', (_, first17) => {
    expect(creditCodeCheckChar(first17)).toBeNull();
  });
});

describe('isValidCreditCode', () => {
  it.each(PUBLISHED_CODES)('accepts %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it.each([
    ['a wrong check character', '91330000MA27U3H51M'],
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y433'],
    ['lowercase (not normalised)', '91350100m000100y43'],
    ['spaces (not normalised)', ' 91350100M000100Y43'],
    ['empty', ''],
  ])('rejects %s', (_, code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });

  describe.each(PUBLISHED_CODES.slice(0, 4))('every single-character corruption of %s', (code) => {
    it('fails', () => {
      for (let position = 0; position < code.length; position++) {
        for (const replacement of CHARSET) {
          if (replacement === code[position]) continue;
          const corrupted = code.slice(0, position) + replacement + code.slice(position + 1);
          expect({ corrupted, valid: isValidCreditCode(corrupted) }).toEqual({
            corrupted,
            valid: false,
          });
        }
      }
    });
  });

  it('accepts any 17 characters followed by their check character', () => {
    const first17 = fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 17, maxLength: 17 });
    fc.assert(
      fc.property(first17, (body) => {
        expect(isValidCreditCode(body + creditCodeCheckChar(body))).toBe(true);
      }),
    );
  });

  it('rejects any swap of two different adjacent characters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PUBLISHED_CODES), fc.nat(16), (code, i) => {
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(isValidCreditCode(swapped)).toBe(false);
      }),
    );
  });
});

describe('normaliseCreditCode', () => {
  it.each([
    ['91350100M000100Y43', '91350100M000100Y43'],
    ['  91350100m000100y43\n', '91350100M000100Y43'],
    ['9135 0100 M000 100Y 43', '91350100M000100Y43'],
    ['９１３５０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43'],
    ['', ''],
  ])('%p → %p', (input, expected) => {
    expect(normaliseCreditCode(input)).toBe(expected);
  });
});

describe('creditCodeError', () => {
  it.each([
    ['a published code', '91350100M000100Y43', null],
    ['lowercase with spaces', ' 91350100m000100y43 ', null],
    ['full-width characters', '９１３５０１００Ｍ０００１００Ｙ４３', null],
    ['empty', '', '统一社会信用代码应为18位'],
    ['17 characters', '91350100M000100Y4', '统一社会信用代码应为18位'],
    ['19 characters', '91350100M000100Y433', '统一社会信用代码应为18位'],
    ['the letter O', '91350100M0O0100Y43', '统一社会信用代码含有非法字符'],
    ['the letter I', '9I350100M000100Y43', '统一社会信用代码含有非法字符'],
    ['punctuation', '91350100-000100Y43', '统一社会信用代码含有非法字符'],
    ['Chinese characters', '91350100M000100中国', '统一社会信用代码应为18位'],
    ['a wrong check character', '91330000MA27U3H51M', '统一社会信用代码校验位错误'],
    ['a mistyped digit', '91350100M000101Y43', '统一社会信用代码校验位错误'],
    ['a 10,000-character string', '9'.repeat(10_000), '统一社会信用代码应为18位'],
  ])('%s: %p → %p', (_, input, expected) => {
    expect(creditCodeError(input)).toBe(expected);
  });

  it('does not throw on a non-string', () => {
    expect(creditCodeError(123 as unknown as string)).toBe('统一社会信用代码应为18位');
    expect(creditCodeError(null as unknown as string)).toBe('统一社会信用代码应为18位');
  });
});
