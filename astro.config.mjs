// @ts-check
import { defineConfig } from 'astro/config';

// Where the portal is served from; both can be set per deployment.
const site = process.env.PLANBOOK_SITE || 'http://localhost:4321';
const base = process.env.PLANBOOK_BASE || '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  // The benchmark builds a synthetic company beside the real portal without touching dist/ or its cache.
  outDir: process.env.PLANBOOK_OUT_DIR || './dist',
  cacheDir: process.env.PLANBOOK_CACHE_DIR || './node_modules/.astro',
  // The portal is static; the dev toolbar only gets in the way of screenshots.
  devToolbar: { enabled: false },
  // Four pages at a time: while pages are written (Node's thread pool), the next is rendered, rather
  // than the one rendering thread waiting on the file system (~12 % of a 10,000-person build).
  build: { concurrency: Number(process.env.PLANBOOK_BUILD_CONCURRENCY) || 4 },
});
