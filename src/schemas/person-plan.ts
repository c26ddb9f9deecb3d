import { z } from 'zod';
import { say } from '../core/reading-messages.ts';
import { count, documentBase, id, money } from './common.ts';

/** 个人年度销售计划: the manager decomposes the unit budget to each person. */
export const personPlanSchema = z.strictObject({
  /** Document type. */
  type: z.literal('person-plan'),
  ...documentBase,
  /** Person id. */
  person: id,
  /** Unit id the person sells for. */
  unit: id,
  /** Annual targets of the person. */
  target: z.strictObject({
    /** 年度销售额目标: the people of a unit add up to its budget. */
    revenue: money,
    /** 新产品销售额目标. */
    newProductRevenue: money.optional(),
    /** 新客户目标. */
    newCustomers: count.optional(),
  }),
  /** 月度分解: 12 revenue targets, January to December, adding up to target.revenue. */
  months: z.array(money).length(12, say.catalogue['schema.twelve-months'].en),
});

export type PersonPlan = z.output<typeof personPlanSchema>;
