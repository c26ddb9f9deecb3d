import { createHash, randomUUID } from 'node:crypto';
import { constants, isAscii } from 'node:buffer';
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, writeSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { CONTENT_EXTENSIONS, listFiles } from '../model/content-files.ts';
import { loadContent, indexFile, textOf, unknownFile, unreadable, type FileIndex, type LoadResult } from '../model/load.ts';
import { loadFromIndexes, PARALLEL_MIN_FILES } from '../model/load-parallel.ts';
import type { ChangedFile } from './affected.ts';
import type { CacheWorkerInput } from './content-cache-worker.ts';
import type { ListWorkerInput } from './list-worker.ts';

// The portal's copy of the loaded, validated content, for the one-document rebuild (issue 13,
// scripts/rebuild.ts): each content file's index (load.ts FileIndex: data, diagnostics, body) with its
// Git blob id. A rebuild re-reads only the files it is told changed (PLANBOOK_CHANGED) and those the
// cache does not have, instead of all 250,000 files of a 10,000-person company. Safe to delete (the
// next build reads everything again); never read by another version of this format or for another
// content folder.
//
// Three parts under PLANBOOK_SITE_CACHE: a snapshot of every file (content.snapshot), the files changed
// since (changes.v8, small, so a rebuild does not rewrite the snapshot), and a head (content.json)
// naming the two by id. The head is written last: a part that is missing, unreadable or not the one
// the head names makes the whole cache a miss, so a rebuild never builds from an older file.

/** Bumped whenever FileIndex or this file's layout changes: an older cache is then ignored. */
export const SITE_CACHE_VERSION = 4;

const HEAD_FILE = 'content.json';
const SNAPSHOT_FILE = 'content.snapshot';
const DELTA_FILE = 'changes.v8';

/** Files changed since the snapshot beyond which a rebuild writes a new snapshot instead of the list of changes. */
const COMPACT_AFTER = 2000;

/** Old-generation heap of each full-read worker: the schemas and one batch. */
const WORKER_HEAP_MB = 192;

/** Characters of a Git blob id; a file that is not content has none (blanks in the snapshot). */
const BLOB_LENGTH = 40;

interface Head {
  version: number;
  /** The content folder, absolute. */
  dir: string;
  snapshot: string;
  /** The id of the changes since the snapshot, or null when there are none. */
  changes: string | null;
}

/**
 * Every file in columns, in the order of the content folder's listing: a Map of 250,000 [blob id,
 * index] pairs took twice as long to deserialize (one object and one string fewer per file count).
 */
interface Snapshot {
  version: number;
  id: string;
  /** Paths inside the content folder, one a line. */
  paths: string;
  /** Each file's Git blob id (BLOB_LENGTH characters each, blanks for none), back to back. */
  blobs: string;
  /** Each file's index without its path; a valid document without problems also without kind, invalid and problems. */
  indexes: Compact[];
}

type Compact = Omit<FileIndex, 'path'> | Pick<FileIndex, 'data' | 'body' | 'bodyLine'>;

/** Changes since the snapshot: path → [blob id, index], or null for a file gone. */
type Delta = Map<string, [string, FileIndex] | null>;

interface DeltaFile {
  version: number;
  id: string;
  files: Delta;
}

/** Git's id of a blob with these bytes (`git hash-object`), so the cache can be checked against a Git tree. */
export function blobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A content file's index (bodies kept: the portal renders them) and blob id, read from disk. */
export function indexFromDisk(dir: string, relative: string): [string, FileIndex] {
  // Not content: never read, like loadContent; it only warns.
  if (!CONTENT_EXTENSIONS.includes(path.extname(relative))) return ['', unknownFile(relative)];
  const bytes = readFileSync(path.join(dir, relative));
  let text: string;
  try {
    text = textOf(bytes);
  } catch (error) {
    return [blobId(bytes), unreadable(error, relative)];
  }
  const { index } = indexFile(text, relative);
  // Figures as written, and whether one has 万 (`wan`), are for the check's rules; the portal never asks (a quarter of the cache's size).
  delete index.figures;
  delete index.wan;
  return [blobId(bytes), index];
}

function compact(index: FileIndex): Compact {
  const { path: _path, ...rest } = index;
  if (index.kind === 'document' && !index.invalid && index.problems.length === 0) return { data: index.data, body: index.body, bodyLine: index.bodyLine };
  return rest;
}

/** The problems of a document that has none: one array for all of them (FileIndex's readers never change it). */
const NO_PROBLEMS: FileIndex['problems'] = Object.freeze([]) as unknown as FileIndex['problems'];

function expand(relative: string, stored: Compact): FileIndex {
  return 'kind' in stored ? { path: relative, ...stored } : { path: relative, kind: 'document', data: stored.data, invalid: false, problems: NO_PROBLEMS, body: stored.body, bodyLine: stored.bodyLine };
}

/** The first byte of a snapshot written as JSON (`{`); V8's serialization starts with its version tag (0xFF). */
const JSON_START = 0x7b;

/** Indexes stringified at a time: the whole snapshot as one string would be 200 MB more of a build's peak memory at 10,000 people. */
const JSON_BATCH = 5000;

/** `json` in ASCII, \u-escaped past it: a snapshot is read back as Latin-1, without decoding UTF-8 (a third of a second at 10,000 people). */
const ascii = (json: string) => json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Writes a snapshot to `file`: as JSON, which a rebuild reads back a third faster than V8's
 * serialization of the same 250,000 indexes, when JSON gives back exactly what was written (plain
 * objects, arrays, strings, finite numbers, booleans and null, as YAML and the schemas make them)
 * and it can be read as one string; else V8's serialization, which keeps anything else (undefined,
 * -0, a Date, a Map) as it was.
 */
export function writeSnapshotFile(file: string, snapshot: { indexes: readonly unknown[] }): void {
  const { indexes, ...head } = snapshot;
  const fd = openSync(file, 'w');
  try {
    let written = 0;
    const write = (text: string) => {
      written += writeSync(fd, text, null, 'latin1');
      if (written > constants.MAX_STRING_LENGTH) throw NOT_EXACT;
    };
    write(`${ascii(JSON.stringify(head, exactInJson)).slice(0, -1)},"indexes":[`);
    for (let at = 0; at < indexes.length; at += JSON_BATCH) write(`${at === 0 ? '' : ','}${ascii(JSON.stringify(indexes.slice(at, at + JSON_BATCH), exactInJson)).slice(1, -1)}`);
    write(']}');
  } catch (error) {
    if (error !== NOT_EXACT) throw error;
    ftruncateSync(fd);
    writeSync(fd, serialize(snapshot), 0, undefined, 0);
  } finally {
    closeSync(fd);
  }
}

/** Thrown by `exactInJson` to give up on JSON. */
const NOT_EXACT = Symbol('not exact in JSON');

/** JSON.stringify's replacer: each value as it is, or NOT_EXACT thrown when JSON.parse would not give it back as it was. */
function exactInJson(this: unknown, key: string, value: unknown): unknown {
  // The holder's own value: `value` is after toJSON (a Date is already a string).
  const own = key === '' ? value : (this as Record<string, unknown>)[key];
  switch (typeof own) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(own) && !Object.is(own, -0)) return value;
      throw NOT_EXACT;
    case 'object': {
      if (own === null) return value;
      const prototype = Object.getPrototypeOf(own) as unknown;
      if (prototype === Object.prototype || (prototype === Array.prototype && Object.keys(own).length === (own as unknown[]).length)) return value;
      throw NOT_EXACT;
    }
    default:
      throw NOT_EXACT;
  }
}

/** A part of the cache from its bytes: JSON or V8's serialization (see `writeSnapshotFile`). */
function decodePart(bytes: Buffer): unknown {
  if (bytes[0] !== JSON_START) return deserialize(bytes);
  return JSON.parse(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8'));
}

/** A part of the cache, or undefined when it is missing, unreadable or not the part the head names. */
function readPart<T extends { version: number; id: string }>(file: string, id: string): T | undefined {
  try {
    const read = decodePart(readFileSync(file)) as T;
    return read.version === SITE_CACHE_VERSION && read.id === id ? read : undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot and the changes since, or undefined when any part the head names is not there as named (then everything is read). */
function readCache(cacheDir: string, dir: string): { snapshot: Snapshot; delta: Delta } | undefined {
  let head: Head;
  try {
    head = JSON.parse(readFileSync(path.join(cacheDir, HEAD_FILE), 'utf8')) as Head;
  } catch {
    return undefined;
  }
  if (head.version !== SITE_CACHE_VERSION || head.dir !== dir || typeof head.snapshot !== 'string') return undefined;
  const snapshot = readPart<Snapshot>(path.join(cacheDir, SNAPSHOT_FILE), head.snapshot);
  if (!snapshot || typeof snapshot.paths !== 'string' || typeof snapshot.blobs !== 'string' || !Array.isArray(snapshot.indexes)) return undefined;
  if (head.changes === null) return { snapshot, delta: new Map() };
  const delta = readPart<DeltaFile>(path.join(cacheDir, DELTA_FILE), head.changes);
  return delta?.files instanceof Map ? { snapshot, delta: delta.files } : undefined;
}

/** Written beside, then renamed into place: a build stopped midway leaves the old file or none, never half a file. */
function writeAtomically(file: string, bytes: Buffer | string | ((temporary: string) => void)): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    if (typeof bytes === 'function') bytes(temporary);
    else writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function writeHead(cacheDir: string, head: Head): void {
  writeAtomically(path.join(cacheDir, HEAD_FILE), JSON.stringify(head));
}

/** A new snapshot of `entries` (in the listing's order), named by a new head; the changes since the old one are gone with it. */
function writeSnapshot(cacheDir: string, dir: string, entries: readonly [string, FileIndex][]): void {
  const id = randomUUID();
  const written: Snapshot = {
    version: SITE_CACHE_VERSION,
    id,
    paths: entries.map(([, index]) => index.path).join('\n'),
    blobs: entries.map(([blob]) => blob.padEnd(BLOB_LENGTH)).join(''),
    indexes: entries.map(([, index]) => compact(index)),
  };
  writeAtomically(path.join(cacheDir, SNAPSHOT_FILE), (temporary) => writeSnapshotFile(temporary, written));
  writeHead(cacheDir, { version: SITE_CACHE_VERSION, dir, snapshot: id, changes: null });
  rmSync(path.join(cacheDir, DELTA_FILE), { force: true });
}

/**
 * A worker module of this folder: Astro bundles this file, so the module is looked for beside it and
 * then under the project root the build runs in, as src/site/load.ts does; undefined when neither is there.
 */
function workerModule(name: string): string | undefined {
  return [fileURLToPath(new URL(`./${name}`, import.meta.url)), path.resolve('src/site', name)].find((file) => existsSync(file));
}

/**
 * Every file's entry read on one worker thread per core (content-cache-worker.ts, a contiguous slice
 * of `files` each), in the order of `files`; undefined when the worker's module is not found (then
 * this thread reads them).
 */
async function readInWorkers(dir: string, files: readonly string[]): Promise<[string, FileIndex][] | undefined> {
  const worker = workerModule('content-cache-worker.ts');
  if (!worker) return undefined;
  const count = Math.min(availableParallelism(), files.length);
  const size = Math.ceil(files.length / count);
  const slices = Array.from({ length: count }, (_, at) => files.slice(at * size, (at + 1) * size));
  const parts = await Promise.all(
    slices.map(
      (slice) =>
        new Promise<[string, FileIndex][]>((resolve, reject) => {
          const entries: [string, FileIndex][] = [];
          const thread = new Worker(worker, { workerData: { dir, files: slice } satisfies CacheWorkerInput, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 } });
          thread.on('message', (batch: [string, FileIndex][]) => entries.push(...batch));
          thread.on('error', reject);
          thread.on('exit', (code) => (code === 0 ? resolve(entries) : reject(new Error(`site content cache worker stopped with exit code ${code}`))));
        }),
    ),
  );
  return parts.flat();
}

/**
 * The content folder's listing (listFiles) made on a worker thread, so that it goes on while this
 * thread reads the cache (a second each at 10,000 people); on this thread when the worker cannot
 * run, which also reports a folder that cannot be listed.
 */
async function listInWorker(dir: string): Promise<string[]> {
  const worker = workerModule('list-worker.ts');
  const listed = worker
    ? await new Promise<string | undefined>((resolve) => {
        const thread = new Worker(worker, { workerData: { dir } satisfies ListWorkerInput });
        thread.once('message', (paths: string) => resolve(paths));
        thread.once('error', () => resolve(undefined));
        thread.once('exit', () => resolve(undefined));
      })
    : undefined;
  if (listed === undefined) return listFiles(dir);
  return listed === '' ? [] : listed.split('\n');
}

/** What the last `loadCachedSiteContent` re-read because it changed: undefined when it read everything. */
let lastChanges: ChangedFile[] | undefined;

/** The files the last load found changed (see `loadCachedSiteContent`), or undefined after a full read. */
export function changedFiles(): readonly ChangedFile[] | undefined {
  return lastChanges;
}

const authorOf = (index: FileIndex | undefined) => (index?.kind === 'document' ? (index.data as { author?: string }).author : undefined);

/**
 * The content for the portal: `loadContent(dir)` when PLANBOOK_SITE_CACHE is unset. With it, the
 * same LoadResult put together from the cache in that folder: the files named in the file
 * PLANBOOK_CHANGED (paths inside the content folder, one a line), files the cache lacks and files
 * gone are read again or dropped, and `changedFiles()` then lists them with their authors before
 * and after; without PLANBOOK_CHANGED, or when a part of the cache is missing or unreadable, every
 * file is read (a full build filling the cache). The cache is updated whenever a file was read: a
 * rebuild writes only what changed since its snapshot.
 */
export async function loadCachedSiteContent(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadResult> {
  const cacheDir = env['PLANBOOK_SITE_CACHE'];
  lastChanges = undefined;
  if (!cacheDir) return loadContent(dir);
  const absolute = path.resolve(dir);
  const listed = env['PLANBOOK_CHANGED'];
  const told = listed
    ? new Set(
        readFileSync(listed, 'utf8')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      )
    : undefined;
  // A rebuild lists the folder on a worker while this thread reads the cache.
  const listing = told ? listInWorker(dir) : listFiles(dir);
  const cache = told ? readCache(cacheDir, absolute) : undefined;
  const snapshot = cache?.snapshot;
  const delta: Delta = cache?.delta ?? new Map();
  const paths = snapshot ? snapshot.paths.split('\n') : [];
  // The snapshot is in the listing's order (sorted, as every snapshot is written), so the walk over
  // the listing finds each file at or after the last one found, past files gone and files the
  // changes hold; a map of every path is made only for a lookup behind the walk (files gone, a
  // snapshot rewritten). Looking each of 250,000 paths up in a map took a second.
  let next = 0;
  let positions: Map<string, number> | undefined;
  const positionOf = (relative: string): number | undefined => {
    if (next === 0 || (paths[next - 1] ?? '') < relative) {
      while (next < paths.length && (paths[next] ?? '') < relative) next++;
      return paths[next] === relative ? next++ : undefined;
    }
    positions ??= new Map(paths.map((path, position) => [path, position]));
    return positions.get(relative);
  };
  /** The cached entry of a file: the changes' if they have it, else the snapshot's. */
  const cachedEntry = (relative: string): [string, FileIndex] | undefined => {
    const changed = delta.get(relative);
    if (changed !== undefined) return changed ?? undefined;
    const position = positionOf(relative);
    if (position === undefined || !snapshot) return undefined;
    const stored = snapshot.indexes[position];
    if (!stored) return undefined;
    const at = position * BLOB_LENGTH;
    return [snapshot.blobs.slice(at, at + BLOB_LENGTH).trimEnd(), expand(relative, stored)];
  };

  const files = await listing;
  const load = loadFromIndexes(dir, process.cwd());
  if (!snapshot) {
    // A full read (a build filling the cache, or a cache missing): every file, on a worker per core when there are many.
    const entries = (files.length >= PARALLEL_MIN_FILES && (await readInWorkers(dir, files))) || files.map((relative) => indexFromDisk(dir, relative));
    for (const [, index] of entries) load.add(index);
    writeSnapshot(cacheDir, absolute, entries);
    return load.finish();
  }
  const changes: ChangedFile[] = [];
  for (const relative of files) {
    const cached = cachedEntry(relative);
    let entry = cached;
    if (!cached || told?.has(relative)) {
      const read = indexFromDisk(dir, relative);
      if (cached?.[0] !== read[0]) {
        entry = read;
        delta.set(relative, read);
        changes.push({ path: relative, authors: [...new Set([authorOf(cached?.[1]), authorOf(read[1])].filter((id) => id !== undefined))] });
      }
    }
    if (entry) load.add(entry[1]);
  }
  const present = new Set(files);
  const gone = [...paths, ...delta.keys()].filter((relative) => !present.has(relative));
  for (const relative of new Set(gone)) {
    const cached = cachedEntry(relative);
    if (!cached) continue;
    delta.set(relative, null);
    changes.push({ path: relative, authors: [authorOf(cached[1])].filter((id) => id !== undefined) });
  }
  lastChanges = changes;

  // A rebuild writes only what changed since the snapshot (90 MB at 10,000 people); the snapshot is
  // rewritten once the changes have grown large.
  if (delta.size > COMPACT_AFTER) writeSnapshot(cacheDir, absolute, files.map(cachedEntry).filter((entry) => entry !== undefined));
  else if (changes.length) {
    const id = randomUUID();
    writeAtomically(path.join(cacheDir, DELTA_FILE), serialize({ version: SITE_CACHE_VERSION, id, files: delta } satisfies DeltaFile));
    writeHead(cacheDir, { version: SITE_CACHE_VERSION, dir: absolute, snapshot: snapshot.id, changes: id });
  }
  return load.finish();
}
