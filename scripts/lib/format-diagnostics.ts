import { countBySeverity, type Diagnostic } from '../../src/core/diagnostics.ts';

/** Grouped by file, one line per problem with its position, then the figures and a hint. */
export function diagnosticsAsText(diagnostics: readonly Diagnostic[]): string {
  const lines: string[] = [];
  let current = '';
  for (const diagnostic of diagnostics) {
    if (diagnostic.file !== current) {
      if (current) lines.push('');
      current = diagnostic.file;
      lines.push(current);
    }
    const where = `${diagnostic.line}:${diagnostic.column}`.padEnd(8);
    lines.push(`  ${where}${diagnostic.severity.padEnd(8)}${diagnostic.message}  [${diagnostic.rule}]`);
    if (diagnostic.expected !== undefined) lines.push(`${' '.repeat(18)}expected ${diagnostic.expected}, found ${diagnostic.actual ?? '—'}`);
    if (diagnostic.hint) lines.push(`${' '.repeat(18)}${diagnostic.hint}`);
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  const files = new Set(diagnostics.map((diagnostic) => diagnostic.file)).size;
  if (lines.length) lines.push('');
  lines.push(errors + warnings === 0 ? '✔ no problems' : `${errors ? '✖' : '⚠'} ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
  return lines.join('\n');
}

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands, so CI annotates the pull request's diff at the offending line. */
export function diagnosticsAsGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((diagnostic) => {
      const detail = [diagnostic.message, diagnostic.expected !== undefined ? `expected ${diagnostic.expected}, found ${diagnostic.actual ?? '—'}` : '', diagnostic.hint ?? '']
        .filter(Boolean)
        .join('\n');
      const properties = `file=${escapeProperty(diagnostic.file)},line=${diagnostic.line},col=${diagnostic.column},title=${escapeProperty(diagnostic.rule)}`;
      return `::${diagnostic.severity} ${properties}::${escapeData(detail)}`;
    })
    .join('\n');
}
