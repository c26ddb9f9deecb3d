import { today } from '../core/dates.ts';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { loadContent, type ContentSource, type LoadResult } from '../model/load.ts';
import { loadContentParallel } from '../model/load-parallel.ts';
import { loadIncremental, type IncrementalStats } from './check-cache.ts';
import { buildModel, type Model } from '../model/model.ts';
import type { RuleCode } from './catalog.ts';
import { runRepositoryRules, runRules } from './index.ts';
import { loadMdxParser } from './mdx-body.ts';

export interface CheckResult {
  /** What was read; read by workers, a body is kept only where it may hold MDX (the one rule reading bodies). */
  load: LoadResult;
  model: Model;
  /** Every diagnostic, sorted by file, line and column. */
  diagnostics: Diagnostic<RuleCode>[];
}

/**
 * The whole of `plan check`, without any output: the one pipeline `check`, `build`, `diff` and the
 * scripts share, so they all report the same problems. `cwd` is where file names in diagnostics are
 * relative to, and the repository root whose `.github/CODEOWNERS` and ledger are checked (the CLI
 * runs there). `source` as in `loadContent` (the disk, or a Git tree for `plan diff`). A folder on
 * disk is read by `workers` worker threads (default: one per core from 5,000 files on, else none).
 */
export async function checkContent(dir: string, { asOf = today(), cwd = process.cwd(), source, workers }: { asOf?: string; cwd?: string; source?: ContentSource; workers?: number } = {}): Promise<CheckResult> {
  // Read and validate every file.
  const load = source ? await loadContent(dir, { cwd, source }) : await loadContentParallel(dir, { cwd, ...(workers === undefined ? {} : { workers }) });
  return checkLoaded(load, { asOf, cwd, dir });
}

/**
 * `plan check --changed BASE`: the same result as `checkContent` of the folder on disk, with files
 * indexed from the check cache when their bytes were seen before (check-cache.ts). `baseBlobs`:
 * the blob id of each content path at BASE, to name what changed.
 */
export async function checkChanged(dir: string, { asOf = today(), cwd = process.cwd(), baseBlobs }: { asOf?: string; cwd?: string; baseBlobs: ReadonlyMap<string, string> }): Promise<CheckResult & { stats: IncrementalStats }> {
  const { load, stats } = await loadIncremental(dir, { cwd, baseBlobs });
  return { ...(await checkLoaded(load, { asOf, cwd, dir })), stats };
}

async function checkLoaded(load: LoadResult, { asOf, cwd, dir }: { asOf: string; cwd: string; dir: string }): Promise<CheckResult> {
  // Index by year, unit, person and month.
  const model = buildModel(load);
  // Load the MDX parser only if a body needs it.
  await loadMdxParser(load.documents);
  // Run the rules over each year, then over the repository around the content.
  const diagnostics = [...load.diagnostics, ...runRules(model, asOf), ...(await runRepositoryRules(load, { root: cwd, contentDir: dir }))];
  // Sort by file, line and column.
  return { load, model, diagnostics: diagnostics.sort(compareDiagnostics) };
}
