import path from 'node:path';
import { checkContent } from '../../src/rules/check.ts';
import { countBySeverity } from '../../src/core/diagnostics.ts';
import { formatFenShort as formatFen } from '../../src/core/money.ts';
import { rollupYear, type YearRollup } from '../../src/model/rollup.ts';
import type { Lang } from '../../src/core/lang.ts';
import { listText, textIn } from '../../src/core/messages.ts';
import { EXIT, UsageError, langOf, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { attainmentToDateText } from '../lib/figures-text.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { guardFigures } from '../lib/invalid-content.ts';
import { invalidFiles, invalidFilesOf } from '../../src/model/invalid-files.ts';

export const ROLLUP_JSON_VERSION = 1;

export async function rollup(options: { content: string; format?: string | undefined; year?: string | undefined; asOf?: string | undefined; allowInvalid?: boolean }, io: Io): Promise<number> {
  const format = formatOption(options.format, ['text', 'json'] as const, 'text');
  const asOf = dateOption('--as-of', options.asOf);
  const result = await checkContent(path.resolve(io.cwd, options.content), { cwd: io.cwd });
  let years = [...result.model.years.values()].sort((a, b) => a.year - b.year);
  if (options.year !== undefined) {
    years = years.filter((content) => String(content.year) === options.year);
    if (years.length === 0) throw new UsageError(say('usage.year-of', { value: options.year, allowed: listText([...result.model.years.keys()]) }));
  }
  const invalid = options.year === undefined ? invalidFiles(result.load) : invalidFilesOf(invalidFiles(result.load), Number(options.year));
  const banner = guardFigures(invalid, { allowInvalid: options.allowInvalid === true, command: 'rollup', io });
  const rollups = years.map((content) => rollupYear(content, asOf));
  if (format === 'json') io.out(JSON.stringify({ version: ROLLUP_JSON_VERSION, unit: 'fen', ...(banner ? { warning: banner, invalid } : {}), years: rollups }, null, 2));
  else io.out([...(banner ? [banner, ''] : []), rollups.map((figures) => rollupText(figures, langOf(io))).join('\n\n')].join('\n'));
  const { errors } = countBySeverity(result.diagnostics);
  if (errors > 0) io.err(textIn(say('rollup.errors', { count: errors }), langOf(io)));
  return errors > 0 ? EXIT.violations : EXIT.ok;
}

function rollupText(rollup: YearRollup, lang: Lang): string {
  const figures = (of: YearRollup | YearRollup['units'][number] | YearRollup['units'][number]['people'][number]) => ({ target: formatFen(of.target), actual: formatFen(of.actual), toDate: attainmentToDateText(of) });
  const lines = [`FY${rollup.year} ${rollup.company}`, textIn(say('rollup.company', figures(rollup)), lang)];
  for (const unit of rollup.units) {
    lines.push(textIn(say('rollup.unit', { name: unit.name, ...figures(unit) }), lang));
    for (const person of unit.people) lines.push(textIn(say('rollup.person', { name: person.name.padEnd(6), ...figures(person) }), lang));
  }
  return lines.join('\n');
}
