import { compareDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import type { LoadResult } from './load.ts';
import { say } from '../core/reading-messages.ts';

/** A content file that exists but could not be read or validated, and its first error. */
export interface InvalidFile {
  /** Path inside the content directory, e.g. `2026/people/chen-jing/01.report.mdx`. */
  path: string;
  /** The first error in the file (by line), the one to fix first; `file` is the path shown to people. */
  error: Pick<Diagnostic, 'file' | 'line' | 'column' | 'rule' | 'message'>;
}

/**
 * The files of a load that exist but are invalid, in path order, each with its first error. Their
 * figures are in no total: commands that print figures refuse or warn while this list is not empty.
 */
export function invalidFiles(load: Pick<LoadResult, 'invalid' | 'diagnostics'>): InvalidFile[] {
  if (load.invalid.length === 0) return [];
  const errors = load.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').sort(compareDiagnostics);
  return [...new Set(load.invalid)].sort().map((path) => {
    // Shown paths are the content path behind the content folder as the user named it.
    const first = errors.find((diagnostic) => diagnostic.file === path || diagnostic.file.endsWith(`/${path}`));
    const { file = path, line = 1, column = 1, rule = 'invalid-file', message = say('load.unreadable') } = first ?? {};
    return { path, error: { file, line, column, rule, message } };
  });
}

/** Invalid files of one fiscal year: those under `<year>/`, and any whose path names no year. */
export function invalidFilesOf(files: readonly InvalidFile[], year: number): InvalidFile[] {
  return files.filter((file) => file.path.startsWith(`${year}/`) || !/^\d{4}\//.test(file.path));
}
