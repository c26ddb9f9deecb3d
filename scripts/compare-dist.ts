// Dev tool: compares two built portals file by file, to prove a refactor leaves the site as it was.
//   node scripts/compare-dist.ts OLD_DIST NEW_DIST
// Exit 0 when every HTML, JSON and XML file is byte-identical (after mapping content-hashed asset
// names, which change whenever a bundle's bytes do), 1 with the list of differences.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(prefix, entry.name);
    return entry.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/**
 * Chart ids ("chart-83", "hatch-93") come from a counter that runs across the whole build, so they
 * change with the order Astro renders pages in; numbered by first appearance in each file, a page
 * compares equal when its ids are unique and used in the same places.
 */
function renumberChartIds(text: string): string {
  const seen = new Map<string, string>();
  return text.replace(/\b(chart|hatch)-\d+\b/g, (id, prefix: string) => {
    let renamed = seen.get(id);
    if (!renamed) seen.set(id, (renamed = `${prefix}-#${seen.size + 1}`));
    return renamed;
  });
}

/** `_astro/Base.Ab12Cd.css` → `_astro/Base.HASH.css`; pagefind's fragment names likewise. */
const unhash = (text: string) =>
  renumberChartIds(text.replace(/(\/_astro\/[\w-]+?\.)[\w-]{8,}(\.\w+)/g, '$1HASH$2').replace(/(pagefind[\w/-]*?[._-])[0-9a-f]{8,}/g, '$1HASH'));

const [oldDir, newDir] = process.argv.slice(2);
if (!oldDir || !newDir) {
  console.error('usage: node scripts/compare-dist.ts OLD_DIST NEW_DIST');
  process.exit(2);
}
const compared = (dir: string) => new Set(listFiles(dir).filter((f) => /\.(html|json|xml|md)$/.test(f) && !/^pagefind(-\d+)?\//.test(f)));
const before = compared(oldDir);
const after = compared(newDir);
const problems: string[] = [];
for (const f of before) if (!after.has(f)) problems.push(`missing: ${f}`);
for (const f of after) if (!before.has(f)) problems.push(`added: ${f}`);
for (const f of before) {
  if (!after.has(f)) continue;
  const a = unhash(readFileSync(path.join(oldDir, f), 'utf8'));
  const b = unhash(readFileSync(path.join(newDir, f), 'utf8'));
  if (a !== b) problems.push(`differs: ${f}`);
}
console.log(`${before.size} files before, ${after.size} after, ${problems.length} difference${problems.length === 1 ? '' : 's'}`);
for (const p of problems.slice(0, 50)) console.log(`  ${p}`);
if (problems.length > 50) console.log(`  … and ${problems.length - 50} more`);
process.exitCode = problems.length ? 1 : 0;
