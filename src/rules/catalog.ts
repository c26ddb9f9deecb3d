import type { CodeDoc } from '../core/diagnostics.ts';
import { codes as reading } from '../core/reading-codes.ts';
import { codes as budgetBalance } from './budget-balance.ts';
import { codes as codeownersSync } from './codeowners-sync.ts';
import { codes as companyUnits } from './company-units.ts';
import { codes as comparisonSkipped } from './comparison-skipped.ts';
import { codes as dateOutsideYear } from './date-outside-year.ts';
import { codes as duplicateId } from './duplicate-id.ts';
import { codes as fileLocation } from './file-location.ts';
import { codes as mdxBody } from './mdx-body.ts';
import { codes as midyearFigures } from './midyear-figures.ts';
import { codes as monthGroups } from './month-groups.ts';
import { codes as monthMatchesPlan } from './month-matches-plan.ts';
import { codes as overdue } from './overdue.ts';
import { codes as personMonths } from './person-months.ts';
import { codes as planMatchesBudget } from './plan-matches-budget.ts';
import { codes as reportGroups } from './report-groups.ts';
import { codes as actualImplausible } from './actual-implausible.ts';
import { codes as figureWithoutWan } from './figure-without-wan.ts';
import { codes as spendOverBudget } from './spend-over-budget.ts';
import { codes as unitAllocation } from './unit-allocation.ts';
import { codes as unknownReference } from './unknown-reference.ts';
import { codes as unknownYear } from './unknown-year.ts';
import { codes as statusContradictsLedger } from './status-contradicts-ledger.ts';
import { codes as unverifiedApproval } from './unverified-approval.ts';

/** Each module's declared codes, in the order the format reference lists them (reading a file first). */
export const codeDeclarations = [
  reading,
  unknownReference,
  unknownYear,
  duplicateId,
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
  comparisonSkipped,
  midyearFigures,
  mdxBody,
  codeownersSync,
  unverifiedApproval,
  statusContradictsLedger,
  overdue,
] as const;

type Declared = (typeof codeDeclarations)[number];

/** Every rule code `plan check` can report. Codes are stable. */
export type RuleCode = Declared extends infer Codes ? (Codes extends unknown ? keyof Codes : never) : never;

/** Every rule code with its severity and meaning, for the format reference. */
export const ruleCatalog: ({ code: RuleCode } & CodeDoc)[] = codeDeclarations.flatMap((codes) =>
  Object.entries(codes).map(([code, doc]: [string, CodeDoc]) => ({ code: code as RuleCode, ...doc })),
);
