import { runRules } from '../rules/index.ts';
import { compareDiagnostics, type Diagnostic } from './diagnostics.ts';
import { loadContent, type LoadResult } from './load.ts';
import { buildModel, type Model } from './model.ts';

export interface CheckResult {
  load: LoadResult;
  model: Model;
  /** Every diagnostic, sorted by file, line and column. */
  diagnostics: Diagnostic[];
}

/** Today as YYYY-MM-DD in the local time zone, the default for deadline rules. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Load → index → run the rules → sort: the whole of `plan check`, without any output. */
export async function checkContent(dir: string, { asOf = today(), cwd = process.cwd() } = {}): Promise<CheckResult> {
  const load = await loadContent(dir, { cwd });
  const model = buildModel(load);
  const diagnostics = [...load.diagnostics, ...runRules(model, asOf)].sort(compareDiagnostics);
  return { load, model, diagnostics };
}
