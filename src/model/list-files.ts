import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { PlanbookError } from '../core/errors.ts';
import { say } from '../core/reading-messages.ts';

/**
 * A symbolic link (or another entry that is neither a file nor a folder: a socket, a pipe) inside
 * the content folder. Refused rather than skipped: a linked year or person folder left out of the
 * listing dropped every figure in it from the totals with nothing said, and Git stores a link's
 * text, not the file it points to, so `plan check --changed` read something else than a full check.
 * Exit 1: the content does not allow the check (the user replaces the link by the file or folder).
 */
export class ContentLinkError extends PlanbookError {
  readonly exitCode = 1;
  readonly code = 'content-link';
}

/**
 * Every file under `dir`, relative, sorted, skipping dot-files and dot-folders (editor and OS
 * litter). Read folder by folder with `readdirSync`: the promise-based recursive `readdir` took
 * 1.8–2.0 s for a 10,000-person company's 250,000 files against 0.5–0.6 s for this walk, each of
 * its 10,000 folders a round trip through libuv's thread pool. Throws ContentLinkError, naming
 * them, when the folder holds symbolic links or other entries that are neither files nor folders.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const others: string[] = [];
  walk(dir, '', files, others);
  if (others.length > 0) refuseEntries(others.map((relative) => path.join(dir, relative)));
  return files.sort();
}

/**
 * Throws ContentLinkError for the paths among `relatives` (inside `dir`) that are symbolic links or
 * other entries neither files nor folders (`plan check --changed` asks this of the files Git names
 * as changed in the working tree, which it reads without listing the folder). Missing paths pass.
 */
export function refuseLinks(dir: string, relatives: Iterable<string>): void {
  const others: string[] = [];
  for (const relative of relatives) {
    const full = path.join(dir, relative);
    let stats;
    try {
      stats = lstatSync(full);
    } catch {
      continue;
    }
    if (!stats.isFile() && !stats.isDirectory()) others.push(full);
  }
  if (others.length > 0) refuseEntries(others);
}

/** Throws ContentLinkError naming `files` (paths, each with its target when a link; a committed link is named by path). */
export function refuseEntries(files: readonly string[]): never {
  const shown = [...files].sort().map((file) => `${shownPath(file)}${linkTarget(file)}`);
  throw new ContentLinkError(say('load.not-regular', { count: shown.length, files: shown.join('\n  ') }));
}

/** A path relative to the working folder when it is inside it, else absolute. */
function shownPath(file: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

/** ` → target` for a symbolic link, '' for anything else. */
function linkTarget(file: string): string {
  try {
    return ` → ${readlinkSync(file)}`;
  } catch {
    return '';
  }
}

/** `listFiles` in parts, the people's folders named rather than listed (`listAroundPeople`). */
export interface ContentListing {
  /** Files outside the people's folders, sorted. */
  files: string[];
  /** The people's folders (`<year>/people/<id>`, as check-scopes.ts `folderOf` names them), in the order of their files in `listFiles`. */
  people: string[];
  /** Entries neither files nor folders (refused: `refuseEntries`), outside the people's folders. */
  others: string[];
}

/**
 * `listFiles` without entering the people's folders, which a split check's workers list
 * (`listFolders`): at 10,000 people the main thread listing 250,000 files held the workers back.
 * Refuses nothing: the caller refuses `others` with those the folders' listings find.
 */
export function listAroundPeople(dir: string): ContentListing {
  const listing: ContentListing = { files: [], people: [], others: [] };
  walk(dir, '', listing.files, listing.others, listing.people);
  listing.files.sort();
  // A folder's files sort as `<folder>/…`: `p-1.a/` before `p-1/`.
  listing.people = listing.people.map((folder) => `${folder}/`).sort().map((folder) => folder.slice(0, -1));
  return listing;
}

/** The files under each of `folders` (folders inside `dir`) as `listFiles` lists them, sorted, and the entries neither files nor folders (not refused). */
export function listFolders(dir: string, folders: readonly string[]): { files: string[]; others: string[] } {
  const files: string[] = [];
  const others: string[] = [];
  for (const folder of folders) walk(dir, folder, files, others);
  return { files: files.sort(), others };
}

/** A year's people folder (`2026/people`): its folders are people's (check-scopes.ts `folderOf`). */
const PEOPLE_FOLDER = /^\d{4}\/people$/;

/**
 * Appends the files under `folder` (a path inside `dir`, '' for `dir` itself) to `files`, and any
 * entry that is neither a file nor a folder to `others`; with `people`, a person's folder is
 * appended there instead of entered.
 */
function walk(dir: string, folder: string, files: string[], others: string[], people?: string[]): void {
  const prefix = folder === '' ? '' : `${folder}/`;
  const inPeople = people !== undefined && PEOPLE_FOLDER.test(folder);
  for (const entry of readdirSync(folder === '' ? dir : `${dir}/${folder}`, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (inPeople) people.push(`${prefix}${entry.name}`);
      else walk(dir, `${prefix}${entry.name}`, files, others, people);
    } else if (entry.isFile()) files.push(`${prefix}${entry.name}`);
    else others.push(`${prefix}${entry.name}`);
  }
}
