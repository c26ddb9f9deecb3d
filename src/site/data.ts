import { getCollection } from 'astro:content';
import { contentDir } from '../content.config.ts';
import { today } from '../core/dates.ts';
import { placementOf } from '../model/content-files.ts';
import type { Loaded } from '../model/load.ts';
import type { DocumentData, Org } from '../schemas/index.ts';
import { siteProvenance } from './provenance.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';

/** The date the portal judges deadlines on: the build date, or PLANBOOK_AS_OF for reproducible tests. */
export const asOf = process.env['PLANBOOK_AS_OF'] || today();

/** Positions are only needed for diagnostics, which `plan check` already printed before the build. */
const nowhere = () => ({ line: 1, column: 1 });

let cached: Promise<SiteModel> | undefined;

/** Every page reads the content through here: the collections are queried once per build. */
export function siteData(): Promise<SiteModel> {
  return (cached ??= load());
}

async function load(): Promise<SiteModel> {
  // Approvals come from Git in one batched pass (one tree walk, one shared cache), beside the collections.
  const [orgs, documents, provenance] = await Promise.all([getCollection('orgs'), getCollection('documents'), siteProvenance(contentDir, { cache: {} })]);
  const loaded = <T>(entry: { id: string; data: unknown; body?: string | undefined; filePath?: string | undefined }): Loaded<T> => ({
    file: entry.filePath ?? entry.id,
    path: entry.id,
    placement: placementOf(entry.id),
    data: entry.data as T,
    body: entry.body ?? '',
    bodyLine: 1,
    locate: nowhere,
  });
  return buildSiteModel({ orgs: orgs.map((entry) => loaded<Org>(entry)), documents: documents.map((entry) => loaded<DocumentData>(entry)) }, asOf, provenance);
}
