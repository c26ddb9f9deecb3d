import { z } from 'zod';
import { count, documentBase, points, signedMoney } from './common.ts';

/** 年度销售总结报告: the marketing VP's summary of the year, to the GM. */
export const annualReportSchema = z.strictObject({
  /** Document type. */
  type: z.literal('annual-report'),
  ...documentBase,
  /** 全年实际完成. */
  actual: z.strictObject({
    /** 销售额, net of returns: may be negative. */
    revenue: signedMoney,
    /** 利润: negative for a loss. */
    profit: signedMoney,
    /** 新产品销售额, net of returns: may be negative. */
    newProductRevenue: signedMoney.optional(),
    /** 新客户数. */
    newCustomers: count.optional(),
  }),
  /** 主要成绩与经验. */
  highlights: points.default([]),
  /** 存在问题. */
  issues: points.default([]),
});

export type AnnualReport = z.output<typeof annualReportSchema>;
