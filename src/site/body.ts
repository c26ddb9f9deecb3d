import type { Lang } from '../i18n/index.ts';
import { translator } from '../i18n/index.ts';
import type { LoadedDocument } from '../lib/load.ts';
import { renderBody } from '../mdx/render.ts';
import { chartFor } from './charts.ts';
import { companyName } from './names.ts';
import type { YearView } from './site-model.ts';

/** A document's MDX body as HTML in the page language (the text stays as written; chart labels follow the page). */
export function bodyHtml(document: LoadedDocument, view: YearView, lang: Lang): string {
  const t = translator(lang);
  const org = view.content.org?.data;
  return renderBody(document.body, {
    mdx: !document.path.endsWith('.md'),
    rollup: view.rollup,
    chart: (kind, subject) => chartFor(kind, subject, view.rollup, org, lang, t, companyName(lang, org)),
  });
}
