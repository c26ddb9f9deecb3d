import { loadYears, yearContent } from '../../src/cycle/content-years.ts';
import { FORECAST_METHODS, forecastYear, type ForecastFigures, type ForecastMethod, type YearForecast } from '../../src/cycle/forecast.ts';
import { markdownTable, textTable } from '../../src/core/text-table.ts';
import { formatFenDelta, formatFenShort, sumFen } from '../../src/core/money.ts';
import { EXIT, UsageError, langOf, textFor, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import type { Lang } from '../../src/core/lang.ts';
import { listText, textIn } from '../../src/core/messages.ts';
import { formatOption, parseYear } from '../lib/options.ts';
import { guardFigures } from '../lib/invalid-content.ts';
import { invalidFiles, invalidFilesOf } from '../../src/model/invalid-files.ts';

export interface ForecastOptions {
  content: string;
  unit?: string | undefined;
  method?: string | undefined;
  format?: string | undefined;
  allowInvalid?: boolean;
}

/** JSON output version: bump only with a documented, breaking change. */
export const FORECAST_JSON_VERSION = 1;

export async function forecast(positionals: readonly string[], options: ForecastOptions, io: Io): Promise<number> {
  const year = parseYear(positionals[0]);
  if (year === undefined || positionals.length > 1) throw new UsageError(say('forecast.usage'));
  const format = formatOption(options.format, ['text', 'json', 'markdown'] as const, 'text');
  const method = (options.method ?? 'plan-shape') as ForecastMethod;
  if (!FORECAST_METHODS.includes(method)) throw new UsageError(say('usage.one-of', { flag: '--method', value: options.method ?? '', allowed: listText(FORECAST_METHODS) }));
  const { load, model } = await loadYears(options.content, io.cwd);
  const invalid = invalidFilesOf(invalidFiles(load), year);
  const banner = guardFigures(invalid, { allowInvalid: options.allowInvalid === true, command: 'forecast', io });
  const content = yearContent(model, year);
  if (options.unit !== undefined && !content.org?.data.units.some((unit) => unit.id === options.unit)) {
    io.err(textFor(io, say('forecast.unknown-unit', { unit: options.unit ?? '', year, allowed: listText(content.org?.data.units.map((unit) => unit.id) ?? []) })));
    return EXIT.violations;
  }
  const result = forecastYear(content, method, options.unit);
  if (format === 'json') io.out(JSON.stringify({ version: FORECAST_JSON_VERSION, ...(banner ? { warning: banner, invalid } : {}), ...result }, null, 2));
  else if (format === 'markdown') io.out(`${banner ? `> ${banner}\n\n` : ''}${forecastMarkdown(result, langOf(io))}`);
  else io.out(`${banner ? `${banner}\n\n` : ''}${forecastText(result, langOf(io))}`);
  return EXIT.ok;
}

const header = (lang: Lang) => ['', ...(['h1-plan', 'h1-actual', 'h1-percent', 'h2-plan', 'h2-forecast', 'vs-plan'] as const).map((column) => textIn(say(`forecast.${column}`), lang))];
const ALIGN = ['left', 'right', 'right', 'right', 'right', 'right', 'right'] as const;

/** A difference rounded half away from zero to 0.01万, like formatFenShort, for the tables. */
function roundToWan(fen: number): number {
  const step = 10_000;
  return Math.sign(fen) * Math.floor((Math.abs(fen) + step / 2) / step) * step;
}

function cells(name: string, figures: ForecastFigures): string[] {
  const h2Plan = sumFen(figures.h2Plan);
  const h2Forecast = sumFen(figures.h2Forecast);
  const attainment = figures.h1Target === 0 ? '—' : `${((figures.h1Actual / figures.h1Target) * 100).toFixed(1)}%`;
  return [name, formatFenShort(figures.h1Target), formatFenShort(figures.h1Actual), attainment, formatFenShort(h2Plan), formatFenShort(h2Forecast), formatFenDelta(roundToWan(h2Forecast - h2Plan))];
}

function rows(result: YearForecast, lang: Lang): string[][] {
  return [
    ...result.units.flatMap((unit) => [cells(unit.name, unit), ...unit.people.map((person) => cells(`  ${person.name}`, person))]),
    ...(result.units.length > 1 ? [cells(textIn(say('forecast.company'), lang), result)] : []),
  ];
}

function forecastText(result: YearForecast, lang: Lang): string {
  const months = ['7月', '8月', '9月', '10月', '11月', '12月'];
  const monthly = result.units.map((unit) => [unit.name, ...unit.h2Forecast.map(formatFenShort)]);
  return [
    textIn(say('forecast.title', { year: result.year, method: say(`forecast.${result.method}`) }), lang),
    '',
    textTable([header(lang), ...rows(result, lang)], ALIGN),
    '',
    textIn(say('forecast.by-month'), lang),
    textTable([['', ...months], ...monthly], ['left', ...months.map(() => 'right' as const)]),
  ].join('\n');
}

function forecastMarkdown(result: YearForecast, lang: Lang): string {
  const title = textIn(say('forecast.title-md', { year: result.year, method: say(`forecast.${result.method}`) }), lang);
  return [`### ${title}`, '', markdownTable(header(lang), rows(result, lang).map((row) => row.map((cell) => cell.trim())), ALIGN)].join('\n');
}
