import { formatFen, formatFenDelta, sumFen } from '../core/money.ts';
import { report, skipped, type Rule } from './context.ts';

const FIELDS = ['revenue', 'profit', 'newProductRevenue'] as const;

/** The units' budgets add up to the company's targets in the organisation file. */
export const companyUnits: Rule = ({ content, invalid }) => {
  const org = content.org;
  if (!org) return [];
  // Targets of an invalid org.yaml are not what its author wrote: compare nothing with them.
  if (invalid.has(org.path)) return [skipped(org, ['targets'], 'The company targets against the unit budgets', [org.path])];
  const budgets = org.data.units.map((unit) => content.units.get(unit.id)?.budget);
  const missing = org.data.units.filter((_, index) => !budgets[index]);
  // A budget file that exists but is invalid was reported already; the total is unknowable until it is fixed.
  const invalidBudgets = missing.map((unit) => `${content.year}/units/${unit.id}/budget.mdx`).filter((path) => invalid.has(path));
  if (invalidBudgets.length) return [skipped(org, ['targets'], 'The company targets against the unit budgets', invalidBudgets)];
  if (missing.length > 0) {
    return [
      report(org, ['units'], 'missing-budget', `No budget yet for ${missing.map((unit) => unit.name).join(', ')}: the company total cannot be checked`, {
        severity: 'warning',
        at: 'key',
        hint: `Add ${missing.map((unit) => `${content.year}/units/${unit.id}/budget.mdx`).join(', ')}.`,
      }),
    ];
  }
  return FIELDS.flatMap((field) => {
    const sum = sumFen(budgets.map((budget) => budget?.data.targets[field] ?? 0));
    const stated = org.data.targets[field];
    if (sum === stated) return [];
    return [
      report(org, ['targets', field], 'company-units', `Unit budgets add up to ${formatFen(sum)} ${field}, company target says ${formatFen(stated)}: ${formatFenDelta(sum - stated)}`, {
        expected: formatFen(stated),
        actual: formatFen(sum),
      }),
    ];
  });
};
