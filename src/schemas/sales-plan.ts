import { z } from 'zod';
import { documentBase, id, label, points, targets, whole } from './common.ts';

/** 市场部下年度销售计划: a unit's annual sales plan, VP → GM. */
export const salesPlanSchema = z.strictObject({
  /** Document type. */
  type: z.literal('sales-plan'),
  ...documentBase,
  /** Unit id. */
  unit: id,
  /** 销售目标: must equal the unit budget's targets. */
  targets,
  /** 增长点 where the growth comes from. */
  growthPoints: points.default([]),
  /** 营销策略 4P measures. */
  measures: z
    .strictObject({
      /** 产品策略. */
      product: points.default([]),
      /** 价格策略. */
      price: points.default([]),
      /** 渠道策略. */
      channel: points.default([]),
      /** 促销策略. */
      promotion: points.default([]),
    })
    .optional(),
  /** 分季度实施步骤 quarterly implementation steps. */
  quarters: z
    .array(
      z.strictObject({
        /** Quarter 1–4. */
        quarter: whole(1, 4),
        /** Focus of the quarter. */
        focus: z.string().min(1),
        /** Steps. */
        steps: points.default([]),
      }),
    )
    .prefault([]),
  /** 考核指标 KPIs. */
  kpis: z
    .array(
      z.strictObject({
        /** KPI name. */
        name: label,
        /** KPI target as text, e.g. ≥ 95%. */
        target: z.string().min(1),
      }),
    )
    .default([]),
  /** 风险评估 risks and mitigations. */
  risks: z
    .array(
      z.strictObject({
        /** The risk. */
        risk: z.string().min(1),
        /** 应对措施 mitigation. */
        mitigation: z.string().min(1),
      }),
    )
    .default([]),
});

export type SalesPlan = z.output<typeof salesPlanSchema>;
