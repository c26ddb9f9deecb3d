import { defaultYear, loadYears, yearContent } from '../../src/cycle/content-years.ts';
import type { YearContent } from '../../src/model/model.ts';
import { invalidFiles, invalidFilesOf, type InvalidFile } from '../../src/model/invalid-files.ts';
import { UsageError, type Io } from './cli.ts';
import { guardFigures } from './invalid-content.ts';
import { parseYear } from './options.ts';
import { say } from './cli-messages.ts';

/** One year's content for a command that prints figures, after the invalid-content guard. */
export interface YearFigures {
  content: YearContent;
  /** The warning the output must carry (--allow-invalid with invalid files), else undefined. */
  banner: string | undefined;
  invalid: InvalidFile[];
}

/** Loads the content and picks --year (default: the current year, else the latest), refusing invalid files unless allowed. */
export async function loadYearFigures(options: { content: string; year?: string | undefined; allowInvalid?: boolean }, command: string, io: Io): Promise<YearFigures> {
  if (options.year !== undefined && parseYear(options.year) === undefined) throw new UsageError(say('usage.year', { value: options.year }));
  const { load, model } = await loadYears(options.content, io.cwd);
  const year = parseYear(options.year) ?? defaultYear(model);
  if (year === undefined) throw new UsageError(say('usage.no-year'));
  const invalid = invalidFilesOf(invalidFiles(load), year);
  const banner = guardFigures(invalid, { allowInvalid: options.allowInvalid === true, command, io });
  return { content: yearContent(model, year), banner, invalid };
}
