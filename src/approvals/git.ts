import fs from 'node:fs';
import path from 'node:path';
import type { WalkerEntry } from 'isomorphic-git';
import git, { TREE } from '../core/isomorphic-git.ts';
import { PlanbookError } from '../core/errors.ts';
import { findGitLocation, gitLocationAt, worktreeFs } from '../core/git-dir.ts';
import { say } from './approval-messages.ts';

/** What every Git read takes: isomorphic-git's options object, with one cache shared across calls. */
export interface GitRepo {
  dir: string;
  fs?: typeof fs;
  /** Shared between calls because packfile reads are costly (isomorphic-git docs/cache.md). */
  cache?: object;
}

/**
 * isomorphic-git's options for the repository whose working tree is `repo.dir`, found the way Git
 * finds it: in a linked worktree `gitdir` and `fs` route HEAD and the index to the worktree's own
 * gitdir, and objects and refs to the common one (see src/core/git-dir.ts).
 * Spread into every isomorphic-git call instead of passing `dir` alone.
 */
export function gitOptions({ dir, fs: client = fs, cache = {} }: GitRepo) {
  const location = gitLocationAt(dir, client);
  if (!location) return { fs: client, dir, cache };
  return { fs: worktreeFs(location, client), dir: location.dir, gitdir: location.gitdir, cache };
}

/** The folder named as the repository (`--repo`) is not a Git repository's top folder. */
export class NotARepositoryError extends PlanbookError {
  readonly exitCode = 2;
  readonly code = 'not-a-repository';
}

/**
 * The repository whose top folder (the one holding `.git`) is `dir`, for the commands that read
 * Git (`--repo`, default `.`). Throws NotARepositoryError naming the folder when it is missing, a
 * file, or not a repository, and naming the repository's top folder when `dir` is inside one:
 * content paths are relative to that top folder, so a subfolder is not taken for it silently.
 */
export function repositoryAt(dir: string): GitRepo {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new NotARepositoryError(say('error.repo-missing', { dir }));
  }
  if (!stat.isDirectory()) throw new NotARepositoryError(say('error.repo-file', { dir }));
  if (!gitLocationAt(dir)) {
    const top = findGitLocation(dir)?.dir;
    throw new NotARepositoryError(top ? say('error.repo-inside', { dir, top }) : say('error.not-a-repo', { dir }));
  }
  return { dir, cache: {} };
}

/**
 * The content folder `--content` names (`content`, `./content/`, or an absolute path inside the
 * repository) as a path from the repository's top folder, after checking that at least one of
 * `commits` has that folder: a misspelt folder would otherwise read as "no plan files changed".
 * Throws NotARepositoryError (exit 2) naming the folder and the commits.
 */
export async function contentFolderIn(repo: GitRepo, folder: string, commits: readonly string[]): Promise<string> {
  const relative = path.relative(repo.dir, path.resolve(repo.dir, folder)).split(path.sep).join('/');
  if (relative === '' || relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) {
    throw new NotARepositoryError(say('error.content-outside', { folder, dir: repo.dir }));
  }
  for (const commit of commits) {
    try {
      await git.readTree({ ...gitOptions(repo), oid: commit, filepath: relative });
      return relative;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error)) throw error;
    }
  }
  const short = [...new Set(commits)].map((commit) => commit.slice(0, 7));
  throw new NotARepositoryError(say('error.content-missing', { folder: relative, commits: { zh: short.join('、'), en: short.join(', ') }, dir: repo.dir }));
}

/** A ref or commit that does not exist in the repository: the user named the wrong thing. */
export class GitRefError extends PlanbookError {
  readonly exitCode = 2;
  readonly code = 'git-ref';
}

/** A branch, tag, `HEAD` or (abbreviated) commit id → the full commit id. */
export async function resolveCommit(repo: GitRepo, ref: string): Promise<string> {
  const options = gitOptions(repo);
  const { dir } = options;
  try {
    // isomorphic-git resolves names only; `main~2` and `HEAD^` are first-parent steps we take ourselves.
    const [, name = ref, suffix = ''] = /^(.*?)((?:[~^]\d*)*)$/.exec(ref) ?? [];
    let oid = /^[0-9a-f]{4,39}$/i.test(name) ? await git.expandOid({ ...options, oid: name }) : await git.resolveRef({ ...options, ref: name });
    let { commit } = await git.readCommit({ ...options, oid });
    for (const [, kind, count] of suffix.matchAll(/([~^])(\d*)/g)) {
      const steps = kind === '~' ? Number(count || 1) : 1;
      const parentIndex = kind === '^' ? Number(count || 1) - 1 : 0;
      for (let step = 0; step < steps; step++) {
        const parent = commit.parent[step === 0 ? parentIndex : 0];
        if (!parent) throw new GitRefError(say('error.no-parent', { ref, commit: oid.slice(0, 7) }));
        oid = parent;
        ({ commit } = await git.readCommit({ ...options, oid }));
      }
    }
    return oid;
  } catch (error) {
    if (error instanceof GitRefError) throw error;
    if (error instanceof Error && 'code' in error) {
      if (/^[0-9a-f]{40}$/i.test(ref)) throw new GitRefError(say('error.unknown-commit', { ref, dir }));
      throw new GitRefError(say('error.unknown-ref', { ref, dir }));
    }
    throw error;
  }
}

export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'deleted';
  baseOid: string | null;
  headOid: string | null;
}

const blobOid = async (entry: WalkerEntry | null) => (entry && (await entry.type()) === 'blob' ? entry.oid() : null);

/** Files that differ between two commits, in one walk over both trees (unchanged subtrees are skipped). */
export async function changedFiles(repo: GitRepo, base: string, head: string): Promise<FileChange[]> {
  const changes = await git.walk({
    ...gitOptions(repo),
    trees: [TREE({ ref: base }), TREE({ ref: head })],
    map: async (filepath, [a, b]) => {
      if (filepath === '.') return undefined;
      // Same tree oid on both sides: nothing below it changed, so don't descend.
      if (a && b && (await a.type()) === 'tree' && (await b.type()) === 'tree' && (await a.oid()) === (await b.oid())) return null;
      const [baseOid, headOid] = [await blobOid(a ?? null), await blobOid(b ?? null)];
      if (baseOid === headOid) return undefined;
      const status = baseOid === null ? 'added' : headOid === null ? 'deleted' : 'modified';
      return { path: filepath, status, baseOid, headOid } satisfies FileChange;
    },
  });
  return (changes as (FileChange | undefined)[]).filter((change): change is FileChange => Boolean(change)).sort((x, y) => x.path.localeCompare(y.path));
}

/** Every blob under `prefix` at a commit, with its oid and (when asked) its bytes: one tree walk. */
export async function filesAt(
  repo: GitRepo,
  commit: string,
  prefix: string,
  { content = false } = {},
): Promise<Map<string, { oid: string; content?: Uint8Array }>> {
  const files = new Map<string, { oid: string; content?: Uint8Array }>();
  await git.walk({
    ...gitOptions(repo),
    trees: [TREE({ ref: commit })],
    map: async (filepath, [entry]) => {
      if (filepath === '.') return undefined;
      // Prune: only descend into folders on the way to (or inside) the prefix.
      if (!(filepath.startsWith(prefix) || prefix.startsWith(`${filepath}/`))) return null;
      if (!entry || (await entry.type()) !== 'blob') return undefined;
      const bytes = content ? await entry.content() : undefined;
      files.set(filepath, { oid: await entry.oid(), ...(bytes ? { content: bytes } : {}) });
      return undefined;
    },
  });
  return files;
}

/** The blob oid of `path` at a commit, or null when the file (or the commit) is not there. */
export async function blobAt(repo: GitRepo, commit: string, path: string): Promise<string | null> {
  try {
    return (await git.readBlob({ ...gitOptions(repo), oid: commit, filepath: path })).oid;
  } catch (error) {
    if (error instanceof Error && 'code' in error) return null;
    throw error;
  }
}

/** Text of `path` at a commit, or undefined when it does not exist there. */
export async function textAt(repo: GitRepo, commit: string, path: string): Promise<string | undefined> {
  try {
    const { blob } = await git.readBlob({ ...gitOptions(repo), oid: commit, filepath: path });
    return new TextDecoder().decode(blob);
  } catch (error) {
    if (error instanceof Error && 'code' in error) return undefined;
    throw error;
  }
}

/** Whether a commit is in the repository (a reviewed commit may have been force-pushed away). */
export async function commitExists(repo: GitRepo, oid: string): Promise<boolean> {
  try {
    await git.readCommit({ ...gitOptions(repo), oid });
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error) return false;
    throw error;
  }
}
