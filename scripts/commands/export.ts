import type { Text } from '../../src/core/messages.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../../src/edit/atomic-write.ts';
import { defaultYear, loadYears, yearContent } from '../../src/cycle/content-years.ts';
import { tableAsCsv } from '../../src/cycle/export-csv.ts';
import { labelIn, type Lang } from '../../src/core/lang.ts';
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

export const exportHelp: Text = {
  zh: `plan export — 为财务导出汇总：CSV 或 Excel 工作簿

用法：plan export --format csv|xlsx [--year YYYY] [--out FILE] [--lang zh-CN|en] [--table T] [--force]
                  [--allow-invalid]

  --format        xlsx：每张表一个工作表 —— 汇总；月度横表（月份为列：公司、单位、人员 × 目标/实际）；
                  月度（同样内容，每月一行）；预算执行（含公司合计）；版本对比（计划、年中滚动预测
                  和实际及差异）；同比（本年对上年，内容中有上年时）—— 金额为以元为单位的数字
                  （#,##0.00）；csv：一张表（见 --table）
  --year YYYY     财年（默认：内容中有当前年度则用当前年度，否则用最新年度）
  --out FILE      输出位置（xlsx 默认 planbook-FY<year>.xlsx；csv 默认标准输出）
  --lang          zh-CN（默认）：中文表头；en：英文表头（即全局 --lang）
  --table T       仅 csv：months（默认）、months-wide、summary、budget、versions 或 year-over-year
  --force         覆盖已存在的 --out 文件
  --allow-invalid 即使有无效文件也导出：不计入其数字，CSV 和每个工作表开头加一行提示
  --as-of DATE    哪些月报已到期，用于计算进度完成率（默认：今天）
  --content DIR   内容目录（默认：content）

CSV 为带字节顺序标记（BOM）的 UTF-8，行尾为 CRLF，以便 Excel 正确显示中文；
金额为精确到两位小数的元，完成率为百分比。
退出状态：0 已写入，1 输出文件已存在（用 --force）或该年度有无效文件（未写入；见 --allow-invalid），
2 用法错误。`,
  en: `plan export — the roll-up for finance, as CSV or an Excel workbook

Usage: plan export --format csv|xlsx [--year YYYY] [--out FILE] [--lang zh-CN|en] [--table T] [--force]
                   [--allow-invalid]

  --format        xlsx: one sheet per table — "汇总" summary; "月度横表" months as columns (company,
                  units, people × target/actual); "月度" the same one row per month; "预算执行" budget
                  execution with company totals; "版本对比" plan, mid-year reforecast and actuals with
                  variances; "同比" this year against last year (when the content has last year) —
                  amounts as numbers in 元 (#,##0.00); csv: one table (see --table)
  --year YYYY     fiscal year (default: the current year if the content has it, else the latest)
  --out FILE      where to write (xlsx default: planbook-FY<year>.xlsx; csv default: standard output)
  --lang          zh-CN (default): Chinese headers; en: English headers (the global --lang)
  --table T       csv only: months (default), months-wide, summary, budget, versions or year-over-year
  --force         replace an existing --out file
  --allow-invalid export although files are invalid: their figures are left out and a banner row
                  heads the CSV and each sheet
  --as-of DATE    which monthly reports are due, for attainment to date (default: today)
  --content DIR   content folder (default: content)

CSV is UTF-8 with a byte-order mark and CRLF line ends so Excel shows the Chinese correctly;
amounts are exact 元 with two decimals, attainment as a percentage.
Exit status: 0 written, 1 the output file exists (use --force) or a file of the year is invalid
(nothing written; see --allow-invalid), 2 usage error.`,
};

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
  if (!TABLE_IDS.includes(tableId)) throw new UsageError(say('usage.one-of', { flag: '--table', value: tableId, allowed: TABLE_IDS.join(', ') }));
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
  const out = options.out ?? (format === 'xlsx' ? `planbook-FY${year}.xlsx` : undefined);
  if (out === undefined) {
    io.out(tableAsCsv(csvTable!, lang).replace(/\r\n$/, ''));
    return EXIT.ok;
  }
  const target = path.resolve(io.cwd, out);
  if (existsSync(target) && !options.force) {
    io.err(textFor(io, say('export.exists', { file: out })));
    return EXIT.violations;
  }
  const bytes = format === 'xlsx' ? await tablesAsXlsx(tables, lang, `${rollup.company} FY${year}`) : tableAsCsv(csvTable!, lang);
  writeAtomic(target, bytes);
  const what = format === 'xlsx' ? tables.map((table) => textFor(io, say('export.sheet', { label: labelIn(table, lang), count: table.rows.length }))).join(', ') : textFor(io, say('export.table', { table: tableId }));
  io.out(textFor(io, say('export.wrote', { file: out, year, what })));
  return EXIT.ok;
}
