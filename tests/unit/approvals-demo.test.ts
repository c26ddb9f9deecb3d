import { readFileSync } from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';
import { describe, expect, it } from 'vitest';
import { LEDGER_PATH, readLedger } from '../../src/approvals/ledger.ts';
import { approvedVersion, CHANGED_AFTER_APPROVAL } from '../../scripts/lib/demo-changed.ts';
import { ROOT } from './helpers/run-plan.ts';

describe('demo approval records', () => {
  const records = readLedger(ROOT).filter((record) => record.demo);

  it('approve the demo FY2026 plan and the FY2027 market research', () => {
    const paths = records.map((record) => record.path);
    expect(paths).toEqual(expect.arrayContaining(['content/2026/units/east/budget.mdx', 'content/2027/market-research.mdx']));
    const budget = records.find((record) => record.path === 'content/2026/units/east/budget.mdx');
    expect(budget?.stages.map((stage) => stage.role)).toEqual(['marketingVp', 'finance', 'gm']);
  });

  it(`match the demo content's blob ids (else run: npx node scripts/demo-approvals.ts)`, async () => {
    const stale: string[] = [];
    for (const record of records.filter((candidate) => candidate.path !== CHANGED_AFTER_APPROVAL.path)) {
      const { oid } = await git.hashBlob({ object: readFileSync(path.join(ROOT, record.path)) });
      if (oid !== record.oid) stale.push(record.path);
    }
    expect(stale, `${LEDGER_PATH} is out of date for these files`).toEqual([]);
  });

  it(`ship exactly one document changed after its approval: ${CHANGED_AFTER_APPROVAL.path}`, async () => {
    const record = records.find((candidate) => candidate.path === CHANGED_AFTER_APPROVAL.path);
    const text = readFileSync(path.join(ROOT, CHANGED_AFTER_APPROVAL.path), 'utf8');
    const hash = async (content: string) => (await git.hashBlob({ object: Buffer.from(content) })).oid;
    expect(record?.oid).toBe(await hash(approvedVersion(text)));
    expect(record?.oid).not.toBe(await hash(text));
  });
});
