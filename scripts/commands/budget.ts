import { textIn, type Text } from '../../src/core/messages.ts';
import type { Lang } from '../../src/core/lang.ts';
import { BUDGET_RULES, budgetExecution, type BudgetExecution, type Execution } from '../../src/cycle/budget-execution.ts';
import { formatPercent } from '../../src/core/fraction.ts';
import { formatFenShort } from '../../src/core/money.ts';
import { textTable } from '../../src/core/text-table.ts';
import { rollupYear } from '../../src/model/rollup.ts';
import { EXIT, langOf, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { loadYearFigures } from '../lib/year-figures.ts';

export const budgetHelp: Text = {
  zh: `plan budget — 预算执行：各单位每个费用科目的已支出与全年进度对比

用法：plan budget [--year YYYY] [--as-of YYYY-MM-DD] [--format text|json] [--content DIR] [--allow-invalid]

  --year YYYY     财年（默认：内容中有当前年度则用当前年度，否则用最新年度）
  --as-of DATE    据此计算全年已过的比例（默认：今天）；已支出与 plan rollup 相同，计入所有已提交的月报
  --format        text（默认；金额四舍五入到 0.01万）或 json（金额单位为分，比例为精确分数
                  {numerator, denominator}）
  --content DIR   内容目录（默认：content）
  --allow-invalid 即使该年度有无效文件也输出（不计入这些文件），并给出警告

已支出为已提交月报中的费用，与 plan rollup 一致。标记：
  超支     已支出 > 预算
  超进度   使用率 > 全年已过比例 + aheadOfTimePoints 个百分点（org.yaml 的 budgetExecution，默认 10）
退出状态：0 已输出，1 该年度有无效文件（见 --allow-invalid），2 用法错误。`,
  en: `plan budget — budget execution (预算执行): every unit's expense lines, spent against the year

Usage: plan budget [--year YYYY] [--as-of YYYY-MM-DD] [--format text|json] [--content DIR] [--allow-invalid]

  --year YYYY     fiscal year (default: the current year if the content has it, else the latest)
  --as-of DATE    how much of the year has elapsed (default: today); spent counts every submitted
                  report, as plan rollup does
  --format        text (default; amounts rounded to 0.01万) or json (amounts in 分, shares as exact
                  fractions {numerator, denominator})
  --content DIR   content folder (default: content)
  --allow-invalid print although files of the year are invalid (left out), with a warning

Spent is the spend of the submitted monthly reports, as in plan rollup. Flags:
  over budget ("超支")        ${BUDGET_RULES.over}
  ahead of time ("超进度")    ${BUDGET_RULES.ahead}
Exit status: 0 printed, 1 a file of the year is invalid (see --allow-invalid), 2 usage error.`,
};

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
