import { z } from 'zod';
import { say } from '../core/reading-messages.ts';
import { count, id, label, money, numeric, percent, whole, year } from './common.ts';

/** The seed's word for a sales unit: its manager is the 市场部经理 of the approval chains. */
export const DEFAULT_UNIT_WORD = '市场部';

/** A named thing with Chinese and English names. */
const named = {
  /** Identifier used in file paths and references. */
  id,
  /** Chinese name. */
  name: label,
  /** English name. */
  nameEn: label.optional(),
};

/** The organisation file: company, targets, roles, units, people, customer groups, regions, budget lines. */
export const orgSchema = z.strictObject({
  /** The fiscal year this organisation file is for. */
  year,
  /** The company. */
  company: z.strictObject({
    /** Company name (Chinese). */
    name: label,
    /** Company name (English). */
    nameEn: label.optional(),
    /** Currency of every amount; only CNY (分 as minor unit) is supported. */
    currency: z.literal('CNY').default('CNY'),
  }),
  /** The company's annual targets, approved by the GM; the units must add up to them. */
  targets: z.strictObject({
    /** 销售额 sales revenue. */
    revenue: money,
    /** 利润 profit. */
    profit: money,
    /** 新产品销售额 new-product revenue. */
    newProductRevenue: money,
    /** 新客户数 new customers. */
    newCustomers: count.optional(),
    /** 市场占有率 market share, percent. */
    marketShare: percent.optional(),
  }),
  /** Who holds the roles of the approval chains (person ids). */
  roles: z.strictObject({
    /** 总经理 general manager. */
    gm: id,
    /** 营销副总 marketing vice-president. */
    marketingVp: id,
    /** 财务部 finance reviewer(s). */
    finance: z.array(id).min(1),
    /** Administrators (person ids): with the GM they own the organisation file and every file outside the content folder (code, scripts, workflows, CODEOWNERS, the ledger). */
    admins: z.array(id).default([]),
  }),
  /** What the company calls its sales units when not the seed's 市场部, e.g. 事业部: the unit manager is then 事业部经理 in the CLI, pull-request comments and the portal. */
  unitWord: z.string().min(1).default(DEFAULT_UNIT_WORD),
  /** Sales units (市场部 / 事业部). */
  units: z
    .array(
      z.strictObject({
        ...named,
        /** Person id of the unit manager (市场部经理, or after `unitWord`). */
        manager: id,
        /** Region ids the unit covers. */
        regions: z.array(id).default([]),
      }),
    )
    .min(1),
  /** Everyone who writes, owns or approves a document. */
  people: z
    .array(
      z.strictObject({
        ...named,
        /** Job title, e.g. 销售代表. */
        title: label,
        /** Job title in English, for the English pages, e.g. Sales Representative. */
        titleEn: label.optional(),
        /** Unit id for salespeople and unit managers; absent for company roles. */
        unit: id.optional(),
        /** Git host login (GitHub username) used for CODEOWNERS and approvals. */
        login: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, say.catalogue['schema.login'].en),
        /** Regions the person covers. */
        regions: z.array(id).default([]),
        /** Git commit e-mail addresses, so commits they author or co-author count as theirs (their GitHub no-reply address always does). */
        emails: z.array(z.email()).optional(),
        /** Person id of their stand-in, who may approve any stage this person holds (when away, or when they wrote the change). */
        deputy: id.optional(),
      }),
    )
    .min(1),
  /** 客户群 customer groups monthly plans are split by. */
  customerGroups: z
    .array(
      z.strictObject({
        ...named,
        /** What belongs in the group. */
        description: z.string().optional(),
      }),
    )
    .min(1),
  /** 区域 sales regions. */
  regions: z.array(z.strictObject(named)).default([]),
  /** Budget expense lines (市场推广费用, 人力成本…) budgets and reports refer to. */
  expenseLines: z.array(z.strictObject(named)).min(1),
  /** Named 12-month shapes for `plan split --by seasonality` (relative weights, Jan–Dec). */
  seasonality: z.record(id, z.array(numeric(z.number().min(0))).length(12)).prefault({}),
  /** Deadline settings for `plan check` and `plan status`. */
  calendar: z
    .strictObject({
      /** Days after a month's end before its monthly report counts as late. */
      monthlyReportGraceDays: whole(0, 31).prefault(5),
      /** Day of July by which the mid-year review is due (seed: early July). */
      midyearReviewDay: whole(1, 31).prefault(10),
      /** When true, overdue documents are errors instead of warnings. */
      strict: z.boolean().default(false),
    })
    .prefault({ monthlyReportGraceDays: 5, midyearReviewDay: 10, strict: false }),
  /** Thresholds of `plan check`'s plausibility warnings (a figure that is valid but probably a slip). */
  plausibility: z
    .strictObject({
      /** An actual below this percent of its month's target is flagged (a missing 万, a lost digit). */
      minPercentOfTarget: numeric(z.number().min(0).max(100)).prefault(5),
      /** An actual above this multiple of its month's target is flagged (an extra digit, 元 written as 万). */
      maxTimesTarget: numeric(z.number().min(1)).prefault(10),
    })
    .prefault({ minPercentOfTarget: 5, maxTimesTarget: 10 }),
  /** Thresholds of the budget execution view (预算执行): when an expense line is flagged. */
  budgetExecution: z
    .strictObject({
      /** A line whose share of budget used exceeds the share of the year elapsed by more than this many percentage points runs ahead of time. */
      aheadOfTimePoints: whole(0, 100).prefault(10),
    })
    .prefault({ aheadOfTimePoints: 10 }),
});

export type OrgInput = z.input<typeof orgSchema>;
export type Org = z.output<typeof orgSchema>;
