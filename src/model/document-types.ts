import { addDays, isoDay, lastDayOfMonth, monthStart } from '../core/dates.ts';
import { documentTypes, type DocumentType, type Org } from '../schemas/index.ts';
import type { status } from '../schemas/common.ts';
import type { z } from 'zod';

/**
 * Where a document sits in the layout and how many of it a year holds: one for the company, one per
 * unit, one per salesperson, or one per salesperson and month.
 */
export type DocumentScope = 'company' | 'unit' | 'person' | 'month';

/** Who writes a document: the marketing VP, the manager of the unit it concerns, or the salesperson. */
export type Writer = 'marketingVp' | 'unitManager' | 'salesperson';

/** What a due date or date window depends on: the fiscal year and, for monthly work, the month 1–12. */
export interface DocumentTime {
  year: number;
  month?: number | undefined;
}

/** Everything the planning cycle says about one document type (seed 年度销售计划管理流程). */
export interface DocumentTypeInfo {
  /** Step of the seed's cycle, 1–7. */
  step: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  scope: DocumentScope;
  /**
   * Path inside the content directory, with `<year>`, `<unit>`, `<person>` and `<MM>` (two-digit
   * month) for the parts that vary. The same pattern places files, builds paths and documents the format.
   */
  path: string;
  /** How people call it, Chinese first as the seed names it. */
  label: { zh: string; en: string };
  writer: Writer;
  /**
   * When the document counts as done: approved, or (monthly work, which the seed has the manager read
   * rather than approve) as soon as it is submitted.
   */
  doneWhen: 'approved' | 'submitted';
  /** Last day it may be completed, YYYY-MM-DD. */
  due: (time: DocumentTime, calendar: Org['calendar']) => string;
  /**
   * First and last date its `date:` may carry: plans for a year are written in the year before it,
   * monthly work inside the year (December's report in January).
   */
  window: (time: DocumentTime) => readonly [from: string, to: string];
}

const planningWindow = ({ year }: DocumentTime) => [`${year - 1}-01-01`, `${year}-12-31`] as const;

/**
 * The registry of document types. The approval chain of each type is the one place kept apart: it
 * lives in `src/approvals/chains.ts`, keyed by the same union, because that file is owned by the GM
 * and the chain check always runs the base branch's copy.
 */
export const DOCUMENT_TYPES = {
  'market-research': {
    step: 1,
    scope: 'company',
    path: '<year>/market-research.mdx',
    label: { zh: '市场调研报告', en: 'market research report' },
    writer: 'marketingVp',
    doneWhen: 'approved',
    due: ({ year }) => isoDay(year - 1, 10, 31),
    window: planningWindow,
  },
  'sales-plan': {
    step: 1,
    scope: 'unit',
    path: '<year>/units/<unit>/sales-plan.mdx',
    label: { zh: '销售计划', en: 'sales plan' },
    writer: 'unitManager',
    doneWhen: 'approved',
    due: ({ year }) => isoDay(year - 1, 11, 30),
    window: planningWindow,
  },
  budget: {
    step: 2,
    scope: 'unit',
    path: '<year>/units/<unit>/budget.mdx',
    label: { zh: '销售预算', en: 'budget' },
    writer: 'unitManager',
    doneWhen: 'approved',
    due: ({ year }) => isoDay(year - 1, 12, 31),
    window: planningWindow,
  },
  'person-plan': {
    step: 3,
    scope: 'person',
    path: '<year>/people/<person>/plan.mdx',
    label: { zh: '个人年度销售计划', en: 'individual annual plan' },
    writer: 'unitManager',
    doneWhen: 'approved',
    due: ({ year }) => isoDay(year, 1, 15),
    window: planningWindow,
  },
  'monthly-plan': {
    step: 4,
    scope: 'month',
    path: '<year>/people/<person>/<MM>.plan.mdx',
    label: { zh: '月度销售计划', en: 'monthly plan' },
    writer: 'salesperson',
    doneWhen: 'submitted',
    due: ({ year, month = 1 }) => isoDay(year, month, 1),
    window: ({ year, month = 1 }) => [monthStart(year, month - 2), `${year}-12-31`],
  },
  'monthly-report': {
    step: 5,
    scope: 'month',
    path: '<year>/people/<person>/<MM>.report.mdx',
    label: { zh: '月度销售总结', en: 'monthly report' },
    writer: 'salesperson',
    doneWhen: 'submitted',
    due: ({ year, month = 12 }, calendar) => addDays(lastDayOfMonth(year, month), calendar.monthlyReportGraceDays),
    window: ({ year, month }) => [monthStart(year, month ?? 1), lastDayOfMonth(year, (month ?? 12) + 2)],
  },
  'midyear-review': {
    step: 6,
    scope: 'unit',
    path: '<year>/units/<unit>/midyear-review.mdx',
    label: { zh: '半年销售总结', en: 'mid-year review' },
    writer: 'unitManager',
    doneWhen: 'approved',
    due: ({ year }, calendar) => isoDay(year, 7, calendar.midyearReviewDay),
    window: ({ year }) => [`${year}-01-01`, `${year}-12-31`],
  },
  'annual-report': {
    step: 7,
    scope: 'company',
    path: '<year>/annual-report.mdx',
    label: { zh: '年度销售总结报告', en: 'annual report' },
    writer: 'marketingVp',
    doneWhen: 'approved',
    due: ({ year }) => isoDay(year, 12, 31),
    window: ({ year }) => [`${year}-11-01`, `${year + 1}-03-31`],
  },
} as const satisfies Record<DocumentType, DocumentTypeInfo>;

/** A document's own `status:` field: the author's claim of where it stands. */
export type DocumentState = z.output<typeof status>;

/**
 * What each `status:` means. Only a submitted document counts: a draft is work in progress, so its
 * figures are not actuals and it does not meet a deadline (a draft report due yesterday is late).
 * Whether an approval really happened is the approval ledger's word, not this field's.
 */
export const DOCUMENT_STATES = {
  draft: { submitted: false, label: { zh: '草稿', en: 'draft' } },
  review: { submitted: true, label: { zh: '审批中', en: 'in review' } },
  approved: { submitted: true, label: { zh: '已批准', en: 'approved' } },
} as const satisfies Record<DocumentState, { submitted: boolean; label: { zh: string; en: string } }>;

/** True when the author has handed the document in (any state but draft). */
export function isSubmitted(state: string): boolean {
  return state in DOCUMENT_STATES && DOCUMENT_STATES[state as DocumentState].submitted;
}

/** Path of the organisation file of a year, inside the content directory. */
export const ORG_PATH = '<year>/org.yaml';

/** The document types of one scope, in the seed's order. */
export function typesOf(scope: DocumentScope): DocumentType[] {
  return documentTypes.filter((type) => DOCUMENT_TYPES[type].scope === scope);
}

/** "半年销售总结 mid-year review", with ", 10月" for monthly documents. */
export function documentLabel(type: DocumentType, month?: number): string {
  const { zh, en } = DOCUMENT_TYPES[type].label;
  return month ? `${zh} ${en}, ${month}月` : `${zh} ${en}`;
}

/** The window `date:` must fall in for a document of `type` (see {@link DocumentTypeInfo.window}). */
export function windowFor(type: DocumentType, time: DocumentTime): readonly [from: string, to: string] {
  return DOCUMENT_TYPES[type].window(time);
}
