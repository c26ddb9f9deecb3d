import { compareText } from './compare-text.ts';
import type { Lang } from './lang.ts';
import { textIn, type Text } from './messages.ts';

/**
 * One problem found in the content, with where it is and the figures involved. `Code` is the set of
 * rule codes the reporting module may use; `plan check` returns `Diagnostic<RuleCode>` (src/rules/catalog.ts).
 */
export interface Diagnostic<Code extends string = string> {
  /** Stable rule code, e.g. `budget-balance`; documented in `plan schema`. */
  rule: Code;
  severity: 'error' | 'warning';
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  /** 1-based line of the offending value. */
  line: number;
  /** 1-based column of the offending value. */
  column: number;
  /** What is wrong, in the "Unexpected X, expected Y" form where it fits; both languages until printed. */
  message: Text;
  /** The figure the rule expected, formatted for people. */
  expected?: string;
  /** The figure found. */
  actual?: string;
  /** What to do about it. */
  hint?: Text;
}

/** A diagnostic as its reader gets it: message and hint in one language (plan check's JSON, annotations). */
export type DiagnosticIn<Code extends string = string> = Omit<Diagnostic<Code>, 'message' | 'hint'> & { message: string; hint?: string };

/** `diagnostic` with its message and hint in `lang`; every other field (code, position, figures) unchanged. */
export function diagnosticIn<Code extends string>(diagnostic: Diagnostic<Code>, lang: Lang): DiagnosticIn<Code> {
  const { message, hint, ...rest } = diagnostic;
  return { ...rest, message: textIn(message, lang), ...(hint ? { hint: textIn(hint, lang) } : {}) };
}

/** What the format reference says about one rule code. */
export interface CodeDoc {
  severity: 'error' | 'warning';
  /** One sentence: what the code means to the person who wrote the file. */
  summary: string;
}

/** The codes one module reports, with their documentation: the catalog is assembled from these. */
export type CodeDocs = Record<string, CodeDoc>;

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule);
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
