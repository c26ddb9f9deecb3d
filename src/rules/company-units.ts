import { listText } from '../core/messages.ts';
import type { CodeDocs } from '../core/diagnostics.ts';
import { formatFen, formatFenDelta, sumFen } from '../core/money.ts';
import { pathFor } from '../model/content-files.ts';
import { skipped, type SkippedCode } from './comparison-skipped.ts';
import { report, type Rule } from './context.ts';
import { say } from './rule-messages.ts';

const FIELDS = ['revenue', 'profit', 'newProductRevenue'] as const;

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'company-units': { severity: 'error', summary: 'The unit budgets do not add up to the company targets in org.yaml.' },
  'missing-budget': { severity: 'warning', summary: 'A unit without a budget, so the company total cannot be checked.' },
} as const satisfies CodeDocs;

/** The units' budgets add up to the company's targets in the organisation file. */
export const companyUnits: Rule<keyof typeof codes | SkippedCode> = ({ content, invalid }) => {
  const org = content.org;
  if (!org) return [];
  // Targets of an invalid org.yaml are not what its author wrote: compare nothing with them.
  if (invalid.has(org.path)) return [skipped(org, ['targets'], say('company-units.what'), [org.path])];
  const budgets = org.data.units.map((unit) => content.units.get(unit.id)?.budget);
  const missing = org.data.units.filter((_, index) => !budgets[index]);
  // A budget file that exists but is invalid was reported already; the total is unknowable until it is fixed.
  const budgetPath = (unit: string) => pathFor({ kind: 'document', type: 'budget', year: content.year, unit });
  const invalidBudgets = missing.map((unit) => budgetPath(unit.id)).filter((path) => invalid.has(path));
  if (invalidBudgets.length) return [skipped(org, ['targets'], say('company-units.what'), invalidBudgets)];
  if (missing.length > 0) {
    return [
      report(org, ['units'], 'missing-budget', say('missing-budget', { units: listText(missing.map((unit) => unit.name)) }), {
        severity: 'warning',
        at: 'key',
        hint: say('missing-budget.hint', { files: listText(missing.map((unit) => budgetPath(unit.id))) }),
      }),
    ];
  }
  return FIELDS.flatMap((field) => {
    const sum = sumFen(budgets.map((budget) => budget?.data.targets[field] ?? 0));
    const stated = org.data.targets[field];
    if (sum === stated) return [];
    return [
      report(org, ['targets', field], 'company-units', say('company-units', { sum: formatFen(sum), field: say(`field.${field}`), stated: formatFen(stated), delta: formatFenDelta(sum - stated) }), {
        expected: formatFen(stated),
        actual: formatFen(sum),
      }),
    ];
  });
};
