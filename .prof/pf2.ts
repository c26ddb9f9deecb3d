import { searchableHtml, isSearchPage } from '/work/wt/site/scripts/lib/search-index.ts';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createIndex, close } from 'pagefind';
const site = process.argv[2];
const mode = process.argv[3] ?? 'html';
rmSync(site + '/pagefind', { recursive: true, force: true });
const t0 = performance.now();
const { index } = await createIndex({});
const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(isSearchPage);
const inflight = new Set<Promise<unknown>>();
for (const f of files) {
  const content = searchableHtml(readFileSync(site + '/' + f, 'utf8'));
  const p = index!.addHTMLFile({ sourcePath: f, content }).then(() => inflight.delete(p));
  inflight.add(p);
  if (inflight.size >= 8) await Promise.race(inflight);
}
await Promise.all(inflight);
const t1 = performance.now();
await index!.writeFiles({ outputPath: site + '/pagefind' });
const t2 = performance.now();
await close();
console.log(files.length, 'pages; index', ((t1 - t0) / 1000).toFixed(1), 'write', ((t2 - t1) / 1000).toFixed(1));
