import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, type CheckResult } from '../rules/check.ts';
import { filesAt, type GitRepo } from './git.ts';

/**
 * `plan check` of the content as it was at a commit. The blobs are written to a temporary folder so
 * the ordinary loader runs unchanged (one loader, one set of rules); file names in diagnostics read
 * `content/…` as in the repository.
 */
export async function checkAtCommit(repo: GitRepo, commit: string, { contentDir = 'content', asOf }: { contentDir?: string; asOf: string }): Promise<CheckResult> {
  const files = await filesAt(repo, commit, `${contentDir}/`, { content: true });
  const root = mkdtempSync(path.join(tmpdir(), 'planbook-diff-'));
  try {
    const dir = path.join(root, contentDir);
    mkdirSync(dir, { recursive: true });
    for (const [file, blob] of files) {
      const target = path.join(root, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, blob.content ?? new Uint8Array());
    }
    return await checkContent(dir, { asOf, cwd: root });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
