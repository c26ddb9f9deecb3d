import type { Lang } from '../i18n/index.ts';
import { translator } from '../i18n/index.ts';
import type { LoadedDocument } from '../model/load.ts';
import { renderBody } from '../mdx/render.ts';
import { chartFor } from './charts.ts';
import { companyName } from './names.ts';
import type { YearView } from './site-model.ts';

/**
 * Bodies without a <Chart> render the same in both languages: the second page takes the first
 * one's HTML instead of parsing the body again (half the MDX work of a 1,000-person build).
 */
const sameInBothLanguages = new WeakMap<LoadedDocument, string>();

/** Bodies rendered while the content was read (src/site/load.ts), by content path. */
let prerendered = new Map<string, string>();

/** Hands the bodies the loading workers rendered to `bodyHtml` (src/site/data.ts, once per build). */
export function usePrerenderedBodies(bodies: Map<string, string>): void {
  prerendered = bodies;
}

/** A document's MDX body as HTML in the page language (the text stays as written; chart labels follow the page). */
export function bodyHtml(document: LoadedDocument, view: YearView, lang: Lang): string {
  const ready = prerendered.get(document.path);
  if (ready !== undefined) return ready;
  const shared = sameInBothLanguages.get(document);
  if (shared !== undefined) {
    // Each body is wanted once per language: hold it no longer than the other page needs it.
    sameInBothLanguages.delete(document);
    return shared;
  }
  const t = translator(lang);
  const org = view.content.org?.data;
  let charted = false;
  const html = renderBody(document.body, {
    mdx: !document.path.endsWith('.md'),
    rollup: view.rollup,
    chart: (kind, subject) => {
      charted = true;
      return chartFor(kind, subject, view.rollup, org, lang, t, companyName(lang, org));
    },
  });
  if (!charted) sameInBothLanguages.set(document, html);
  return html;
}
