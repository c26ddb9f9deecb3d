import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../../src/edit/atomic-write.ts';
import { defaultYear, loadYears, yearContent } from '../../src/cycle/content-years.ts';
import { tableAsCsv } from '../../src/cycle/export-csv.ts';
import { labelIn, type Lang } from '../../src/core/lang.ts';
import { joinTexts, listText } from '../../src/core/messages.ts';
import { exportTables, TABLE_IDS, type TableId } from '../../src/cycle/export-tables.ts';
import { budgetExecution } from '../../src/cycle/budget-execution.ts';
import { reforecastOf } from '../../src/cycle/reforecast.ts';
import { planVersions, yearOverYear } from '../../src/cycle/versions.ts';
import { tablesAsXlsx } from '../../src/cycle/export-xlsx.ts';
import { rollupYear } from '../../src/model/rollup.ts';
import { EXIT, UsageError, langOf, textFor, type Io } from '../lib/cli.ts';
import { dateOption, formatOption, parseYear } from '../lib/options.ts';
import { guardFigures } from '../lib/invalid-content.ts';
import { invalidFiles, invalidFilesOf } from '../../src/model/invalid-files.ts';
import { say } from '../lib/cli-messages.ts';
import { makeOutFolder, outFile, type OutFile } from '../lib/out-file.ts';

export interface ExportOptions {
  content: string;
  format?: string | undefined;
  year?: string | undefined;
  asOf?: string | undefined;
  out?: string | undefined;
  table?: string | undefined;
  force: boolean;
  allowInvalid?: boolean;
}

export async function exportRollup(options: ExportOptions, io: Io): Promise<number> {
  if (options.format === undefined) throw new UsageError(say('export.format'));
  const format = formatOption(options.format, ['csv', 'xlsx'] as const, 'csv');
  const lang: Lang = langOf(io);
  const tableId = (options.table ?? 'months') as TableId;
  if (!TABLE_IDS.includes(tableId)) throw new UsageError(say('usage.one-of', { flag: '--table', value: tableId, allowed: listText(TABLE_IDS) }));
  if (options.table !== undefined && format === 'xlsx') throw new UsageError(say('export.table-xlsx'));
  if (options.year !== undefined && parseYear(options.year) === undefined) throw new UsageError(say('usage.year', { value: options.year }));
  const { load, model } = await loadYears(options.content, io.cwd);
  const year = parseYear(options.year) ?? defaultYear(model);
  if (year === undefined) throw new UsageError(say('export.no-year'));
  const banner = guardFigures(invalidFilesOf(invalidFiles(load), year), { allowInvalid: options.allowInvalid === true, command: 'export', io });
  const asOf = dateOption('--as-of', options.asOf);
  const content = yearContent(model, year);
  const rollup = rollupYear(content, asOf);
  const last = model.years.get(year - 1)?.org ? rollupYear(yearContent(model, year - 1), asOf) : undefined;
  const input = { rollup, execution: budgetExecution(content, rollup, asOf), versions: planVersions(rollup, reforecastOf(content, asOf)), yearOverYear: last && yearOverYear(rollup, last) };
  const tables = exportTables(input, lang).map((table) => (banner === undefined ? table : { ...table, banner }));
  const csvTable = tables.find((table) => table.id === tableId);
  if (format === 'csv' && csvTable === undefined) throw new UsageError(say('export.no-table', { table: tableId, year, previous: year - 1 }));
  if (options.out === undefined && format === 'csv') {
    io.out(tableAsCsv(csvTable!, lang).replace(/\r\n$/, ''));
    return EXIT.ok;
  }
  const defaultName = format === 'xlsx' ? `planbook-FY${year}.xlsx` : `planbook-FY${year}-${tableId}.csv`;
  const place: OutFile = options.out === undefined ? { file: path.resolve(io.cwd, defaultName), shown: defaultName } : outFile(io.cwd, options.out, defaultName);
  const { file: target, shown: out } = place;
  if (existsSync(target) && !options.force) {
    io.err(textFor(io, say('export.exists', { file: out })));
    return EXIT.violations;
  }
  const bytes = format === 'xlsx' ? await tablesAsXlsx(tables, lang, `${rollup.company} FY${year}`) : tableAsCsv(csvTable!, lang);
  makeOutFolder(place);
  if (place.newFolder !== undefined) io.out(textFor(io, say('out.created-folder', { folder: place.newFolder })));
  writeAtomic(target, bytes);
  const sheets = joinTexts(
    tables.map((table) => say('export.sheet', { label: labelIn(table, lang), count: table.rows.length })),
    { zh: '、', en: ', ' },
  );
  const what = textFor(io, format === 'xlsx' ? sheets : say('export.table', { table: tableId }));
  io.out(textFor(io, say('export.wrote', { file: out, year, what })));
  return EXIT.ok;
}
