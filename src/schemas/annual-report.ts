import { z } from 'zod';
import { count, documentBase, money, points } from './common.ts';

/** 年度销售总结报告: the marketing VP's summary of the year, to the GM. */
export const annualReportSchema = z.strictObject({
  /** Document type. */
  type: z.literal('annual-report'),
  ...documentBase,
  /** 全年实际完成. */
  actual: z.strictObject({
    /** 销售额. */
    revenue: money,
    /** 利润. */
    profit: money,
    /** 新产品销售额. */
    newProductRevenue: money.optional(),
    /** 新客户数. */
    newCustomers: count.optional(),
  }),
  /** 主要成绩与经验. */
  highlights: points.default([]),
  /** 存在问题. */
  issues: points.default([]),
});

export type AnnualReport = z.output<typeof annualReportSchema>;
