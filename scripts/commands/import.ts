import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadYears } from '../../src/cycle/content-years.ts';
import { invalidFiles } from '../../src/model/invalid-files.ts';
import { ImportError } from '../../src/import/errors.ts';
import { parseMaps } from '../../src/import/header.ts';
import { importActuals, mismatchedTotals, type ImportResult } from '../../src/import/import-actuals.ts';
import { differencesOf, jsonOf, previewText, reconcileJson, reconcileText, type Context } from '../../src/import/format-preview.ts';
import { text, type Text } from '../../src/import/messages.ts';
import { reportTexts, reportUnits, writeReports } from '../../src/import/write-reports.ts';
import type { FigureUnit } from '../../src/edit/yaml-figures.ts';
import { EXIT, UsageError, langOf, type Io } from '../lib/cli.ts';
import { guardFigures } from '../lib/invalid-content.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { say } from '../lib/cli-messages.ts';
import { shownIn } from '../lib/shown-path.ts';

export interface ImportCommandOptions {
  content: string;
  from?: string | undefined;
  month?: string | undefined;
  sheet?: string | undefined;
  map: readonly string[];
  write: boolean;
  force: boolean;
  check: boolean;
  allowUnmatched: boolean;
  date?: string | undefined;
  format?: string | undefined;
}

type Lang = keyof Text;

export async function importCommand(positionals: readonly string[], options: ImportCommandOptions, io: Io): Promise<number> {
  const [what, ...rest] = positionals;
  if (what !== 'actuals' || rest.length) throw new UsageError(say('import.usage'));
  if (options.from === undefined) throw new UsageError(say('import.from'));
  const format = formatOption(options.format, ['text', 'json'] as const, 'text');
  const lang: Lang = langOf(io) === 'en' ? 'en' : 'zh';
  if (options.write && options.check) throw new UsageError(say('import.write-check'));
  return run(options, format, lang, io);
}

async function run(options: ImportCommandOptions, format: 'text' | 'json', lang: Lang, io: Io): Promise<number> {
  const month = monthOption(options.month);
  const date = dateOption('--date', options.date);
  const maps = parseMaps(options.map);
  if (options.sheet !== undefined && !/\.xls[xm]$/i.test(options.from ?? '')) throw new UsageError(say('import.sheet'));
  const from = path.resolve(io.cwd, options.from ?? '');
  if (!existsSync(from)) throw new UsageError(say('import.no-file', { file: options.from ?? '' }));
  if (!statSync(from).isFile()) throw new UsageError(say('import.not-file', { file: options.from ?? '' }));
  const bytes = readFileSync(from);
  const { dir, load, model } = await loadYears(options.content, io.cwd);
  guardFigures(invalidFiles(load), { allowInvalid: false, command: 'import', io });
  const display = (file: string) => shownIn(options.content, file);
  const result = await importActuals({ file: from, bytes, model, sheet: options.sheet, maps, month });
  const source = options.from ?? '';
  const blockedByLines = result.sales.unusable.length > 0 && !options.allowUnmatched;
  const blockedByTotals = mismatchedTotals(result.sales).length > 0;
  if (options.check) return reconcile(result, { source, display, format, lang, allowUnmatched: options.allowUnmatched, units: reportUnits(result.comparison.changes, dir) }, io);
  const texts = blockedByLines || blockedByTotals || !options.write ? [] : reportTexts(result.comparison.changes, { dir, model, date, display });
  if (texts.length) await writeReports(texts, { dir, force: options.force, display });
  const written = texts.map(({ change }) => ({ path: display(change.path), action: change.action }));
  if (format === 'json') io.out(JSON.stringify(jsonOf(result, { source, display, mode: options.write ? 'write' : 'preview', written }), null, 2));
  else io.out(previewText(result, { source, display, lang, write: options.write, blockedByLines, blockedByTotals, written, units: reportUnits(result.comparison.changes, dir) }));
  return blockedByLines || blockedByTotals ? EXIT.violations : EXIT.ok;
}

function monthOption(value: string | undefined): { year: number; month: number } | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new ImportError(text.badMonth(value), 2);
  return { year: Number(match[1]), month };
}

function reconcile(result: ImportResult, context: Context & { format: 'text' | 'json'; lang: Lang; allowUnmatched: boolean; units: ReadonlyMap<string, FigureUnit> }, io: Io): number {
  const differences = differencesOf(result);
  const incomplete = (result.sales.unusable.length > 0 && !context.allowUnmatched) || mismatchedTotals(result.sales).length > 0;
  io.out(context.format === 'json' ? JSON.stringify(reconcileJson(result, differences, context), null, 2) : reconcileText(result, differences, context));
  return differences.length > 0 || incomplete ? EXIT.violations : EXIT.ok;
}
