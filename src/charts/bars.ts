import { scaleBand, scaleLinear } from 'd3';
import { ACTUAL, hatch, TARGET } from './palette.ts';
import { escapeXml, r, svgDocument } from './svg.ts';

export interface PairedBarsInput {
  title: string;
  desc: string;
  rows: { label: string; planned: number; actual: number }[];
  labels: { planned: string; actual: string };
  format: (value: number) => string;
}

const W = 680;
const LEFT = 120;
const RIGHT = 110;

/** Horizontal pairs: planned (hatched) over actual (solid), each labelled with its value. */
export function pairedBars(input: PairedBarsInput): string {
  const rowHeight = 34;
  const top = 28;
  const H = top + input.rows.length * rowHeight + 10;
  const y = scaleBand<number>().domain(input.rows.map((_, index) => index)).range([top, H - 10]).paddingInner(0.2);
  const max = Math.max(1, ...input.rows.map((row) => Math.max(row.planned, row.actual)));
  const x = scaleLinear().domain([0, max]).range([LEFT, W - RIGHT]);
  const pattern = hatch(TARGET);
  const half = y.bandwidth() / 2;
  const parts = input.rows.map((row, index) => {
    const y0 = y(index) ?? 0;
    return (
      `<text x="${LEFT - 6}" y="${r(y0 + half + 4)}" text-anchor="end" class="label">${escapeXml(row.label)}</text>` +
      `<rect x="${LEFT}" y="${r(y0)}" width="${r(x(row.planned) - LEFT)}" height="${r(half - 1)}" fill="url(#${pattern.id})" stroke="${TARGET}"/>` +
      `<text x="${r(x(row.planned) + 4)}" y="${r(y0 + half - 3)}" class="value">${escapeXml(input.format(row.planned))}</text>` +
      `<rect x="${LEFT}" y="${r(y0 + half)}" width="${r(x(row.actual) - LEFT)}" height="${r(half - 1)}" fill="${ACTUAL}" stroke="#000" stroke-width="0.5"/>` +
      `<text x="${r(x(row.actual) + 4)}" y="${r(y0 + 2 * half - 3)}" class="value">${escapeXml(input.format(row.actual))}</text>`
    );
  });
  parts.push(
    `<g class="legend" transform="translate(${LEFT},14)">` +
      `<rect width="14" height="12" y="-9" fill="url(#${pattern.id})" stroke="${TARGET}"/><text x="18">${escapeXml(input.labels.planned)}</text>` +
      `<rect x="110" width="14" height="12" y="-9" fill="${ACTUAL}" stroke="#000" stroke-width="0.5"/><text x="128">${escapeXml(input.labels.actual)}</text></g>`,
  );
  return svgDocument({ width: W, height: H, title: input.title, desc: input.desc }, pattern.def, parts.join(''));
}

export interface RatioBarsInput {
  title: string;
  desc: string;
  rows: { label: string; ratio: number }[];
}

/** One bar per row for a ratio, with a marked 100% line and the percentage printed on each bar. */
export function ratioBars(input: RatioBarsInput): string {
  const rowHeight = 26;
  const top = 10;
  const H = top + input.rows.length * rowHeight + 24;
  const y = scaleBand<number>().domain(input.rows.map((_, index) => index)).range([top, H - 24]).paddingInner(0.25);
  const max = Math.max(1.2, ...input.rows.map((row) => row.ratio));
  const x = scaleLinear().domain([0, max]).range([LEFT, W - 70]);
  const parts = input.rows.map((row, index) => {
    const y0 = y(index) ?? 0;
    const fill = row.ratio >= 1 ? '#009E73' : '#D55E00';
    return (
      `<text x="${LEFT - 6}" y="${r(y0 + y.bandwidth() / 2 + 4)}" text-anchor="end" class="label">${escapeXml(row.label)}</text>` +
      `<rect x="${LEFT}" y="${r(y0)}" width="${r(x(row.ratio) - LEFT)}" height="${r(y.bandwidth())}" fill="${fill}" stroke="#000" stroke-width="0.5"/>` +
      `<text x="${r(x(row.ratio) + 4)}" y="${r(y0 + y.bandwidth() / 2 + 4)}" class="value">${(row.ratio * 100).toFixed(1)}%</text>`
    );
  });
  parts.push(`<line x1="${r(x(1))}" x2="${r(x(1))}" y1="${top - 4}" y2="${H - 20}" stroke="#000" stroke-dasharray="4 3"/>`);
  parts.push(`<text x="${r(x(1))}" y="${H - 6}" text-anchor="middle" class="tick">100%</text>`);
  return svgDocument({ width: W, height: H, title: input.title, desc: input.desc }, '', parts.join(''));
}
