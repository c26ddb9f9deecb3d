import path from 'node:path';

/**
 * A file inside a folder the reader named, as they would write it: the folder exactly as typed
 * (`--content ../plans`, `--content /srv/plans`), then the file's path inside it, with / separators.
 * Messages name paths this way, never rewritten relative to the working directory (`../../srv/plans/…`).
 */
export function shownIn(folder: string, file: string): string {
  return path.join(folder, file).split(path.sep).join('/');
}
