/**
 * Multiplies by 10^places through the number's shortest decimal text, so 1.005 shifted by 2 is
 * exactly 100.5 instead of the binary product 100.49999999999999.
 */
export function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** Rounds half away from zero at the given number of decimals, as people round money by hand. */
export function roundToDecimals(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const rounded = Math.sign(value) * Math.round(Math.abs(shiftDecimal(value, decimals)));
  // Adding 0 turns -0 into 0 so that it never prints as "-0".
  return shiftDecimal(rounded, -decimals) + 0;
}

/** "1,234,567" for 1234567; works on the digits so it never depends on the runtime's locale. */
export function groupThousands(nonNegativeInteger: number): string {
  return String(nonNegativeInteger).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
