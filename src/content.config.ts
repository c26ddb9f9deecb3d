import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { loadContent, type LoadResult } from './model/load.ts';
import { documentSchemas, orgSchema } from './schemas/index.ts';

/** The content folder the portal is built from (PLANBOOK_CONTENT, for fixtures and the bench). */
export const contentDir = process.env['PLANBOOK_CONTENT'] || 'content';

let loading: Promise<LoadResult> | undefined;
// Both collections come from one read of the folder, by the same code as `plan check`: Astro's own
// glob loader would parse YAML with js-yaml's default schema (dates become Date objects) and skip our money parsing.
const loadOnce = () => (loading ??= loadContent(contentDir));

/**
 * Entries carry the data `plan check` validated (amounts already in 分). The schemas below give
 * the collections their types; the data is not parsed a second time because parsing money twice
 * would multiply it by 100.
 */
function planbookLoader(kind: 'orgs' | 'documents'): Loader {
  return {
    name: `planbook-${kind}`,
    load: async ({ store, logger, generateDigest }) => {
      const result = await loadOnce();
      const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      if (errors.length) logger.warn(`${errors.length} content errors; run npm run plan -- check (npm run build refuses to build)`);
      store.clear();
      for (const entry of kind === 'orgs' ? result.orgs : result.documents) {
        const data = entry.data as unknown as Record<string, unknown>;
        store.set({ id: entry.path, data, body: entry.body, filePath: entry.file, digest: generateDigest(`${entry.path}\n${entry.body}\n${JSON.stringify(data)}`) });
      }
    },
  };
}

const s = documentSchemas;
const documentSchema = z.discriminatedUnion('type', [
  s['market-research'],
  s['sales-plan'],
  s.budget,
  s['person-plan'],
  s['monthly-plan'],
  s['monthly-report'],
  s['midyear-review'],
  s['annual-report'],
]);

export const collections = {
  orgs: defineCollection({ loader: planbookLoader('orgs'), schema: orgSchema }),
  documents: defineCollection({ loader: planbookLoader('documents'), schema: documentSchema }),
};
