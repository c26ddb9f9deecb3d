import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeSyntheticCompany } from '../../scripts/lib/synthetic.ts';
import { listFiles } from '../../src/model/content-files.ts';

// A unit's rules that fail on this thread (the workers load the real modules): the error must come
// out of the check, with the workers stopped, not out of the handler that took in their message.
vi.mock('../../src/rules/check-scopes.ts', async (original) => ({
  ...(await original<typeof import('../../src/rules/check-scopes.ts')>()),
  runUnitRules: () => {
    throw new Error('unit rules failed');
  },
}));

const temp = mkdtempSync(path.join(tmpdir(), 'planbook-split-failure-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('a split check whose unit rules fail', { timeout: 300_000 }, () => {
  it('rejects with that error once the workers are stopped', async () => {
    const { splitCheck } = await import('../../src/rules/check-split.ts');
    const content = path.join(temp, 'content');
    writeSyntheticCompany(content, { units: 2, perUnit: 3 });
    // Every file given: only the workers read people's folders, one folder a group, so the first
    // unit is checked ahead when a worker's message is taken in, while they still send groups.
    const check = splitCheck(content, await listFiles(content), { asOf: '2026-11-30', cwd: temp, workers: 2, sizes: { groupFiles: 1, chunkFolders: 1 } });
    await expect(check).rejects.toThrow('unit rules failed');
  });
});
