// Issue 8 item 6: the loader reads from a source (disk or a Git tree); plan diff reads blobs directly.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitTreeSource } from '../../src/approvals/tree-content.ts';
import { loadContent } from '../../src/model/load.ts';
import { fixtureRepo } from './helpers/approvals-repo.ts';

let repo: Awaited<ReturnType<typeof fixtureRepo>>;
beforeEach(async () => (repo = await fixtureRepo()));
afterEach(() => repo.cleanup());

const BUDGET = 'content/2026/units/east/budget.mdx';

describe('loadContent from a Git tree', () => {
  it('reads the committed blobs, not the working tree, and names files as in the repository', async () => {
    const budget = readFileSync(path.join(repo.dir, BUDGET), 'utf8');
    const head = await repo.commit('Budget note', { [BUDGET]: `${budget}\n仅在提交中。\n` });
    // The working tree loses the file after the commit: a loader reading disk would not find it.
    rmSync(path.join(repo.dir, BUDGET));
    const load = await loadContent(path.join(repo.dir, 'content'), { cwd: repo.dir, source: await gitTreeSource({ dir: repo.dir, cache: {} }, head) });
    const document = load.documents.find((candidate) => candidate.path === '2026/units/east/budget.mdx');
    expect(document?.file).toBe(BUDGET);
    expect(document?.body).toContain('仅在提交中。');
    expect(load.fileCount).toBe(9);
  });

  it('reports a blob that is not UTF-8 text at its repository path', async () => {
    writeFileSync(path.join(repo.dir, 'content/2026/notes.md'), Buffer.from([0x66, 0x00, 0x6f]));
    const binary = await repo.commit('Add a binary file');
    const load = await loadContent(path.join(repo.dir, 'content'), { cwd: repo.dir, source: await gitTreeSource({ dir: repo.dir, cache: {} }, binary) });
    expect(load.diagnostics.map((diagnostic) => `${diagnostic.file} ${diagnostic.rule}`)).toContain('content/2026/notes.md binary-file');
  });
});
