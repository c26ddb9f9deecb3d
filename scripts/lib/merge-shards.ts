import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PlanbookError } from '../../src/core/errors.ts';

/** Two shards wrote the same file with different bytes: they were not built from the same inputs. */
export class ShardMismatchError extends PlanbookError {
  readonly code = 'shard-mismatch';
  readonly exitCode = 1;
}

/** Every file under `dir`, relative with "/" separators, sorted. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/**
 * Copies the outputs of shard builds (PLANBOOK_SHARD=k/n) into `out`. Shards write disjoint pages;
 * the files every shard writes (assets, 404.html, routes.json) must be byte-identical, else the
 * shards were built from different inputs and the merge is refused (ShardMismatchError naming the file).
 * Returns how many files were copied and how many were shared.
 */
export function mergeShards(shards: readonly string[], out: string): { files: number; shared: number } {
  const owner = new Map<string, string>();
  let shared = 0;
  for (const shard of shards) {
    for (const file of siteFiles(shard)) {
      const from = path.join(shard, file);
      const to = path.join(out, file);
      const first = owner.get(file);
      if (first !== undefined) {
        if (!readFileSync(from).equals(readFileSync(to))) throw new ShardMismatchError(`${file} differs between shards ${first} and ${shard}: were they built from the same commit and PLANBOOK_AS_OF?`);
        shared++;
        continue;
      }
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(from, to);
      owner.set(file, shard);
    }
  }
  return { files: owner.size, shared };
}
