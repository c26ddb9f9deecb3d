import type { Lang } from '../i18n/index.ts';
import type { LoadedDocument } from '../model/load.ts';

/** Where the site is served from (PLANBOOK_BASE at build time), always ending in "/". */
export const BASE = ((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A route inside the site ("2026/units/east/") for a language: zh-CN at the root, English under en/. */
export function route(lang: Lang, path = ''): string {
  return `${BASE}${lang === 'en' ? 'en/' : ''}${path}`;
}

/** The same page in the other language. */
export function otherLanguage(lang: Lang, pathname: string): string {
  const inside = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  if (lang === 'en') return `${BASE}${inside.replace(/^en\/?/, '')}`;
  return `${BASE}en/${inside}`;
}

/**
 * A document's anchor on the page that shows it: its file name without extension, dots made dashes
 * ("…/03.plan.mdx" → "doc-03-plan"). Unique on its page: a page shows one folder's documents.
 */
export function documentAnchor(document: Pick<LoadedDocument, 'path'>): string {
  const stem = document.path.replace(/\.mdx?$/, '').split('/').at(-1) ?? '';
  return `doc-${stem.replace(/\./g, '-')}`;
}

/**
 * The page that shows a document, collapsed with its anchor: a person's documents on the person's
 * page, a unit's on the unit's page, the company's on the year's documents page. Pages scale with
 * people, not with files.
 */
export function documentPageRoute(document: Pick<LoadedDocument, 'path'>): string {
  const [year = '', folder, id, ...rest] = document.path.split('/');
  if (folder === 'people' && id && rest.length) return personRoute(Number(year), id);
  if (folder === 'units' && id && rest.length) return unitRoute(Number(year), id);
  return `${year}/docs/`;
}

/** "2026/units/east/budget.mdx" → "2026/units/east/#doc-budget": where a document is read. */
export function documentRoute(document: Pick<LoadedDocument, 'path'>): string {
  return `${documentPageRoute(document)}#${documentAnchor(document)}`;
}

/** The URL a document had when every document was its own page ("2026/docs/units/east/budget/"); it redirects to documentRoute. */
export function legacyDocumentRoute(document: Pick<LoadedDocument, 'path'>): string {
  const [year, ...rest] = document.path.replace(/\.mdx?$/, '').split('/');
  return `${year}/docs/${rest.join('/')}/`;
}

/**
 * The inverse of legacyDocumentRoute for a path inside the site (language prefix included or not):
 * "en/2026/docs/people/li-na/10.report/" → "en/2026/people/li-na/#doc-10-report"; undefined for
 * any other path. The 404 page uses it, so old links keep working without one file per document.
 */
export function legacyDocumentTarget(inside: string): string | undefined {
  const match = /^((?:en\/)?)(\d{4})\/docs\/(.+?)\/?$/.exec(inside);
  if (!match) return undefined;
  const [, lang = '', year = '', rest = ''] = match;
  return `${lang}${documentRoute({ path: `${year}/${rest}.mdx` })}`;
}

export const unitRoute = (year: number, unit: string) => `${year}/units/${unit}/`;
export const personRoute = (year: number, person: string) => `${year}/people/${person}/`;

/** The printable plan book of a year, or of one unit (`plan book`). */
export const bookRoute = (year: number, unit?: string) => `${year}/book/${unit === undefined ? '' : `${unit}/`}`;
/** A year's budget execution, or (in a year summarised by unit, src/site/scale.ts) one unit's with its expense reports. */
export const budgetRoute = (year: number, unit?: string) => `${year}/budget/${unit === undefined ? '' : `${unit}/`}`;
/** A year's plan versions, or (in a year summarised by unit, src/site/scale.ts) one unit's with its people. */
export const versionsRoute = (year: number, unit?: string) => `${year}/versions/${unit === undefined ? '' : `${unit}/`}`;
/** A year's pace, or (in a year summarised by unit, src/site/scale.ts) one unit's with its people. */
export const paceRoute = (year: number, unit?: string) => `${year}/pace/${unit === undefined ? '' : `${unit}/`}`;
