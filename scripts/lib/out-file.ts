import { statSync } from 'node:fs';
import path from 'node:path';

/** The file an `--out` option names: where to write it and how to name it to the reader. */
export interface OutFile {
  /** Absolute path of the file. */
  file: string;
  /** The path as the reader wrote it (with the default name added for a folder). */
  shown: string;
}

/**
 * The file `--out OUT` names. OUT is a file, unless it is an existing folder or ends with a slash:
 * then the file is `defaultName` inside it, as `cp` does (`--out exports/` → exports/planbook-FY2026.xlsx),
 * so a folder is never taken for the file to replace.
 */
export function outFile(cwd: string, out: string, defaultName: string): OutFile {
  const target = path.resolve(cwd, out);
  const isFolder = /[\\/]$/.test(out) || statSync(target, { throwIfNoEntry: false })?.isDirectory() === true;
  return isFolder ? { file: path.join(target, defaultName), shown: path.join(out, defaultName) } : { file: target, shown: out };
}
