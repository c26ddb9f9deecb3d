import path from 'node:path';
import { countBySeverity } from '../../src/core/diagnostics.ts';
// The check's modules (the rules, zod's schemas) are imported once the command has started Git's
// processes, which run meanwhile (rules/check.ts and check-cache.ts are loaded by `import()` below).
import type { CheckReport, YearSummary } from '../../src/rules/check.ts';
import { askEarly, parseChangedRange } from '../../src/rules/git-changes.ts';
import { formatFenShort as formatFen } from '../../src/core/money.ts';
import { attainmentToDateText } from '../lib/figures-text.ts';
import { EXIT, UsageError, langOf, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { diagnosticIn } from '../../src/core/diagnostics.ts';
import type { Lang } from '../../src/core/lang.ts';
import { textIn, type Text } from '../../src/core/messages.ts';
import { dateOption, formatOption } from '../lib/options.ts';
import { checkCounts, diagnosticsAsGithub, diagnosticsAsText } from '../lib/format-diagnostics.ts';
import { invalidBanner } from '../lib/invalid-content.ts';
import { invalidFilesOf, type InvalidFile } from '../../src/model/invalid-files.ts';

export interface CheckOptions {
  content: string;
  format?: string | undefined;
  asOf?: string | undefined;
  /** A Git ref, or `BASE..HEAD` (the commit checked out): check incrementally (`checkChanged`) and name what changed since BASE. */
  changed?: string | undefined;
}

/** JSON output version: bump only with a documented, breaking change. */
export const CHECK_JSON_VERSION = 1;

export async function check(options: CheckOptions, io: Io): Promise<number> {
  const format = formatOption(options.format, ['text', 'json', 'github'] as const, 'text');
  const asOf = dateOption('--as-of', options.asOf);
  const dir = path.resolve(io.cwd, options.content);
  let result: CheckReport;
  let changedNote: Text | undefined;
  if (options.changed === undefined) result = await (await import('../../src/rules/check.ts')).checkReport(dir, { asOf, cwd: io.cwd });
  else {
    const range = parseChangedRange(options.changed);
    if (path.relative(io.cwd, dir).split(path.sep)[0] === '..') throw new UsageError(say('check.changed-outside', { root: io.cwd }));
    // Git's first answers (the working tree, BASE, what changed) come while the modules load.
    const asked = askEarly(dir, range);
    const [{ checkChanged }, { CACHE_DIR }] = await loadInStages();
    const tree = await asked.tree;
    if (!tree) throw new UsageError(say('check.changed-no-repo', { dir: path.relative(io.cwd, dir) || '.' }));
    const changed = await checkChanged(dir, { asOf, cwd: io.cwd, tree, range, early: asked });
    result = changed.report;
    const { stats } = changed;
    changedNote = say(stats.parsed.length === stats.files ? 'check.changed-all' : 'check.changed', { base: options.changed, count: stats.changed.length, parsed: stats.parsed.length, files: stats.files, cache: CACHE_DIR });
    if (stats.unwritable !== undefined) io.err(textIn(say('check.cache-unwritable', { cache: CACHE_DIR, reason: stats.unwritable }), langOf(io)));
  }
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const { years, invalid } = result;
  const lang = langOf(io);
  if (format === 'json') {
    const summary = {
      version: CHECK_JSON_VERSION,
      ok: errors === 0,
      asOf,
      files: result.fileCount,
      errors,
      warnings,
      // Code, position and figures are the same in every language; message and hint are in the reader's.
      diagnostics: result.diagnostics.map((diagnostic) => diagnosticIn(diagnostic, lang)),
      // The years' figures below leave the invalid files out, as every command's JSON says.
      ...(invalid.length > 0 ? { warning: invalidBanner(invalid, lang, true), invalid: invalid.map((file) => ({ ...file, error: { ...file.error, message: textIn(file.error.message, lang) } })) } : {}),
      years: years.map(({ year, documents, rollup, people }) => ({ year, documents, people: people.reduce((n, count) => n + count, 0), units: rollup.units.length, target: rollup.target, actual: rollup.actual })),
    };
    io.out(JSON.stringify(summary, null, 2));
  } else if (format === 'github') {
    if (result.diagnostics.length) io.out(diagnosticsAsGithub(result.diagnostics, lang));
    io.out(textIn(say('check.annotations', checkCounts(errors, warnings, result.fileCount)), lang));
    if (changedNote) io.out(textIn(changedNote, lang));
  } else {
    if (result.diagnostics.length) io.out(`${diagnosticsAsText(result.diagnostics, lang)}\n`);
    io.out(summaryText(years, invalid, { files: result.fileCount, errors, warnings, asOf, lang }));
    if (changedNote) io.out(textIn(changedNote, lang));
  }
  return errors > 0 ? EXIT.violations : EXIT.ok;
}

/**
 * The modules of \`plan check --changed\`, loaded in stages with a turn of the event loop between
 * them. Loading a module never yields (the load hooks are synchronous, scripts/lib/strip-cache.ts),
 * and each of Git's answers asks Git's next question (the working tree, then BASE, then what
 * changed): in one go, Git waited for the whole 0.1 s of loading at each step (issue 13).
 */
async function loadInStages() {
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  for (const stage of [() => import('zod/v4/core'), () => import('zod'), () => import('../../src/model/load.ts'), () => import('../../src/rules/index.ts')]) {
    await stage();
    await turn();
  }
  return Promise.all([import('../../src/rules/check.ts'), import('../../src/rules/check-cache.ts')]);
}

interface Totals {
  files: number;
  errors: number;
  warnings: number;
  asOf: string;
  lang: Lang;
}

function summaryText(years: readonly YearSummary[], invalid: readonly InvalidFile[], { files, errors, warnings, asOf, lang }: Totals): string {
  const t = (text: Parameters<typeof textIn>[0]) => textIn(text, lang);
  const lines = [t(say('check.heading', { files, asOf }))];
  for (const { year, documents, rollup, people: perUnit } of years) {
    const people = perUnit.reduce((n, count) => n + count, 0);
    lines.push('', t(say('check.year', { year, company: rollup.company, documents: t(say('check.count-documents', { count: documents })), units: t(say('check.count-units', { count: rollup.units.length })), people: t(say('check.count-planners', { count: people })) })));
    // The summary's figures leave out invalid files, like every other command's: say so.
    const invalidOfYear = invalidFilesOf(invalid, year);
    if (invalidOfYear.length > 0) lines.push(`  ${invalidBanner(invalidOfYear, lang, true)}`);
    lines.push(t(say('check.company', { target: formatFen(rollup.target), actual: formatFen(rollup.actual), toDate: attainmentToDateText(rollup), year: (rollup.attainment * 100).toFixed(1) })));
    rollup.units.forEach((unit, index) => {
      const budget = unit.budgetTarget === null ? say('check.no-budget') : say('check.budget', { amount: formatFen(unit.budgetTarget) });
      lines.push(t(say('check.unit', { name: unit.name.padEnd(8), budget, allocated: formatFen(unit.allocated), people: t(say('check.count-people', { count: perUnit[index] ?? 0 })), actual: formatFen(unit.actual) })));
    });
  }
  lines.push('', t(errors === 0 ? (warnings ? say('check.ok-warnings', { count: warnings }) : say('check.ok')) : say('check.failed', { count: errors })));
  return lines.join('\n');
}
