import { z } from 'zod';
import { say } from '../core/reading-messages.ts';
import { documentBase, id, money, points, signedMoney } from './common.ts';

/** 半年销售总结: H1 vs plan, H2 forecast and adjustments; unit manager → VP → GM. */
export const midyearReviewSchema = z.strictObject({
  /** Document type. */
  type: z.literal('midyear-review'),
  ...documentBase,
  /** Unit id. */
  unit: id,
  /** 上半年 figures as reported. */
  h1: z.strictObject({
    /** H1 target: the unit's people's January–June plan. */
    target: money,
    /** H1 actual: the unit's January–June monthly reports, net of returns (may be negative). */
    actual: signedMoney,
  }),
  /** 下半年预测: forecast revenue July–December (6 amounts). */
  h2Forecast: z.array(money).length(6, say.catalogue['schema.six-months'].en),
  /** 调整措施与改进建议. */
  adjustments: points.default([]),
});

export type MidyearReview = z.output<typeof midyearReviewSchema>;
