import fs from 'node:fs';
import path from 'node:path';
import git from '../core/isomorphic-git.ts';
import { findGitLocation, worktreeFs } from '../core/git-dir.ts';

/** Where a file stands against the last commit, as far as a writer needs to know. */
export type GitState = 'clean' | 'modified' | 'untracked' | 'no-repository';

/**
 * Whether `file` has changes Git does not hold yet. A file with uncommitted edits must not be
 * rewritten by a tool: the person's own edits would be mixed into (or lost under) the tool's.
 * Read with isomorphic-git so no `git` binary is needed.
 */
export async function gitState(file: string): Promise<GitState> {
  const absolute = path.resolve(file);
  const location = findGitLocation(path.dirname(absolute));
  if (!location) return 'no-repository';
  const filepath = path.relative(location.dir, absolute).split(path.sep).join('/');
  // The worktree's own index and HEAD against the common objects (a linked worktree keeps them apart).
  const status = await git.status({ fs: worktreeFs(location, fs), dir: location.dir, gitdir: location.gitdir, filepath });
  if (status === 'unmodified') return 'clean';
  if (status === '*added' || status === 'absent') return 'untracked';
  return 'modified';
}
