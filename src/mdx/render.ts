import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { formatFenShort } from '../core/money.ts';
import type { YearRollup } from '../model/rollup.ts';
import { resolveChart, resolveFigure, type ChartKind, type ChartSubject, type FigureValue } from './figure-path.ts';
import { parseBody } from './parse.ts';

export interface RenderOptions {
  /** `.md` bodies are plain Markdown: no components. */
  mdx?: boolean;
  /** The document's year, for <Figure> and <Chart>. */
  rollup: YearRollup;
  /** Build-time SVG (with its data table) for <Chart>; supplied by the site, which knows the language. */
  chart: (kind: ChartKind, subject: ChartSubject) => string;
}

export function formatFigure(value: FigureValue): string {
  return value.kind === 'money' ? formatFenShort(value.fen) : `${(value.ratio * 100).toFixed(1)}%`;
}

const attribute = (node: MdxJsxFlowElement | MdxJsxTextElement, name: string) => {
  const found = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return found && typeof found.value === 'string' ? found.value : '';
};

/**
 * Body → HTML, never through JavaScript. Invalid content never reaches here (the build runs
 * `plan check` first), but anything unexpected renders as nothing rather than as code.
 */
export function renderBody(body: string, options: RenderOptions): string {
  const parsed = parseBody(body, { mdx: options.mdx ?? true });
  if (!parsed.ok) throw new Error(`${parsed.line}:${parsed.column} ${parsed.message}`);
  demoteHeadings(parsed.tree);
  const component: Handler = (_state: State, node: MdxJsxFlowElement | MdxJsxTextElement): ElementContent | undefined => {
    if (node.name === 'Figure') {
      const resolved = resolveFigure(options.rollup, attribute(node, 'of'));
      const text = resolved.ok ? formatFigure(resolved.value) : '—';
      return { type: 'element', tagName: 'data', properties: { className: ['figure'], value: resolved.ok && resolved.value.kind === 'money' ? String(resolved.value.fen) : '' }, children: [{ type: 'text', value: text }] } satisfies Element;
    }
    if (node.name === 'Chart') {
      const resolved = resolveChart(options.rollup, attribute(node, 'kind'), attribute(node, 'of'));
      return resolved.ok ? ({ type: 'raw', value: options.chart(resolved.kind, resolved.subject) } as unknown as ElementContent) : undefined;
    }
    return undefined;
  };
  const nothing: Handler = () => undefined;
  const hast = toHast(parsed.tree, {
    handlers: { mdxJsxFlowElement: component, mdxJsxTextElement: component, mdxjsEsm: nothing, mdxFlowExpression: nothing, mdxTextExpression: nothing },
  }) as HastRoot;
  // Raw nodes only come from our own chart renderer; Markdown HTML was dropped by toHast above.
  return toHtml(hast, { allowDangerousHtml: true });
}

/** The page has its own <h1> (the title), so the body's headings move one level down. */
function demoteHeadings(tree: Root) {
  const visit = (node: Root | Root['children'][number]) => {
    if (node.type === 'heading') (node as Heading).depth = Math.min(6, node.depth + 1) as Heading['depth'];
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
  };
  visit(tree);
}

/**
 * Plain Markdown (no components, no HTML) to HTML, for trusted generated text such as the format
 * reference. Headings get GitHub-style ids (`## market-research` → `id="market-research"`) so the
 * text's own `[…](#market-research)` links land.
 */
export function renderMarkdown(text: string): string {
  const parsed = parseBody(text, { mdx: false });
  if (!parsed.ok) throw new Error(parsed.message);
  demoteHeadings(parsed.tree);
  const hast = toHast(parsed.tree) as HastRoot;
  const used = new Map<string, number>();
  const visit = (node: HastRoot | ElementContent) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      const slug = toString(node)
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .trim()
        .replace(/\s/g, '-');
      const seen = used.get(slug) ?? 0;
      used.set(slug, seen + 1);
      node.properties['id'] = seen === 0 ? slug : `${slug}-${seen}`;
    }
    if ('children' in node) for (const child of node.children) visit(child as ElementContent);
  };
  visit(hast);
  return toHtml(hast);
}

/** The text of an element, as GitHub slugs it. */
function toString(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => toString(child)).join('') : '';
}
