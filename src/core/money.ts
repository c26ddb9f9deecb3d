/**
 * Money is kept as integer 分 in a `number` that is always a safe integer, so sums are exact.
 * Parsing goes through decimal digit strings and BigInt: a binary float never touches an amount.
 */

/** Integer minor units (分). Always a safe integer. */
export type Fen = number;

export type MoneyParse = { ok: true; fen: Fen } | { ok: false; message: string };

type Style = 'wan' | 'yuan' | 'plain';

/** Decimal places, counted in 分, of one unit written after the number. */
const UNIT_SCALE = { 元: 2, 万: 6, 亿: 10 } as const;

const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);
const MAX_SAFE_YUAN = Math.floor(Number.MAX_SAFE_INTEGER / 100);

const EXPECTED = 'expected an amount like 1200000, 1,200,000.50, 120万, 1.2亿 or ¥300万元';

/**
 * sign, currency sign, sign, digits (plain, or grouped in threes), fraction, 万/亿, 元.
 * The sign may stand on either side of ¥ because both "-¥20" and "¥-20" are common; a second sign is
 * rejected afterwards. Spaces are allowed between the parts, never inside the digits.
 */
const AMOUNT =
  /^([-+\u2212])?\s*([¥￥])?\s*([-+\u2212])?\s*([1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([万亿])?\s*(元)?$/u;

/** Parse what people write into 分. */
export function parseMoney(input: unknown): MoneyParse {
  if (typeof input === 'number') return parseNumber(input);
  if (typeof input === 'bigint') return fromScaled(input * 100n, input);
  if (typeof input === 'string') return parseString(input);
  return fail(`${EXPECTED}, got ${describe(input)}`);
}

/** Sum exactly; throws RangeError if any value or the running total is not a safe integer. */
export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  for (const value of values) {
    assertFen(value);
    // Adding two safe integers is exact unless the true sum leaves the safe range, and then the
    // rounded result is outside it too, so this check cannot be fooled by rounding.
    total += value;
    if (!Number.isSafeInteger(total)) {
      throw new RangeError(`sum of amounts is beyond ±${Number.MAX_SAFE_INTEGER} 分`);
    }
  }
  return total;
}

/**
 * Display: style 'wan' (default) → "12,000万", "0.15万", "0.000001万" (always 万, as few decimals as
 * exact, "0" for zero); style 'yuan' → "¥12,000,000.00"; style 'plain' → "12000000.00"
 * (machine-readable). parseMoney reads every style back to the same 分.
 */
export function formatFen(fen: Fen, style: Style = 'wan'): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const digits = absDigits(fen);
  switch (style) {
    case 'wan':
      return fen === 0 ? '0' : `${sign}${wan(digits)}`;
    case 'yuan':
      return `${sign}¥${groupThousands(yuanInteger(digits))}.${yuanFraction(digits)}`;
    case 'plain':
      return `${sign}${yuanInteger(digits)}.${yuanFraction(digits)}`;
    default:
      // Reachable from untyped callers (templates, scripts); a silent default would hide the typo.
      throw new RangeError(`unknown money style ${JSON.stringify(style)}`);
  }
}

/**
 * Rounded display for summaries and charts: 万 with at most 2 decimals ("8,950.23万"), rounded
 * half away from zero in integer 分 (1万 = 1,000,000分, so 0.01万 = 10,000分). Never for checks.
 */
export function formatFenShort(fen: Fen): string {
  assertFen(fen);
  const step = 10_000;
  const rounded = Math.sign(fen) * Math.floor((Math.abs(fen) + step / 2) / step) * step;
  return formatFen(rounded);
}

/**
 * Signed display for differences: "+20万", "−0.01元" (U+2212 minus), "0". Amounts of at least
 * 100元 are shown in 万 like formatFen 'wan'; smaller ones in 元 with 2 decimals, where 万 would
 * need an unreadable run of zeros.
 */
export function formatFenDelta(fen: Fen): string {
  assertFen(fen);
  if (fen === 0) return '0';
  const sign = fen > 0 ? '+' : '\u2212';
  const digits = absDigits(fen);
  if (Math.abs(fen) >= 10_000) return `${sign}${wan(digits)}`;
  return `${sign}${yuanInteger(digits)}.${yuanFraction(digits)}元`;
}

function parseNumber(input: number): MoneyParse {
  if (!Number.isFinite(input)) return fail(`expected a finite amount, got ${describe(input)}`);
  // Up to ⌊(2^53 − 1) / 100⌋ yuan, times 100 is still a safe integer: exact without BigInt.
  if (Number.isInteger(input) && Math.abs(input) <= MAX_SAFE_YUAN) return { ok: true, fen: input === 0 ? 0 : input * 100 };
  if (Number.isInteger(input)) return fromScaled(BigInt(input) * 100n, input);
  // The shortest round-trip decimal is what the author most likely typed (YAML `1200000.5`).
  const decimal = String(input);
  // Non-integers print with an exponent only below 1e-6, far finer than 1分.
  if (decimal.includes('e')) return tooFine(input);
  const match = /^(-?)(\d+)\.(\d+)$/.exec(decimal);
  if (match === null) return fail(`${EXPECTED}, got ${describe(input)}`);
  const [, minus = '', whole = '', fraction = ''] = match;
  return fromDigits(minus === '-', whole, fraction, UNIT_SCALE.元, input);
}

function parseString(input: string): MoneyParse {
  const match = AMOUNT.exec(input.trim());
  if (match === null) return fail(`${EXPECTED}, got ${describe(input)}`);
  const [, signBefore, , signAfter, grouped = '', fraction = '', unit] = match;
  if (signBefore !== undefined && signAfter !== undefined) return fail(`${EXPECTED}, got ${describe(input)}`);
  const sign = signBefore ?? signAfter;
  const negative = sign === '-' || sign === '\u2212';
  const scale = unit === undefined ? UNIT_SCALE.元 : UNIT_SCALE[unit as '万' | '亿'];
  return fromDigits(negative, grouped.replaceAll(',', ''), fraction, scale, input);
}

/** `scale` is how many decimal places of the written number make one 分. */
function fromDigits(negative: boolean, whole: string, fraction: string, scale: number, input: unknown): MoneyParse {
  // Trailing zeros are exact ("1.230" is 1.23), so only non-zero digits past 1分 are an error.
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > scale) return tooFine(input);
  const digits = whole + significant.padEnd(scale, '0');
  // Up to 15 decimal digits are below 2^53, so Number() reads them exactly; BigInt only beyond that
  // (it costs a third of `plan check` on 25k files otherwise).
  if (digits.length <= 15) {
    const fen = Number(digits);
    return { ok: true, fen: negative && fen !== 0 ? -fen : fen };
  }
  const magnitude = BigInt(digits);
  return fromScaled(negative ? -magnitude : magnitude, input);
}

function fromScaled(fen: bigint, input: unknown): MoneyParse {
  if (fen > MAX_FEN || fen < -MAX_FEN) {
    return fail(`amount too large: got ${describe(input)}, the limit is ±${formatFen(Number.MAX_SAFE_INTEGER, 'yuan')}`);
  }
  return { ok: true, fen: Number(fen) };
}

function tooFine(input: unknown): MoneyParse {
  return fail(`expected a whole number of 分 (at most 2 decimal places of yuan), got ${describe(input)}`);
}

function fail(message: string): MoneyParse {
  return { ok: false, message };
}

function describe(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input);
  if (typeof input === 'number' || typeof input === 'bigint' || typeof input === 'boolean') return String(input);
  if (input === null || input === undefined) return String(input);
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}

function assertFen(fen: Fen): void {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`expected an amount in 分 as a safe integer, got ${String(fen)}`);
  }
}

/** Safe integers print as plain digits, so slicing the string replaces division. */
function absDigits(fen: Fen): string {
  return String(Math.abs(fen));
}

function wan(digits: string): string {
  const padded = digits.padStart(7, '0');
  const whole = groupThousands(padded.slice(0, -6));
  const fraction = padded.slice(-6).replace(/0+$/, '');
  return fraction === '' ? `${whole}万` : `${whole}.${fraction}万`;
}

function yuanInteger(digits: string): string {
  return digits.padStart(3, '0').slice(0, -2);
}

function yuanFraction(digits: string): string {
  return digits.padStart(3, '0').slice(-2);
}

function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+$)/g, ',');
}
