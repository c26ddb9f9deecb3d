/**
 * A ratio kept exact (share used, share of the year elapsed, a variance in %): two integers, turned
 * into a percentage only when shown, so a flag never flips on a float's last digit.
 */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** part ÷ whole, or null when whole is 0 (no share to speak of). */
export function fraction(part: number, whole: number): Fraction | null {
  return whole === 0 ? null : { numerator: part, denominator: whole };
}

/** -1, 0 or 1 as a < b, a = b, a > b, exactly (BigInt cross-multiplication; denominators may be negative). */
export function compareFractions(a: Fraction, b: Fraction): number {
  const left = BigInt(a.numerator) * BigInt(b.denominator);
  const right = BigInt(b.numerator) * BigInt(a.denominator);
  const sign = Math.sign(a.denominator) * Math.sign(b.denominator);
  return left === right ? 0 : (left > right ? 1 : -1) * sign;
}

/**
 * "82.5%": the fraction in percent with `decimals` decimals, rounded half away from zero in
 * integers; "—" for null. U+2212 minus for negatives, like the money deltas.
 */
export function formatPercent(value: Fraction | null, decimals = 1): string {
  if (value === null) return '—';
  const scale = 100n * 10n ** BigInt(decimals);
  const numerator = BigInt(value.numerator) * scale;
  const denominator = BigInt(value.denominator);
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const [n, d] = [numerator < 0n ? -numerator : numerator, denominator < 0n ? -denominator : denominator];
  const rounded = (2n * n + d) / (2n * d);
  const digits = rounded.toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return `${negative && rounded !== 0n ? '\u2212' : ''}${text}%`;
}

/** The fraction as a number, for spreadsheets and charts only (never for a decision). */
export const fractionValue = (value: Fraction | null): number | null => (value === null ? null : value.numerator / value.denominator);

/** A change in percent with its sign: "+4.2%", "−20.0%", "0.0%"; "—" for null. */
export function formatPercentDelta(value: Fraction | null, decimals = 1): string {
  const text = formatPercent(value, decimals);
  return text === '—' || text.startsWith('\u2212') || /^0\.?0*%$/.test(text) ? text : `+${text}`;
}
