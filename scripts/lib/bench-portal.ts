// `node scripts/lib/bench-portal.ts`: the pages and search index of `npm run build` (scripts/lib/build-pages.ts
// buildPages: astro build with pagefind indexing beside it), without its plan check and schema steps,
// for the bench (scripts/lib/bench-site.ts). Astro reads PLANBOOK_CONTENT, PLANBOOK_OUT_DIR… from the environment.
import { buildPages } from './build-pages.ts';
import { say } from '../../src/site/build-messages.ts';
import { createProgress } from './progress.ts';

const outDir = process.env['PLANBOOK_OUT_DIR'] || 'dist';
// In English: bench-site.ts reads the pages written so far from its lines (PAGES_SO_FAR).
const progress = createProgress({ logEvery: 15_000, lang: 'en' });
process.exitCode = await buildPages({ outDir, env: process.env, search: true, step: progress.step(say('step.pages')) });
