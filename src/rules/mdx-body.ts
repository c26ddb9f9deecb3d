import type { Diagnostic } from '../core/diagnostics.ts';
import { rollupYear } from '../model/rollup.ts';
import { parseBody } from '../mdx/parse.ts';
import { validateBody } from '../mdx/validate.ts';
import type { Rule } from './context.ts';

const HINT = 'Content MDX may only use Markdown, <Figure of="…" /> and <Chart kind="…" of="…" />; see the format reference.';

/** Bodies are code: no import/export, no expressions, no components but Figure and Chart, every figure path resolves, every link URL is safe. */
export const mdxBody: Rule = ({ content }) => {
  let rollup: ReturnType<typeof rollupYear> | undefined;
  const out: Diagnostic[] = [];
  for (const document of content.documents) {
    if (!mayHoldMdx(document.body)) continue;
    const parsed = parseBody(document.body, { mdx: !document.path.endsWith('.md') });
    // Body lines count from the document's first body line, so positions point into the file.
    const line = (bodyLine: number) => document.bodyLine + bodyLine - 1;
    if (!parsed.ok) {
      out.push({ rule: 'mdx-syntax', severity: 'error', file: document.file, line: line(parsed.line), column: parsed.column, message: parsed.message, hint: HINT });
      continue;
    }
    // Computed once per year, and only when some body uses a component.
    const issues = validateBody(parsed.tree, () => (rollup ??= rollupYear(content)));
    for (const issue of issues) out.push({ rule: issue.rule, severity: 'error', file: document.file, line: line(issue.line), column: issue.column, message: issue.message, hint: HINT });
  }
  return out;
};

/**
 * Only `<`, `{` and a line starting with import/export can make MDX differ from Markdown, and only
 * `](` and `]:` start a link or image whose URL must be checked; bodies without them are skipped,
 * since parsing every body doubled the time of `plan check`.
 */
export function mayHoldMdx(body: string): boolean {
  return body.includes('<') || body.includes('{') || body.includes('](') || body.includes(']:') || /^(?:import|export)\b/m.test(body);
}
