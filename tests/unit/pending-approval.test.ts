import { beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, pendingApproval, waitingDocuments, type PendingDocument } from '../../src/approvals/pending.ts';
import type { Provenance } from '../../src/approvals/provenance.ts';
import { loadContent, type LoadResult } from '../../src/model/load.ts';
import type { Org } from '../../src/schemas/index.ts';
import { runPlan } from './helpers/run-plan.ts';

let load: LoadResult;
let org: Org;
beforeAll(async () => {
  load = await loadContent('content');
  org = load.orgs.find((entry) => entry.data.year === 2027)!.data;
});

const salesPlan: PendingDocument = { type: 'sales-plan', path: '2027/units/east/sales-plan.mdx', unit: 'east', author: 'zhou-zhiqiang', status: 'review', date: '2026-11-16' };
const provenance = (changedAfterApproval: boolean) => ({ changedAfterApproval }) as Provenance;

describe('pendingApproval: who must act next on one document', () => {
  it('a sales plan in review waits for the marketing VP, not its author, with the days since its date', () => {
    const pending = pendingApproval(salesPlan, org, undefined, '2026-11-30');
    expect(pending).toMatchObject({ stage: 1, stages: 2, role: 'marketingVp', roleLabel: { zh: '营销副总', en: 'marketing VP' }, since: '2026-11-16', days: 14 });
    expect(pending?.approvers.map((approver) => approver.name)).toEqual(['王海涛']);
  });

  it('a draft or an approved document waits for nobody; a ledger-approved one neither', () => {
    expect(pendingApproval({ ...salesPlan, status: 'draft' }, org, undefined, '2026-11-30')).toBeUndefined();
    expect(pendingApproval({ ...salesPlan, status: 'approved' }, org, undefined, '2026-11-30')).toBeUndefined();
    expect(pendingApproval(salesPlan, org, provenance(false), '2026-11-30')).toBeUndefined();
  });

  it('a document changed after its approval waits for the chain again from its first stage', () => {
    expect(pendingApproval({ ...salesPlan, type: 'budget', path: '2027/units/east/budget.mdx' }, org, provenance(true), '2026-11-17')).toMatchObject({ stage: 1, stages: 3, role: 'marketingVp', days: 1 });
  });

  it('a person plan its unit manager wrote goes to the deputy role: the manager may not approve their own document', () => {
    const pending = pendingApproval({ type: 'person-plan', path: '2027/people/li-na/plan.mdx', person: 'li-na', author: 'zhou-zhiqiang', status: 'review', date: '2026-11-30' }, org, undefined, '2026-11-30');
    expect(pending).toMatchObject({ role: 'marketingVp', days: 0 });
    expect(pending?.approvers.map((approver) => approver.id)).toEqual(['wang-haitao']);
  });

  it('counts whole calendar days across month ends and never negative', () => {
    expect(daysBetween('2026-10-31', '2026-11-30')).toBe(30);
    expect(daysBetween('2026-12-01', '2026-11-30')).toBe(0);
  });
});

describe('waitingDocuments on the demo as of 2026-11-30', () => {
  it('lists the three FY2027 sales plans, longest wait first, each waiting for 王海涛', () => {
    const orgs = new Map(load.orgs.map((entry) => [entry.data.year, entry.data]));
    const waiting = waitingDocuments(load.documents, (year) => orgs.get(year), new Map(), '2026-11-30').filter((entry) => entry.year === 2027);
    expect(waiting.map((entry) => [entry.path, entry.pending.approvers.map((approver) => approver.name).join(), entry.pending.days])).toEqual([
      ['2027/units/east/sales-plan.mdx', '王海涛', 14],
      ['2027/units/south/sales-plan.mdx', '王海涛', 12],
      ['2027/units/north/sales-plan.mdx', '王海涛', 10],
    ]);
  });
});

describe('plan status names who must act next', () => {
  const args = ['status', '--content', 'content', '--as-of', '2026-11-30'];

  it('text: the FY2027 sales plan waits for the marketing VP 王海涛, not its author 周志强', async () => {
    const { code, stdout } = await runPlan(args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/周志强 · 华东事业部\s+销售计划\s+截止 2026-11-30\s+待审批 \(review\)\s+待 营销副总 王海涛 审批（第 1\/2 步，已等 14 天）\s+content\/2027\/units\/east\/sales-plan\.mdx/);
    const english = (await runPlan([...args, '--lang', 'en'])).stdout;
    expect(english).toMatch(/周志强 · 华东事业部\s+sales plan\s+due 2026-11-30\s+awaiting approval \(review\)\s+waits for marketing VP 王海涛 \(stage 1\/2, 14 days\)\s+content\/2027\/units\/east\/sales-plan\.mdx/);
  });

  it('JSON: pending stage, approvers and days waited', async () => {
    const { stdout } = await runPlan([...args, '--format', 'json']);
    const report = JSON.parse(stdout) as { years: { year: number; items: { path: string; pending?: { stage: number; role: string; days: number; since: string; approvers: { id: string; name: string }[] } }[] }[] };
    const item = report.years.find((year) => year.year === 2027)?.items.find((entry) => entry.path === '2027/units/east/sales-plan.mdx');
    expect(item?.pending).toMatchObject({ stage: 1, role: 'marketingVp', days: 14, since: '2026-11-16', approvers: [{ id: 'wang-haitao', name: '王海涛' }] });
  });

  it('Markdown: a 待审批人 column with the approver and days', async () => {
    const { stdout } = await runPlan([...args, '--format', 'markdown']);
    expect(stdout).toContain('| 待审批人 |');
    expect(stdout).toMatch(/\| 周志强 · 华东事业部 \|.*\| 待 营销副总 王海涛 审批（第 1\/2 步，已等 14 天） \|/);
  });

  it('--person lists what waits for that person’s approval', async () => {
    const { stdout } = await runPlan([...args, '--person', 'wang-haitao', '--format', 'json']);
    const report = JSON.parse(stdout) as { years: { year: number; items: { path: string; pending?: unknown }[] }[] };
    const waiting = report.years.flatMap((year) => year.items.filter((entry) => entry.pending).map((entry) => entry.path));
    expect(waiting).toEqual(['2027/units/east/sales-plan.mdx', '2027/units/south/sales-plan.mdx', '2027/units/north/sales-plan.mdx']);
  });
});
