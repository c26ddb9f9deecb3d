import { PACE_RULES, paceYear, type Pace, type YearPace } from '../../src/cycle/pace.ts';
import { reforecastOf } from '../../src/cycle/reforecast.ts';
import { formatFenShort } from '../../src/core/money.ts';
import { textTable } from '../../src/core/text-table.ts';
import { rollupYear } from '../../src/model/rollup.ts';
import { EXIT, type Io } from '../lib/cli.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { loadYearFigures } from '../lib/year-figures.ts';

export const paceHelp = `plan pace — will the year land? Year-end landing and what each remaining month needs

Usage: plan pace [--year YYYY] [--as-of YYYY-MM-DD] [--format text|json] [--content DIR] [--allow-invalid]

  --year YYYY     fiscal year (default: the current year if the content has it, else the latest)
  --as-of DATE    which monthly reports are due, as for attainment to date (default: today)
  --format        text (default; amounts rounded to 0.01万) or json (every amount in 分)
  --content DIR   content folder (default: content)
  --allow-invalid print although files of the year are invalid (left out), with a warning

For the company, each unit and each person:
  按当前进度 at pace      ${PACE_RULES.atPace}
  按滚动预测 at reforecast ${PACE_RULES.atReforecast}
  每月还需 needed          ${PACE_RULES.needed}
Exit status: 0 printed, 1 a file of the year is invalid (see --allow-invalid), 2 usage error.`;

/** JSON output version: bump only with a documented, breaking change. */
export const PACE_JSON_VERSION = 1;

export async function pace(options: { content: string; year?: string | undefined; asOf?: string | undefined; format?: string | undefined; allowInvalid?: boolean }, io: Io): Promise<number> {
  const format = formatOption(options.format, ['text', 'json'] as const, 'text');
  const asOf = dateOption('--as-of', options.asOf);
  const { content, banner, invalid } = await loadYearFigures(options, 'pace', io);
  const result = paceYear(rollupYear(content, asOf), reforecastOf(content, asOf));
  if (format === 'json') io.out(JSON.stringify({ version: PACE_JSON_VERSION, unit: 'fen', asOf, rules: PACE_RULES, ...(banner ? { warning: banner, invalid } : {}), ...result }, null, 2));
  else io.out(`${banner ? `${banner}\n\n` : ''}${paceText(result, asOf)}`);
  return EXIT.ok;
}

const fen = (value: number | null) => (value === null ? '—' : formatFenShort(value));

/** The months still open, e.g. "11月 1,263.98万 · 12月 1,785.79万". */
const neededText = (figures: Pace) => figures.needed.flatMap((value, index) => (value === null ? [] : [`${index + 1}月 ${fen(value)}`])).join(' · ') || '—';

function cells(name: string, figures: Pace): string[] {
  return [name, fen(figures.target), fen(figures.actual), fen(figures.atPace), fen(figures.atReforecast), neededText(figures)];
}

export function paceText(result: YearPace, asOf: string): string {
  const header = ['', '目标 target', '实际 actual', '按当前进度 at pace', '按滚动预测 at reforecast', '每月还需 needed per month'];
  const rows = [cells(`公司 ${result.name}`, result), ...result.units.flatMap((unit) => [cells(unit.name, unit), ...unit.people.map((person) => cells(`  ${person.name}`, person))])];
  return [`FY${result.year} 年度落点 year-end landing as of ${asOf}`, '', textTable([header, ...rows], ['left', 'right', 'right', 'right', 'right', 'left'])].join('\n');
}
