import { textIn } from '../../src/core/messages.ts';
import type { Lang } from '../../src/core/lang.ts';
import { BUDGET_RULES } from '../../src/cycle/budget-rules.ts';
import { budgetExecution, type BudgetExecution, type Execution } from '../../src/cycle/budget-execution.ts';
import { formatPercent } from '../../src/core/fraction.ts';
import { formatFenShort } from '../../src/core/money.ts';
import { textTable } from '../../src/core/text-table.ts';
import { rollupYear } from '../../src/model/rollup.ts';
import { EXIT, langOf, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { loadYearFigures } from '../lib/year-figures.ts';

/** JSON output version: bump only with a documented, breaking change. */
export const BUDGET_JSON_VERSION = 1;

export async function budget(options: { content: string; year?: string | undefined; asOf?: string | undefined; format?: string | undefined; allowInvalid?: boolean }, io: Io): Promise<number> {
  const format = formatOption(options.format, ['text', 'json'] as const, 'text');
  const asOf = dateOption('--as-of', options.asOf);
  const { content, banner, invalid } = await loadYearFigures(options, 'budget', io);
  const execution = budgetExecution(content, rollupYear(content, asOf), asOf);
  if (format === 'json') io.out(JSON.stringify({ version: BUDGET_JSON_VERSION, unit: 'fen', rules: BUDGET_RULES, ...(banner ? { warning: banner, invalid } : {}), ...execution }, null, 2));
  else io.out(`${banner ? `${banner}\n\n` : ''}${budgetText(execution, langOf(io))}`);
  return EXIT.ok;
}

const flag = (figures: Execution, lang: Lang) => (figures.over ? textIn(say('budget.over'), lang) : figures.ahead ? textIn(say('budget.ahead'), lang) : '');

function cells(name: string, figures: Execution, lang: Lang): string[] {
  return [name, formatFenShort(figures.budget), formatFenShort(figures.spent), formatFenShort(figures.remaining), formatPercent(figures.used), flag(figures, lang)];
}

/** The execution as a text table in `lang`: unit, its lines indented, then the company by line and in total. */
export function budgetText(execution: BudgetExecution, lang: Lang): string {
  const header = ['', ...(['budget.budget', 'budget.spent', 'budget.remaining', 'budget.used'] as const).map((id) => textIn(say(id), lang)), ''];
  const rows = [
    ...execution.units.flatMap((unit) => [cells(unit.name, unit, lang), ...unit.lines.map((line) => cells(`  ${line.name}`, line, lang))]),
    ...execution.lines.map((line) => cells(textIn(say('budget.company-line', { line: line.name }), lang), line, lang)),
    cells(textIn(say('budget.company-total'), lang), execution, lang),
  ];
  return [
    textIn(say('budget.title', { year: execution.year, asOf: execution.asOf, elapsed: formatPercent(execution.elapsed), points: execution.aheadOfTimePoints }), lang),
    '',
    textTable([header, ...rows], ['left', 'right', 'right', 'right', 'right', 'left']),
  ].join('\n');
}
