import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { YearRollup } from '../model/rollup.ts';
import { resolveChart, resolveFigure } from './figure-path.ts';
import { isSafeUrl, SAFE_SCHEMES } from './safe-url.ts';

export type MdxRule = 'mdx-esm' | 'mdx-expression' | 'mdx-unknown-component' | 'mdx-figure-path' | 'mdx-syntax' | 'unsafe-url';

/** A problem in a body, positioned relative to the body's first line. */
export interface BodyIssue {
  rule: MdxRule;
  line: number;
  column: number;
  message: string;
}

/** The only components content may use; they need no import. */
export const COMPONENTS = {
  Figure: ['of'],
  Chart: ['kind', 'of'],
} as const;

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Everything that would make a body run code, link to a script (`javascript:`) or print a figure that does not exist.
 * `rollup` gives the document's year: figure paths are checked against it (skipped when absent).
 * It is a function because most bodies use no component and never need the roll-up.
 */
export function validateBody(tree: Root, rollup?: () => YearRollup): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  walk(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const word = /^\s*(import|export)/.exec(node.value)?.[1] ?? 'import/export';
        issues.push({ rule: 'mdx-esm', ...at(node), message: `Unexpected \`${word}\` statement, expected none: content MDX cannot import or export code` });
        return 'skip';
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        issues.push({ rule: 'mdx-expression', ...at(node), message: `Unexpected JavaScript expression {${truncate(node.value)}}, expected plain text; to print a figure use <Figure of="…" />, to show a brace write \\{` });
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, at(node), issues, rollup);
        return undefined;
      case 'html':
        // Only .md bodies have raw HTML (MDX reads tags as components). The portal drops it, so a
        // tag (or a script link in one) would vanish without a word: report it like a component,
        // once per element (not its closing tag); a comment is meant to vanish.
        if (/^<(?:\/|!--)/.test(node.value)) return undefined;
        issues.push({ rule: 'mdx-unknown-component', ...at(node), message: `Unexpected HTML ${truncate(/^<[^>]*>?/.exec(node.value)?.[0] ?? node.value)}, expected Markdown: the portal does not show HTML; write a link as [text](https://…)` });
        return undefined;
      case 'link':
      case 'image':
      case 'definition':
        if (!isSafeUrl(node.url)) {
          const what = node.type === 'image' ? 'image source' : 'link';
          issues.push({ rule: 'unsafe-url', ...at(node), message: `Unexpected ${what} ${JSON.stringify(truncate(node.url))}, expected an ${SAFE_SCHEMES.join(', ')} or relative URL: link to the web page itself` });
        }
        return undefined;
      default:
        return undefined;
    }
  });
  return issues;
}

function checkElement(node: Element, position: { line: number; column: number }, issues: BodyIssue[], getRollup: (() => YearRollup) | undefined) {
  const name = node.name ?? '<>';
  if (!Object.hasOwn(COMPONENTS, name)) {
    issues.push({ rule: 'mdx-unknown-component', ...position, message: `Unexpected component <${name}>, expected one of ${Object.keys(COMPONENTS).map((known) => `<${known}>`).join(', ')} (HTML tags are not allowed either; use Markdown)` });
    return;
  }
  const allowed: readonly string[] = COMPONENTS[name as keyof typeof COMPONENTS];
  const values: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      issues.push({ rule: 'mdx-expression', ...position, message: `Unexpected spread {${truncate(attribute.value)}} on <${name}>, expected plain attributes like of="…"` });
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      issues.push({ rule: 'mdx-expression', ...position, message: `Unexpected JavaScript expression in ${attribute.name}={${truncate(attribute.value.value)}} on <${name}>, expected a quoted string like ${attribute.name}="…"` });
      continue;
    }
    if (!allowed.includes(attribute.name)) {
      issues.push({ rule: 'mdx-unknown-component', ...position, message: `Unexpected attribute "${attribute.name}" on <${name}>, expected ${allowed.join(', ')}` });
      continue;
    }
    values[attribute.name] = attribute.value ?? '';
  }
  const missing = allowed.filter((key) => !(key in values));
  if (missing.length) {
    if (!issues.some((issue) => issue.line === position.line && issue.rule === 'mdx-expression')) {
      issues.push({ rule: 'mdx-figure-path', ...position, message: `Missing attribute ${missing.map((key) => `${key}="…"`).join(' ')} on <${name}>` });
    }
    return;
  }
  if (!getRollup) return;
  const rollup = getRollup();
  const resolved = name === 'Figure' ? resolveFigure(rollup, values['of'] ?? '') : resolveChart(rollup, values['kind'] ?? '', values['of'] ?? '');
  if (!resolved.ok) issues.push({ rule: 'mdx-figure-path', ...position, message: resolved.message });
}

const truncate = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text).replace(/\s+/g, ' ');

/** Depth-first walk; returning 'skip' leaves the node's children alone. */
function walk(node: Nodes, visitor: (node: Nodes) => 'skip' | undefined): void {
  if (visitor(node) === 'skip') return;
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visitor);
}
