import path from 'node:path';
import { loadContent, type LoadResult } from '../model/load.ts';
import { buildModel, type Model, type YearContent } from '../model/model.ts';
import { PlanbookError } from '../core/errors.ts';

export interface ContentYears {
  /** Absolute content directory. */
  dir: string;
  load: LoadResult;
  model: Model;
}

/** Loads and indexes the content folder, resolved against the command's working directory. */
export async function loadYears(content: string, cwd: string): Promise<ContentYears> {
  const dir = path.resolve(cwd, content);
  const load = await loadContent(dir, { cwd });
  return { dir, load, model: buildModel(load) };
}

/** A year the content does not have. */
export class MissingYearError extends PlanbookError {
  readonly exitCode = 1;
  readonly code = 'missing-year';
}

export function yearContent(model: Model, year: number): YearContent {
  const content = model.years.get(year);
  if (content?.org) return content;
  const years = [...model.years.keys()].sort().join(', ') || 'none';
  throw new MissingYearError(`No FY${year} organisation file (${year}/org.yaml, or it has errors: run plan check); years in the content: ${years}`);
}
