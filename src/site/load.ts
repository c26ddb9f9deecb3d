import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { listFiles } from '../model/content-files.ts';
import { checkContentDir, loadContent, type LoadResult } from '../model/load.ts';
import { loadFromIndexes, PARALLEL_MIN_FILES } from '../model/load-parallel.ts';
import type { SiteFileIndex, SiteWorkerInput } from './load-worker.ts';

/** The portal's content: the same load as `plan check`, and the bodies the workers rendered, by content path. */
export interface SiteContent {
  load: LoadResult;
  /** HTML of each body that needs no figures, by content path (`Loaded.path`); such documents' `body` is ''. */
  bodies: Map<string, string>;
}

/** Old-generation heap of each worker: the schemas, the Markdown parser and one batch. */
const WORKER_HEAP_MB = 192;

/**
 * Reads the content folder for the portal on one worker thread per core (src/site/load-worker.ts;
 * a contiguous slice of the sorted files each): the files are parsed and validated as `plan check`
 * does, and each body that needs no figures is rendered there, in parallel, so the pages only
 * render the few with <Figure> or <Chart>. Below PARALLEL_MIN_FILES files (or with `workers: 0`) it
 * is `loadContent` in this thread, every body left to the pages.
 *
 * `worker` names the worker's module: Astro bundles this file, so the module is found from the
 * project root (where the build runs, as the content folder is) rather than from import.meta.url.
 */
export async function loadSiteContent(dir: string, { cwd = process.cwd(), workers, worker = path.resolve(cwd, 'src/site/load-worker.ts') }: { cwd?: string; workers?: number; worker?: string } = {}): Promise<SiteContent> {
  checkContentDir(dir, cwd);
  const files = await listFiles(dir);
  const count = Math.min(workers ?? (files.length >= PARALLEL_MIN_FILES ? availableParallelism() : 0), files.length);
  if (count === 0) return { load: await loadContent(dir, { cwd }), bodies: new Map() };
  const load = loadFromIndexes(dir, cwd);
  const bodies = new Map<string, string>();
  // Identical bodies (one template, many people) arrive as separate strings from each message: one copy is kept.
  const shared = new Map<string, string>();
  const add = ({ index, html }: SiteFileIndex) => {
    load.add(index);
    if (html === undefined) return;
    let kept = shared.get(html);
    if (kept === undefined) shared.set(html, (kept = html));
    bodies.set(index.path, kept);
  };
  const size = Math.ceil(files.length / count);
  const slices = Array.from({ length: count }, (_, at) => files.slice(at * size, (at + 1) * size));
  await Promise.all(slices.map((slice) => inWorker(worker, { dir, files: slice }, add)));
  return { load: load.finish(), bodies };
}

function inWorker(worker: string, input: SiteWorkerInput, add: (file: SiteFileIndex) => void): Promise<void> {
  if (input.files.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const thread = new Worker(worker, { workerData: input, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 } });
    thread.on('message', (batch: SiteFileIndex[]) => {
      for (const file of batch) add(file);
    });
    thread.on('error', reject);
    thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`portal content worker stopped with exit code ${code}`))));
  });
}
