import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PlanbookError } from '../core/errors.ts';
import { refuseEntries } from '../model/list-files.ts';

/**
 * What changed in a Git working tree, asked of the `git` command rather than isomorphic-git: Git
 * compares trees level by level (descending only into subtrees whose ids differ) and finds edits in
 * the working tree from its index's stat data, with threads. isomorphic-git walks every entry of
 * both trees in JavaScript: 250,000 entries took seconds, where the whole of `plan check --changed`
 * has half of one (issue 13).
 */

/** `git` is not on PATH, or failed in a way that is not the user's doing. */
export class GitCommandError extends PlanbookError {
  readonly exitCode = 2;
  readonly code = 'git-command';
}

/** A BASE that names no commit. */
export class ChangedBaseError extends PlanbookError {
  readonly exitCode = 2;
  readonly code = 'git-ref';
}

/** What `--changed` compares: BASE with the working tree, or (`BASE..HEAD`) with the commit checked out. */
export interface ChangedRange {
  base: string;
  /** `BASE..HEAD`: the report is of this commit's tree, whatever the working tree holds. */
  head?: string;
}

/**
 * `--changed`'s value: `BASE` (the working tree, uncommitted edits included) or `BASE..HEAD` (the
 * commit HEAD names; `BASE..` is `BASE..HEAD`). Git refs cannot hold `..`, so the split is exact;
 * `BASE...HEAD` and an empty BASE are refused (ChangedBaseError).
 */
export function parseChangedRange(value: string): ChangedRange {
  const at = value.indexOf('..');
  if (at < 0) return { base: value };
  const [base, head] = [value.slice(0, at), value.slice(at + 2) || 'HEAD'];
  if (base === '' || head.startsWith('.')) throw new ChangedBaseError({
      zh: `--changed "${value}" 无效：应为 BASE（工作区与 BASE 比较）或 BASE..HEAD（当前检出的提交与 BASE 比较）`,
      en: `Unexpected --changed "${value}": expected BASE (the working tree against BASE) or BASE..HEAD (the commit checked out against BASE)`,
    });
  return { base, head };
}

/** A content folder inside a Git working tree. */
export interface WorkingTree {
  /** The working tree's top folder. */
  top: string;
  /** The commit checked out; undefined in a repository without commits. */
  head: string | undefined;
  /** The content folder relative to `top`, with forward slashes (`content`). */
  prefix: string;
  /** The repository's object format (`git init --object-format`): what its blob ids hash with. */
  hash: ObjectFormat;
}

/** Git's object formats: SHA-1 ids are 40 hex digits, SHA-256 ones 64. */
export type ObjectFormat = 'sha1' | 'sha256';


// Asynchronous, so that `git status` (the longest: it looks at every file's stat data) runs while
// the cache is read and the other questions are asked.
function git(top: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd: top, encoding: 'utf8', maxBuffer: 1 << 30 }, (error, stdout) => {
      if (!error) resolve(stdout);
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new GitCommandError({ zh: 'plan check --changed 需要 git 命令，但在 PATH 中找不到它：请安装 Git', en: 'Unexpected: no git command on PATH, expected Git installed for plan check --changed' }));
      } else reject(error);
    });
  });
}

/** `git …` that may fail (an unknown commit); undefined then. */
async function gitMaybe(top: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(top, args);
  } catch (error) {
    if (error instanceof GitCommandError) throw error;
    return undefined;
  }
}

/** The working tree holding `dir`, or undefined when `dir` is in none. */
export async function workingTreeOf(dir: string): Promise<WorkingTree | undefined> {
  // One process: the top folder, the object format, then HEAD's commit (none in a repository without commits).
  const asked = ['rev-parse', '--show-toplevel', '--show-object-format'];
  const [top = '', format = '', head = ''] = ((await gitMaybe(dir, [...asked, 'HEAD'])) ?? (await gitMaybe(dir, asked)) ?? '').trim().split('\n');
  if (!top) return undefined;
  const hash: ObjectFormat = format === 'sha256' ? 'sha256' : 'sha1';
  return { top, head: /^[0-9a-f]+$/.test(head) && head.length === idLength(hash) * 2 ? head : undefined, prefix: path.relative(top, dir).split(path.sep).join('/'), hash };
}

/**
 * Starts, without waiting, what `plan check --changed` asks Git first: the working tree holding
 * `dir`, BASE's commit and what changed from it to HEAD (kept by `changedBetween`), and for the
 * working tree (no `range.head`) its uncommitted files (`dirtyPaths`, the longest), else the
 * process reading HEAD's files (`batch`, `startBlobBatch`), so that Git's processes run while the
 * check's modules load. Errors come where `tree`, `base` and `dirty` are
 * awaited; `base` and `dirty` are undefined when `dir` is in no working tree.
 */
export function askEarly(dir: string, range: ChangedRange): { tree: Promise<WorkingTree | undefined>; base: Promise<string | undefined>; dirty: Promise<Set<string> | undefined>; batch?: BlobBatch } {
  const tree = workingTreeOf(dir);
  const commit = tree.then((found) => (found ? commitOf(found, range.base) : undefined));
  const diff = Promise.all([tree, commit]).then(([found, from]) => (found?.head && from ? changedBetween(found, from, found.head) : undefined));
  const dirty = tree.then((found) => (found && range.head === undefined ? dirtyPaths(found) : undefined));
  // Not awaited until the modules are loaded: an error then is the caller's, not an unhandled rejection now.
  for (const asked of [tree, commit, diff, dirty]) asked.catch(() => undefined);
  // BASE..HEAD reads the changed files from HEAD's tree: Git's process for them is started now.
  return { tree, base: commit, dirty, ...(range.head === undefined ? {} : { batch: startBlobBatch(dir) }) };
}

/** The commit `ref` names; ChangedBaseError when none. */
export async function commitOf(tree: WorkingTree, ref: string): Promise<string> {
  const commit = (await gitMaybe(tree.top, ['rev-parse', '--verify', '-q', `${ref}^{commit}`]))?.trim();
  if (!commit) throw new ChangedBaseError({
      zh: `引用 "${ref}" 无效：仓库 ${tree.top} 中没有这个名字的分支、标签或提交（先获取它，例如 actions/checkout 设 fetch-depth: 0）`,
      en: `Unexpected ref "${ref}": no branch, tag or commit of that name in the repository at ${tree.top} (fetch it first, e.g. actions/checkout with fetch-depth: 0)`,
    });
  return commit;
}

const inContent = (tree: WorkingTree, repoPath: string) => (tree.prefix === '' ? repoPath : repoPath.startsWith(`${tree.prefix}/`) ? repoPath.slice(tree.prefix.length + 1) : undefined);

// Like listFiles (content-files.ts): files in hidden folders and hidden files are not content.
const visible = (relative: string) => !relative.split('/').some((part) => part.startsWith('.'));

function contentPaths(tree: WorkingTree, repoPaths: Iterable<string>): string[] {
  const out: string[] = [];
  for (const repoPath of repoPaths) {
    const relative = inContent(tree, repoPath);
    if (relative !== undefined && relative !== '' && visible(relative)) out.push(relative);
  }
  return out;
}

const pathspec = (tree: WorkingTree) => (tree.prefix === '' ? '.' : tree.prefix);

/**
 * Content paths whose working-tree file differs from HEAD: modified, deleted, staged, untracked and
 * ignored files (a full check reads ignored files too). One `git status`: the index's stat data
 * spares reading unchanged files.
 */
export async function dirtyPaths(tree: WorkingTree): Promise<Set<string>> {
  const out = await git(tree.top, ['-c', 'core.quotePath=false', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=traditional', '--no-renames', '--', pathspec(tree)]);
  // Each entry is "XY path\0" (no renames, so never a second path).
  return new Set(contentPaths(tree, out.split('\0').filter(Boolean).map((entry) => entry.slice(3))));
}

/**
 * The bytes of content files in `commit`'s tree, by content path; null where the tree holds no file
 * there. With `folders` (content paths of folders), also the blob id of each file directly in them
 * (`ids`, by content path). One `git cat-file --batch` for all of them.
 */
export async function blobsAt(tree: WorkingTree, commit: string, paths: readonly string[], folders: readonly string[] = [], batch?: BlobBatch): Promise<{ blobs: Map<string, Buffer | null>; ids: Map<string, string> }> {
  const [blobs, ids] = [new Map<string, Buffer | null>(), new Map<string, string>()];
  const asked = [...paths, ...folders];
  if (asked.length === 0) {
    batch?.close();
    return { blobs, ids };
  }
  const prefix = tree.prefix === '' ? '' : `${tree.prefix}/`;
  const out = await (batch ?? startBlobBatch(tree.top)).ask(asked.map((relative) => `${commit}:${prefix}${relative}\n`).join(''));
  let at = 0;
  // Per name in order: "<oid> <type> <size>\n<bytes>\n", or "<name> missing\n".
  asked.forEach((relative, index) => {
    const end = out.indexOf(10, at);
    const line = out.toString('utf8', at, end);
    at = end + 1;
    // The name asked for may hold spaces: a miss is told by the line's end.
    const found = !/ (missing|ambiguous)$/.test(line);
    const [, type, size = '0'] = found ? line.split(' ') : [];
    const bytes = out.subarray(at, at + Number(size));
    if (found) at += Number(size) + 1;
    if (index < paths.length) blobs.set(relative, type === 'blob' ? bytes : null);
    else if (type === 'tree') for (const [name, id] of treeEntries(bytes, tree.hash)) ids.set(`${relative}/${name}`, id);
  });
  return { blobs, ids };
}

/** A `git cat-file --batch` process, started before it is asked anything (`startBlobBatch`). */
export interface BlobBatch {
  /** Writes every request and closes the input; Git's whole output. Once only. */
  ask: (input: string) => Promise<Buffer>;
  /** Ends the process unasked (closing its input); nothing when asked already. */
  close: () => void;
}

/**
 * Starts `git cat-file --batch` in `cwd` (anywhere in the working tree: \`<commit>:<path>\` names are
 * from its top) to be asked later: \`plan check --changed BASE..HEAD\` starts it while its modules
 * load, and asks once it knows what changed (a process's start, 10 ms or more, not waited for). It
 * keeps nothing alive: unasked, it ends with this process.
 */
export function startBlobBatch(cwd: string): BlobBatch {
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new GitCommandError({ zh: 'plan check --changed 需要 git 命令，但在 PATH 中找不到它：请安装 Git', en: 'Unexpected: no git command on PATH, expected Git installed for plan check --changed' }) : error));
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git cat-file --batch exited with ${code}`))));
  });
  // Unasked, its failure is nobody's (a folder outside Git is reported where the working tree is asked for).
  done.catch(() => undefined);
  // A git that stops early closes its input: its exit code above says why.
  child.stdin.on('error', () => undefined);
  // Not waited for until asked: the process may end while it waits (its input closes then).
  const handles = [child, child.stdin, child.stdout] as { ref?: () => void; unref?: () => void }[];
  for (const handle of handles) handle.unref?.();
  let asked = false;
  return {
    ask: (input) => {
      if (asked) throw new Error('git cat-file --batch asked twice');
      asked = true;
      for (const handle of handles) handle.ref?.();
      child.stdin.end(input);
      return done;
    },
    close: () => {
      if (asked) return;
      asked = true;
      child.stdin.end();
    },
  };
}

/** The files of a raw tree object ("<mode> <name>\0<id>" each, the id 20 bytes for SHA-1 and 32 for SHA-256; folders and submodules left out) with their blob ids. */
function treeEntries(bytes: Buffer, hash: ObjectFormat): [name: string, id: string][] {
  const size = idLength(hash);
  const out: [string, string][] = [];
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(32, at);
    const nul = bytes.indexOf(0, space);
    if (space < 0 || nul < 0) break;
    const mode = bytes.toString('latin1', at, space);
    if (mode.startsWith('10')) out.push([bytes.toString('utf8', space + 1, nul), bytes.toString('hex', nul + 1, nul + 1 + size)]);
    at = nul + 1 + size;
  }
  return out;
}

/** One content file's bytes in `commit`'s tree, synchronously (a report asks for a position in a file as it is made); throws when there is none. */
export function blobAtSync(tree: WorkingTree, commit: string, relative: string): Buffer {
  const prefix = tree.prefix === '' ? '' : `${tree.prefix}/`;
  return execFileSync('git', ['cat-file', 'blob', `${commit}:${prefix}${relative}`], { cwd: tree.top, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
}

/**
 * The diffs asked for in this process, by working tree and commits: `plan check --changed
 * BASE..HEAD` asks for BASE→HEAD, and the cache for its commit→HEAD, which in CI (main's cache,
 * BASE main) is the same diff. One `git diff` then, not two.
 */
const diffs = new Map<string, Promise<Map<string, string | null> | undefined>>();

/** Content paths that differ between two commits with their blob at `from` (null when added); undefined when `from` is unknown here. */
export function changedBetween(tree: WorkingTree, from: string, to: string): Promise<ReadonlyMap<string, string | null> | undefined> {
  const key = [tree.top, tree.prefix, from, to].join('\0');
  let diff = diffs.get(key);
  if (!diff) diffs.set(key, (diff = diffBetween(tree, from, to)));
  return diff;
}

async function diffBetween(tree: WorkingTree, from: string, to: string): Promise<Map<string, string | null> | undefined> {
  if (from === to) return new Map();
  const out = await gitMaybe(tree.top, ['diff', '--raw', '-z', '--no-renames', '--no-abbrev', from, to, '--', pathspec(tree)]);
  if (out === undefined) return undefined;
  const parts = out.split('\0');
  const changed = new Map<string, string | null>();
  // ":100644 100644 <old> <new> M\0<path>\0"
  const links: string[] = [];
  for (let index = 0; index + 1 < parts.length; index += 2) {
    const [, mode = '', old = ''] = (parts[index] ?? '').split(' ');
    const relative = contentPaths(tree, [parts[index + 1] ?? ''])[0];
    if (relative === undefined) continue;
    changed.set(relative, /^0+$/.test(old) ? null : old);
    // A symbolic link (120000) or submodule (160000) committed into the content: refused as a full check refuses it on disk.
    if (mode !== '' && !mode.startsWith('10') && !/^0+$/.test(mode)) links.push(path.join(tree.top, parts[index + 1] ?? ''));
  }
  if (links.length > 0) refuseEntries(links);
  return changed;
}

/** Bytes in an object id of the format (20 for SHA-1, 32 for SHA-256). */
function idLength(hash: ObjectFormat): number {
  return hash === 'sha256' ? 32 : 20;
}

/** Git's blob id of a file's bytes (what `git hash-object` prints), in the repository's object format. */
export function blobId(bytes: Uint8Array, hash: ObjectFormat = 'sha1'): string {
  return createHash(hash).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function blobOnDisk(full: string, hash: ObjectFormat): string | null {
  try {
    return blobId(readFileSync(full), hash);
  } catch {
    return null;
  }
}

/**
 * Content paths whose bytes in the working tree differ from BASE's: `committed` BASE→HEAD
 * (`changedBetween`), `dirty` HEAD→working tree; a file in both is compared by blob id.
 */
export function changedSinceBase(tree: WorkingTree, committed: ReadonlyMap<string, string | null> | undefined, dirty: ReadonlySet<string>, base: string): string[] {
  if (!committed) throw new ChangedBaseError({
      zh: `引用 "${base}" 无效：无法与仓库 ${tree.top} 中当前检出的提交比较`,
      en: `Unexpected ref "${base}": not comparable with the checked-out commit in the repository at ${tree.top}`,
    });
  const changed = new Set([...committed.keys()].filter((file) => !dirty.has(file)));
  const folder = path.join(tree.top, tree.prefix);
  for (const file of dirty) {
    if (!committed.has(file) || blobOnDisk(path.join(folder, file), tree.hash) !== committed.get(file)) changed.add(file);
  }
  return [...changed].sort();
}
