import type { CodeDoc, Diagnostic } from '../core/diagnostics.ts';
import { rollupYear } from '../model/rollup.ts';
import { validateBody, type MdxRule } from '../mdx/validate.ts';
import { mayHoldMdx } from '../mdx/may-hold-mdx.ts';
import type { Rule } from './context.ts';
import { verbatim } from '../core/messages.ts';
import { say } from './rule-messages.ts';

const HINT = say('mdx-body.hint');

/**
 * The MDX parser (micromark with the MDX and GFM extensions: a quarter of `plan check`'s start-up),
 * loaded by `loadMdxParser` only when some body may hold MDX; most bodies are plain Markdown.
 */
let parser: typeof import('../mdx/parse.ts') | undefined;

/** Loads the MDX parser if one of `documents` may hold MDX: the check pipeline awaits it before `mdxBody` runs. */
export async function loadMdxParser(documents: readonly { body: string }[]): Promise<void> {
  if (!parser && documents.some((document) => mayHoldMdx(document.body))) parser = await import('../mdx/parse.ts');
}

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'mdx-syntax': { severity: 'error', summary: 'A document body that is not valid MDX (e.g. an unclosed tag or a stray `{`).' },
  'mdx-esm': { severity: 'error', summary: 'An `import` or `export` in a document body: content never runs code.' },
  'mdx-expression': { severity: 'error', summary: 'A JavaScript expression `{…}` in a body or a component attribute.' },
  'mdx-unknown-component': { severity: 'error', summary: 'A component or HTML tag other than `<Figure>` and `<Chart>`, or an unknown attribute.' },
  'unsafe-url': { severity: 'error', summary: 'A link or image in a document body whose URL is not https, http, mailto or relative (e.g. `javascript:`).' },
  'mdx-figure-path': { severity: 'error', summary: 'A `<Figure of>` or `<Chart kind of>` that names no figure of the year (e.g. `units.east.actual`).' },
} as const satisfies Record<MdxRule, CodeDoc>;

/** Bodies are code: no import/export, no expressions, no components but Figure and Chart, every figure path resolves, every link URL is safe. */
export const mdxBody: Rule<keyof typeof codes> = ({ content, asOf }) => {
  let rollup: ReturnType<typeof rollupYear> | undefined;
  const out: Diagnostic<keyof typeof codes>[] = [];
  for (const document of content.documents) {
    if (!mayHoldMdx(document.body)) continue;
    if (!parser) throw new Error('mdxBody ran before loadMdxParser');
    const parsed = parser.parseBody(document.body, { mdx: !document.path.endsWith('.md') });
    // Body lines count from the document's first body line, so positions point into the file.
    const line = (bodyLine: number) => document.bodyLine + bodyLine - 1;
    if (!parsed.ok) {
      out.push({ rule: 'mdx-syntax', severity: 'error', file: document.file, line: line(parsed.line), column: parsed.column, message: verbatim(parsed.message), hint: HINT });
      continue;
    }
    // Computed once per year, and only when some body uses a component.
    const issues = validateBody(parsed.tree, () => (rollup ??= rollupYear(content, asOf)));
    for (const issue of issues) out.push({ rule: issue.rule, severity: 'error', file: document.file, line: line(issue.line), column: issue.column, message: verbatim(issue.message), hint: HINT });
  }
  return out;
};
