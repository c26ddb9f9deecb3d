import type { Lang } from '../i18n/index.ts';
import { siteData } from './data.ts';
import { atomXml, yearFeed } from './feeds.ts';

/** The Atom document of a year's (or a unit's) feed, for the feed.xml endpoints. */
export async function feedResponse({ lang, year, unit }: { lang: Lang; year: number; unit?: string }, site: URL | undefined): Promise<Response> {
  const data = await siteData();
  const view = data.years.find((candidate) => candidate.year === year);
  if (!view) throw new Error(`No fiscal year ${year}`);
  // Without a configured site (astro.config.mjs always sets one) ids would not be absolute URLs.
  const origin = site ?? new URL('http://localhost:4321');
  return new Response(atomXml(yearFeed(data, view, lang, { origin }, unit), lang), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
