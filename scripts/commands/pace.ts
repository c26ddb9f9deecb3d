import { textIn, type Text } from '../../src/core/messages.ts';
import type { Lang } from '../../src/core/lang.ts';
import { PACE_RULES, paceYear, type Pace, type YearPace } from '../../src/cycle/pace.ts';
import { reforecastOf } from '../../src/cycle/reforecast.ts';
import { formatFenShort } from '../../src/core/money.ts';
import { textTable } from '../../src/core/text-table.ts';
import { rollupYear } from '../../src/model/rollup.ts';
import { EXIT, langOf, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { loadYearFigures } from '../lib/year-figures.ts';

export const paceHelp: Text = {
  zh: `plan pace — 全年能否完成？年末预计完成额及剩余每月所需

用法：plan pace [--year YYYY] [--as-of YYYY-MM-DD] [--format text|json] [--content DIR] [--allow-invalid]

  --year YYYY     财年（默认：内容中有当前年度则用当前年度，否则用最新年度）
  --as-of DATE    哪些月报已到期，与进度完成率相同（默认：今天）
  --format        text（默认；金额四舍五入到 0.01万）或 json（每个金额单位为分）
  --content DIR   内容目录（默认：content）
  --allow-invalid 即使该年度有无效文件也输出（不计入这些文件），并给出警告

对公司、每个单位和每个人：
  按当前进度   实际 + 尚未计入月份的计划 × 进度完成率（实际 ÷ 至今目标），四舍五入到 1分
  按滚动预测   实际 + 尚未计入月份的滚动预测（年中回顾的下半年预测，否则用计划）
  每月还需     （目标 − 实际）按尚未计入月份的计划比例分摊，以整分按最大余数法分配，
               使各月之和恰好等于差额；已达成目标时为 0
退出状态：0 已输出，1 该年度有无效文件（见 --allow-invalid），2 用法错误。`,
  en: `plan pace — will the year land? Year-end landing and what each remaining month needs

Usage: plan pace [--year YYYY] [--as-of YYYY-MM-DD] [--format text|json] [--content DIR] [--allow-invalid]

  --year YYYY     fiscal year (default: the current year if the content has it, else the latest)
  --as-of DATE    which monthly reports are due, as for attainment to date (default: today)
  --format        text (default; amounts rounded to 0.01万) or json (every amount in 分)
  --content DIR   content folder (default: content)
  --allow-invalid print although files of the year are invalid (left out), with a warning

For the company, each unit and each person:
  at pace ("按当前进度")        ${PACE_RULES.atPace}
  at reforecast ("按滚动预测")  ${PACE_RULES.atReforecast}
  needed ("每月还需")           ${PACE_RULES.needed}
Exit status: 0 printed, 1 a file of the year is invalid (see --allow-invalid), 2 usage error.`,
};

/** JSON output version: bump only with a documented, breaking change. */
export const PACE_JSON_VERSION = 1;

export async function pace(options: { content: string; year?: string | undefined; asOf?: string | undefined; format?: string | undefined; allowInvalid?: boolean }, io: Io): Promise<number> {
  const format = formatOption(options.format, ['text', 'json'] as const, 'text');
  const asOf = dateOption('--as-of', options.asOf);
  const { content, banner, invalid } = await loadYearFigures(options, 'pace', io);
  const result = paceYear(rollupYear(content, asOf), reforecastOf(content, asOf));
  if (format === 'json') io.out(JSON.stringify({ version: PACE_JSON_VERSION, unit: 'fen', asOf, rules: PACE_RULES, ...(banner ? { warning: banner, invalid } : {}), ...result }, null, 2));
  else io.out(`${banner ? `${banner}\n\n` : ''}${paceText(result, asOf, langOf(io))}`);
  return EXIT.ok;
}

const fen = (value: number | null) => (value === null ? '—' : formatFenShort(value));

/** The months still open, e.g. "11月 1,263.98万 · 12月 1,785.79万" (en "M11 1,263.98万 · …"). */
const neededText = (figures: Pace, lang: Lang) => figures.needed.flatMap((value, index) => (value === null ? [] : [`${textIn(say('pace.month', { month: index + 1 }), lang)} ${fen(value)}`])).join(' · ') || '—';

function cells(name: string, figures: Pace, lang: Lang): string[] {
  return [name, fen(figures.target), fen(figures.actual), fen(figures.atPace), fen(figures.atReforecast), neededText(figures, lang)];
}

/** The landing as a text table in `lang`: the company, each unit, its people indented. */
export function paceText(result: YearPace, asOf: string, lang: Lang): string {
  const header = ['', ...(['pace.target', 'pace.actual', 'pace.at-pace', 'pace.at-reforecast', 'pace.needed'] as const).map((id) => textIn(say(id), lang))];
  const rows = [cells(textIn(say('pace.company', { name: result.name }), lang), result, lang), ...result.units.flatMap((unit) => [cells(unit.name, unit, lang), ...unit.people.map((person) => cells(`  ${person.name}`, person, lang))])];
  return [textIn(say('pace.title', { year: result.year, asOf }), lang), '', textTable([header, ...rows], ['left', 'right', 'right', 'right', 'right', 'left'])].join('\n');
}
