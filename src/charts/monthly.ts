import { line, scaleBand, scaleLinear } from 'd3';
import { ACTUAL, hatch, LINE, TARGET } from './palette.ts';
import { escapeXml, r, svgDocument } from './svg.ts';

export interface MonthlyInput {
  title: string;
  desc: string;
  /** 12 months: target and actual in 分 (actual null before it is reported). */
  months: { month: number; target: number; actual: number | null }[];
  /** Attainment to date at each month's end (ratio), null before anything counts: `cumulativeAttainment` of the roll-up. */
  cumulative: (number | null)[];
  labels: { target: string; actual: string; cumulative: string; month: (month: number) => string };
  /** Axis labels for amounts, e.g. 分 → "80万". */
  formatAmount: (fen: number) => string;
}

const W = 680;
const H = 300;
const M = { top: 34, right: 52, bottom: 30, left: 64 };

/** Bars of target (hatched) and actual (solid) per month, with cumulative attainment as a line. */
export function monthlyChart(input: MonthlyInput): string {
  const { months, labels } = input;
  const x = scaleBand<number>().domain(months.map((m) => m.month)).range([M.left, W - M.right]).paddingInner(0.25).paddingOuter(0.1);
  const max = Math.max(1, ...months.map((m) => Math.max(m.target, m.actual ?? 0)));
  const y = scaleLinear().domain([0, max]).nice(4).range([H - M.bottom, M.top]);
  const cumulative = months.flatMap((m, index): [number, number][] => {
    const ratio = input.cumulative[index];
    return ratio === null || ratio === undefined ? [] : [[m.month, ratio]];
  });
  const ratioMax = Math.max(1.2, ...cumulative.map(([, ratio]) => ratio));
  const y2 = scaleLinear().domain([0, ratioMax]).nice(4).range([H - M.bottom, M.top]);
  const pattern = hatch(TARGET);
  const band = x.bandwidth() / 2;
  const parts: string[] = [];
  for (const tick of y.ticks(4)) {
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${r(y(tick))}" y2="${r(y(tick))}" stroke="#ddd"/>`);
    parts.push(`<text x="${M.left - 6}" y="${r(y(tick)) + 4}" text-anchor="end" class="tick">${escapeXml(input.formatAmount(tick))}</text>`);
  }
  for (const tick of y2.ticks(4)) {
    parts.push(`<text x="${W - M.right + 6}" y="${r(y2(tick)) + 4}" class="tick">${Math.round(tick * 100)}%</text>`);
  }
  for (const m of months) {
    const x0 = x(m.month) ?? 0;
    parts.push(`<rect x="${r(x0)}" y="${r(y(m.target))}" width="${r(band)}" height="${r(y(0) - y(m.target))}" fill="url(#${pattern.id})" stroke="${TARGET}"/>`);
    if (m.actual !== null) parts.push(`<rect x="${r(x0 + band)}" y="${r(y(m.actual))}" width="${r(band)}" height="${r(y(0) - y(m.actual))}" fill="${ACTUAL}" stroke="#000" stroke-width="0.5"/>`);
    parts.push(`<text x="${r(x0 + band)}" y="${H - M.bottom + 16}" text-anchor="middle" class="tick">${escapeXml(labels.month(m.month))}</text>`);
  }
  const path = line<[number, number]>()
    .x(([month]) => (x(month) ?? 0) + band)
    .y(([, ratio]) => y2(ratio))(cumulative);
  if (path) parts.push(`<path d="${path}" fill="none" stroke="${LINE}" stroke-width="2" stroke-dasharray="6 3"/>`);
  for (const [month, ratio] of cumulative) parts.push(`<circle cx="${r((x(month) ?? 0) + band)}" cy="${r(y2(ratio))}" r="3" fill="${LINE}"/>`);
  parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}" stroke="#333"/>`);
  // The legend names each series next to a sample of its texture, so colour is never the only cue.
  parts.push(
    `<g class="legend" transform="translate(${M.left},12)">` +
      `<rect width="14" height="12" y="-9" fill="url(#${pattern.id})" stroke="${TARGET}"/><text x="18">${escapeXml(labels.target)}</text>` +
      `<rect x="110" width="14" height="12" y="-9" fill="${ACTUAL}" stroke="#000" stroke-width="0.5"/><text x="128">${escapeXml(labels.actual)}</text>` +
      `<line x1="220" x2="244" y1="-3" y2="-3" stroke="${LINE}" stroke-width="2" stroke-dasharray="6 3"/><text x="250">${escapeXml(labels.cumulative)}</text></g>`,
  );
  return svgDocument({ width: W, height: H, title: input.title, desc: input.desc }, pattern.def, parts.join(''));
}
