/**
 * 统一社会信用代码 (GB 32100-2015). Only the charset and the check character are enforced:
 * the registration-authority and organisation-type tables have grown since 2015 (e.g. 司法行政,
 * 农业 codes), so a stricter table would reject codes that are really issued.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CODE_LENGTH = 18;

/** The check character for the first 17 characters, or null if they are not 17 valid ones. */
export function creditCodeCheckChar(first17: string): string | null {
  if (typeof first17 !== 'string' || first17.length !== CODE_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    const value = CHARSET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Strict: the code must already be normalised (uppercase, no spaces). */
export function isValidCreditCode(code: string): boolean {
  return (
    typeof code === 'string' &&
    code.length === CODE_LENGTH &&
    creditCodeCheckChar(code.slice(0, CODE_LENGTH - 1)) === code[CODE_LENGTH - 1]
  );
}

/**
 * Uppercases and drops whitespace; NFKC turns the full-width characters a Chinese input
 * method often produces (９１３５…) into ASCII.
 */
export function normaliseCreditCode(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Why the (not yet normalised) input is not a valid code, in Chinese; null when it is. */
export function creditCodeError(input: string): string | null {
  const code = typeof input === 'string' ? normaliseCreditCode(input) : '';
  if (code.length !== CODE_LENGTH) return '统一社会信用代码应为18位';
  if ([...code].some((char) => !CHARSET.includes(char))) return '统一社会信用代码含有非法字符';
  if (!isValidCreditCode(code)) return '统一社会信用代码校验位错误';
  return null;
}
