import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { listFiles } from './content-files.ts';
import { createLocator, type Locate } from '../core/positions.ts';
import { addIndex, checkContentDir, loadContent, readText, sourceOf, type FileIndex, type LoadResult } from './load.ts';
import type { WorkerInput } from './load-worker.ts';

/** Below this many files a worker's start-up (loading the schemas) costs more than it saves. */
export const PARALLEL_MIN_FILES = 5000;

/** Worker threads for a folder of `files` files: one per core, or none for small folders. */
export function defaultWorkers(files: number): number {
  return files >= PARALLEL_MIN_FILES ? availableParallelism() : 0;
}

/**
 * `loadContent` for a folder on disk, read and validated by `workers` worker threads (each a
 * contiguous slice of the sorted files), so the same result in the same order; `workers` defaults
 * to `defaultWorkers`, and 0 reads in this thread with `loadContent`. What differs is
 * what is kept: a body only where it may hold MDX (the only rule reading bodies skips the others),
 * and no YAML text: a value's line is found by reading its file again, which only files with a
 * diagnostic ever do.
 */
export async function loadContentParallel(dir: string, { cwd = process.cwd(), workers }: { cwd?: string; workers?: number } = {}): Promise<LoadResult> {
  checkContentDir(dir, cwd);
  const files = await listFiles(dir);
  const wanted = workers ?? defaultWorkers(files.length);
  if (wanted === 0) return loadContent(dir, { cwd });
  const count = Math.min(wanted, files.length);
  const size = Math.ceil(files.length / count);
  const slices = Array.from({ length: count }, (_, index) => files.slice(index * size, (index + 1) * size));
  const indexes = await Promise.all(slices.map((slice) => indexInWorker({ dir, files: slice })));
  const base = path.relative(cwd, dir).split(path.sep).join('/');
  const result: LoadResult = { dir, orgs: [], documents: [], diagnostics: [], invalid: [], partialOrgs: [], fileCount: 0 };
  for (const index of indexes.flat()) {
    if (index.kind !== 'unknown-file') result.fileCount++;
    addIndex(result, index, base === '' ? index.path : `${base}/${index.path}`, locateOnDemand(path.join(dir, index.path), index.path));
  }
  return result;
}

function indexInWorker(input: WorkerInput): Promise<FileIndex[]> {
  if (input.files.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const indexes: FileIndex[] = [];
    const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { workerData: input });
    worker.on('message', (batch: FileIndex[]) => {
      for (const index of batch) indexes.push(index);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve(indexes) : reject(new Error(`content worker stopped with exit code ${code}`))));
  });
}

/** Positions from the file on disk, parsed when a diagnostic first needs one. */
function locateOnDemand(full: string, relative: string): Locate {
  let locate: Locate | undefined;
  return (at, kind) => {
    locate ??= createLocator(sourceOf(readText(full), relative));
    return locate(at, kind);
  };
}
