import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CONTENT_EXTENSIONS, listFiles } from '../model/content-files.ts';
import { loadContent, indexFile, textOf, unknownFile, unreadable, type FileIndex, type LoadResult } from '../model/load.ts';
import { loadFromIndexes } from '../model/load-parallel.ts';
import type { ChangedFile } from './affected.ts';

// The portal's copy of the loaded, validated content, for the one-document rebuild (issue 13,
// scripts/rebuild.ts): each content file's index (load.ts FileIndex: data, diagnostics, body) with its
// Git blob id, in one file under PLANBOOK_SITE_CACHE. A rebuild re-reads only the files it is told
// changed (PLANBOOK_CHANGED) and those the cache does not have, instead of all 250,000 files of a
// 10,000-person company. Safe to delete (the next build reads everything again); never read by
// another version of this format or for another content folder.

/** Bumped whenever FileIndex or this file's layout changes: an older cache is then ignored. */
export const SITE_CACHE_VERSION = 1;

const CACHE_FILE = 'content.v8';

interface CacheFile {
  version: number;
  /** The content folder, absolute. */
  dir: string;
  /** Path inside the content folder → [Git blob id of the file's bytes, its index]. */
  files: Map<string, [string, FileIndex]>;
}

/** Git's id of a blob with these bytes (`git hash-object`), so the cache can be checked against a Git tree. */
export function blobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A content file's index (bodies kept: the portal renders them) and blob id, read from disk. */
function indexFromDisk(dir: string, relative: string): [string, FileIndex] {
  // Not content: never read, like loadContent; it only warns.
  if (!CONTENT_EXTENSIONS.includes(path.extname(relative))) return ['', unknownFile(relative)];
  const bytes = readFileSync(path.join(dir, relative));
  let text: string;
  try {
    text = textOf(bytes);
  } catch (error) {
    return [blobId(bytes), unreadable(error, relative)];
  }
  return [blobId(bytes), indexFile(text, relative).index];
}

function readCache(file: string, dir: string): CacheFile | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const cache = deserialize(readFileSync(file)) as CacheFile;
    return cache.version === SITE_CACHE_VERSION && cache.dir === dir ? cache : undefined;
  } catch {
    // A truncated or foreign file is no cache: the build reads everything instead.
    return undefined;
  }
}

/** Written beside, then renamed into place: a build stopped midway leaves the old cache or none, never half a file. */
function writeCache(file: string, cache: CacheFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, serialize(cache));
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** What the last `loadSiteContent` re-read because it changed: undefined when it read everything. */
let lastChanges: ChangedFile[] | undefined;

/** The files the last load found changed (see `loadSiteContent`), or undefined after a full read. */
export function changedFiles(): readonly ChangedFile[] | undefined {
  return lastChanges;
}

const authorOf = (index: FileIndex | undefined) => (index?.kind === 'document' ? (index.data as { author?: string }).author : undefined);

/**
 * The content for the portal: `loadContent(dir)` when PLANBOOK_SITE_CACHE is unset. With it, the
 * same LoadResult put together from the cache in that folder: the files named in the file
 * PLANBOOK_CHANGED (paths inside the content folder, one a line), files the cache lacks and files
 * gone are read again or dropped, and `changedFiles()` then lists them with their authors before
 * and after; without PLANBOOK_CHANGED every file is read (a full build filling the cache). The cache
 * is rewritten whenever a file was read.
 */
export async function loadSiteContent(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadResult> {
  const cacheDir = env['PLANBOOK_SITE_CACHE'];
  lastChanges = undefined;
  if (!cacheDir) return loadContent(dir);
  const absolute = path.resolve(dir);
  const file = path.join(cacheDir, CACHE_FILE);
  const listed = env['PLANBOOK_CHANGED'];
  const told = listed
    ? new Set(
        readFileSync(listed, 'utf8')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      )
    : undefined;
  const previous = told ? readCache(file, absolute) : undefined;
  const files = await listFiles(dir);
  const next: CacheFile = { version: SITE_CACHE_VERSION, dir: absolute, files: new Map() };
  const changes: ChangedFile[] = [];
  for (const relative of files) {
    const cached = previous?.files.get(relative);
    if (cached && !told?.has(relative)) {
      next.files.set(relative, cached);
      continue;
    }
    const entry = indexFromDisk(dir, relative);
    next.files.set(relative, entry);
    if (cached?.[0] === entry[0]) continue;
    changes.push({ path: relative, authors: [...new Set([authorOf(cached?.[1]), authorOf(entry[1])].filter((id) => id !== undefined))] });
  }
  for (const [relative, [, index]] of previous?.files ?? []) {
    if (!next.files.has(relative)) changes.push({ path: relative, authors: [authorOf(index)].filter((id) => id !== undefined) });
  }
  if (previous) lastChanges = changes;
  if (!previous || changes.length) writeCache(file, next);
  const load = loadFromIndexes(dir, process.cwd());
  for (const [, index] of next.files.values()) load.add(index);
  return load.finish();
}
