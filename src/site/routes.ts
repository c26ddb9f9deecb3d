import { LANGS } from '../i18n/index.ts';
import { siteData } from './data.ts';
import type { SiteModel, YearView } from './site-model.ts';
import { bookRoute, budgetRoute, documentRoute, paceRoute, personRoute, route, unitRoute, versionsRoute } from './urls.ts';

// Every route of the portal in one module: the getStaticPaths of each route family and the sitemap.
// (Kept apart from what only pages import: Astro would otherwise bundle it with Base.astro and name
// the site's stylesheet after this module.)

interface StaticPath<P extends object> {
  params: Record<string, string>;
  props: P;
}

/**
 * Each page in both languages from one route tree (src/pages/[...lang]/): zh-CN at the site root
 * (`lang` undefined), English under en/. The two languages of a page are yielded side by side so a
 * body rendered for the first (src/site/body.ts) is reused by the second right away.
 */
function inBothLanguages<P extends object>(paths: StaticPath<P>[]) {
  return paths.flatMap((path) => LANGS.map((lang) => ({ params: { ...path.params, lang: lang === 'en' ? 'en' : undefined }, props: { ...path.props, lang } })));
}

/** getStaticPaths for every route family; the route files under src/pages stay one-liners. */
export const langPaths = () => inBothLanguages([{ params: {}, props: {} }]);

export const yearPaths = async () => inBothLanguages((await siteData()).years.map((view) => ({ params: { year: String(view.year) }, props: { year: view.year } })));

export const unitPaths = async () =>
  inBothLanguages((await siteData()).years.flatMap((view) => view.rollup.units.map((unit) => ({ params: { year: String(view.year), unit: unit.id }, props: { year: view.year, unit: unit.id } }))));

/**
 * Everyone with a page in a year: each person of org.yaml (approvers who own no plan included, so
 * their 我的待办 has a page) and anyone with a content folder.
 */
export function personIds(view: YearView): string[] {
  return [...new Set([...(view.content.org?.data.people ?? []).map((person) => person.id), ...view.content.people.keys()])];
}

export const personPaths = async () =>
  inBothLanguages((await siteData()).years.flatMap((view) => personIds(view).map((person) => ({ params: { year: String(view.year), person }, props: { year: view.year, person } }))));

export const documentPaths = async () =>
  inBothLanguages(
    (await siteData()).documents.map((document) => {
      const [year = '', , ...rest] = documentRoute(document).replace(/\/$/, '').split('/');
      return { params: { year, doc: rest.join('/') }, props: { path: document.path } };
    }),
  );

/** Every page of the site in both languages: the sitemap the search fallback and the e2e tests walk. */
export function allRoutes(site: SiteModel): string[] {
  const inside: string[] = ['', 'years/', 'search/', 'reference/'];
  for (const view of site.years) {
    inside.push(`${view.year}/`, `${view.year}/units/`, `${view.year}/people/`, `${view.year}/docs/`, bookRoute(view.year), budgetRoute(view.year), versionsRoute(view.year), paceRoute(view.year));
    for (const unit of view.rollup.units) inside.push(unitRoute(view.year, unit.id), bookRoute(view.year, unit.id));
    for (const person of personIds(view)) inside.push(personRoute(view.year, person));
  }
  for (const document of site.documents) inside.push(documentRoute(document));
  return LANGS.flatMap((lang) => inside.map((path) => route(lang, path)));
}
