import path from 'node:path';
import { countBySeverity } from '../../src/core/diagnostics.ts';
import { checkContent } from '../../src/rules/check.ts';
import { formatFenShort as formatFen } from '../../src/core/money.ts';
import { attainmentToDateText, rollupYear } from '../../src/model/rollup.ts';
import { EXIT, type Io } from '../lib/cli.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { diagnosticsAsGithub, diagnosticsAsText } from '../lib/format-diagnostics.ts';
import { invalidBanner } from '../lib/invalid-content.ts';
import { invalidFiles, invalidFilesOf, type InvalidFile } from '../../src/model/invalid-files.ts';

export const checkHelp = `plan check — validate every plan and report and check that the figures add up

Usage: plan check [--content DIR] [--format text|json|github] [--as-of YYYY-MM-DD]

  --content DIR   content folder (default: content)
  --format        text (default, for people), json (stable, documented), github (workflow annotations)
  --as-of DATE    judge deadlines as of this date (default: today)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal error.`;

export interface CheckOptions {
  content: string;
  format?: string | undefined;
  asOf?: string | undefined;
}

/** JSON output version: bump only with a documented, breaking change. */
export const CHECK_JSON_VERSION = 1;

export async function check(options: CheckOptions, io: Io): Promise<number> {
  const format = formatOption(options.format, ['text', 'json', 'github'] as const, 'text');
  const asOf = dateOption('--as-of', options.asOf);
  const result = await checkContent(path.resolve(io.cwd, options.content), { asOf, cwd: io.cwd });
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const years = [...result.model.years.values()].sort((a, b) => a.year - b.year);
  const invalid = invalidFiles(result.load);
  if (format === 'json') {
    const summary = {
      version: CHECK_JSON_VERSION,
      ok: errors === 0,
      asOf,
      files: result.load.fileCount,
      errors,
      warnings,
      diagnostics: result.diagnostics,
      // The years' figures below leave the invalid files out, as every command's JSON says.
      ...(invalid.length > 0 ? { warning: invalidBanner(invalid), invalid } : {}),
      years: years.map((content) => {
        const rollup = rollupYear(content, asOf);
        return { year: content.year, documents: content.documents.length, people: rollup.units.reduce((n, unit) => n + unit.people.length, 0), units: rollup.units.length, target: rollup.target, actual: rollup.actual };
      }),
    };
    io.out(JSON.stringify(summary, null, 2));
  } else if (format === 'github') {
    if (result.diagnostics.length) io.out(diagnosticsAsGithub(result.diagnostics));
    io.out(`plan check: ${result.load.fileCount} files, ${errors} errors, ${warnings} warnings`);
  } else {
    if (result.diagnostics.length) io.out(`${diagnosticsAsText(result.diagnostics)}\n`);
    io.out(summaryText(years, invalid, result.load.fileCount, errors, warnings, asOf));
  }
  return errors > 0 ? EXIT.violations : EXIT.ok;
}

function summaryText(years: Parameters<typeof rollupYear>[0][], invalid: readonly InvalidFile[], files: number, errors: number, warnings: number, asOf: string): string {
  const lines = [`Planbook — ${files} files checked as of ${asOf}`];
  for (const content of years) {
    const rollup = rollupYear(content, asOf);
    const people = rollup.units.reduce((n, unit) => n + unit.people.length, 0);
    lines.push('', `FY${content.year} ${rollup.company}: ${content.documents.length} documents, ${rollup.units.length} units, ${people} people with plans`);
    // The summary's figures leave out invalid files, like every other command's: say so.
    const invalidOfYear = invalidFilesOf(invalid, content.year);
    if (invalidOfYear.length > 0) lines.push(`  ${invalidBanner(invalidOfYear)}`);
    lines.push(`  company target ${formatFen(rollup.target)}, actual to date ${formatFen(rollup.actual)} (${attainmentToDateText(rollup)}; ${(rollup.attainment * 100).toFixed(1)}% of year)`);
    for (const unit of rollup.units) {
      const budget = unit.budgetTarget === null ? 'no budget' : `budget ${formatFen(unit.budgetTarget)}`;
      lines.push(`  ${unit.name.padEnd(8)} ${budget}, allocated ${formatFen(unit.allocated)} to ${unit.people.length} people, actual ${formatFen(unit.actual)}`);
    }
  }
  lines.push('', errors === 0 ? `✔ ${warnings ? `no errors, ${warnings} warning${warnings === 1 ? '' : 's'}` : 'all figures add up'}` : `✖ ${errors} error${errors === 1 ? '' : 's'}: see above`);
  return lines.join('\n');
}
