import { siteData } from './data.ts';
import { documentRoute } from './urls.ts';

/** getStaticPaths for every route family; the route files under src/pages stay one-liners. */
export const yearPaths = async () => (await siteData()).years.map((view) => ({ params: { year: String(view.year) } }));

export const unitPaths = async () =>
  (await siteData()).years.flatMap((view) => view.rollup.units.map((unit) => ({ params: { year: String(view.year), unit: unit.id } })));

export const personPaths = async () =>
  (await siteData()).years.flatMap((view) => [...view.content.people.keys()].map((person) => ({ params: { year: String(view.year), person } })));

export const documentPaths = async () =>
  (await siteData()).documents.map((document) => {
    const [year = '', , ...rest] = documentRoute(document).replace(/\/$/, '').split('/');
    return { params: { year, doc: rest.join('/') }, props: { path: document.path } };
  });
