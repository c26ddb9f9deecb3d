import { documentTypes, type DocumentType } from '../schemas/index.ts';
import { DOCUMENT_TYPES, ORG_PATH } from './document-types.ts';

/** Extensions a content file may have; everything else under content/ is reported. */
export const CONTENT_EXTENSIONS = ['.md', '.mdx', '.yaml', '.yml'];

// Apart, so that a worker listing the content folder loads no schemas (src/site/list-worker.ts).
export { listFiles } from './list-files.ts';

export type Placement =
  | { kind: 'org'; year: number }
  | { kind: 'document'; year: number; type: DocumentType; unit?: string; person?: string; month?: number };

/** What fills each placeholder of a registry path pattern, as a regular expression group. */
const PLACEHOLDERS: Record<string, string> = { '<year>': '(?<year>\\d{4})', '<unit>': '(?<unit>[^/]+)', '<person>': '(?<person>[^/]+)', '<MM>': '(?<month>\\d{2})' };

/** One matcher per type, from the registry's path patterns; the extension is matched separately. */
const MATCHERS = documentTypes.map((type) => {
  const stem = DOCUMENT_TYPES[type].path.replace(/\.mdx$/, '');
  const source = stem.replace(/[.]/g, '\\.').replace(/<[a-zA-Z]+>/g, (placeholder) => PLACEHOLDERS[placeholder] ?? placeholder);
  return { type, pattern: new RegExp(`^${source}$`) };
});

const ORG = /^\d{4}\/org(?:\.(?:mdx?|ya?ml))?$/;

/** Whether `placementOf` says the file is a year's organisation file, without trying each document type's pattern. */
export function isOrgPath(relative: string): boolean {
  return ORG.test(relative);
}

/**
 * What a file's path says it is. The layout is meant to be guessable:
 * `2027/org.yaml`, `2027/market-research.mdx`, `2027/units/east/budget.mdx`,
 * `2027/people/zhang-san/plan.mdx`, `2027/people/zhang-san/03.plan.mdx`, `…/03.report.mdx`.
 * Any content extension is accepted here; the file-location rule asks for the registry's.
 */
export function placementOf(relative: string): Placement | undefined {
  if (isOrgPath(relative)) return { kind: 'org', year: Number(relative.slice(0, 4)) };
  const stem = relative.replace(/\.(mdx?|ya?ml)$/, '');
  for (const { type, pattern } of MATCHERS) {
    const groups = pattern.exec(stem)?.groups;
    if (!groups) continue;
    const { year = '', unit, person, month } = groups;
    return { kind: 'document', year: Number(year), type, ...(unit ? { unit } : {}), ...(person ? { person } : {}), ...(month ? { month: Number(month) } : {}) };
  }
  return undefined;
}

/**
 * Each type's path pattern cut at its placeholders once: the text before each placeholder, then
 * the placeholder, and the text after the last. `pathFor` runs for every document of a check.
 */
const TEMPLATES = new Map(documentTypes.map((type) => {
  const pattern = DOCUMENT_TYPES[type].path;
  const parts: { text: string; placeholder: string }[] = [];
  let start = 0;
  for (const match of pattern.matchAll(/<[a-zA-Z]+>/g)) {
    parts.push({ text: pattern.slice(start, match.index), placeholder: match[0] });
    start = match.index + match[0].length;
  }
  return [type, { parts, tail: pattern.slice(start) }];
}));

/** The path a document should live at, for messages and scaffolding: its type's pattern filled in. */
export function pathFor(placement: Placement): string {
  if (placement.kind === 'org') return ORG_PATH.replace('<year>', String(placement.year));
  const { year, type, unit = '', person = '', month = 0 } = placement;
  const template = TEMPLATES.get(type);
  if (!template) return DOCUMENT_TYPES[type].path;
  let out = '';
  for (const { text, placeholder } of template.parts) {
    const value = placeholder === '<year>' ? String(year) : placeholder === '<unit>' ? unit : placeholder === '<person>' ? person : placeholder === '<MM>' ? String(month).padStart(2, '0') : placeholder;
    out += text + value;
  }
  return out + template.tail;
}
