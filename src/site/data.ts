import { today } from '../core/dates.ts';
import { textIn } from '../core/messages.ts';
import { usePrerenderedBodies } from './body.ts';
import { buildLang, say as buildSay } from './build-messages.ts';
import { loadCachedSiteContent } from './content-cache.ts';
import { loadSiteContent, type SiteContent } from './load.ts';
import { siteProvenance } from './provenance.ts';
import { say as rebuildSay } from './rebuild-messages.ts';
import { parseShard } from './shard.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';

/** The content folder the portal is built from (PLANBOOK_CONTENT, for fixtures and the bench). */
export const contentDir = process.env['PLANBOOK_CONTENT'] || 'content';

/** The date the portal judges deadlines on: the build date, or PLANBOOK_AS_OF for reproducible tests. */
export const asOf = process.env['PLANBOOK_AS_OF'] || today();

/** PLANBOOK_SHARD="k/n": build only the k-th of n groups of units (src/site/shard.ts); unset builds everything. */
export const shard = parseShard(process.env['PLANBOOK_SHARD']);

let cached: Promise<SiteModel> | undefined;

/**
 * Every page reads the content through here, once per build: the same reading and validation as
 * `plan check`, on worker threads that also render the bodies (src/site/load.ts; Astro's glob loader
 * would parse YAML dates into Date objects and skip our money parsing).
 */
export function siteData(): Promise<SiteModel> {
  return (cached ??= load());
}

async function load(): Promise<SiteModel> {
  // The one-document rebuild (scripts/rebuild.ts) reads unchanged files from a cache (content-cache.ts).
  // Approvals come from Git in one batched pass (one tree walk, one shared cache), beside the content.
  const [{ load: content, bodies }, provenance] = await Promise.all([readContent(), siteProvenance(contentDir, { cache: {} })]);
  usePrerenderedBodies(bodies);
  const errors = content.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  // A rebuild (PLANBOOK_CHANGED) has no check of its own with --files: pages with a figure left out are never published.
  const first = errors[0];
  if (first && process.env['PLANBOOK_CHANGED']) throw new Error(textIn(rebuildSay('refuse.site-errors', { count: errors.length, at: `${first.file}:${first.line}:${first.column}`, rule: first.rule }), buildLang()));
  if (errors.length) console.warn(textIn(buildSay('warn.content-errors', { count: errors.length }), buildLang()));
  return buildSiteModel(content, asOf, provenance);
}

/**
 * The content on worker threads (load.ts, bodies rendered there), or — for a rebuild, with
 * PLANBOOK_SITE_CACHE set — from the site content cache, every body left to the pages.
 */
async function readContent(): Promise<SiteContent> {
  if (!process.env['PLANBOOK_SITE_CACHE']) return loadSiteContent(contentDir);
  return { load: await loadCachedSiteContent(contentDir), bodies: new Map() };
}
