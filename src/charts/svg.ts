/** Escapes text for SVG and HTML element content and attribute values. */
export function escapeXml(text: string | number): string {
  const value = String(text);
  // Most texts have nothing to escape; a 10,000-person portal escapes a few million of them.
  return XML_SPECIAL.test(value) ? value.replace(XML_SPECIALS, (char) => XML_ENTITIES[char] ?? char) : value;
}

const XML_SPECIAL = /[&<>"']/;
const XML_SPECIALS = /[&<>"']/g;
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Rounds coordinates so the markup stays small and stable across runs. */
export const r = (value: number) => Math.round(value * 10) / 10;

let counter = 0;
/** Ids must be unique per page because several charts (and their patterns) share one document. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export interface SvgFrame {
  width: number;
  height: number;
  title: string;
  desc: string;
}

/**
 * The outer <svg>: role="img" with <title>/<desc> as its text alternative. `--chart-width` is the
 * viewBox width in px: on narrow screens the chart keeps at least that width (text at its set size)
 * and scrolls sideways instead of shrinking its text below legibility.
 */
export function svgDocument(frame: SvgFrame, defs: string, body: string): string {
  const id = uniqueId('chart');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-labelledby="${id}-t ${id}-d" class="chart" style="--chart-width: ${frame.width}px" preserveAspectRatio="xMidYMid meet">` +
    `<title id="${id}-t">${escapeXml(frame.title)}</title><desc id="${id}-d">${escapeXml(frame.desc)}</desc>` +
    (defs ? `<defs>${defs}</defs>` : '') +
    body +
    '</svg>'
  );
}
