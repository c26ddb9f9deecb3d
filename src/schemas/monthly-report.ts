import { z } from 'zod';
import { count, documentBase, id, month, moneyById, signedMoney, signedMoneyById } from './common.ts';

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
    /** 实际销售额, net of returns: may be negative (a leading minus). */
    revenue: signedMoney,
    /** 新产品销售额, net of returns: may be negative. */
    newProductRevenue: signedMoney.optional(),
    /** 新增客户数. */
    newCustomers: count.optional(),
  }),
  /** Actual revenue per customer group id, net of returns (may be negative); when given, adds up to actual.revenue. */
  groups: signedMoneyById.optional(),
  /** 费用支出: spend per expense line id of the unit budget. */
  spend: moneyById.default({}),
});

export type MonthlyReport = z.output<typeof monthlyReportSchema>;
