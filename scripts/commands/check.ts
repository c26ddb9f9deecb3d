import path from 'node:path';
import { countBySeverity } from '../../src/core/diagnostics.ts';
import { checkChanged, checkContent, type CheckResult } from '../../src/rules/check.ts';
import { CACHE_FILE } from '../../src/rules/check-cache.ts';
import { filesAt, resolveCommit } from '../../src/approvals/git.ts';
import { formatFenShort as formatFen } from '../../src/core/money.ts';
import { rollupYear } from '../../src/model/rollup.ts';
import { attainmentToDateText } from '../lib/figures-text.ts';
import { EXIT, UsageError, langOf, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { diagnosticIn } from '../../src/core/diagnostics.ts';
import type { Lang } from '../../src/core/lang.ts';
import { textIn, type Text } from '../../src/core/messages.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { diagnosticsAsGithub, diagnosticsAsText } from '../lib/format-diagnostics.ts';
import { invalidBanner } from '../lib/invalid-content.ts';
import { invalidFiles, invalidFilesOf, type InvalidFile } from '../../src/model/invalid-files.ts';

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
  let changedNote: Text | undefined;
  if (options.changed === undefined) result = await checkContent(dir, { asOf, cwd: io.cwd });
  else {
    const changed = await checkChanged(dir, { asOf, cwd: io.cwd, baseBlobs: await blobsAt(io.cwd, options.changed, dir) });
    result = changed;
    const { stats } = changed;
    changedNote = say('check.changed', { base: options.changed, count: stats.changed.length, parsed: stats.parsed.length, files: stats.files, cache: CACHE_FILE });
  }
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const years = [...result.model.years.values()].sort((a, b) => a.year - b.year);
  const invalid = invalidFiles(result.load);
  const lang = langOf(io);
  if (format === 'json') {
    const summary = {
      version: CHECK_JSON_VERSION,
      ok: errors === 0,
      asOf,
      files: result.load.fileCount,
      errors,
      warnings,
      // Code, position and figures are the same in every language; message and hint are in the reader's.
      diagnostics: result.diagnostics.map((diagnostic) => diagnosticIn(diagnostic, lang)),
      // The years' figures below leave the invalid files out, as every command's JSON says.
      ...(invalid.length > 0 ? { warning: invalidBanner(invalid, lang), invalid: invalid.map((file) => ({ ...file, error: { ...file.error, message: textIn(file.error.message, lang) } })) } : {}),
      years: years.map((content) => {
        const rollup = rollupYear(content, asOf);
        return { year: content.year, documents: content.documents.length, people: rollup.units.reduce((n, unit) => n + unit.people.length, 0), units: rollup.units.length, target: rollup.target, actual: rollup.actual };
      }),
    };
    io.out(JSON.stringify(summary, null, 2));
  } else if (format === 'github') {
    if (result.diagnostics.length) io.out(diagnosticsAsGithub(result.diagnostics, lang));
    io.out(textIn(say('check.annotations', { files: result.load.fileCount, errors, warnings }), lang));
    if (changedNote) io.out(textIn(changedNote, lang));
  } else {
    if (result.diagnostics.length) io.out(`${diagnosticsAsText(result.diagnostics, lang)}\n`);
    io.out(summaryText(years, invalid, { files: result.load.fileCount, errors, warnings, asOf, lang }));
    if (changedNote) io.out(textIn(changedNote, lang));
  }
  return errors > 0 ? EXIT.violations : EXIT.ok;
}

/** Blob id of each content path (relative to the content folder) at `ref` in the repository at `root`. */
async function blobsAt(root: string, ref: string, dir: string): Promise<Map<string, string>> {
  const repo = { dir: root };
  const prefix = `${path.relative(root, dir).split(path.sep).join('/')}/`;
  if (prefix.startsWith('../')) throw new UsageError(say('check.changed-outside', { root }));
  const files = await filesAt(repo, await resolveCommit(repo, ref), prefix);
  return new Map([...files].map(([file, { oid }]) => [file.slice(prefix.length), oid]));
}

interface Totals {
  files: number;
  errors: number;
  warnings: number;
  asOf: string;
  lang: Lang;
}

function summaryText(years: Parameters<typeof rollupYear>[0][], invalid: readonly InvalidFile[], { files, errors, warnings, asOf, lang }: Totals): string {
  const t = (text: Parameters<typeof textIn>[0]) => textIn(text, lang);
  const lines = [t(say('check.heading', { files, asOf }))];
  for (const content of years) {
    const rollup = rollupYear(content, asOf);
    const people = rollup.units.reduce((n, unit) => n + unit.people.length, 0);
    lines.push('', t(say('check.year', { year: content.year, company: rollup.company, documents: content.documents.length, units: rollup.units.length, people })));
    // The summary's figures leave out invalid files, like every other command's: say so.
    const invalidOfYear = invalidFilesOf(invalid, content.year);
    if (invalidOfYear.length > 0) lines.push(`  ${invalidBanner(invalidOfYear, lang)}`);
    lines.push(t(say('check.company', { target: formatFen(rollup.target), actual: formatFen(rollup.actual), toDate: attainmentToDateText(rollup), year: (rollup.attainment * 100).toFixed(1) })));
    for (const unit of rollup.units) {
      const budget = unit.budgetTarget === null ? say('check.no-budget') : say('check.budget', { amount: formatFen(unit.budgetTarget) });
      lines.push(t(say('check.unit', { name: unit.name.padEnd(8), budget, allocated: formatFen(unit.allocated), people: unit.people.length, actual: formatFen(unit.actual) })));
    }
  }
  lines.push('', t(errors === 0 ? (warnings ? say('check.ok-warnings', { count: warnings }) : say('check.ok')) : say('check.failed', { count: errors })));
  return lines.join('\n');
}
