import { describe, expect, it } from 'vitest';
import { runPlan } from './helpers/run-plan.ts';

const DEMO_AS_OF = ['--content', 'content', '--as-of', '2026-11-27'];

interface Item {
  year: number;
  path: string;
  owner: string;
  state: string;
  progress: string;
  due: string;
}

async function statusJson(args: string[]) {
  const { code, stdout } = await runPlan(['status', ...args, '--format', 'json']);
  expect(code).toBe(0);
  return JSON.parse(stdout) as { version: number; asOf: string; years: { year: number; counts: Record<string, number>; items: Item[] }[] };
}

describe('plan status on the demo company as of 2026-11-27', () => {
  it('lists exactly one late document: 何俊’s missing October report in 华南', async () => {
    const report = await statusJson(DEMO_AS_OF);
    const late = report.years.flatMap((year) => year.items.filter((item) => item.state === 'overdue'));
    expect(late.map(({ path, owner, progress, due }) => ({ path, owner, progress, due }))).toEqual([
      { path: '2026/people/he-jun/10.report.mdx', owner: 'he-jun', progress: 'missing', due: '2026-11-05' },
    ]);
  });

  it('says who, what, when and where in text', async () => {
    const { stdout } = await runPlan(['status', ...DEMO_AS_OF]);
    expect(stdout).toMatch(/ 逾期\n\s+何俊 · 华南事业部\s+月度销售总结 10月\s+截止 2026-11-05\s+未提交\s+content\/2026\/people\/he-jun\/10\.report\.mdx\n/);
    expect(stdout).toMatch(/⚠ 1 项逾期/);
    const english = (await runPlan(['status', ...DEMO_AS_OF, '--lang', 'en'])).stdout;
    expect(english).toMatch(/ Late\n\s+何俊 · 华南事业部\s+monthly report, month 10\s+due 2026-11-05\s+missing\s+content\/2026\/people\/he-jun\/10\.report\.mdx\n/);
    expect(english).toMatch(/⚠ 1 late/);
  });

  it('shows what falls due within 14 days: November reports and the FY2027 sales plans awaiting approval', async () => {
    const report = await statusJson(DEMO_AS_OF);
    const soon = report.years.flatMap((year) => year.items.filter((item) => item.state === 'due-soon').map((item) => item.path));
    expect(soon.filter((path) => path.endsWith('11.report.mdx'))).toHaveLength(12);
    expect(soon.filter((path) => path.startsWith('2027/units/'))).toEqual(['2027/units/east/sales-plan.mdx', '2027/units/south/sales-plan.mdx', '2027/units/north/sales-plan.mdx']);
  });

  it('narrows to one person', async () => {
    const report = await statusJson([...DEMO_AS_OF, '--person', 'li-na']);
    const owners = new Set(report.years.flatMap((year) => year.items.map((item) => item.owner)));
    expect([...owners].sort()).toEqual(['li-na', 'zhou-zhiqiang']);
    expect(report.years.flatMap((year) => year.items).filter((item) => item.state === 'overdue')).toEqual([]);
  });

  it('writes a Markdown table for the weekly issue', async () => {
    const { stdout } = await runPlan(['status', ...DEMO_AS_OF, '--format', 'markdown']);
    expect(stdout).toMatch(/#### 逾期 \(1\)\n\n\| 负责人 \|.*\n\|---\|.*\n\| 何俊 · 华南事业部 \| 月度销售总结 10月 \| 2026-11-05 \|/);
  });

  it('refuses an unknown person and a malformed date', async () => {
    expect((await runPlan(['status', ...DEMO_AS_OF, '--person', 'nobody'])).stderr).toMatch(/未知人员 "nobody"/);
    expect((await runPlan(['status', ...DEMO_AS_OF, '--person', 'nobody', '--lang', 'en'])).stderr).toMatch(/Unknown person "nobody"/);
    const bad = await runPlan(['status', '--as-of', '27.11.2026']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--as-of "27\.11\.2026" 无效，应为 2026-11-27 这样的日期/);
    expect((await runPlan(['status', '--as-of', '27.11.2026', '--lang', 'en'])).stderr).toMatch(/expected a date like 2026-11-27/);
  });
});
