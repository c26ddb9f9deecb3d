import { LANGS } from '../i18n/index.ts';
import { affectedKeys } from './affected.ts';
import { shard, siteData } from './data.ts';
import { summarisedByUnit } from './scale.ts';
import { personUnit, shardFilter } from './shard.ts';
import type { SiteModel, YearView } from './site-model.ts';
import { bookRoute, budgetRoute, legacyDocumentRoute, paceRoute, personRoute, route, unitRoute, versionsRoute } from './urls.ts';

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

/**
 * Documents have no pages of their own (they are sections of their person's or unit's page); their
 * old URLs redirect with one tiny page each up to this many documents. Beyond it the 404 page
 * redirects by pattern (src/site/urls.ts legacyDocumentTarget): 520,000 stubs for 10,000 people would
 * cost more than the portal itself.
 */
export const LEGACY_PAGES_MAX = 2000;

/** What this build makes (PLANBOOK_SHARD): the shared pages, and the units of its group; in a rebuild, of those only the pages the change affects. */
const selected = async () => {
  const site = await siteData();
  return { site, filter: shardFilter(site, shard, affectedKeys(site)) };
};

/** getStaticPaths for every route family; the route files under src/pages stay one-liners. */
export const langPaths = async () => {
  const { filter } = await selected();
  return inBothLanguages(filter.shared && filter.page('') ? [{ params: {}, props: {} }] : []);
};

/**
 * The root pages that read less of the content than the others (src/site/affected.ts): the search
 * page lists units, people and the company's and units' documents, the reference page none of it.
 */
export const searchPaths = async () => {
  const { filter } = await selected();
  return inBothLanguages(filter.shared && filter.page('search/') ? [{ params: {}, props: {} }] : []);
};

export const referencePaths = async () => {
  const { filter } = await selected();
  return inBothLanguages(filter.shared && filter.page('reference/') ? [{ params: {}, props: {} }] : []);
};

export const yearPaths = async () => {
  const { site, filter } = await selected();
  return inBothLanguages(filter.shared ? site.years.filter((view) => filter.page(`${view.year}/`)).map((view) => ({ params: { year: String(view.year) }, props: { year: view.year } })) : []);
};

/** Each unit's pages, in the unit's family (src/site/affected.ts) and shard: of every year, or only of the years summarised by unit. */
async function unitPathsOf(years: (view: YearView) => boolean) {
  const { site, filter } = await selected();
  return inBothLanguages(
    site.years
      .filter(years)
      .flatMap((view) => view.rollup.units.filter((unit) => filter.unit(unit.id) && filter.page(unitRoute(view.year, unit.id))).map((unit) => ({ params: { year: String(view.year), unit: unit.id }, props: { year: view.year, unit: unit.id } }))),
  );
}

export const unitPaths = () => unitPathsOf(() => true);

/** A unit's share of a year page that lists every person (src/site/scale.ts), only in the years too large for one page. */
export const summarisedUnitPaths = () => unitPathsOf((view) => summarisedByUnit(view.rollup));

/**
 * Everyone with a page in a year: each person of org.yaml (approvers who own no plan included, so
 * their 我的待办 has a page) and anyone with a content folder.
 */
export function personIds(view: YearView): string[] {
  return [...new Set([...(view.content.org?.data.people ?? []).map((person) => person.id), ...view.content.people.keys()])];
}

export const personPaths = async () => {
  const { site, filter } = await selected();
  return inBothLanguages(
    site.years.flatMap((view) => personIds(view).filter((person) => filter.unit(personUnit(view, person)) && filter.page(personRoute(view.year, person))).map((person) => ({ params: { year: String(view.year), person }, props: { year: view.year, person } }))),
  );
};

/** The redirect pages of documents' old URLs (see LEGACY_PAGES_MAX), each in the shard of its unit. */
export const documentPaths = async () => {
  const { site, filter } = await selected();
  if (site.documents.length > LEGACY_PAGES_MAX) return [];
  const views = new Map(site.years.map((view) => [view.year, view]));
  return inBothLanguages(
    site.documents
      .filter((document) => {
        if (!filter.page(legacyDocumentRoute(document))) return false;
        const [year = '', folder, id] = document.path.split('/');
        const view = views.get(Number(year));
        if (folder === 'units') return filter.unit(id);
        if (folder === 'people' && view && id) return filter.unit(personUnit(view, id));
        return filter.shared;
      })
      .map((document) => {
        const [year = '', , ...rest] = legacyDocumentRoute(document).replace(/\/$/, '').split('/');
        return { params: { year, doc: rest.join('/') }, props: { path: document.path } };
      }),
  );
};

/** Every page of the site in both languages (not the old documents' redirects): the sitemap the search fallback and the e2e tests walk. */
export function allRoutes(site: SiteModel): string[] {
  const inside: string[] = ['', 'years/', 'search/', 'reference/'];
  for (const view of site.years) {
    inside.push(`${view.year}/`, `${view.year}/units/`, `${view.year}/people/`, `${view.year}/docs/`, bookRoute(view.year), budgetRoute(view.year), versionsRoute(view.year), paceRoute(view.year));
    for (const unit of view.rollup.units) inside.push(unitRoute(view.year, unit.id), bookRoute(view.year, unit.id), ...(summarisedByUnit(view.rollup) ? [budgetRoute(view.year, unit.id), paceRoute(view.year, unit.id), versionsRoute(view.year, unit.id)] : []));
    for (const person of personIds(view)) inside.push(personRoute(view.year, person));
  }
  return LANGS.flatMap((lang) => inside.map((path) => route(lang, path)));
}
