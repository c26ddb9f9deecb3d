import { textIn } from '../../src/core/messages.ts';
import type { Lang } from '../../src/core/lang.ts';
import { PACE_RULES } from '../../src/cycle/pace-rules.ts';
import { paceYear, type Pace, type YearPace } from '../../src/cycle/pace.ts';
import { reforecastOf } from '../../src/cycle/reforecast.ts';
import { formatFenShort } from '../../src/core/money.ts';
import { textTable } from '../../src/core/text-table.ts';
import { rollupYear } from '../../src/model/rollup.ts';
import { EXIT, langOf, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { loadYearFigures } from '../lib/year-figures.ts';

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
