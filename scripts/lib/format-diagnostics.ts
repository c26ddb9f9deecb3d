import { countBySeverity, diagnosticIn, type Diagnostic } from '../../src/core/diagnostics.ts';
import type { Lang } from '../../src/core/lang.ts';
import { textIn, type Text } from '../../src/core/messages.ts';
import { say } from './cli-messages.ts';

/** Grouped by file, one line per problem with its position, then the figures and a hint, in `lang`. */
export function diagnosticsAsText(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const lines: string[] = [];
  let current = '';
  for (const diagnostic of diagnostics) {
    const shown = diagnosticIn(diagnostic, lang);
    if (shown.file !== current) {
      if (current) lines.push('');
      current = shown.file;
      lines.push(current);
    }
    const where = `${shown.line}:${shown.column}`.padEnd(8);
    // The severity word stays English in the text columns, as the rule code does: tools and people grep for it.
    lines.push(`  ${where}${shown.severity.padEnd(8)}${shown.message}  [${shown.rule}]`);
    if (shown.expected !== undefined) lines.push(`${' '.repeat(18)}${found(shown.expected, shown.actual, lang)}`);
    if (shown.hint) lines.push(`${' '.repeat(18)}${shown.hint}`);
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  const files = new Set(diagnostics.map((diagnostic) => diagnostic.file)).size;
  if (lines.length) lines.push('');
  lines.push(textIn(errors + warnings === 0 ? say('check.no-problems') : say('check.counts', { mark: errors ? '✖' : '⚠', ...checkCounts(errors, warnings, files) }), lang));
  return lines.join('\n');
}

const found = (expected: string, actual: string | undefined, lang: Lang) => textIn(say('check.found', { expected, actual: actual ?? '—' }), lang);

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands, so CI annotates the pull request's diff at the offending line (text in `lang`). */
export function diagnosticsAsGithub(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return diagnostics
    .map((diagnostic) => {
      const shown = diagnosticIn(diagnostic, lang);
      const detail = [shown.message, shown.expected !== undefined ? found(shown.expected, shown.actual, lang) : '', shown.hint ?? ''].filter(Boolean).join('\n');
      const properties = `file=${escapeProperty(shown.file)},line=${shown.line},col=${shown.column},title=${escapeProperty(shown.rule)}`;
      return `::${shown.severity} ${properties}::${escapeData(detail)}`;
    })
    .join('\n');
}

/** The counts of a check's summary lines: each the bare number in Chinese, with its noun (one or many) in English. */
export function checkCounts(errors: number, warnings: number, files: number): { errors: Text; warnings: Text; files: Text } {
  return { errors: say('check.count-errors', { count: errors }), warnings: say('check.count-warnings', { count: warnings }), files: say('check.count-files', { count: files }) };
}
