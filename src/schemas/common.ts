import { z } from 'zod';
import { fieldRefusal, parseMoney, type SignRule } from '../core/money.ts';
import { NumberText } from '../core/yaml.ts';
import { say } from '../core/reading-messages.ts';
import { verbatim, type Text } from '../core/messages.ts';
import { addFieldIssue, describeValue } from '../core/zod-issues.ts';

/**
 * An amount of money parsed from the text as written (YAML numbers arrive as NumberText, so
 * `1.7971E+04` or `0x1F4C` are refused instead of re-typed). `sign` is the field's sign rule.
 */
function amount(sign: SignRule) {
  return (
    // One check instead of a union: a union records a failed branch for every string amount, and
    // that garbage was a third of `plan check`'s time on 25k files. parseMoney judges every type.
    z
      .custom<number | string | bigint | NumberText>((value) => value !== undefined, { message: 'expected an amount' })
      .transform((value, context) => {
        const parsed = parseMoney(value instanceof NumberText ? value.text : value);
        // Each refusal names its field (readableIssues fills it in) and the value as written.
        if (!parsed.ok) {
          const { id, params } = fieldRefusal(parsed.refusal);
          addFieldIssue(context, id, params, 'money-format');
          return z.NEVER;
        }
        if (parsed.fen < 0 && sign === 'non-negative') {
          const written = value instanceof NumberText ? value.text : String(value);
          addFieldIssue(context, 'money.negative', { written: JSON.stringify(written) }, 'money-sign');
          return z.NEVER;
        }
        return parsed.fen;
      })
      .meta({ format: 'money', sign, examples: sign === 'signed' ? ['120万', '-3,500.00'] : ['120万', '1,200,000.50'] })
  );
}

/** An amount of money, 0 or more, as people write it (`1200000`, `1,200,000.50`, `120万`, `1.2亿`, `¥300万元`), parsed to integer 分. */
export const money = amount('non-negative');

/** An actual figure that can be below zero (net revenue after returns, a loss): the accepted forms of `money` with an optional leading minus. */
export const signedMoney = amount('signed');

// Linear: one run of digits without a needless leading zero (`0.5`, not `05`), then an optional
// fraction; a minus for the fields that take one. `+5` and `05` are refused, not re-typed.
const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * A number field that may have decimals (percent, growth, weights). YAML numbers arrive as
 * NumberText; a plain decimal is read as a number, any other form (`0x10`, `1e2`, `.inf`, `+5`, `05`)
 * is left as text for the schema to refuse.
 */
export function numeric<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value instanceof NumberText && DECIMAL.test(value.text) ? Number(value.text) : value), schema);
}

// Digits only, no needless leading zero: the one way a whole number is written.
const WHOLE = /^(?:0|[1-9]\d*)$/;

/**
 * A whole-number field (year, month, count, day): digits only. `1.0`, `+1`, `01`, `1_0`, `0x10`,
 * `"1"` or `~` are refused with one message naming the field, the range and, where there is one,
 * the number to write, never re-typed to 1. `max` is inclusive; without it there is no upper bound.
 */
export function whole(min: number, max?: number) {
  const range = max === undefined ? say('schema.whole.from', { min }) : say('schema.whole.between', { min, max });
  const inRange = (value: number) => value >= min && (max === undefined || value <= max);
  const schema = max === undefined ? z.int().min(min) : z.int().min(min).max(max);
  return z.preprocess((value, context) => {
    // Defaults (`prefault`) and programmatic callers pass numbers; a missing field is the schema's to report.
    if (value === undefined || (typeof value === 'number' && Number.isInteger(value) && inRange(value))) return value;
    if (value instanceof NumberText && WHOLE.test(value.text) && inRange(Number(value.text))) return Number(value.text);
    const fix = wholeFix(value);
    const advice = wholeAdvice(value, fix !== undefined && inRange(Number(fix)) ? fix : undefined);
    const written = describeValue(value);
    if (value === null) addFieldIssue(context, 'schema.empty-field', { expected: range });
    else if ((value instanceof NumberText && WHOLE.test(value.text)) || Number.isInteger(value)) addFieldIssue(context, 'schema.whole-range', { value: written, range });
    else addFieldIssue(context, 'schema.whole', { value: written, range, advice });
    return value;
  }, schema);
}

/** The fix a refusal offers, saying why YAML read `value` as text when it did (quotes, full-width digits). */
function wholeAdvice(value: unknown, fix: string | undefined): Text {
  if (fix === undefined) return verbatim('');
  if (typeof value === 'string' && /[０-９]/u.test(value)) return say('schema.full-width-digits', { ascii: fix });
  if (typeof value === 'string' && /^\d+$/.test(value)) return say('schema.quoted-number', { fix });
  return say('schema.write', { fix });
}

/** The digits a person most likely meant by a whole number written another way (`+1`, `01`, `1.0`, `1_0`, `"1"`, `１２`), if any. */
function wholeFix(value: unknown): string | undefined {
  const written = value instanceof NumberText ? value.text : typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  if (written === undefined) return undefined;
  const ascii = written.trim().replace(/[０-９．＋]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const digits = /^\+?([\d_]+)(?:\.0+)?$/.exec(ascii)?.[1]?.replaceAll('_', '');
  return digits === undefined || digits === '' ? undefined : digits.replace(/^0+(?=\d)/, '');
}

// One character class, so the scan is linear: C0 and C1 controls, and the bidirectional overrides
// that make a name display differently from what is stored (CVE-2021-42574, "Trojan Source").
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** A name or title shown in the portal and exports: one line of printable text. */
export const label = z
  .string()
  .min(1)
  .superRefine((value, context) => {
    const found = CONTROL.exec(value);
    if (!found) return;
    const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const text = say('schema.control', { code, value: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) });
    context.addIssue({ code: 'custom', message: text.en, params: { rule: 'control-character', text } });
  });

/** A lowercase identifier such as `zhang-san` or `east`. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, say.catalogue['schema.id'].en);

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
// A date followed by a time (`2026-01-05T10:00:00`, `2026-01-05 10:00`): the day is what is meant.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ]+\d/;

/** Days in a month of the proleptic Gregorian calendar (JavaScript's Date). */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether Date reads `value` as that very day (not `2026-02-30` as March 2). For the YYYY-MM-DD
 * shape every date has, the same answer by arithmetic: parsing two Dates per document was a tenth
 * of a large check's validation. The check runs on any string (zod runs it after a failed
 * regex too), so other strings keep Date's own answer.
 */
export function isCalendarDay(value: string): boolean {
  if (DATE_SHAPE.test(value)) {
    const month = Number(value.slice(5, 7));
    const day = Number(value.slice(8, 10));
    return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(Number(value.slice(0, 4)), month);
  }
  return !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/**
 * A calendar date written as YYYY-MM-DD (quoted or not; it stays a string). One message per value:
 * a value that is not text, or a date with a time, is refused before the shape and calendar checks
 * (which stop at the first that fails).
 */
export const date = z.preprocess(
  (value, context) => {
    if (value === undefined || typeof value === 'string' && !DATE_TIME.test(value)) return value;
    const day = typeof value === 'string' ? DATE_TIME.exec(value)?.[1] : undefined;
    if (day !== undefined) {
      const text = say('schema.date-time', { value: JSON.stringify(value), day });
      context.addIssue({ code: 'custom', message: text.en, params: { rule: 'schema', text } });
    } else if (value === null) addFieldIssue(context, 'schema.empty-field', { expected: say('schema.a-date') });
    else addFieldIssue(context, 'schema.not-a-date', { value: describeValue(value) });
    return value;
  },
  z
    .string()
    .regex(DATE_SHAPE, { message: say.catalogue['schema.date'].en, abort: true })
    .superRefine((value, context) => {
      if (!isCalendarDay(value)) addFieldIssue(context, 'schema.not-a-real-date', { value });
    }),
);

/** A fiscal year such as 2026. */
export const year = whole(2000, 2100);

/** A month of the fiscal year, 1–12. */
export const month = whole(1, 12);

/** A count such as new customers. */
export const count = whole(0);

/** A percentage 0–100 (may have decimals; not money). */
export const percent = numeric(z.number().min(0).max(100));

/** Where a document stands: 草稿 draft, 审批中 in review, 已批准 approved. */
export const status = z.enum(['draft', 'review', 'approved']);

/** A short list of plain-text points. */
export const points = z.array(z.string().min(1));

/** Fields every plan or report carries. */
export const documentBase = {
  /** The fiscal year the document belongs to. */
  year,
  /** Title shown in the portal. */
  title: label,
  /** Person id of the author (must be in the organisation file). */
  author: id,
  /** Approval state: draft, review or approved. */
  status,
  /** Date written or last submitted, YYYY-MM-DD. */
  date,
};

/** The company- or unit-level annual targets (销售目标). */
export const targets = z.strictObject({
  /** 销售额 sales revenue. */
  revenue: money,
  /** 利润 profit. */
  profit: money,
  /** 新产品销售额 new-product revenue. */
  newProductRevenue: money,
  /** 新客户数 number of new customers. */
  newCustomers: count.optional(),
  /** 市场占有率 target market share, percent. */
  marketShare: percent.optional(),
  /** 客户满意度 target customer satisfaction, percent. */
  customerSatisfaction: percent.optional(),
});

/** Amounts keyed by an id from the organisation file (customer group or expense line). */
export const moneyById = z.record(id, money);

/** Actual amounts keyed by customer group id; each may be negative (returns). */
export const signedMoneyById = z.record(id, signedMoney);
