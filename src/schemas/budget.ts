import { z } from 'zod';
import { documentBase, id, money, moneyById, targets } from './common.ts';

/** 下年度销售预算: a unit's budget, VP review → finance review → GM approval. */
export const budgetSchema = z.strictObject({
  /** Document type. */
  type: z.literal('budget'),
  ...documentBase,
  /** Unit id. */
  unit: id,
  /** Revenue, profit and new-product targets the budget commits to. */
  targets,
  /** 费用预算. */
  expenses: z.strictObject({
    /** 费用合计: must equal the sum of the lines. */
    total: money,
    /** Amount per expense line id from the organisation file (e.g. promotion: 200万). */
    lines: moneyById,
  }),
});

export type Budget = z.output<typeof budgetSchema>;
