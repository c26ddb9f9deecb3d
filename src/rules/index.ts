import { statSync } from 'node:fs';
import path from 'node:path';
import { CODEOWNERS_PATH, LEDGER_PATH } from '../approvals/repo-paths.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { LoadResult } from '../model/load.ts';
import type { Model } from '../model/model.ts';
import { budgetBalance } from './budget-balance.ts';
import type { RuleCode } from './catalog.ts';
import type { RepositoryContext } from './codeowners-sync.ts';
import { companyUnits } from './company-units.ts';
import { dateOutsideYear } from './date-outside-year.ts';
import { duplicateIds } from './duplicate-id.ts';
import { fileLocation } from './file-location.ts';
import { mdxBody } from './mdx-body.ts';
import { midyearFigures } from './midyear-figures.ts';
import { monthGroups } from './month-groups.ts';
import { monthMatchesPlan } from './month-matches-plan.ts';
import { overdue } from './overdue.ts';
import { personMonths } from './person-months.ts';
import { planMatchesBudget } from './plan-matches-budget.ts';
import { reportGroups } from './report-groups.ts';
import { actualImplausible } from './actual-implausible.ts';
import { figureWithoutWan } from './figure-without-wan.ts';
import { spendOverBudget } from './spend-over-budget.ts';
import { unitAllocation } from './unit-allocation.ts';
import { unknownReference } from './unknown-reference.ts';
import { unknownYear } from './unknown-year.ts';

/** Every rule over one fiscal year, in the order a reader would fix them: references first, then the sums. */
export const rules = [
  unknownYear,
  unknownReference,
  duplicateIds,
  fileLocation,
  dateOutsideYear,
  budgetBalance,
  unitAllocation,
  personMonths,
  monthGroups,
  monthMatchesPlan,
  reportGroups,
  actualImplausible,
  figureWithoutWan,
  spendOverBudget,
  planMatchesBudget,
  companyUnits,
  midyearFigures,
  mdxBody,
  overdue,
] as const;

/**
 * What each rule reads, so `plan check --changed` re-runs only what a change reaches (check-scopes.ts).
 * Folders are a person's (`<year>/people/<id>/`), a unit's (`<year>/units/<id>/`) and the year's top.
 * - `folder`: what it reports at a file depends only on that file's folder, org.yaml and the date
 *   (a person's sums, a document's references, dates, MDX, the person's deadlines);
 * - `unit`: a unit's documents and the plans and reports of every person in the unit;
 * - `year`: org.yaml and every unit's documents (or, without org.yaml, every document).
 * Every rule is in exactly one list (tests/unit/check-changed.test.ts).
 */
export const ruleScopes = {
  folder: [unknownReference, duplicateIds, fileLocation, dateOutsideYear, personMonths, monthGroups, monthMatchesPlan, reportGroups, actualImplausible, figureWithoutWan, mdxBody, overdue],
  unit: [budgetBalance, unitAllocation, spendOverBudget, planMatchesBudget, midyearFigures],
  year: [unknownYear, companyUnits],
} as const;

/** Runs every rule over every year of the model. */
export function runRules(model: Model, asOf: string): Diagnostic<RuleCode>[] {
  const out: Diagnostic<RuleCode>[] = [];
  for (const content of model.years.values()) {
    for (const rule of rules) out.push(...rule({ content, asOf, invalid: model.invalid }));
  }
  return out;
}

/**
 * Rules about the repository around the content: CODEOWNERS in sync with the org files, ledger
 * records vouched for by Git history, `status: approved` claims the ledger contradicts. Each reads
 * a file of the repository first and reports nothing without it (ENOENT): then its modules (the
 * approvals' CODEOWNERS generator, ledger and Git history readers) are not even loaded, and the
 * org files are not asked for — a good part of `plan check --changed`'s half second (issue 13).
 */
export async function runRepositoryRules(load: Pick<LoadResult, 'orgs' | 'invalid' | 'documents'>, repository: RepositoryContext): Promise<Diagnostic<RuleCode>[]> {
  const out: Diagnostic<RuleCode>[] = [];
  if (mayExist(repository.root, CODEOWNERS_PATH)) out.push(...(await import('./codeowners-sync.ts')).codeownersSync(load, repository));
  if (mayExist(repository.root, LEDGER_PATH)) {
    const [{ unverifiedApproval }, { statusContradictsLedger }] = await Promise.all([import('./unverified-approval.ts'), import('./status-contradicts-ledger.ts')]);
    out.push(...(await unverifiedApproval(repository)), ...(await statusContradictsLedger(load, repository)));
  }
  return out;
}

/** Is there anything at `file` (relative to `root`)? Only a plain ENOENT says no: any other error is the rule's to report. */
function mayExist(root: string, file: string): boolean {
  try {
    statSync(path.join(root, file));
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}
