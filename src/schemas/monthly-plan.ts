import { z } from 'zod';
import { documentBase, id, month, money, moneyById, points } from './common.ts';

/** 个人月度销售计划: one person's month, split by customer group. */
export const monthlyPlanSchema = z.strictObject({
  /** Document type. */
  type: z.literal('monthly-plan'),
  ...documentBase,
  /** Person id. */
  person: id,
  /** Month 1–12. */
  month,
  /** The month's revenue target: must equal that month in the person's annual plan. */
  target: money,
  /** 客户群分解: amount per customer group id, adding up to target. */
  groups: moneyById,
  /** 工作安排 planned actions. */
  actions: points.default([]),
});

export type MonthlyPlan = z.output<typeof monthlyPlanSchema>;
