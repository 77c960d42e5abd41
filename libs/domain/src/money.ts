import { groupThousands, shiftDecimal } from './decimal';

/** The largest amount the app accepts: 100 million 万元 (one trillion yuan). */
export const MAX_AMOUNT_WAN = 100_000_000;
/** Amounts from 10,000 万元 up are shown in 亿元. */
const CENTS_PER_YI = 1_000_000;

/** 万元 → integer hundredths of 万元, rounded half away from zero without float drift. */
export function toCents(amount: number): number {
  if (!Number.isFinite(amount)) throw new RangeError(`not a finite amount: ${amount}`);
  const cents = Math.sign(amount) * Math.round(Math.abs(shiftDecimal(amount, 2))) + 0;
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount too large: ${amount}`);
  return cents;
}

/** Integer hundredths of 万元 → 万元. Division by 100 yields the double nearest the decimal. */
export function fromCents(cents: number): number {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`not an integer number of cents: ${cents}`);
  }
  return cents / 100 + 0;
}

/** Exact sum: adds integer cents, so 0.1 + 0.2 is 0.3. */
export function sumAmounts(amounts: number[]): number {
  return fromCents(amounts.reduce((sum, amount) => sum + toCents(amount), 0));
}

export interface AmountRules {
  /** Whether 0 is acceptable; by default an amount must be positive. */
  allowZero?: boolean;
  /** Upper bound, inclusive; defaults to MAX_AMOUNT_WAN. */
  max?: number;
  /** Names the value in messages; defaults to 金额. */
  label?: string;
  /** Unit used in the upper-bound message; defaults to 万元. */
  unit?: string;
}

/** Why the value is not an acceptable amount with at most two decimals (Chinese), or null. */
export function amountError(value: unknown, opts: AmountRules = {}): string | null {
  const { allowZero = false, max = MAX_AMOUNT_WAN, label = '金额', unit = '万元' } = opts;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${label}必须是有效数字`;
  if (value < 0) return `${label}不能为负数`;
  if (value === 0 && !allowZero) return `${label}必须大于 0`;
  if (value > max) return `${label}不能超过 ${formatPlain(max)} ${unit}`;
  if (!Number.isInteger(shiftDecimal(value, 2))) return `${label}最多保留两位小数`;
  return null;
}

/**
 * "1,234.50 万元", or "12.35 亿元" from 10,000 万元 up; English "1,234.50 (10k CNY)" and
 * "12.35 (100M CNY)"; "—" when there is no amount.
 */
export function formatWan(amount: number | null | undefined, locale: 'zh' | 'en' = 'zh'): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return '—';
  const cents = toCents(amount);
  const sign = cents < 0 ? '-' : '';
  const absCents = Math.abs(cents);
  if (absCents < CENTS_PER_YI) {
    return `${sign}${formatHundredths(absCents)} ${locale === 'zh' ? '万元' : '(10k CNY)'}`;
  }
  // Integer arithmetic keeps the half-up rounding to hundredths of 亿 exact.
  const remainder = absCents % 10_000;
  const yiHundredths = (absCents - remainder) / 10_000 + (remainder >= 5_000 ? 1 : 0);
  return `${sign}${formatHundredths(yiHundredths)} ${locale === 'zh' ? '亿元' : '(100M CNY)'}`;
}

const AMOUNT_INPUT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(万元|万|亿元|亿)?$/;

/**
 * Reads what a person types: "1,234.5", "1234.56万元", "1.2亿" (→ 12000), full-width digits.
 * Returns the amount in 万元, or null when the text is not a number. Precision and range are
 * left to amountError so that the user is told what is wrong.
 */
export function parseAmount(input: string): number | null {
  if (typeof input !== 'string') return null;
  const match = AMOUNT_INPUT.exec(input.normalize('NFKC').replace(/\s+/g, ''));
  if (!match) return null;
  const [, sign, integerPart = '', fractionPart, unit] = match;
  if (integerPart === '' && fractionPart === undefined) return null;
  const digits = `${sign}${integerPart.replace(/,/g, '') || '0'}.${fractionPart ?? '0'}`;
  const exponent = unit?.startsWith('亿') ? 4 : 0;
  const amount = Number(`${digits}e${exponent}`) + 0;
  return Number.isFinite(amount) ? amount : null;
}

function formatHundredths(hundredths: number): string {
  const fraction = hundredths % 100;
  return `${groupThousands((hundredths - fraction) / 100)}.${String(fraction).padStart(2, '0')}`;
}

function formatPlain(value: number): string {
  return Number.isInteger(value) ? groupThousands(value) : String(value);
}
