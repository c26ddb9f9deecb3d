import type { z } from 'zod';
import { annualReportSchema } from './annual-report.ts';
import { budgetSchema } from './budget.ts';
import { marketResearchSchema } from './market-research.ts';
import { midyearReviewSchema } from './midyear-review.ts';
import { monthlyPlanSchema } from './monthly-plan.ts';
import { monthlyReportSchema } from './monthly-report.ts';
import { personPlanSchema } from './person-plan.ts';
import { salesPlanSchema } from './sales-plan.ts';

export { DEFAULT_UNIT_WORD, orgSchema, type Org, type OrgInput } from './org.ts';

/** Every document type of the planning cycle, in the seed's order. */
export const documentSchemas = {
  'market-research': marketResearchSchema,
  'sales-plan': salesPlanSchema,
  budget: budgetSchema,
  'person-plan': personPlanSchema,
  'monthly-plan': monthlyPlanSchema,
  'monthly-report': monthlyReportSchema,
  'midyear-review': midyearReviewSchema,
  'annual-report': annualReportSchema,
} as const;

export type DocumentType = keyof typeof documentSchemas;
export type DocumentData = { [T in DocumentType]: z.output<(typeof documentSchemas)[T]> }[DocumentType];
/** The parsed frontmatter of one document type. */
export type DocumentOf<T extends DocumentType> = z.output<(typeof documentSchemas)[T]>;
export const documentTypes = Object.keys(documentSchemas) as DocumentType[];

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && Object.hasOwn(documentSchemas, value);
}
