import path from 'node:path';
import { countBySeverity } from '../../src/core/diagnostics.ts';
import { checkChanged, checkContent, type CheckResult } from '../../src/rules/check.ts';
import { CACHE_FILE } from '../../src/rules/check-cache.ts';
import { filesAt, resolveCommit } from '../../src/approvals/git.ts';
import { formatFenShort as formatFen } from '../../src/core/money.ts';
import { attainmentToDateText, rollupYear } from '../../src/model/rollup.ts';
import { EXIT, UsageError, type Io } from '../lib/cli.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { diagnosticsAsGithub, diagnosticsAsText } from '../lib/format-diagnostics.ts';
import { invalidBanner } from '../lib/invalid-content.ts';
import { invalidFiles, invalidFilesOf, type InvalidFile } from '../../src/model/invalid-files.ts';

export const checkHelp = `plan check — validate every plan and report and check that the figures add up

Usage: plan check [--content DIR] [--format text|json|github] [--as-of YYYY-MM-DD] [--changed BASE]

  --content DIR    content folder (default: content)
  --format         text (default, for people), json (stable, documented), github (workflow annotations)
  --as-of DATE     judge deadlines as of this date (default: today)
  --changed BASE   for pull requests: the same report, re-reading only files whose bytes differ from
                   what .planbook-cache/ holds (e.g. BASE's, from an earlier check); names the files
                   changed since BASE (a branch, tag or commit)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal error.`;

export interface CheckOptions {
  content: string;
  format?: string | undefined;
  asOf?: string | undefined;
  /** A Git ref: check incrementally (`checkChanged`) and name what changed since it. */
  changed?: string | undefined;
}

/** JSON output version: bump only with a documented, breaking change. */
export const CHECK_JSON_VERSION = 1;

export async function check(options: CheckOptions, io: Io): Promise<number> {
  const format = formatOption(options.format, ['text', 'json', 'github'] as const, 'text');
  const asOf = dateOption('--as-of', options.asOf);
  const dir = path.resolve(io.cwd, options.content);
  let result: CheckResult;
  let changedNote: string | undefined;
  if (options.changed === undefined) result = await checkContent(dir, { asOf, cwd: io.cwd });
  else {
    const changed = await checkChanged(dir, { asOf, cwd: io.cwd, baseBlobs: await blobsAt(io.cwd, options.changed, dir) });
    result = changed;
    const { stats } = changed;
    changedNote = `Since ${options.changed}: ${stats.changed.length} file${stats.changed.length === 1 ? '' : 's'} changed; ${stats.parsed.length} of ${stats.files} read and parsed, the others from ${CACHE_FILE}`;
  }
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
    if (changedNote) io.out(changedNote);
  } else {
    if (result.diagnostics.length) io.out(`${diagnosticsAsText(result.diagnostics)}\n`);
    io.out(summaryText(years, invalid, result.load.fileCount, errors, warnings, asOf));
    if (changedNote) io.out(changedNote);
  }
  return errors > 0 ? EXIT.violations : EXIT.ok;
}

/** Blob id of each content path (relative to the content folder) at `ref` in the repository at `root`. */
async function blobsAt(root: string, ref: string, dir: string): Promise<Map<string, string>> {
  const repo = { dir: root };
  const prefix = `${path.relative(root, dir).split(path.sep).join('/')}/`;
  if (prefix.startsWith('../')) throw new UsageError(`Unexpected --changed with a content folder outside the repository at ${root}, expected the folder inside it`);
  const files = await filesAt(repo, await resolveCommit(repo, ref), prefix);
  return new Map([...files].map(([file, { oid }]) => [file.slice(prefix.length), oid]));
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
