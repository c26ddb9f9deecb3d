import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { listFiles, placementOf, type Placement } from './content-files.ts';
import type { DocumentData } from '../schemas/index.ts';
import { createLocator, type Locate, type PathKey, type Position } from '../core/positions.ts';
import { addIndex, checkContentDir, shownFolder, loadContent, readText, sourceOf, writtenIn, type FileIndex, type LoadedDocument, type LoadResult } from './load.ts';
import type { WorkerInput } from './load-worker.ts';

/** Old-generation heap of each worker: the schemas and one batch need about a third of it. */
const WORKER_HEAP_MB = 96;

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
  const load = loadFromIndexes(dir, cwd);
  // Each batch is added as it arrives, so no more than a batch per worker is held as plain indexes.
  await eachIndex(dir, files, wanted, load.add);
  return load.finish();
}

/** Indexes of `files` (content paths) made on one worker per core, in the order of `files`. */
export async function indexInWorkers(dir: string, files: readonly string[]): Promise<FileIndex[]> {
  const indexes: FileIndex[] = [];
  await eachIndex(dir, files, availableParallelism(), (index) => indexes.push(index));
  const order = new Map(files.map((file, position) => [file, position]));
  return indexes.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
}

/** Hands each file's index to `add` as the `workers` workers (contiguous slices of `files`) send them. */
async function eachIndex(dir: string, files: readonly string[], workers: number, add: (index: FileIndex) => void): Promise<void> {
  const count = Math.max(1, Math.min(workers, files.length));
  const size = Math.ceil(files.length / count);
  const slices = Array.from({ length: count }, (_, index) => files.slice(index * size, (index + 1) * size));
  await Promise.all(slices.map((slice) => indexInWorker({ dir, files: slice }, add)));
}

/**
 * A LoadResult put together from files' indexes, added in any order (from workers, or a cache):
 * `finish` puts it in the single-thread load's order (the sorted paths). A file's own diagnostics
 * stay together and in order; documents are sorted by the model. `read` gives a file's text when a
 * position in it is asked for: by default the file on disk, which the indexes were made from.
 */
export function loadFromIndexes(dir: string, cwd: string, read: (relative: string) => string = (relative) => readText(path.join(dir, relative))): { add: (index: FileIndex) => void; finish: () => LoadResult } {
  const folder: Folder = { dir, base: shownFolder(dir, cwd), strings: new Map(), read };
  const result: LoadResult = { dir, orgs: [], documents: [], diagnostics: [], invalid: [], partialOrgs: [], fileCount: 0 };
  const add = (index: FileIndex) => {
    if (index.kind !== 'unknown-file') result.fileCount++;
    if (index.kind === 'document') {
      for (const problem of index.problems) result.diagnostics.push({ ...problem, file: shownPath(folder, index.path) });
      result.documents.push(new DiskDocument(folder, index));
    } else addIndex(result, index, shownPath(folder, index.path), locateOnDemand(folder, index.path));
  };
  const finish = () => {
    const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    result.orgs.sort(byPath);
    result.partialOrgs.sort(byPath);
    result.invalid.sort();
    return result;
  };
  return { add, finish };
}

/** The content folder and the name it is shown by (relative to the working directory). */
interface Folder {
  dir: string;
  base: string;
  /** Strings shared by the load's documents (`interned`). */
  strings: Map<string, string>;
  /** A file's text, for positions. */
  read: (relative: string) => string;
}

const shownPath = ({ base }: Folder, relative: string) => (base === '' ? relative : `${base}/${relative}`);

/**
 * A valid document read by a worker. Its file name, placement and positions are worked out when
 * asked, from its path: at 250,000 documents, two closures and three strings each were a third of
 * the check's memory.
 */
class DiskDocument implements LoadedDocument {
  readonly #folder: Folder;
  readonly #figures: string;
  readonly writtenWithWan: boolean;
  #locate: Locate | undefined;
  readonly path: string;
  readonly data: DocumentData;
  readonly body: string;
  readonly bodyLine: number;
  constructor(folder: Folder, index: FileIndex) {
    this.#folder = folder;
    this.#figures = index.figures ?? '';
    this.writtenWithWan = index.wan === true;
    this.path = index.path;
    this.data = interned(index.data as DocumentData, folder.strings);
    this.body = index.body;
    this.bodyLine = index.bodyLine;
  }

  get file(): string {
    return shownPath(this.#folder, this.path);
  }

  get placement(): Placement | undefined {
    return placementOf(this.path);
  }

  locate(at: readonly PathKey[], kind?: 'value' | 'key'): Position {
    this.#locate ??= locateOnDemand(this.#folder, this.path);
    return this.#locate(at, kind);
  }

  written(at: readonly PathKey[]): string | undefined {
    return writtenIn(this.#figures, at);
  }
}

function indexInWorker(input: WorkerInput, add: (index: FileIndex) => void): Promise<void> {
  if (input.files.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    // A worker holds one batch at a time; a small heap makes it collect garbage early rather than
    // grow toward V8's default, which is what a 10,000-person check's peak memory was made of. A
    // young generation of 16 MB rather than 8 takes a third fewer scavenges for 11 MB more.
    const received = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { workerData: { ...input, received }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 } });
    worker.on('message', (batch: FileIndex[]) => {
      for (const index of batch) add(index);
      Atomics.add(received, 0, 1);
      Atomics.notify(received, 0);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`content worker stopped with exit code ${code}`))));
  });
}

/**
 * Each message from a worker brings its own copy of every string; the few that repeat across
 * thousands of documents (type, status, title, author, person, unit, date) are shared instead.
 */
function interned(data: DocumentData, strings: Map<string, string>): DocumentData {
  const record = data as unknown as Record<string, unknown>;
  for (const key in record) {
    const value = record[key];
    if (typeof value !== 'string' || value.length > 64) continue;
    const shared = strings.get(value);
    if (shared === undefined) strings.set(value, value);
    else record[key] = shared;
  }
  return data;
}

/** Positions from the file on disk, parsed when a diagnostic first needs one. */
function locateOnDemand({ read }: Folder, relative: string): Locate {
  let locate: Locate | undefined;
  return (at, kind) => {
    locate ??= createLocator(sourceOf(read(relative), relative));
    return locate(at, kind);
  };
}
