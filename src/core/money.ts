/**
 * Money is kept as integer 分 in a `number` that is always a safe integer, so sums are exact.
 * Parsing goes through decimal digit strings and BigInt: a binary float never touches an amount.
 */

import { verbatim, type Param, type ParamsOf, type Text } from './messages.ts';
import { say } from './reading-messages.ts';

/** Integer minor units (分). Always a safe integer. */
export type Fen = number;

/** The refusals of parseMoney; each has a form naming the field the amount was written in (`<id>.field`). */
type RefusalId = 'money.unexpected' | 'money.empty' | 'money.too-long' | 'money.mistake' | 'money.infinite' | 'money.too-large' | 'money.too-fine';

/** A refusal's message id with its field named (`"groups.online" 的金额 "12abc" 无法识别…`). */
export type FieldRefusalId = `${RefusalId}.field`;

/** A refusal as plain data: its message id and params, so a schema can say it again naming the field (`fieldRefusal`). */
export interface MoneyRefusal {
  id: RefusalId;
  params: Record<string, Param>;
}

/** A refusal carries its message in both languages (`text`), in English (`message`) and as data (`refusal`). */
export type MoneyParse = { ok: true; fen: Fen } | { ok: false; message: string; text: Text; refusal: MoneyRefusal };

/** The message id and params of `refusal` naming the field it was written in; the caller adds `field`. */
export function fieldRefusal(refusal: MoneyRefusal): { id: FieldRefusalId; params: Record<string, Param> } {
  return { id: `${refusal.id}.field`, params: refusal.params };
}

/** Which signs a field takes: 'non-negative' (targets, budgets, plans, spend) or 'signed' (actuals net of returns). */
export type SignRule = 'non-negative' | 'signed';

type Style = 'wan' | 'yuan' | 'plain';

/** Decimal places, counted in 分, of one unit written after the number. */
const UNIT_SCALE = { 元: 2, 万: 6, 亿: 10 } as const;

const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);
const MAX_SAFE_YUAN = Math.floor(Number.MAX_SAFE_INTEGER / 100);

/**
 * The longest amount text read, after trimming. The largest amount, "-¥90,071,992,547,409.91元", has
 * 25 characters; the bound leaves room for zeros and spaces and keeps every diagnosis below cheap.
 */
const MAX_AMOUNT_LENGTH = 64;

/** The accepted forms, listed in every refusal. */
const EXPECTED = say('money.forms');

/**
 * Parse what people write into 分. Strings are read as written: an optional leading minus (`-` or
 * U+2212) or plus, an optional ¥/￥, digits (plain without a leading zero, or grouped in threes by commas), an optional
 * fraction, an optional 万 or 亿, an optional 元, with spaces allowed between the parts. Numbers and
 * BigInts are for programmatic callers; YAML amounts arrive as their source text. Sign rules are
 * the schemas' (src/schemas/common.ts).
 */
export function parseMoney(input: unknown): MoneyParse {
  if (typeof input === 'string') return plainYuan(input) ?? parseString(input);
  if (typeof input === 'number') return parseNumber(input);
  if (typeof input === 'bigint') return fromScaled(input * 100n, input);
  return fail('money.unexpected', { input: describe(input), expected: EXPECTED });
}

/**
 * The syntax parseMoney accepts, as a regular expression source (no flags), for forms that check an
 * amount as it is typed (the editor at /admin/, src/cms/config.ts). It mirrors parseString's scanner
 * part for part: surrounding whitespace, a sign (a minus only for 'signed'), ¥/￥, digits plain or
 * grouped in threes, a fraction, 万/亿, 元, with spaces between the parts. Only the syntax: the
 * length, precision and range limits stay parseMoney's, so `plan check` still has the last word.
 * Linear: every optional space run is glued to the token after it, so no two runs can trade spaces.
 */
export function amountPattern(sign: SignRule): string {
  const signs = sign === 'signed' ? '[-\u2212+]' : '\\+';
  return `^\\s*(?:${signs} *)?(?:[¥￥] *)?(?:0|[1-9]\\d*|[1-9]\\d{0,2}(?:,\\d{3})+)(?:\\.\\d+)?(?: *[万亿])?(?: *元)?\\s*$`;
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
 * Exact display for detail tables: 万 when that takes at most 2 decimals ("84万", "21.35万"),
 * else exact 元 with separators ("440,123.50元" rather than "44.01235万"). Never rounded.
 */
export function formatFenDetail(fen: Fen): string {
  assertFen(fen);
  if (fen % 10_000 === 0) return formatFen(fen);
  const digits = absDigits(fen);
  return `${fen < 0 ? '-' : ''}${groupThousands(yuanInteger(digits))}.${yuanFraction(digits)}元`;
}

/**
 * Signed display for differences: "+20万", "−0.01元" (U+2212 minus), "0". Amounts of at least
 * 100元 are shown in 万 like formatFen 'wan'; smaller ones in 元 with 2 decimals, where 万 would
 * need an unreadable run of zeros.
 */
export function formatFenDelta(fen: Fen): string {
  assertFen(fen);
  if (fen === 0) return '0';
  return `${fen > 0 ? '+' : '\u2212'}${formatFenExact(Math.abs(fen))}`;
}

/**
 * Exact display for messages: "21.35万" from 100元 up (like formatFen 'wan'), "91.03元" below, where
 * 万 would need a run of zeros ("0.009103万"); "-91.03元" for negatives, "0" for zero.
 */
export function formatFenExact(fen: Fen): string {
  assertFen(fen);
  if (fen === 0) return '0';
  const digits = absDigits(fen);
  if (Math.abs(fen) >= 10_000) return formatFen(fen);
  return `${fen < 0 ? '-' : ''}${yuanInteger(digits)}.${yuanFraction(digits)}元`;
}

function parseNumber(input: number): MoneyParse {
  if (!Number.isFinite(input)) return fail('money.infinite', { input: describe(input) });
  // Up to ⌊(2^53 − 1) / 100⌋ yuan, times 100 is still a safe integer: exact without BigInt.
  if (Number.isInteger(input) && Math.abs(input) <= MAX_SAFE_YUAN) return { ok: true, fen: input === 0 ? 0 : input * 100 };
  if (Number.isInteger(input)) return fromScaled(BigInt(input) * 100n, input);
  // The shortest round-trip decimal is what a caller most likely meant (a float `1200000.5`).
  const decimal = String(input);
  // Non-integers print with an exponent only below 1e-6, far finer than 1分.
  if (decimal.includes('e')) return tooFine(input);
  const negative = decimal.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  return fromDigits(negative, whole, fraction, UNIT_SCALE.元, input);
}

/**
 * The form nearly every amount in a large company is written in, plain whole yuan (`130000`), read
 * without the scanner: what parseString answers for it, up to 13 digits (15 with the 分, below
 * 2^53, so Number is exact). Undefined for anything else, a leading zero (`0213500`) included.
 */
function plainYuan(text: string): MoneyParse | undefined {
  if (text.length === 0 || text.length > 13 || (text.length > 1 && text.charCodeAt(0) === 0x30)) return undefined;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x30 || code > 0x39) return undefined;
  }
  return { ok: true, fen: Number(text) * 100 };
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/**
 * A hand-written scanner rather than one regular expression: each character is looked at a
 * bounded number of times, so no input can make it backtrack (adjacent optional `\s*` groups in the
 * old pattern took minutes on a "+" followed by 20,000 spaces).
 */
function parseString(input: string, advise = true): MoneyParse {
  const text = input.trim();
  if (text.length > MAX_AMOUNT_LENGTH) {
    return fail('money.too-long', { length: text.length, max: MAX_AMOUNT_LENGTH, expected: EXPECTED });
  }
  let at = 0;
  const skipSpaces = () => {
    while (text[at] === ' ') at++;
  };
  let negative = false;
  if (text[at] === '-' || text[at] === '\u2212' || text[at] === '+') {
    negative = text[at] !== '+';
    at++;
    skipSpaces();
  }
  if (text[at] === '¥' || text[at] === '￥') {
    at++;
    skipSpaces();
  }
  const wholeStart = at;
  while (isDigit(text[at]) || text[at] === ',') at++;
  const written = text.slice(wholeStart, at);
  let fraction = '';
  if (text[at] === '.') {
    const fractionStart = ++at;
    while (isDigit(text[at])) at++;
    fraction = text.slice(fractionStart, at);
    if (fraction === '') return refuse(input, text, advise);
  }
  skipSpaces();
  let unit: '万' | '亿' | undefined;
  if (text[at] === '万' || text[at] === '亿') {
    unit = text[at] as '万' | '亿';
    at++;
    skipSpaces();
  }
  if (text[at] === '元') at++;
  if (at !== text.length || !wellGrouped(written) || hasLeadingZero(written)) return refuse(input, text, advise);
  return fromDigits(negative, written.replaceAll(',', ''), fraction, unit === undefined ? UNIT_SCALE.元 : UNIT_SCALE[unit], input);
}

/**
 * `0213500` or `00.5`: a needless leading zero, refused rather than read as 213500, since YAML 1.1
 * tools and spreadsheets read such a number as octal or as text, and a digit may be missing.
 */
function hasLeadingZero(written: string): boolean {
  return written.length > 1 && written[0] === '0' && isDigit(written[1]);
}

/** Plain digits, or 1–3 digits (not starting with 0) followed by groups of exactly three. */
function wellGrouped(written: string): boolean {
  if (written === '') return false;
  const groups = written.split(',');
  if (groups.length === 1) return true;
  const [first = ''] = groups;
  return first.length >= 1 && first.length <= 3 && first[0] !== '0' && groups.slice(1).every((group) => group.length === 3);
}

/** Fixes for the forms people really write by mistake; every pattern runs on at most MAX_AMOUNT_LENGTH characters and has no ambiguous repetition. */
const MISTAKES: { form: Text; test: RegExp; fix: (text: string) => string | undefined }[] = [
  { form: say('money.form.full-width'), test: /[０-９，．－＋]/u, fix: (text) => text.replace(/[０-９，．－＋]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)) },
  { form: say('money.form.infinity'), test: /^[-+]?\.(?:inf|nan)$/i, fix: () => undefined },
  { form: say('money.form.hex'), test: /^[-+]?0x[0-9a-f_]+$/i, fix: (text) => fromRadix(text, 16) },
  { form: say('money.form.octal'), test: /^[-+]?0o[0-7_]+$/i, fix: (text) => fromRadix(text, 8) },
  { form: say('money.form.binary'), test: /^[-+]?0b[01_]+$/i, fix: (text) => fromRadix(text, 2) },
  { form: say('money.form.exponent'), test: /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)e[-+]?\d+$/i, fix: expandExponent },
  { form: say('money.form.leading-zero'), test: /^[-+\u2212]? *(?:[¥￥] *)?0\d/u, fix: (text) => text.replace(/^([-+\u2212]? *(?:[¥￥] *)?)0+(?=\d)/u, '$1') },
  { form: say('money.form.underscore'), test: /^[-+]?[\d_]+(?:\.[\d_]+)?[万亿]?$/u, fix: (text) => text.replaceAll('_', '') },
  { form: say('money.form.space'), test: /\d[ \u00a0\u3000]+[\d,.]/u, fix: (text) => text.replace(/(\d)[ \u00a0\u3000]+(?=[\d,.])/gu, '$1') },
  { form: say('money.form.sign'), test: /^[¥￥] *[-+\u2212]/u, fix: (text) => text.replace(/^([¥￥]) *([-+\u2212])/u, '$2$1') },
  { form: say('money.form.parentheses'), test: /^\(.*\)$|-$/u, fix: (text) => `-${text.replace(/^\((.*)\)$|-$/u, '$1')}` },
  { form: say('money.form.commas'), test: /\d,|,\d/u, fix: (text) => text.replaceAll(',', '') },
];

function refuse(input: string, text: string, advise: boolean): MoneyParse {
  if (text === '') return fail('money.empty', { expected: EXPECTED });
  // A fix is parsed without advice of its own: a fix can be refused in turn ("-" fixed is "-" again), and must not recurse.
  if (!advise) return fail('money.unexpected', { input: describe(input), expected: EXPECTED });
  for (const mistake of MISTAKES) {
    if (!mistake.test.test(text)) continue;
    const fix = mistake.fix(text);
    const fixed = fix === undefined ? undefined : parseString(fix, false);
    const advice = fix !== undefined && fixed?.ok ? say('money.advice', { fix }) : verbatim('');
    return fail('money.mistake', { form: mistake.form, input: describe(input), expected: EXPECTED, advice });
  }
  return fail('money.unexpected', { input: describe(input), expected: EXPECTED });
}

/** `0x1F4C` → "8012", for the fix in a refusal. */
function fromRadix(text: string, radix: 2 | 8 | 16): string {
  const negative = text.startsWith('-');
  const digits = text.replace(/^[-+]?0[xob]/i, '').replaceAll('_', '');
  const value = BigInt(`0${radix === 16 ? 'x' : radix === 8 ? 'o' : 'b'}${digits}`);
  return `${negative ? '-' : ''}${value}`;
}

/** `1.7971E+04` → "17971", exactly, by moving the decimal point in the digit string. */
function expandExponent(text: string): string | undefined {
  const [mantissa = '', exponentText = ''] = text.toLowerCase().split('e');
  const exponent = Number(exponentText);
  if (!Number.isInteger(exponent) || Math.abs(exponent) > 20) return undefined;
  const sign = mantissa.startsWith('-') ? '-' : '';
  const [whole = '', fraction = ''] = mantissa.replace(/^[-+]/, '').split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const padded = point > digits.length ? digits.padEnd(point, '0') : point < 0 ? digits.padStart(digits.length - point, '0') : digits;
  const cut = Math.max(point, 0);
  const integer = padded.slice(0, cut).replace(/^0+(?=\d)/, '') || '0';
  const decimals = padded.slice(cut).replace(/0+$/, '');
  return `${sign}${integer}${decimals ? `.${decimals}` : ''}`;
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
    return fail('money.too-large', { input: describe(input), max: formatFen(Number.MAX_SAFE_INTEGER, 'yuan') });
  }
  return { ok: true, fen: Number(fen) };
}

function tooFine(input: unknown): MoneyParse {
  return fail('money.too-fine', { input: describe(input) });
}

type Catalogue = typeof say.catalogue;

function fail<K extends RefusalId>(id: K, ...params: ParamsOf<Catalogue[K]>): MoneyParse {
  const text = say(id, ...params);
  return { ok: false, message: text.en, text, refusal: { id, params: (params[0] ?? {}) as Record<string, Param> } };
}

/** The input as a refusal quotes it; a list, a mapping or an empty value named in the reader's language. */
function describe(input: unknown): Text | string {
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number' || typeof input === 'bigint' || typeof input === 'boolean') return String(input);
  if (input === null || input === undefined) return say('schema.empty');
  if (Array.isArray(input)) return say('schema.a-list');
  return typeof input === 'object' ? say('schema.a-mapping') : `a ${typeof input}`;
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
