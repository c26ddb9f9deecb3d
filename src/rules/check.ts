import { today } from '../core/dates.ts';
import { runRules } from './index.ts';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { loadContent, type ContentSource, type LoadResult } from '../model/load.ts';
import { buildModel, type Model } from '../model/model.ts';

export interface CheckResult {
  load: LoadResult;
  model: Model;
  /** Every diagnostic, sorted by file, line and column. */
  diagnostics: Diagnostic[];
}

/** Load → index → run the rules → sort: the whole of `plan check`, without any output. `source` as in `loadContent`. */
export async function checkContent(dir: string, { asOf = today(), cwd = process.cwd(), source }: { asOf?: string; cwd?: string; source?: ContentSource } = {}): Promise<CheckResult> {
  const load = await loadContent(dir, { cwd, ...(source ? { source } : {}) });
  const model = buildModel(load);
  const diagnostics = [...load.diagnostics, ...runRules(model, asOf)].sort(compareDiagnostics);
  return { load, model, diagnostics };
}
