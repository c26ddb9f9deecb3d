import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../../src/edit/atomic-write.ts';
import { loadYears, yearContent } from '../../src/cycle/content-years.ts';
import { tableAsCsv } from '../../src/cycle/export-csv.ts';
import { labelIn, type Lang } from '../../src/core/lang.ts';
import { exportTables } from '../../src/cycle/export-tables.ts';
import { tablesAsXlsx } from '../../src/cycle/export-xlsx.ts';
import { today } from '../../src/core/dates.ts';
import type { Model } from '../../src/model/model.ts';
import { rollupYear } from '../../src/model/rollup.ts';
import { EXIT, UsageError, langOf, type Io } from '../lib/cli.ts';
import { dateOption, formatOption, parseYear } from '../lib/options.ts';
import { guardFigures } from '../lib/invalid-content.ts';
import { invalidFiles, invalidFilesOf } from '../../src/model/invalid-files.ts';

export const exportHelp = `plan export — the roll-up for finance, as CSV or an Excel workbook

Usage: plan export --format csv|xlsx [--year YYYY] [--out FILE] [--lang zh|en] [--table T] [--force]
                   [--allow-invalid]

  --format        xlsx: one sheet per table (汇总 summary, 月度 person × month, 预算执行 budget lines
                  vs spend), amounts as numbers in 元 (#,##0.00); csv: one table (see --table)
  --year YYYY     fiscal year (default: the current year if the content has it, else the latest)
  --out FILE      where to write (xlsx default: planbook-FY<year>.xlsx; csv default: standard output)
  --lang          zh-CN (default): Chinese headers; en: English headers (the global --lang)
  --table T       csv only: months (default), summary or budget
  --force         replace an existing --out file
  --allow-invalid export although files are invalid: their figures are left out and a banner row
                  heads the CSV and each sheet
  --as-of DATE    which monthly reports are due, for attainment to date (default: today)
  --content DIR   content folder (default: content)

CSV is UTF-8 with a byte-order mark and CRLF line ends so Excel shows the Chinese correctly;
amounts are exact 元 with two decimals, attainment as a percentage.
Exit status: 0 written, 1 the output file exists (use --force) or a file of the year is invalid
(nothing written; see --allow-invalid), 2 usage error.`;

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
  if (options.format === undefined) throw new UsageError('Expected --format csv or --format xlsx');
  const format = formatOption(options.format, ['csv', 'xlsx'] as const, 'csv');
  const lang: Lang = langOf(io);
  const tableId = options.table ?? 'months';
  if (!['months', 'summary', 'budget'].includes(tableId)) throw new UsageError(`Unexpected --table "${tableId}", expected months, summary or budget`);
  if (options.table !== undefined && format === 'xlsx') throw new UsageError('--table goes with --format csv; the workbook has every table');
  if (options.year !== undefined && parseYear(options.year) === undefined) throw new UsageError(`Unexpected --year "${options.year}", expected a year like 2026`);
  const { load, model } = await loadYears(options.content, io.cwd);
  const year = parseYear(options.year) ?? defaultYear(model);
  if (year === undefined) throw new UsageError('No fiscal year in the content to export');
  const banner = guardFigures(invalidFilesOf(invalidFiles(load), year), { allowInvalid: options.allowInvalid === true, command: 'export', io });
  const rollup = rollupYear(yearContent(model, year), dateOption('--as-of', options.asOf));
  const tables = exportTables(rollup, lang).map((table) => (banner === undefined ? table : { ...table, banner }));
  const out = options.out ?? (format === 'xlsx' ? `planbook-FY${year}.xlsx` : undefined);
  if (out === undefined) {
    io.out(tableAsCsv(tables.find((table) => table.id === tableId) ?? tables[0]!, lang).replace(/\r\n$/, ''));
    return EXIT.ok;
  }
  const target = path.resolve(io.cwd, out);
  if (existsSync(target) && !options.force) {
    io.err(`plan export: ${out} already exists; nothing written. Choose another --out or pass --force to replace it.`);
    return EXIT.violations;
  }
  const bytes = format === 'xlsx' ? await tablesAsXlsx(tables, lang, `${rollup.company} FY${year}`) : tableAsCsv(tables.find((table) => table.id === tableId) ?? tables[0]!, lang);
  writeAtomic(target, bytes);
  const what = format === 'xlsx' ? tables.map((table) => `${labelIn(table, lang)} (${table.rows.length} rows)`).join(', ') : `${tableId} table`;
  io.out(`wrote ${out}: FY${year} ${what}`);
  return EXIT.ok;
}

function defaultYear(model: Model): number | undefined {
  const current = Number(today().slice(0, 4));
  const years = [...model.years.values()].filter((content) => content.org).map((content) => content.year).sort();
  return years.includes(current) ? current : years.at(-1);
}
