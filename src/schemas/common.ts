import { z } from 'zod';
import { parseMoney, type SignRule } from '../core/money.ts';
import { NumberText } from '../core/yaml.ts';
import { say } from '../core/reading-messages.ts';

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
        if (!parsed.ok) {
          context.addIssue({ code: 'custom', message: parsed.message, params: { rule: 'money-format', text: parsed.text } });
          return z.NEVER;
        }
        if (parsed.fen < 0 && sign === 'non-negative') {
          const written = value instanceof NumberText ? value.text : String(value);
          const text = say('money.negative', { written: JSON.stringify(written) });
          context.addIssue({ code: 'custom', message: text.en, params: { rule: 'money-sign', text } });
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

// Linear: one run of digits, then an optional fraction introduced by a point.
const DECIMAL = /^[-+]?\d+(?:\.\d+)?$/;

/**
 * A number field (count, month, year, percent). YAML numbers arrive as NumberText; a plain decimal
 * is read as a number, any other form (`0x10`, `1e2`, `.inf`) is left as text for the schema to refuse.
 */
export function numeric<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value instanceof NumberText && DECIMAL.test(value.text) ? Number(value.text) : value), schema);
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

/** A calendar date written as YYYY-MM-DD (quoted or not; it stays a string). */
export const date = z
  .string()
  .regex(DATE_SHAPE, say.catalogue['schema.date'].en)
  .refine(isCalendarDay, say.catalogue['schema.real-date'].en);

/** A fiscal year such as 2026. */
export const year = numeric(z.int().min(2000).max(2100));

/** A month of the fiscal year, 1–12. */
export const month = numeric(z.int().min(1).max(12));

/** A count such as new customers. */
export const count = numeric(z.int().min(0));

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
