import { LANGS } from '../i18n/index.ts';
import type { SiteModel } from './site-model.ts';
import { documentRoute, personRoute, route, unitRoute } from './urls.ts';

/** Every page of the site in both languages: the sitemap the search fallback and the e2e tests walk. */
export function allRoutes(site: SiteModel): string[] {
  const inside: string[] = ['', 'years/', 'search/', 'reference/'];
  for (const view of site.years) {
    inside.push(`${view.year}/`, `${view.year}/units/`, `${view.year}/people/`, `${view.year}/docs/`);
    for (const unit of view.rollup.units) inside.push(unitRoute(view.year, unit.id));
    for (const person of view.content.people.keys()) inside.push(personRoute(view.year, person));
  }
  for (const document of site.documents) inside.push(documentRoute(document));
  return LANGS.flatMap((lang) => inside.map((path) => route(lang, path)));
}
