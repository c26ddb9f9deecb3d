import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CODEOWNERS_PATH, CodeownersPathError, codeownersPattern } from '../approvals/codeowners.ts';
import { codeownersState, type CodeownersState } from '../approvals/codeowners-sync.ts';
import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { placementOf } from '../model/content-files.ts';
import type { Loaded, LoadResult } from '../model/load.ts';
import type { Org } from '../schemas/index.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'codeowners-sync': { severity: 'error', summary: '`.github/CODEOWNERS` differs from what the org files generate (`plan codeowners` rewrites it).' },
} as const satisfies CodeDocs;

/** Where the content sits in its repository: what a repository rule reads besides the model. */
export interface RepositoryContext {
  /** Repository root: `.github/` is looked up here. */
  root: string;
  /** The content folder, relative to the root or absolute. */
  contentDir: string;
}

/**
 * For `plan check`: an error when a committed CODEOWNERS no longer matches the org files.
 * Without a CODEOWNERS file there is nothing to be stale (the repository may not use GitHub), and a
 * CODEOWNERS about another content folder is not this content's to judge.
 */
export function codeownersDiagnostic(orgs: readonly Loaded<Org>[], options: RepositoryContext): Diagnostic<keyof typeof codes> | undefined {
  // `plan check --content tests/fixtures/…` checks other content than the file was made for; looking
  // first also spares generating the owners of a 1,000-person company that nothing will compare.
  const prefix = path.relative(options.root, path.resolve(options.root, options.contentDir)).split(path.sep).join('/');
  const committed = committedText(path.join(options.root, CODEOWNERS_PATH));
  // Also the unescaped folder: a file written before spaces were escaped is stale, not someone else's.
  if (committed === undefined) return undefined;
  let state: CodeownersState;
  try {
    if (!committed.includes(`/${codeownersPattern(prefix)}/`) && !committed.includes(`/${prefix}/`)) return undefined;
    state = codeownersState(orgs, options);
  } catch (error) {
    if (!(error instanceof CodeownersPathError)) throw error;
    return { rule: 'codeowners-sync', severity: 'error', file: CODEOWNERS_PATH, line: 1, column: 1, message: error.text };
  }
  if (state.actual === null || state.actual === state.expected) return undefined;
  const expectedLines = state.expected.split('\n');
  const actualLines = state.actual.split('\n');
  const index = expectedLines.findIndex((line, i) => line !== actualLines[i]);
  const line = index === -1 ? expectedLines.length : index + 1;
  return {
    rule: 'codeowners-sync',
    severity: 'error',
    file: CODEOWNERS_PATH,
    line,
    column: 1,
    message: say('codeowners-sync'),
    expected: JSON.stringify(expectedLines[line - 1] ?? ''),
    actual: JSON.stringify(actualLines[line - 1] ?? ''),
    hint: say('codeowners-sync.hint'),
  };
}

/**
 * CODEOWNERS is generated from the org files; a stale one asks the wrong people to approve (issue 4).
 * While an org file is invalid nothing is compared: its own error says what to fix.
 */
export function codeownersSync(load: Pick<LoadResult, 'orgs' | 'invalid'>, repository: RepositoryContext): Diagnostic<keyof typeof codes>[] {
  if (load.invalid.some((file) => placementOf(file)?.kind === 'org')) return [];
  const stale = codeownersDiagnostic(load.orgs, repository);
  return stale ? [stale] : [];
}

function committedText(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    // A folder named CODEOWNERS fails in the read, whose error names no path: the refusal names the file.
    const failed = error as NodeJS.ErrnoException;
    failed.path ??= CODEOWNERS_PATH;
    throw failed;
  }
}
