// The "done when" on the demo: a November 2026 export for all twelve salespeople (lines by
// customer, a title row and a 合计 row) previews, writes to a copy of content/, passes plan check,
// and a second import changes nothing.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadYears, yearContent } from '../../src/cycle/content-years.ts';
import { salespeople } from '../../src/model/calendar.ts';
import { copyContent, ROOT, runPlan } from './helpers/run-plan.ts';

interface Expected {
  revenue: number;
  groups: Record<string, number>;
}

/**
 * The sales system's November export: per salesperson and customer group two customers' lines
 * (55% of the month plan's group figure in whole 元, 42% to the 分), a return on 王磊's key accounts, a
 * merged title row, and a 合计 row. Returns the file and the exact figures a person expects.
 */
async function novemberExport(): Promise<{ file: string; expected: Map<string, Expected>; total: number }> {
  const { model } = await loadYears('content', ROOT);
  const content = yearContent(model, 2026);
  const org = content.org!.data;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('销售明细');
  sheet.addRow(['华信智能科技有限公司 2026年11月销售明细（含税）']);
  sheet.mergeCells('A1:F1');
  sheet.addRow(['单据日期', '业务员', '客户名称', '客户分类', '产品', '价税合计']);
  const expected = new Map<string, Expected>();
  let total = 0;
  const line = (day: number, person: string, customer: string, group: string, fen: number) => {
    const name = org.people.find((candidate) => candidate.id === person)!.name;
    const groupName = org.customerGroups.find((candidate) => candidate.id === group)!.name;
    sheet.addRow([new Date(Date.UTC(2026, 10, day)), name, customer, groupName, 'HX-G300', fen / 100]);
    const figures = expected.get(person) ?? { revenue: 0, groups: {} };
    figures.revenue += fen;
    figures.groups[group] = (figures.groups[group] ?? 0) + fen;
    expected.set(person, figures);
    total += fen;
  };
  for (const [index, person] of salespeople(content).entries()) {
    const plan = content.people.get(person)!.monthlyPlans.get(11)!.data;
    for (const [group, target] of Object.entries(plan.groups)) {
      line(3 + (index % 10), person, `${group}客户甲`, group, Math.floor((target * 55) / 10_000) * 100);
      line(15 + (index % 10), person, `${group}客户乙`, group, Math.floor((target * 42) / 100));
    }
  }
  line(28, 'wang-lei', '绍兴越达化纤（退货）', 'key-accounts', -1_234_550);
  sheet.addRow(['合计', null, null, null, null, total / 100]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'planbook-import-demo-')), '销售明细-2026-11.xlsx');
  await workbook.xlsx.writeFile(file);
  return { file, expected, total };
}

const reportsOf = (content: string, people: readonly string[]) => people.map((person) => readFileSync(path.join(content, `2026/people/${person}/11.report.mdx`), 'utf8'));

describe('plan import actuals on the demo', () => {
  it('imports November 2026 for all twelve salespeople exactly, passes plan check, and a second import is a no-op', async () => {
    const { file, expected, total } = await novemberExport();
    const content = copyContent('content');
    const people = [...expected.keys()];
    expect(people).toHaveLength(12);

    const preview = await runPlan(['import', 'actuals', '--from', file, '--month', '2026-11', '--content', content, '--format', 'json']);
    expect(preview.code).toBe(0);
    const json = JSON.parse(preview.stdout);
    expect(json.source).toMatchObject({ kind: 'xlsx', sheet: '销售明细', headerRow: 2 });
    expect(json.unusable).toEqual([]);
    expect(json.totalRows).toEqual([{ row: json.totalRows[0].row, label: '合计', stated: total, sum: total, unreadable: 0, matches: true }]);
    expect(json.totals).toEqual({ old: 0, new: total });
    expect(json.reports).toHaveLength(12);
    for (const report of json.reports) {
      expect(report.action).toBe('create');
      const figures = Object.fromEntries(report.figures.map((figure: { field: string; new: number }) => [figure.field, figure.new]));
      const want = expected.get(report.person)!;
      expect(figures).toEqual({ 'actual.revenue': want.revenue, ...Object.fromEntries(Object.entries(want.groups).map(([group, fen]) => [`groups.${group}`, fen])) });
    }

    const written = await runPlan(['import', 'actuals', '--from', file, '--month', '2026-11', '--content', content, '--write', '--date', '2026-11-30']);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('新建草稿');
    expect(written.stdout).toMatch(/合计：0 → [\d,.]+[万元]（12 份月度总结：新建 12、更新 0、不变 0）/);
    const check = await runPlan(['check', '--content', content, '--as-of', '2026-11-30', '--lang', 'en']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('no errors');
    const after = reportsOf(content, people);
    expect(after[people.indexOf('wang-lei')]).toContain('status: draft');

    const again = await runPlan(['import', 'actuals', '--from', file, '--month', '2026-11', '--content', content, '--write']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('（12 份月度总结：新建 0、更新 0、不变 12）');
    expect(again.stdout).toContain('无需修改：月度总结已与导出一致。');
    expect(reportsOf(content, people)).toEqual(after);
    expect((await runPlan(['import', 'actuals', '--from', file, '--content', content, '--check'])).code).toBe(0);
  }, 120_000);
});
