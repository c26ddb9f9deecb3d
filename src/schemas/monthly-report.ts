import { z } from 'zod';
import { count, documentBase, id, month, money, moneyById } from './common.ts';

/** 月度销售总结: a person's actuals for a month, analysis and adjustments in the body. */
export const monthlyReportSchema = z.strictObject({
  /** Document type. */
  type: z.literal('monthly-report'),
  ...documentBase,
  /** Person id. */
  person: id,
  /** Month 1–12. */
  month,
  /** 实际完成. */
  actual: z.strictObject({
    /** 实际销售额. */
    revenue: money,
    /** 新产品销售额. */
    newProductRevenue: money.optional(),
    /** 新增客户数. */
    newCustomers: count.optional(),
  }),
  /** Actual revenue per customer group id; when given, adds up to actual.revenue. */
  groups: moneyById.optional(),
  /** 费用支出: spend per expense line id of the unit budget. */
  spend: moneyById.default({}),
});

export type MonthlyReport = z.output<typeof monthlyReportSchema>;
