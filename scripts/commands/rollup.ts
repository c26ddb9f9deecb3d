import type { Text } from '../../src/core/messages.ts';
import path from 'node:path';
import { checkContent } from '../../src/rules/check.ts';
import { countBySeverity } from '../../src/core/diagnostics.ts';
import { formatFenShort as formatFen } from '../../src/core/money.ts';
import { rollupYear, type YearRollup } from '../../src/model/rollup.ts';
import type { Lang } from '../../src/core/lang.ts';
import { textIn } from '../../src/core/messages.ts';
import { EXIT, UsageError, langOf, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { attainmentToDateText } from '../lib/figures-text.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { guardFigures } from '../lib/invalid-content.ts';
import { invalidFiles, invalidFilesOf } from '../../src/model/invalid-files.ts';

export const rollupHelp: Text = {
  zh: `plan rollup — 数字汇总：公司 → 单位 → 人员 → 月份

用法：plan rollup [--content DIR] [--format text|json] [--year YYYY] [--as-of YYYY-MM-DD] [--allow-invalid]

  --content DIR   内容目录（默认：content）
  --format        text（默认）或 json（每个金额为以分为单位的整数）
  --year YYYY     只汇总该财年
  --as-of DATE    哪些月报已到期，用于计算进度完成率（默认：今天）
  --allow-invalid 即使有无效文件也输出数字（不计入这些文件），并给出警告

退出状态：0 已输出，1 内容有错误（仍输出汇总，除非有文件无效：此时不加 --allow-invalid 不输出），
2 用法错误。`,
  en: `plan rollup — the figures rolled up: company → unit → person → month

Usage: plan rollup [--content DIR] [--format text|json] [--year YYYY] [--as-of YYYY-MM-DD] [--allow-invalid]

  --content DIR   content folder (default: content)
  --format        text (default) or json (every amount an integer in 分)
  --year YYYY     only this fiscal year
  --as-of DATE    which monthly reports are due, for attainment to date (default: today)
  --allow-invalid print the figures although files are invalid (left out), with a warning

Exit status: 0 printed, 1 the content has errors (the roll-up is still printed, unless a file is
invalid: then nothing is printed without --allow-invalid), 2 usage error.`,
};

export const ROLLUP_JSON_VERSION = 1;

export async function rollup(options: { content: string; format?: string | undefined; year?: string | undefined; asOf?: string | undefined; allowInvalid?: boolean }, io: Io): Promise<number> {
  const format = formatOption(options.format, ['text', 'json'] as const, 'text');
  const asOf = dateOption('--as-of', options.asOf);
  const result = await checkContent(path.resolve(io.cwd, options.content), { cwd: io.cwd });
  let years = [...result.model.years.values()].sort((a, b) => a.year - b.year);
  if (options.year !== undefined) {
    years = years.filter((content) => String(content.year) === options.year);
    if (years.length === 0) throw new UsageError(say('usage.year-of', { value: options.year, allowed: [...result.model.years.keys()].join(', ') }));
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
