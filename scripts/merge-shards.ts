// `node scripts/merge-shards.ts OUT SHARD_DIR...`: the last step of a build split by unit
// (PLANBOOK_SHARD=k/n npm run build, one machine each): copies the shards' sites into OUT (refusing
// files that differ between shards) and builds the one search index over the merged site.
import { existsSync, rmSync } from 'node:fs';
import { PlanbookError } from '../src/core/errors.ts';
import { indexSearch } from './build.ts';
import { mergeShards } from './lib/merge-shards.ts';

const [out, ...shards] = process.argv.slice(2);
if (!out || shards.length === 0) {
  console.error('usage: node scripts/merge-shards.ts OUT SHARD_DIR...');
  process.exit(2);
}
const missing = shards.filter((dir) => !existsSync(dir));
if (missing.length) {
  console.error(`planbook merge-shards: no shard output at ${missing.join(', ')}`);
  process.exit(2);
}
const started = performance.now();
rmSync(out, { recursive: true, force: true });
try {
  const { files, shared } = mergeShards(shards, out);
  console.log(`▸ merged ${shards.length} shards: ${files} files (${shared} identical in several shards) → ${out}`);
} catch (error) {
  if (!(error instanceof PlanbookError)) throw error;
  console.error(`planbook merge-shards: ${error.message}`);
  process.exit(error.exitCode);
}
console.log('▸ pagefind (search index over the merged site)');
const code = await indexSearch(out);
console.log(`▸ done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = code;
