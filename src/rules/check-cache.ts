import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../edit/atomic-write.ts';
import { mayHoldMdx } from '../mdx/may-hold-mdx.ts';
import { CONTENT_EXTENSIONS, listFiles } from '../model/content-files.ts';
import { checkContentDir, indexFile, textOf, unknownFile, unreadable, type FileIndex, type LoadResult } from '../model/load.ts';
import { defaultWorkers, indexInWorkers, loadFromIndexes } from '../model/load-parallel.ts';

/**
 * The check cache (`.planbook-cache/check-index.json`): each content file's index (what reading,
 * parsing and validating it gave, `FileIndex`) keyed by its path and Git blob id, so a check reads
 * and parses only files whose bytes it has not seen. Safe to delete; never trusted across Planbook
 * versions (a hash of the code that makes an index); written atomically.
 */
export const CACHE_FILE = path.join('.planbook-cache', 'check-index.json');

interface CacheEntry {
  path: string;
  blob: string;
  /** The file's size and mtime when its blob id was computed: unchanged, the file is not read again. */
  size: number;
  mtimeMs: number;
  index: FileIndex;
}

interface CacheFile {
  version: string;
  entries: CacheEntry[];
}

/** Git's blob id of a file: SHA-1 of "blob <length>\0" and the bytes (what `git hash-object` prints). */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const CODE_ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Identifies the code that makes an index: the source of the layers reading a file (core, model,
 * schemas, mdx) and Node's version. Any change, and the whole cache is ignored.
 */
function codeVersion(): string {
  const hash = createHash('sha1').update(process.version);
  for (const folder of ['core', 'model', 'schemas', 'mdx']) {
    const dir = path.join(CODE_ROOT, folder);
    for (const file of readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.ts')).sort()) {
      hash.update(`${folder}/${file}\0`).update(readFileSync(path.join(dir, file)));
    }
  }
  return hash.digest('hex');
}

function readCache(file: string, version: string): (CacheFile & { writtenAt: number }) | undefined {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    // The cache file's own mtime, in the file system's granularity, is what a file's mtime must be
    // older than to be trusted unread (Git's rule for its index).
    return cache.version === version && Array.isArray(cache.entries) ? { ...cache, writtenAt: statSync(file).mtimeMs } : undefined;
  } catch {
    // Missing, half-written by an older tool, or not ours: start afresh.
    return undefined;
  }
}

/** What an incremental load did, for the summary line. */
export interface IncrementalStats {
  files: number;
  /** Files read and parsed because no index of their bytes was cached. */
  parsed: string[];
  /** Content paths whose blob differs from BASE's (added, changed or deleted). */
  changed: string[];
}

/**
 * `loadContent` of a folder on disk, reusing the cache in `cwd`: a file whose size and mtime are
 * as cached is taken as the cached blob, any other is hashed, and only blobs never indexed are
 * parsed (on workers when there are many). `baseBlobs` (content path → blob id at the base
 * commit) only names what changed. Gives exactly the LoadResult of the workers' load.
 */
export async function loadIncremental(dir: string, { cwd, baseBlobs }: { cwd: string; baseBlobs: ReadonlyMap<string, string> }): Promise<{ load: LoadResult; stats: IncrementalStats }> {
  checkContentDir(dir, cwd);
  const version = codeVersion();
  const cacheFile = path.join(cwd, CACHE_FILE);
  const cache = readCache(cacheFile, version);
  const byPath = new Map<string, CacheEntry>();
  const byBlob = new Map<string, FileIndex>();
  for (const entry of cache?.entries ?? []) {
    byPath.set(entry.path, entry);
    byBlob.set(`${entry.path}\0${entry.blob}`, entry.index);
  }
  const files = await listFiles(dir);
  const entries: CacheEntry[] = [];
  // Files to parse; their bytes are kept while few enough to parse here rather than on workers.
  const unparsed: { entry: CacheEntry; bytes?: Buffer }[] = [];
  for (const relative of files) {
    const full = path.join(dir, relative);
    const { size, mtimeMs } = statSync(full);
    const known = byPath.get(relative);
    if (known && cache && known.size === size && known.mtimeMs === mtimeMs && mtimeMs < cache.writtenAt) {
      entries.push(known);
      continue;
    }
    const bytes = readFileSync(full);
    const blob = blobId(bytes);
    const index = byBlob.get(`${relative}\0${blob}`);
    const entry: CacheEntry = { path: relative, blob, size, mtimeMs, index: index ?? unknownFile(relative) };
    entries.push(entry);
    if (!index) unparsed.push(defaultWorkers(unparsed.length + 1) > 0 ? { entry } : { entry, bytes });
  }
  if (defaultWorkers(unparsed.length) > 0) {
    // A first run or a new version: parse on workers, as a full check does.
    const fresh = new Map((await indexInWorkers(dir, unparsed.map(({ entry }) => entry.path))).map((index) => [index.path, index]));
    for (const { entry } of unparsed) entry.index = fresh.get(entry.path) ?? entry.index;
  } else {
    for (const { entry, bytes } of unparsed) entry.index = indexBytes(bytes ?? readFileSync(path.join(dir, entry.path)), entry.path);
  }
  const load = loadFromIndexes(dir, cwd);
  for (const entry of entries) load.add(entry.index);
  const working = new Map(entries.map((entry) => [entry.path, entry.blob]));
  const changed = [...new Set([...working.keys(), ...baseBlobs.keys()])].filter((file) => working.get(file) !== baseBlobs.get(file)).sort();
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  const written: CacheFile = { version, entries };
  writeAtomic(cacheFile, JSON.stringify(written));
  return { load: load.finish(), stats: { files: files.length, parsed: unparsed.map(({ entry }) => entry.path), changed } };
}

/** The index of a file from its bytes, as a worker makes it. */
function indexBytes(bytes: Buffer, relative: string): FileIndex {
  if (!CONTENT_EXTENSIONS.includes(path.extname(relative))) return unknownFile(relative);
  let text: string;
  try {
    text = textOf(bytes);
  } catch (error) {
    return unreadable(error, relative);
  }
  return indexFile(text, relative, mayHoldMdx).index;
}
