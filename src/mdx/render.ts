import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { formatFenShort } from '../core/money.ts';
import type { YearRollup } from '../model/rollup.ts';
import { resolveChart, resolveFigure, type ChartKind, type ChartSubject, type FigureValue } from './figure-path.ts';
import { parseBody } from './parse.ts';
import { SAFE_SCHEMES } from './safe-url.ts';

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
 * GitHub's allow-list (hast-util-sanitize's default) narrowed to the schemes `plan check` accepts,
 * plus the <data> element of <Figure>. Ids are not prefixed again: mdast-util-to-hast already
 * prefixes footnote ids with "user-content-" and Markdown cannot write other ids.
 */
const SANITIZE: Schema = {
  ...defaultSchema,
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'data'],
  attributes: { ...defaultSchema.attributes, data: [['className', 'figure'], 'value'] },
  protocols: { ...defaultSchema.protocols, href: [...SAFE_SCHEMES], src: ['https', 'http'] },
};

/** Stands in for a chart while the tree is sanitized; the trusted SVG goes in afterwards. */
const CHART_SLOT = 'planbook-chart';

/**
 * Body → HTML, never through JavaScript. Invalid content never reaches here (the build runs
 * `plan check` first), but anything unexpected renders as nothing rather than as code.
 */
export function renderBody(body: string, options: RenderOptions): string {
  return render(body, options) ?? '';
}

/**
 * A body as `renderBody` renders it, when it holds no <Figure> or <Chart> (whose text depends on the
 * year's roll-up and the page language); undefined for a body that does. The portal renders these on
 * its loading workers, before any figure exists (src/site/load.ts).
 */
export function renderFigureFreeBody(body: string, { mdx = true }: { mdx?: boolean } = {}): string | undefined {
  return render(body, { mdx });
}

/** renderBody; without a roll-up, undefined as soon as a component needs one. */
function render(body: string, options: Partial<RenderOptions>): string | undefined {
  const { rollup, chart } = options;
  let needsFigures = false;
  const parsed = parseBody(body, { mdx: options.mdx ?? true });
  if (!parsed.ok) throw new Error(`${parsed.line}:${parsed.column} ${parsed.message}`);
  // A body sits in its document's section (src/components/DocumentSection.astro) under the page's <h1>,
  // the section's <h3> title and its <h4> "body" heading; bodies start at `##` (the title is in the
  // frontmatter), which becomes an <h5>.
  demoteHeadings(parsed.tree, 3);
  const charts: string[] = [];
  const component: Handler = (_state: State, node: MdxJsxFlowElement | MdxJsxTextElement): ElementContent | undefined => {
    if (node.name !== 'Figure' && node.name !== 'Chart') return undefined;
    if (!rollup || !chart) {
      needsFigures = true;
      return undefined;
    }
    if (node.name === 'Figure') {
      const resolved = resolveFigure(rollup, attribute(node, 'of'));
      const text = resolved.ok ? formatFigure(resolved.value) : '—';
      return { type: 'element', tagName: 'data', properties: { className: ['figure'], value: resolved.ok && resolved.value.kind === 'money' ? String(resolved.value.fen) : '' }, children: [{ type: 'text', value: text }] } satisfies Element;
    }
    if (node.name === 'Chart') {
      const resolved = resolveChart(rollup, attribute(node, 'kind'), attribute(node, 'of'));
      if (!resolved.ok) return undefined;
      charts.push(chart(resolved.kind, resolved.subject));
      return { type: 'element', tagName: CHART_SLOT, properties: {}, children: [] } satisfies Element;
    }
    return undefined;
  };
  const nothing: Handler = () => undefined;
  const hast = toHast(parsed.tree, {
    handlers: { mdxJsxFlowElement: component, mdxJsxTextElement: component, mdxjsEsm: nothing, mdxFlowExpression: nothing, mdxTextExpression: nothing },
  }) as HastRoot;
  if (needsFigures) return undefined;
  // Every URL and attribute the author wrote passes the allow-list, whatever `plan check` said.
  const safe = sanitize(hast, { ...SANITIZE, tagNames: [...(SANITIZE.tagNames ?? []), CHART_SLOT] }) as HastRoot;
  // Raw nodes only come from our own chart renderer; Markdown HTML was dropped by toHast above.
  let next = 0;
  const withCharts = (node: HastNodes): void => {
    if (!('children' in node)) return;
    node.children = node.children.map((child) => (child.type === 'element' && child.tagName === CHART_SLOT ? ({ type: 'raw', value: charts[next++] ?? '' } as unknown as ElementContent) : child));
    for (const child of node.children) withCharts(child);
  };
  withCharts(safe);
  return toHtml(safe, { allowDangerousHtml: true });
}

/** Moves every heading `levels` down (at most to <h6>), below the headings of the page around it. */
function demoteHeadings(tree: Root, levels = 1) {
  const visit = (node: Root | Root['children'][number]) => {
    if (node.type === 'heading') (node as Heading).depth = Math.min(6, node.depth + levels) as Heading['depth'];
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
