import { escapeXml } from './svg.ts';

/** The data behind a chart, shown next to it as an accessible table. */
export interface ChartTable {
  caption: string;
  head: string[];
  rows: string[][];
  /** Columns (by index) that hold numbers, right-aligned. */
  numeric?: number[];
}

export interface ChartSpec {
  svg: string;
  table: ChartTable;
  /** When set, there is nothing to plot: this sentence (what is missing) is shown under the title instead of a flat chart. */
  empty?: string;
}

export function tableHtml(table: ChartTable): string {
  const numeric = new Set(table.numeric ?? []);
  const cell = (tag: 'td' | 'th', text: string, index: number, scope = '') =>
    `<${tag}${scope}${numeric.has(index) ? ' class="num"' : ''}>${escapeXml(text)}</${tag}>`;
  const head = table.head.map((text, index) => cell('th', text, index, ' scope="col"')).join('');
  const rows = table.rows.map((row) => `<tr>${row.map((text, index) => (index === 0 ? cell('th', text, index, ' scope="row"') : cell('td', text, index))).join('')}</tr>`).join('');
  return `<table class="data"><caption>${escapeXml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** A chart with its data table beside it: the table is the text alternative that holds every figure. */
export function chartHtml(spec: ChartSpec): string {
  if (spec.empty !== undefined) return `<figure class="chart-figure chart-empty"><figcaption>${escapeXml(spec.table.caption)}</figcaption><p class="note">${escapeXml(spec.empty)}</p></figure>`;
  // Charts and their tables are figures, not words: indexing them made pagefind's memory grow past 2 GB on a 1,000-person company.
  return `<figure class="chart-figure" data-pagefind-ignore="all"><div class="chart-svg">${spec.svg}</div><div class="chart-data">${tableHtml(spec.table)}</div></figure>`;
}
