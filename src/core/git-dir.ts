import nodeFs from 'node:fs';
import path from 'node:path';
import type { PromiseFsClient } from 'isomorphic-git';
import { PlanbookError } from './errors.ts';

/**
 * Where a Git repository's files are, found the way Git finds them. In a normal clone `.git` is a
 * folder holding everything. In a linked worktree (`git worktree add`) `.git` is a file naming a
 * per-worktree gitdir (`.git/worktrees/NAME`) that holds only HEAD, the index and a few other
 * per-worktree files; its `commondir` file names the folder with objects, refs and config.
 */
export interface GitLocation {
  /** The working tree: the folder holding `.git`. */
  dir: string;
  /** Where HEAD and the index are (the per-worktree gitdir of a linked worktree). */
  gitdir: string;
  /** Where objects, refs, packed-refs and config are (the same as `gitdir` outside linked worktrees). */
  commonDir: string;
}

/** A `.git` file naming a gitdir that is not there: the worktree was moved or its repository removed. */
export class GitLocationError extends PlanbookError {
  readonly exitCode = 1;
  readonly code = 'git-location';
}

type SyncFs = Pick<typeof nodeFs, 'statSync' | 'readFileSync'>;

const kind = (client: SyncFs, file: string) => {
  try {
    const stat = client.statSync(file);
    return stat.isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
};

/**
 * The repository whose working tree is `dir` (the folder holding `.git`), or undefined when `dir`
 * has no `.git`. Follows a `.git` file's `gitdir:` line and the gitdir's `commondir`; throws
 * GitLocationError when a `.git` file points nowhere (a moved or deleted worktree).
 */
export function gitLocationAt(dir: string, client: SyncFs = nodeFs): GitLocation | undefined {
  const root = path.resolve(dir);
  const dotGit = path.join(root, '.git');
  const found = kind(client, dotGit);
  if (found === 'dir') return { dir: root, gitdir: dotGit, commonDir: dotGit };
  if (found !== 'file') return undefined;
  const target = /^gitdir:\s*(.+?)\s*$/m.exec(String(client.readFileSync(dotGit, 'utf8')))?.[1];
  if (!target) throw new GitLocationError({ zh: `${dotGit} 不是有效的 Git 文件：缺少 "gitdir:" 行`, en: `Unexpected ${dotGit}: expected a "gitdir: <path>" line` });
  const gitdir = path.resolve(root, target);
  if (kind(client, gitdir) !== 'dir') {
    throw new GitLocationError({
      zh: `${dotGit} 指向的 Git 目录 ${gitdir} 不存在（工作树被移动或其仓库已删除？可运行 git worktree repair）`,
      en: `${dotGit} points to the Git directory ${gitdir}, which does not exist (a moved worktree or a removed repository? git worktree repair fixes a moved one)`,
    });
  }
  let commonDir = gitdir;
  try {
    commonDir = path.resolve(gitdir, String(client.readFileSync(path.join(gitdir, 'commondir'), 'utf8')).trim());
  } catch {
    // No commondir: a submodule's gitdir, which holds everything itself.
  }
  return { dir: root, gitdir, commonDir };
}

/** The repository holding `start` (a folder or a file in it): the nearest folder upwards with a `.git`, as Git looks. */
export function findGitLocation(start: string, client: SyncFs = nodeFs): GitLocation | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const location = gitLocationAt(dir, client);
    if (location) return location;
    if (path.dirname(dir) === dir) return undefined;
  }
}

// gitrepository-layout(5) and path.c's common_list: these live in the common dir; everything
// else under a linked worktree's gitdir (HEAD, index, ORIG_HEAD, MERGE_HEAD…) is its own.
const COMMON = new Set(['objects', 'refs', 'packed-refs', 'config', 'logs', 'hooks', 'info', 'remotes', 'branches', 'shallow', 'worktrees', 'rr-cache', 'svn', 'lost-found', 'common']);
const PER_WORKTREE = [/^logs\/HEAD$/, /^refs\/(bisect|worktree|rewritten)(\/|$)/];

/** The file Git means by `file` (a path under the per-worktree gitdir) in this location. */
export function gitPath({ gitdir, commonDir }: GitLocation, file: string): string {
  if (gitdir === commonDir) return file;
  const inside = path.relative(gitdir, file).split(path.sep).join('/');
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return file;
  if (!COMMON.has(inside.split('/')[0] ?? '') || PER_WORKTREE.some((pattern) => pattern.test(inside))) return file;
  return path.join(commonDir, inside);
}

const COMMANDS = ['readFile', 'writeFile', 'mkdir', 'rmdir', 'unlink', 'stat', 'lstat', 'readdir', 'readlink', 'rm'] as const;

/**
 * A promise file system (the shape isomorphic-git takes as `fs`) that reads and writes Git's files
 * where a linked worktree keeps them: isomorphic-git follows a `.git` file but not `commondir`, so
 * given the per-worktree gitdir it would find HEAD and the index but no objects or refs. Outside a
 * linked worktree it is `client` itself. Use with `gitdir: location.gitdir`.
 */
export function worktreeFs(location: GitLocation, client: typeof nodeFs = nodeFs): typeof nodeFs | PromiseFsClient {
  if (location.gitdir === location.commonDir) return client;
  const promises: Record<string, unknown> = {};
  for (const command of COMMANDS) {
    const original = client.promises[command] as (file: unknown, ...rest: unknown[]) => Promise<unknown>;
    promises[command] = (file: unknown, ...rest: unknown[]) => original.call(client.promises, typeof file === 'string' ? gitPath(location, file) : file, ...rest);
  }
  promises.symlink = (target: string, file: string) => client.promises.symlink(target, gitPath(location, file));
  return { promises: promises as PromiseFsClient['promises'] };
}
