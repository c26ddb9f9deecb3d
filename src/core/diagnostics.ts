/** One problem found in the content, with where it is and the figures involved. */
export interface Diagnostic {
  /** Stable rule code, e.g. `budget-balance`; documented in `plan schema`. */
  rule: string;
  severity: 'error' | 'warning';
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  /** 1-based line of the offending value. */
  line: number;
  /** 1-based column of the offending value. */
  column: number;
  /** What is wrong, in the "Unexpected X, expected Y" form where it fits. */
  message: string;
  /** The figure the rule expected, formatted for people. */
  expected?: string;
  /** The figure found. */
  actual?: string;
  /** What to do about it. */
  hint?: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]) {
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
