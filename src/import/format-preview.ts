// The preview, the reconciliation and the JSON of plan import actuals: pure text from an ImportResult.
import { formatFen, formatFenDetail, sumFen, type Fen } from '../core/money.ts';
import type { FigureUnit } from '../edit/yaml-figures.ts';
import { displayWidth } from '../core/text-table.ts';
import { DOCUMENT_STATES } from '../model/document-types.ts';
import { mismatchedTotals, type ImportResult } from './import-actuals.ts';
import { FIELD_NAMES, labels, monthHeading, text, type Text } from './messages.ts';
import type { FigureChange, ReportChange } from './report-changes.ts';
import { columnLetter } from './table.ts';

type Lang = keyof Text;

const money = (fen: Fen | undefined) => (fen === undefined ? '—' : formatFenDetail(fen));

/** A report's figure in the unit its file is written in (src/import/write-reports.ts `reportUnits`): "8.8万", or "123,456.78元" and "80,000.00元". */
function moneyIn(fen: Fen | undefined, unit: FigureUnit | undefined): string {
  if (fen === undefined || unit === undefined) return money(fen);
  if (unit === 'wan') return formatFen(fen, 'wan');
  return fen === 0 ? '0' : `${formatFen(fen, 'yuan').replace('¥', '')}元`;
}

/** The actual.revenue figure of a change (compareReports always sets it). */
const revenueOf = (change: ReportChange) => change.figures.find((figure) => figure.path.join('.') === 'actual.revenue');

/** Where the export and the reports are shown from. */
export interface Context {
  source: string;
  display: (file: string) => string;
}

function sourceLine(result: ImportResult, { source }: Context, lang: Lang): string {
  const where = result.table.kind === 'xlsx' ? labels[lang].sheet(result.table.sheet ?? '') : labels[lang].encoding(result.table.encoding ?? 'UTF-8', result.table.delimiter ?? ',');
  const columns = Object.entries(result.header.columns)
    .sort(([, a], [, b]) => a - b)
    .map(([field, index]) => `${FIELD_NAMES[field]?.[lang] ?? field}=${columnLetter(index)} ${String(result.header.row.cells[index] ?? '')}`)
    .join(lang === 'zh' ? '，' : ', ');
  return `${labels[lang].reading(source, where, result.header.row.number)}\n  ${labels[lang].columns}${lang === 'zh' ? '：' : ': '}${columns}`;
}

/** The preview (and, after --write, what was written) as people read it. */
export function previewText(
  result: ImportResult,
  context: Context & { lang: Lang; write: boolean; blockedByLines: boolean; blockedByTotals: boolean; written: { path: string; action: string }[]; units: ReadonlyMap<string, FigureUnit> },
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
      const unit = context.units.get(change.path);
      const arrow = figure.old === figure.new ? moneyIn(figure.new, unit) : `${moneyIn(figure.old, unit)} → ${moneyIn(figure.new, unit)}`;
      out.push(`    ${name}${' '.repeat(width - displayWidth(name))}  ${arrow}`);
    }
  }
  const count = (action: ReportChange['action']) => comparison.changes.filter((change) => change.action === action).length;
  const oldTotal = sumFen(comparison.changes.map((change) => revenueOf(change)?.old ?? 0));
  const newTotal = sumFen(comparison.changes.map((change) => revenueOf(change)?.new ?? 0));
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
export interface Difference {
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

/** Every figure where the reports and the export differ; a report of an imported month with no lines counts when its revenue is not 0. */
export function differencesOf(result: ImportResult): Difference[] {
  const out: Difference[] = [];
  for (const change of result.comparison.changes) {
    const base = { person: change.person, name: change.name, year: change.year, month: change.month, path: change.path };
    if (change.action === 'create') out.push({ ...base, figure: 'report', report: undefined, export: revenueOf(change)?.new, label: { zh: labels.zh.revenue, en: labels.en.revenue } });
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


/** The stable JSON shape (version 1, amounts in 分): source, lines, reports, untouched reports, unusable lines, total rows, what was written. */
export function jsonOf(result: ImportResult, { source, display, mode, written }: Context & { mode: 'preview' | 'write' | 'check'; written: { path: string; action: string }[] }) {
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
    totals: { old: sumFen(comparison.changes.map((change) => revenueOf(change)?.old ?? 0)), new: sumFen(comparison.changes.map((change) => revenueOf(change)?.new ?? 0)) },
    untouched: comparison.untouched.map((report) => ({ ...report, path: display(report.path) })),
    unusable: sales.unusable.map((line) => ({ row: line.row, reasons: line.reasons.map((reason) => ({ code: reason.code, message: reason.text.zh, messageEn: reason.text.en })) })),
    totalRows: sales.totals.map((total) => ({ row: total.row, label: total.label, stated: total.stated ?? null, sum: total.sum, unreadable: total.unreadable, matches: total.stated === total.sum && total.unreadable === 0 })),
    written,
  };
}

/** The reconciliation as people read it: every difference, mismatched total rows, unusable lines. */
export function reconcileText(result: ImportResult, differences: readonly Difference[], context: Context & { lang: Lang; units: ReadonlyMap<string, FigureUnit> }): string {
  const { lang, display } = context;
  const l = labels[lang];
  const out = [sourceLine(result, context, lang), ''];
  if (differences.length === 0) out.push(l.checkSame(result.comparison.changes.length));
  else {
    out.push(l.checkDiffers(differences.length));
    for (const difference of differences) {
      // Both figures of a line in the unit the report is written in, as the preview states them.
      const unit = context.units.get(difference.path);
      const shown = (fen: Fen | undefined) => moneyIn(fen, unit);
      const what =
        difference.figure === 'report' ? l.missingReport(shown(difference.export)) : difference.export === undefined ? l.noLines(shown(difference.report)) : l.reportSays(difference.label[lang], shown(difference.report), shown(difference.export));
      out.push(`  ${difference.name} ${monthHeading(lang, difference)}  ${display(difference.path)}  ${what}`);
    }
  }
  for (const total of mismatchedTotals(result.sales)) out.push(`  ${text.totalMismatch(total.row, total.label, total.stated, total.sum, total.unreadable)[lang]}`);
  if (result.sales.unusable.length) {
    out.push('', l.unusableHead(result.sales.unusable.length));
    for (const line of result.sales.unusable) out.push(`  ${l.row(line.row)}  ${line.reasons.map((reason) => reason.text[lang]).join(lang === 'zh' ? '；' : '; ')}`);
  }
  return out.join('\n');
}

/** The JSON of --check: the import's JSON and the differences. */
export function reconcileJson(result: ImportResult, differences: readonly Difference[], context: Context) {
  const shown = differences.map(({ label: _label, ...difference }) => ({ ...difference, path: context.display(difference.path), report: difference.report ?? null, export: difference.export ?? null }));
  return { ...jsonOf(result, { ...context, mode: 'check', written: [] }), differences: shown };
}
