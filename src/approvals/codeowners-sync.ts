import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { Loaded } from '../model/load.ts';
import type { Org } from '../schemas/index.ts';
import { CODEOWNERS_PATH, CodeownersPathError, codeownersPattern, generateCodeowners } from './codeowners.ts';

export interface CodeownersState {
  file: string;
  expected: string;
  /** null when the repository has no CODEOWNERS file yet. */
  actual: string | null;
}

/** What CODEOWNERS should say for these organisation files, and what it says now. */
export function codeownersState(orgs: readonly Loaded<Org>[], { root, contentDir }: { root: string; contentDir: string }): CodeownersState {
  const byYear = new Map(orgs.map((org) => [org.data.year, org.data]));
  const prefix = path.relative(root, path.resolve(root, contentDir)).split(path.sep).join('/');
  const file = path.join(root, CODEOWNERS_PATH);
  let actual: string | null = null;
  try {
    actual = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { file, expected: generateCodeowners(byYear, prefix), actual };
}

/**
 * For `plan check`: an error when a committed CODEOWNERS no longer matches the org files.
 * Without a CODEOWNERS file there is nothing to be stale (the repository may not use GitHub), and a
 * CODEOWNERS about another content folder is not this content's to judge.
 */
export function codeownersDiagnostic(orgs: readonly Loaded<Org>[], options: { root: string; contentDir: string }): Diagnostic | undefined {
  let state: CodeownersState;
  try {
    state = codeownersState(orgs, options);
  } catch (error) {
    if (!(error instanceof CodeownersPathError)) throw error;
    return { rule: 'codeowners-sync', severity: 'error', file: CODEOWNERS_PATH, line: 1, column: 1, message: error.message };
  }
  if (state.actual === null || state.actual === state.expected) return undefined;
  // `plan check --content tests/fixtures/…` checks other content than the file was made for.
  const prefix = path.relative(options.root, path.resolve(options.root, options.contentDir)).split(path.sep).join('/');
  // Also the unescaped folder: a file written before spaces were escaped is stale, not someone else's.
  if (!state.actual.includes(`/${codeownersPattern(prefix)}/`) && !state.actual.includes(`/${prefix}/`)) return undefined;
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
    message: 'Unexpected CODEOWNERS content, expected the owners generated from the organisation files',
    expected: JSON.stringify(expectedLines[line - 1] ?? ''),
    actual: JSON.stringify(actualLines[line - 1] ?? ''),
    hint: 'Run `npm run --silent plan -- codeowners` and commit .github/CODEOWNERS.',
  };
}
