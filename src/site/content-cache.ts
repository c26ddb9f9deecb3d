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
// Git blob id, in a snapshot under PLANBOOK_SITE_CACHE and a small file of what changed since. A rebuild re-reads only the files it is told
// changed (PLANBOOK_CHANGED) and those the cache does not have, instead of all 250,000 files of a
// 10,000-person company. Safe to delete (the next build reads everything again); never read by
// another version of this format or for another content folder.

/** Bumped whenever FileIndex or this file's layout changes: an older cache is then ignored. */
export const SITE_CACHE_VERSION = 2;

const SNAPSHOT_FILE = 'content.v8';
const DELTA_FILE = 'changes.v8';

/** Files changed since the snapshot beyond which a rebuild writes a new snapshot instead of the list of changes. */
const COMPACT_AFTER = 2000;

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
  const { index } = indexFile(text, relative);
  // Figures as written are for the check's rules; the portal never asks (a quarter of the cache's size).
  delete index.figures;
  return [blobId(bytes), index];
}

/** Changes since the snapshot: path → its entry, or null for a file gone. */
type Delta = Map<string, [string, FileIndex] | null>;

function readFile<T extends { version: number; dir: string }>(file: string, dir: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const read = deserialize(readFileSync(file)) as T;
    return read.version === SITE_CACHE_VERSION && read.dir === dir ? read : undefined;
  } catch {
    // A truncated or foreign file is no cache: the build reads everything instead.
    return undefined;
  }
}

/** Written beside, then renamed into place: a build stopped midway leaves the old file or none, never half a file. */
function writeAtomically(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, serialize(value));
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
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
 * and after; without PLANBOOK_CHANGED every file is read (a full build filling the cache). The cache
 * is updated whenever a file was read: a rebuild writes only what changed since its snapshot.
 */
export async function loadCachedSiteContent(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadResult> {
  const cacheDir = env['PLANBOOK_SITE_CACHE'];
  lastChanges = undefined;
  if (!cacheDir) return loadContent(dir);
  const absolute = path.resolve(dir);
  const snapshotFile = path.join(cacheDir, SNAPSHOT_FILE);
  const deltaFile = path.join(cacheDir, DELTA_FILE);
  const listed = env['PLANBOOK_CHANGED'];
  const told = listed
    ? new Set(
        readFileSync(listed, 'utf8')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      )
    : undefined;
  const snapshot = told ? readFile<CacheFile>(snapshotFile, absolute) : undefined;
  const delta: Delta = (snapshot && readFile<{ version: number; dir: string; files: Delta }>(deltaFile, absolute)?.files) || new Map();
  const current = snapshot?.files ?? new Map<string, [string, FileIndex]>();
  for (const [relative, entry] of delta) {
    if (entry) current.set(relative, entry);
    else current.delete(relative);
  }
  const files = await listFiles(dir);
  const changes: ChangedFile[] = [];
  for (const relative of files) {
    const cached = current.get(relative);
    if (cached && !told?.has(relative)) continue;
    const entry = indexFromDisk(dir, relative);
    if (cached?.[0] === entry[0]) continue;
    current.set(relative, entry);
    delta.set(relative, entry);
    changes.push({ path: relative, authors: [...new Set([authorOf(cached?.[1]), authorOf(entry[1])].filter((id) => id !== undefined))] });
  }
  const present = new Set(files);
  for (const [relative, [, index]] of current) {
    if (present.has(relative)) continue;
    current.delete(relative);
    delta.set(relative, null);
    changes.push({ path: relative, authors: [authorOf(index)].filter((id) => id !== undefined) });
  }
  if (snapshot) lastChanges = changes;
  // A rebuild writes only what changed since the snapshot (the snapshot of a 10,000-person company
  // is 200 MB); the snapshot is rewritten after a full read, or once the changes have grown large.
  if (!snapshot || delta.size > COMPACT_AFTER) {
    writeAtomically(snapshotFile, { version: SITE_CACHE_VERSION, dir: absolute, files: current } satisfies CacheFile);
    rmSync(deltaFile, { force: true });
  } else if (changes.length) writeAtomically(deltaFile, { version: SITE_CACHE_VERSION, dir: absolute, files: delta });
  const load = loadFromIndexes(dir, process.cwd());
  for (const relative of files) {
    const entry = current.get(relative);
    if (entry) load.add(entry[1]);
  }
  return load.finish();
}
