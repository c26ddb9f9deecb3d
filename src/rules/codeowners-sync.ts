import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CODEOWNERS_PATH } from '../approvals/codeowners.ts';
import { codeownersState } from '../approvals/codeowners-sync.ts';
import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { placementOf } from '../model/content-files.ts';
import type { Loaded, LoadResult } from '../model/load.ts';
import type { Org } from '../schemas/index.ts';

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
  if (!committedText(path.join(options.root, CODEOWNERS_PATH))?.includes(`/${prefix}/`)) return undefined;
  const state = codeownersState(orgs, options);
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
    message: 'Unexpected CODEOWNERS content, expected the owners generated from the organisation files',
    expected: JSON.stringify(expectedLines[line - 1] ?? ''),
    actual: JSON.stringify(actualLines[line - 1] ?? ''),
    hint: 'Run `npm run --silent plan -- codeowners` and commit .github/CODEOWNERS.',
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
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
