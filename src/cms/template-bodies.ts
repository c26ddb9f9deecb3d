import type { DocumentType, Org } from '../schemas/index.ts';
import { monthlyPlanTemplate, monthlyReportTemplate } from '../templates/monthly.ts';
import { personPlanTemplate } from '../templates/person-plan.ts';
import { budgetTemplate, salesPlanTemplate } from '../templates/unit-drafts.ts';
import { annualReportTemplate, marketResearchTemplate } from '../templates/year-documents.ts';
import { midyearReviewTemplate } from '../templates/midyear-review.ts';

// The editor cannot fill a default from other fields, so the `plan new` templates are rendered with
// stand-ins the author overwrites: a month no calendar has, a name in brackets.
const MONTH = 13;
const NAME = '（姓名）';
const UNIT = '（事业部）';
const SIX_ZEROS = [0, 0, 0, 0, 0, 0];

/**
 * The body (Markdown after the frontmatter) `plan new` writes for a new document of `type`, with
 * （姓名）/（事业部）/（ ）月 where the command would put the person, unit and month.
 */
export function templateBody(type: DocumentType, year: number, org: Org): string {
  const date = `${year}-01-01`;
  const groups = org.customerGroups.map(({ id, name }) => ({ id, name }));
  const unitDraft = { year, unit: 'unit', unitName: UNIT, manager: 'manager', managerName: NAME, date, lastBudget: undefined, lastActual: 0, lastMonths: 0, expenseLines: org.expenseLines };
  const monthly = { year, month: MONTH, person: 'person', name: NAME, date, groups, target: 0 };
  const bodies: Record<DocumentType, () => string> = {
    'market-research': () => marketResearchTemplate({ year, org, date }),
    'sales-plan': () => salesPlanTemplate(unitDraft),
    budget: () => budgetTemplate(unitDraft),
    'person-plan': () => personPlanTemplate({ year, person: 'person', name: NAME, unit: 'unit', unitName: UNIT, manager: 'manager', managerName: NAME, date }),
    'monthly-plan': () => monthlyPlanTemplate({ ...monthly, split: groups.map(() => 0) }),
    'monthly-report': () => monthlyReportTemplate(monthly),
    'midyear-review': () => midyearReviewTemplate({ year, manager: 'manager', date, forecast: { id: 'unit', name: UNIT, h1Target: 0, h1Actual: 0, h1Reported: 0, h2Plan: SIX_ZEROS, h2Forecast: SIX_ZEROS, people: [] } }),
    'annual-report': () => annualReportTemplate({ year, org, date, revenue: 0, newProductRevenue: 0 }),
  };
  const text = bodies[type]();
  const body = text.slice(text.indexOf('\n---\n') + '\n---\n'.length);
  return body.replaceAll(`${MONTH}月`, '（ ）月').replaceAll(` ${String(MONTH).padStart(2, '0')} `, ' MM ');
}
