import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadYears } from '../../src/cycle/content-years.ts';
import { formatFenDetail, sumFen, type Fen } from '../../src/core/money.ts';
import { displayWidth } from '../../src/core/text-table.ts';
import { DOCUMENT_STATES } from '../../src/model/document-types.ts';
import { invalidFiles } from '../../src/model/invalid-files.ts';
import { ImportError } from '../../src/import/errors.ts';
import { parseMaps } from '../../src/import/header.ts';
import { importActuals, mismatchedTotals, type ImportResult } from '../../src/import/import-actuals.ts';
import { FIELD_NAMES, labels, monthHeading, text, type Text } from '../../src/import/messages.ts';
import type { FigureChange, ReportChange } from '../../src/import/report-changes.ts';
import { reportTexts, writeReports } from '../../src/import/write-reports.ts';
import { columnLetter } from '../../src/import/table.ts';
import { EXIT, UsageError, type Io } from '../lib/cli.ts';
import { guardFigures } from '../lib/invalid-content.ts';
import { dateOption, formatOption } from '../lib/options.ts';

export const importHelp = `plan import — monthly report actuals from the sales system's export (导入实际完成，预览后写入)

Usage: plan import actuals --from FILE [--month YYYY-MM] [--sheet NAME] [--map COLUMN=field …]
                           [--write [--force] [--date YYYY-MM-DD]] [--check] [--allow-unmatched]
                           [--format text|json] [--lang zh|en] [--content DIR]

  --from FILE        the export: .xlsx (first sheet, or --sheet) or .csv (UTF-8, or GBK/GB18030
                     from older systems: detected, and the preview says which)
  --month YYYY-MM    import this month only; lines dated outside it cannot be used
  --sheet NAME       the worksheet to read (xlsx)
  --map COLUMN=field a column the header does not name in a known way, by its header text or
                     letter: --map 业务员=salesperson --map F=amount (comma-separated or repeated).
                     Fields: date, salesperson, group, amount (needed); customer, region, product,
                     new-product, expense (optional; new-product fills actual.newProductRevenue;
                     a line with an expense line (费用科目) is spend and sets spend.<line>)
  --write            write the reports: existing ones get only actual.revenue, groups (and
                     actual.newProductRevenue, spend) replaced, every other byte kept; missing ones are
                     created from the monthly-report template as drafts
  --force            with --write: also rewrite reports with uncommitted changes
  --date YYYY-MM-DD  date of created reports (default: today, moved into the report's window)
  --check            reconciliation: list every difference between the reports and the export
  --allow-unmatched  import the usable lines although some lines cannot be used
  --format           text (default) or json (amounts in 分)
  --lang             zh (default) or en

The header row is found by its labels (日期/date, 销售员/业务员/salesperson, 客户群/customer group,
金额/含税金额/amount …) below any title rows. Salespeople match org.yaml's id, name, English name
or login, customer groups their id or name (full-width characters and spaces ignored). Blank rows,
repeated header rows, 小计 rows and one-cell notes are skipped; a 合计/总计 row is not a line and its
figure must equal the sum of the lines above it.
Exit status: 0 previewed, written or reconciled; 1 lines that cannot be used (without
--allow-unmatched), a total row that does not match, differences found by --check, or reports
with uncommitted changes; 2 usage error.`;

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
  lang?: string | undefined;
}

type Lang = keyof Text;

export async function importCommand(positionals: readonly string[], options: ImportCommandOptions, io: Io): Promise<number> {
  const [what, ...rest] = positionals;
  if (what !== 'actuals' || rest.length) throw new UsageError('Expected plan import actuals --from FILE');
  if (options.from === undefined) throw new UsageError('Expected --from FILE (.xlsx or .csv)');
  const format = formatOption(options.format, ['text', 'json'] as const, 'text');
  if (options.lang !== undefined && options.lang !== 'zh' && options.lang !== 'en') throw new UsageError(`Unexpected --lang "${options.lang}", expected zh or en`);
  const lang: Lang = options.lang === 'en' ? 'en' : 'zh';
  if (options.write && options.check) throw new UsageError('--write and --check do not go together: --check only compares');
  try {
    return await run(options, format, lang, io);
  } catch (error) {
    // The error carries both languages; the user asked for English.
    if (error instanceof ImportError && lang === 'en') throw new ImportError(error.text, error.exitCode, 'en');
    throw error;
  }
}

async function run(options: ImportCommandOptions, format: 'text' | 'json', lang: Lang, io: Io): Promise<number> {
  const month = monthOption(options.month);
  const date = dateOption('--date', options.date);
  const maps = parseMaps(options.map);
  if (options.sheet !== undefined && !/\.xls[xm]$/i.test(options.from ?? '')) throw new UsageError('--sheet goes with an .xlsx file');
  const from = path.resolve(io.cwd, options.from ?? '');
  const bytes = readFileSync(from);
  const { dir, load, model } = await loadYears(options.content, io.cwd);
  guardFigures(invalidFiles(load), { allowInvalid: false, command: 'import', io });
  const display = (file: string) => path.relative(io.cwd, path.join(dir, file)).split(path.sep).join('/');
  const result = await importActuals({ file: from, bytes, model, sheet: options.sheet, maps, month });
  const source = path.relative(io.cwd, from).split(path.sep).join('/') || options.from || '';
  const blockedByLines = result.sales.unusable.length > 0 && !options.allowUnmatched;
  const blockedByTotals = mismatchedTotals(result.sales).length > 0;
  if (options.check) return reconcile(result, { source, display, format, lang, allowUnmatched: options.allowUnmatched }, io);
  const texts = blockedByLines || blockedByTotals || !options.write ? [] : reportTexts(result.comparison.changes, { dir, model, date, display });
  if (texts.length) await writeReports(texts, { dir, force: options.force, display });
  const written = texts.map(({ change }) => ({ path: display(change.path), action: change.action }));
  if (format === 'json') io.out(JSON.stringify(jsonOf(result, { source, display, mode: options.write ? 'write' : 'preview', written }), null, 2));
  else io.out(previewText(result, { source, display, lang, write: options.write, blockedByLines, blockedByTotals, written }));
  return blockedByLines || blockedByTotals ? EXIT.violations : EXIT.ok;
}

function monthOption(value: string | undefined): { year: number; month: number } | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new ImportError(text.badMonth(value), 2);
  return { year: Number(match[1]), month };
}

const money = (fen: Fen | undefined) => (fen === undefined ? '—' : formatFenDetail(fen));

interface Context {
  source: string;
  display: (file: string) => string;
}

function sourceLine(result: ImportResult, { source }: Context, lang: Lang): string {
  const where = result.table.kind === 'xlsx' ? labels[lang].sheet(result.table.sheet ?? '') : labels[lang].encoding(result.table.encoding ?? 'UTF-8');
  const columns = Object.entries(result.header.columns)
    .sort(([, a], [, b]) => a - b)
    .map(([field, index]) => `${FIELD_NAMES[field]?.[lang] ?? field}=${columnLetter(index)} ${String(result.header.row.cells[index] ?? '')}`)
    .join(lang === 'zh' ? '，' : ', ');
  return `${labels[lang].reading(source, where, result.header.row.number)}\n  ${labels[lang].columns}${lang === 'zh' ? '：' : ': '}${columns}`;
}

function previewText(
  result: ImportResult,
  context: Context & { lang: Lang; write: boolean; blockedByLines: boolean; blockedByTotals: boolean; written: { path: string; action: string }[] },
): string {
  const { lang, display } = context;
  const l = labels[lang];
  const { sales, comparison } = result;
  const out = [sourceLine(result, context, lang)];
  out.push(`  ${l.counted(sales.lines.length + sales.spend.length + sales.unusable.length, sales.lines.length + sales.spend.length)}${lang === 'zh' ? '；' : '; '}${l.skipped(sales.skipped.blank, sales.skipped.header, sales.skipped.subtotal, sales.skipped.note)}`);
  let heading = '';
  for (const change of comparison.changes) {
    const month = monthHeading(lang, change);
    if (month !== heading) out.push('', month);
    heading = month;
    out.push(`  ${change.name} ${change.person}  ${display(change.path)}  ${lang === 'zh' ? `（${actionLabel(change, lang)}）` : `(${actionLabel(change, lang)})`}`);
    const width = Math.max(...change.figures.map((figure) => displayWidth(figureText(figure, lang))));
    for (const figure of change.figures) {
      const name = figureText(figure, lang);
      const arrow = figure.old === figure.new ? money(figure.new) : `${money(figure.old)} → ${money(figure.new)}`;
      out.push(`    ${name}${' '.repeat(width - displayWidth(name))}  ${arrow}`);
    }
  }
  const count = (action: ReportChange['action']) => comparison.changes.filter((change) => change.action === action).length;
  const oldTotal = sumFen(comparison.changes.map((change) => change.figures[0]?.old ?? 0));
  const newTotal = sumFen(comparison.changes.map((change) => change.figures[0]?.new ?? 0));
  out.push('', l.total(money(oldTotal), money(newTotal), comparison.changes.length, count('create'), count('update'), count('unchanged')));
  if (comparison.untouched.length) {
    out.push('', l.notInExport(comparison.untouched.length));
    for (const report of comparison.untouched) out.push(`  ${report.name} ${monthHeading(lang, report)}  ${display(report.path)}  ${money(report.revenue)}`);
  }
  if (sales.totals.length) {
    out.push('', l.totalsHead);
    for (const total of sales.totals) {
      const message = total.stated === total.sum && total.unreadable === 0 ? text.totalMatches(total.row, total.label, total.sum) : text.totalMismatch(total.row, total.label, total.stated, total.sum, total.unreadable);
      out.push(`  ${message[lang]}`);
    }
  }
  if (sales.unusable.length) {
    out.push('', l.unusableHead(sales.unusable.length));
    for (const line of sales.unusable) out.push(`  ${l.row(line.row)}  ${line.reasons.map((reason) => reason.text[lang]).join(lang === 'zh' ? '；' : '; ')}`);
  }
  out.push('');
  if (context.blockedByTotals) out.push(l.blockedTotal);
  else if (context.blockedByLines) out.push(l.blocked);
  else if (!context.write) out.push(count('create') + count('update') ? l.preview : l.nothingToWrite);
  else if (context.written.length === 0) out.push(l.nothingToWrite);
  else out.push(...context.written.map(({ path: file, action }) => l.wrote(file, action === 'create' ? l.created : l.updated)));
  return out.join('\n');
}

function actionLabel(change: ReportChange, lang: Lang): string {
  const l = labels[lang];
  const action = change.action === 'create' ? l.created : change.action === 'update' ? l.updated : l.unchanged;
  if (!change.status) return action;
  const state = DOCUMENT_STATES[change.status as keyof typeof DOCUMENT_STATES]?.label[lang] ?? change.status;
  return `${action}${lang === 'zh' ? '，' : ', '}${state}`;
}

function figureText(figure: FigureChange, lang: Lang): string {
  if (figure.group) return figure.group[lang];
  return figure.path[1] === 'newProductRevenue' ? labels[lang].newProductRevenue : labels[lang].revenue;
}

/** One difference found by --check: a figure of a report against the export (undefined: no report, or no lines). */
interface Difference {
  person: string;
  name: string;
  year: number;
  month: number;
  path: string;
  figure: string;
  report: Fen | undefined;
  export: Fen | undefined;
  /** The figure as people name it (大客户, 实际销售额). */
  label: Text;
}

function differencesOf(result: ImportResult): Difference[] {
  const out: Difference[] = [];
  for (const change of result.comparison.changes) {
    const base = { person: change.person, name: change.name, year: change.year, month: change.month, path: change.path };
    if (change.action === 'create') out.push({ ...base, figure: 'report', report: undefined, export: change.figures[0]?.new, label: { zh: labels.zh.revenue, en: labels.en.revenue } });
    else
      for (const figure of change.figures) {
        if (figure.old === figure.new || (figure.old === undefined && figure.new === 0)) continue;
        out.push({ ...base, figure: figure.path.join('.'), report: figure.old, export: figure.new, label: { zh: figureText(figure, 'zh'), en: figureText(figure, 'en') } });
      }
  }
  for (const report of result.comparison.untouched) {
    if (report.revenue !== 0) out.push({ person: report.person, name: report.name, year: report.year, month: report.month, path: report.path, figure: 'actual.revenue', report: report.revenue, export: undefined, label: { zh: labels.zh.revenue, en: labels.en.revenue } });
  }
  return out;
}

function reconcile(result: ImportResult, context: Context & { format: 'text' | 'json'; lang: Lang; allowUnmatched: boolean }, io: Io): number {
  const { lang, display } = context;
  const l = labels[lang];
  const differences = differencesOf(result);
  const incomplete = (result.sales.unusable.length > 0 && !context.allowUnmatched) || mismatchedTotals(result.sales).length > 0;
  if (context.format === 'json') {
    const shown = differences.map(({ label: _label, ...difference }) => ({ ...difference, path: display(difference.path), report: difference.report ?? null, export: difference.export ?? null }));
    io.out(JSON.stringify({ ...jsonOf(result, { ...context, mode: 'check', written: [] }), differences: shown }, null, 2));
  } else {
    const out = [sourceLine(result, context, lang), ''];
    if (differences.length === 0) out.push(l.checkSame(result.comparison.changes.length));
    else {
      out.push(l.checkDiffers(differences.length));
      for (const difference of differences) {
        const what =
          difference.figure === 'report' ? l.missingReport(money(difference.export)) : difference.export === undefined ? l.noLines(money(difference.report)) : l.reportSays(difference.label[lang], money(difference.report), money(difference.export));
        out.push(`  ${difference.name} ${monthHeading(lang, difference)}  ${display(difference.path)}  ${what}`);
      }
    }
    for (const total of mismatchedTotals(result.sales)) out.push(`  ${text.totalMismatch(total.row, total.label, total.stated, total.sum, total.unreadable)[lang]}`);
    if (result.sales.unusable.length) {
      out.push('', l.unusableHead(result.sales.unusable.length));
      for (const line of result.sales.unusable) out.push(`  ${l.row(line.row)}  ${line.reasons.map((reason) => reason.text[lang]).join(lang === 'zh' ? '；' : '; ')}`);
    }
    io.out(out.join('\n'));
  }
  return differences.length > 0 || incomplete ? EXIT.violations : EXIT.ok;
}

/** The stable JSON shape (version 1, amounts in 分): source, lines, reports, untouched reports, unusable lines, total rows, what was written. */
function jsonOf(result: ImportResult, { source, display, mode, written }: Context & { mode: 'preview' | 'write' | 'check'; written: { path: string; action: string }[] }) {
  const { sales, comparison, header, table } = result;
  return {
    version: 1,
    unit: 'fen',
    mode,
    source: { file: source, ...table, headerRow: header.row.number, columns: Object.fromEntries(Object.entries(header.columns).map(([field, index]) => [field, { column: columnLetter(index), label: String(header.row.cells[index] ?? '') }])) },
    lines: { used: sales.lines.length, spend: sales.spend.length, unusable: sales.unusable.length, skipped: sales.skipped },
    reports: comparison.changes.map((change) => ({
      person: change.person,
      name: change.name,
      year: change.year,
      month: change.month,
      path: display(change.path),
      action: change.action,
      status: change.status ?? 'draft',
      lines: change.lines,
      figures: change.figures.map((figure) => ({ field: figure.path.join('.'), old: figure.old ?? null, new: figure.new })),
    })),
    totals: { old: sumFen(comparison.changes.map((change) => change.figures[0]?.old ?? 0)), new: sumFen(comparison.changes.map((change) => change.figures[0]?.new ?? 0)) },
    untouched: comparison.untouched.map((report) => ({ ...report, path: display(report.path) })),
    unusable: sales.unusable.map((line) => ({ row: line.row, reasons: line.reasons.map((reason) => ({ code: reason.code, message: reason.text.zh, messageEn: reason.text.en })) })),
    totalRows: sales.totals.map((total) => ({ row: total.row, label: total.label, stated: total.stated ?? null, sum: total.sum, unreadable: total.unreadable, matches: total.stated === total.sum && total.unreadable === 0 })),
    written,
  };
}
