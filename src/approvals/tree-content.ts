import path from 'node:path';
import { decodeText } from '../core/source.ts';
import type { ContentSource } from '../model/load.ts';
import { checkContent, type CheckResult } from '../rules/check.ts';
import { filesAt, type GitRepo } from './git.ts';

/**
 * The content folder as it is in a commit's tree: one walk reads every blob, and the loader reads
 * them from memory (no temporary folder). Hidden files are left out, as on disk.
 */
export async function gitTreeSource(repo: GitRepo, commit: string, contentDir = 'content'): Promise<ContentSource> {
  const prefix = `${contentDir}/`;
  const blobs = new Map<string, Uint8Array>();
  for (const [file, blob] of await filesAt(repo, commit, prefix, { content: true })) {
    const relative = file.slice(prefix.length);
    if (!relative.split('/').some((part) => part.startsWith('.'))) blobs.set(relative, blob.content ?? new Uint8Array());
  }
  return {
    list: async () => [...blobs.keys()].sort(),
    readText: (relative) => decodeText(blobs.get(relative) ?? new Uint8Array()),
  };
}

/** `plan check` of the content as it was at a commit; file names in diagnostics read `content/…` as in the repository. */
export async function checkAtCommit(repo: GitRepo, commit: string, { contentDir = 'content', asOf }: { contentDir?: string; asOf: string }): Promise<CheckResult> {
  const source = await gitTreeSource(repo, commit, contentDir);
  return checkContent(path.join(repo.dir, contentDir), { asOf, cwd: repo.dir, source });
}
