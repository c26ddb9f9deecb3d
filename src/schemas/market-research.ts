import { z } from 'zod';
import { documentBase, label, money, numeric, percent, points, targets } from './common.ts';

/** 下年度市场调研报告: written by the marketing VP, approved by the GM. */
export const marketResearchSchema = z.strictObject({
  /** Document type. */
  type: z.literal('market-research'),
  ...documentBase,
  /** The market as researched. */
  market: z
    .strictObject({
      /** 市场规模 total market size. */
      size: money.optional(),
      /** 市场增长率 expected growth, percent. */
      growth: numeric(z.number().min(-100).max(1000)).optional(),
      /** 我司市场占有率 our current market share, percent. */
      share: percent.optional(),
    })
    .optional(),
  /** 竞争对手 competitors. */
  competitors: z
    .array(
      z.strictObject({
        /** Competitor name. */
        name: label,
        /** Their market share, percent. */
        share: percent.optional(),
        /** What to watch. */
        notes: z.string().optional(),
      }),
    )
    .prefault([]),
  /** SWOT 分析. */
  swot: z
    .strictObject({
      /** 优势. */
      strengths: points.default([]),
      /** 劣势. */
      weaknesses: points.default([]),
      /** 机会. */
      opportunities: points.default([]),
      /** 威胁. */
      threats: points.default([]),
    })
    .optional(),
  /** Targets the research proposes for next year (reference only). */
  proposedTargets: targets.optional(),
});

export type MarketResearch = z.output<typeof marketResearchSchema>;
