import { today } from '../core/dates.ts';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { loadContent, type ContentSource, type LoadResult } from '../model/load.ts';
import { buildModel, type Model } from '../model/model.ts';
import type { RuleCode } from './catalog.ts';
import { runRepositoryRules, runRules } from './index.ts';

export interface CheckResult {
  load: LoadResult;
  model: Model;
  /** Every diagnostic, sorted by file, line and column. */
  diagnostics: Diagnostic<RuleCode>[];
}

/**
 * The whole of `plan check`, without any output: the one pipeline `check`, `build`, `diff` and the
 * scripts share, so they all report the same problems. `cwd` is where file names in diagnostics are
 * relative to, and the repository root whose `.github/CODEOWNERS` and ledger are checked (the CLI
 * runs there). `source` as in `loadContent` (the disk, or a Git tree for `plan diff`).
 */
export async function checkContent(dir: string, { asOf = today(), cwd = process.cwd(), source }: { asOf?: string; cwd?: string; source?: ContentSource } = {}): Promise<CheckResult> {
  // Read and validate every file.
  const load = await loadContent(dir, { cwd, ...(source ? { source } : {}) });
  // Index by year, unit, person and month.
  const model = buildModel(load);
  // Run the rules over each year, then over the repository around the content.
  const diagnostics = [...load.diagnostics, ...runRules(model, asOf), ...(await runRepositoryRules(load, { root: cwd, contentDir: dir }))];
  // Sort by file, line and column.
  return { load, model, diagnostics: diagnostics.sort(compareDiagnostics) };
}
