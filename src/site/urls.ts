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

/** "2026/units/east/budget.mdx" → "2026/docs/units/east/budget/". */
export function documentRoute(document: Pick<LoadedDocument, 'path'>): string {
  const [year, ...rest] = document.path.replace(/\.mdx?$/, '').split('/');
  return `${year}/docs/${rest.join('/')}/`;
}

export const unitRoute = (year: number, unit: string) => `${year}/units/${unit}/`;
export const personRoute = (year: number, person: string) => `${year}/people/${person}/`;

/** The printable plan book of a year, or of one unit (`plan book`). */
export const bookRoute = (year: number, unit?: string) => `${year}/book/${unit === undefined ? '' : `${unit}/`}`;
export const budgetRoute = (year: number) => `${year}/budget/`;
export const versionsRoute = (year: number) => `${year}/versions/`;
export const paceRoute = (year: number) => `${year}/pace/`;
