// `node scripts/check-links.ts [DIST]`: every internal link, asset and #fragment in the built portal
// resolves (see scripts/lib/dist-links.ts). Exit 1 with one line per broken reference.
import path from 'node:path';
import { checkDistLinks } from './lib/dist-links.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.argv[2] ?? 'dist');
// The same base the portal was built with (astro.config.mjs).
const base = process.env['PLANBOOK_BASE'] || '/';

const started = performance.now();
const { pages, checked, broken } = await checkDistLinks(dist, { base });
for (const link of broken) console.error(`${path.relative(root, path.join(dist, link.page))}: ${link.attribute} "${link.url}": ${link.reason}`);
const summary = `${pages} pages, ${checked} internal links and assets, ${broken.length} broken (${((performance.now() - started) / 1000).toFixed(1)} s)`;
if (pages === 0) {
  console.error(`planbook: no HTML pages in ${path.relative(root, dist) || '.'}; build the portal first (npm run build)`);
  process.exitCode = 1;
} else if (broken.length > 0) {
  console.error(`planbook: ${summary}`);
  process.exitCode = 1;
} else {
  console.log(`planbook: ${summary}`);
}
