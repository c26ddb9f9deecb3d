import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { say } from './cli-messages.ts';
import { UsageError } from './cli.ts';

/** The file an `--out` option names: where to write it and how to name it to the reader. */
export interface OutFile {
  /** Absolute path of the file. */
  file: string;
  /** The path as the reader wrote it (with the default name added for a folder). */
  shown: string;
  /** The folder `--out` named with a trailing slash that does not exist yet, as written (`exports/`): `makeOutFolder` creates it. */
  newFolder?: string;
}

/**
 * The file `--out OUT` names. OUT is a file, unless it is an existing folder or ends with a slash:
 * then the file is `defaultName` inside it, as `cp` does (`--out exports/` → exports/planbook-FY2026.xlsx),
 * so a folder is never taken for the file to replace. A folder written with a slash that does not exist
 * yet is created when the file is written (`newFolder`); a file whose folder does not exist is refused
 * (UsageError naming the folder as written), since a mistyped folder should not appear silently.
 */
export function outFile(cwd: string, out: string, defaultName: string): OutFile {
  const target = path.resolve(cwd, out);
  const slash = /[\\/]$/.test(out);
  refuseFileInTheWay(cwd, out, slash ? out.replace(/[\\/]+$/, '') : path.dirname(out));
  const stat = statSync(target, { throwIfNoEntry: false });
  if (slash && stat === undefined) return { file: path.join(target, defaultName), shown: path.join(out, defaultName), newFolder: out };
  if (slash || stat?.isDirectory() === true) return { file: path.join(target, defaultName), shown: path.join(out, defaultName) };
  const folder = path.dirname(out);
  if (statSync(path.dirname(target), { throwIfNoEntry: false }) === undefined) throw new UsageError(say('out.no-folder', { out, folder }));
  return { file: target, shown: out };
}

/**
 * Refuses `--out afile/x.pdf` where `afile` (or a folder above it) is a file: no folder can be made
 * there, so it is said before any work (a whole book built first), naming the file as written.
 */
function refuseFileInTheWay(cwd: string, out: string, folder: string): void {
  for (let above = folder; above !== '' && above !== '.' && above !== path.dirname(above); above = path.dirname(above)) {
    const stat = statSync(path.resolve(cwd, above), { throwIfNoEntry: false });
    if (stat === undefined) continue;
    if (!stat.isDirectory()) throw new UsageError(say('out.not-folder', { out, file: above }));
    return;
  }
}

/** Creates `out.newFolder` (and any folder above it) right before the file is written. */
export function makeOutFolder(out: OutFile): void {
  if (out.newFolder !== undefined) mkdirSync(path.dirname(out.file), { recursive: true });
}
