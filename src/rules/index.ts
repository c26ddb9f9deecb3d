import type { Diagnostic } from '../core/diagnostics.ts';
import type { Model } from '../model/model.ts';
import { budgetBalance } from './budget-balance.ts';
import { companyUnits } from './company-units.ts';
import type { Rule } from './context.ts';
import { datesInYear } from './dates-in-year.ts';
import { deadlines } from './deadlines.ts';
import { fileLocation } from './file-location.ts';
import { mdxBody } from './mdx-body.ts';
import { midyearFigures } from './midyear-figures.ts';
import { monthGroups, reportGroups } from './month-groups.ts';
import { personMonths } from './person-months.ts';
import { planMatchesBudget } from './plan-matches-budget.ts';
import { references, uniqueIds } from './references.ts';
import { unitAllocation } from './unit-allocation.ts';

/** Every rule, in the order a reader would fix them: references first, then the sums. */
export const rules: Record<string, Rule> = {
  references,
  uniqueIds,
  fileLocation,
  datesInYear,
  budgetBalance,
  unitAllocation,
  personMonths,
  monthGroups,
  reportGroups,
  planMatchesBudget,
  companyUnits,
  midyearFigures,
  mdxBody,
  deadlines,
};

/** Runs every rule over every year of the model. */
export function runRules(model: Model, asOf: string): Diagnostic[] {
  const out: Diagnostic[] = [...model.diagnostics];
  for (const content of model.years.values()) {
    for (const rule of Object.values(rules)) out.push(...rule({ content, asOf, invalid: model.invalid }));
  }
  return out;
}
