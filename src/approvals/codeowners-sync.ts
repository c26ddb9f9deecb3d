import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loaded } from '../model/load.ts';
import type { Org } from '../schemas/index.ts';
import { CODEOWNERS_PATH, generateCodeowners } from './codeowners.ts';

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
