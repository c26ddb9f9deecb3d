import { listText } from '../core/messages.ts';
import path from 'node:path';
import { loadContent, type LoadResult } from '../model/load.ts';
import { buildModel, type Model, type YearContent } from '../model/model.ts';
import { PlanbookError } from '../core/errors.ts';
import { say } from './cycle-messages.ts';
import { today } from '../core/dates.ts';

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
  const years = listText([...model.years.keys()].sort());
  throw new MissingYearError(say('year.missing', { year, years: years || say('year.none') }));
}

/** The year a command shows without --year: the current year if the content has it, else the latest. */
export function defaultYear(model: Model): number | undefined {
  const current = Number(today().slice(0, 4));
  const years = [...model.years.values()].filter((content) => content.org).map((content) => content.year).sort();
  return years.includes(current) ? current : years.at(-1);
}
