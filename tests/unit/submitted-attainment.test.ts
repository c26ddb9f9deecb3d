// Issue 9, items 1 and 3: a draft is not a submitted report, and attainment to date has one
// definition. `check`, `status`, the roll-up and the portal's model must give the same answer.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/rules/check.ts';
import { statusReport } from '../../src/cycle/status.ts';
import { cumulativeAttainment, rollupYear, type YearRollup } from '../../src/model/rollup.ts';
import { loadContent } from '../../src/model/load.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { minimalWith } from './helpers/fixture-edits.ts';
import { copyContent, runPlan } from './helpers/run-plan.ts';

// January's reports are due 2026-02-05 (month end + 5 grace days); February's not yet.
const AS_OF = '2026-02-20';
const REPORT = '2026/people/zhang-wei/01.report.mdx';

async function fourViews(dir: string) {
  const result = await checkContent(dir, { asOf: AS_OF });
  const content = result.model.years.get(2026)!;
  const overdue = result.diagnostics.filter((d) => d.rule === 'overdue' && d.file.endsWith(REPORT));
  const status = statusReport(result.model, AS_OF, { person: 'zhang-wei' }).years[0]!.items.find((item) => item.path === REPORT)!;
  const person = rollupYear(content, AS_OF).units[0]!.people.find((p) => p.id === 'zhang-wei')!;
  const site = buildSiteModel(await loadContent(dir), AS_OF).years[0]!;
  return { overdue, status, person, sitePerson: site.people.get('zhang-wei')!, siteObligation: site.obligations.find((o) => o.path === REPORT)! };
}

describe('a draft report counts as neither an actual nor on time', () => {
  it('a submitted January report is on time and counts: 21.35万 against the 20万 of January', async () => {
    const views = await fourViews(minimalWith());
    expect(views.overdue).toEqual([]);
    expect(views.status).toMatchObject({ progress: 'submitted', state: 'done' });
    expect(views.person).toMatchObject({ actual: 21_350_000, targetToDate: 20_000_000, attainmentToDate: 1.0675, missingReports: 0 });
    expect(views.sitePerson.attainmentToDate).toBe(views.person.attainmentToDate);
  });

  it('the same report as a draft: check, status, roll-up and portal all say January is late and unreported', async () => {
    const views = await fourViews(minimalWith({ file: REPORT, find: 'status: review', replace: 'status: draft' }));
    expect(views.overdue).toHaveLength(1);
    expect(views.overdue[0]!.message.en).toBe('Unexpected status "draft" for monthly report for month 1, expected submitted (status: review) by 2026-02-05');
    expect(views.status).toMatchObject({ progress: 'draft', state: 'overdue' });
    expect(views.siteObligation).toMatchObject({ progress: 'draft', state: 'overdue' });
    // Late is not better: the month's target stays in the target to date, with nothing against it.
    expect(views.person).toMatchObject({ actual: 0, targetToDate: 20_000_000, attainmentToDate: 0, missingReports: 1 });
    expect(views.person.months[0]!.actual).toBeNull();
    expect(views.sitePerson).toMatchObject({ actual: 0, attainmentToDate: 0, missingReports: 1 });
  });

  it('plan status lists the draft under 逾期 (Late), not as done', async () => {
    const dir = minimalWith({ file: REPORT, find: 'status: review', replace: 'status: draft' });
    const { stdout } = await runPlan(['status', '--content', dir, '--as-of', AS_OF, '--person', 'zhang-wei']);
    const late = stdout.slice(stdout.indexOf('  逾期\n'));
    expect(late).toContain('月度销售总结 1月');
    expect(late).toContain('草稿未提交');
  });
});

describe('attainment to date: actual of reported months against the target of the months due', () => {
  it('a missing report keeps its month in the target to date, so being late never raises attainment', async () => {
    const dir = minimalWith({ file: REPORT, remove: true });
    const { model } = await checkContent(dir, { asOf: AS_OF });
    const rollup = rollupYear(model.years.get(2026)!, AS_OF);
    const person = rollup.units[0]!.people.find((p) => p.id === 'zhang-wei')!;
    expect(person).toMatchObject({ actual: 0, targetToDate: 20_000_000, attainmentToDate: 0, missingReports: 1 });
    // Before the due date nothing is missing and nothing counts yet.
    const early = rollupYear(model.years.get(2026)!, '2026-02-05').units[0]!.people.find((p) => p.id === 'zhang-wei')!;
    expect(early).toMatchObject({ targetToDate: 0, missingReports: 0 });
  });

  it('the cumulative figure of the last month that counts is the headline, at every level', async () => {
    const { model } = await checkContent('content', { asOf: '2026-11-30' });
    const rollup = rollupYear(model.years.get(2026)!, '2026-11-30');
    for (const figures of [rollup, ...rollup.units, ...rollup.units.flatMap((unit) => unit.people)]) {
      const cumulative = cumulativeAttainment(figures.months).filter((value) => value !== null);
      expect(cumulative.at(-1)).toBe(figures.attainmentToDate);
    }
  });

  it('the demo on 2026-11-30: 何俊 82.5% with his October report missing, 华南 93.2%, the company 99.4%', async () => {
    const { model } = await checkContent('content', { asOf: '2026-11-30' });
    const rollup = rollupYear(model.years.get(2026)!, '2026-11-30');
    const south = rollup.units.find((unit) => unit.id === 'south')!;
    expect(south.people.find((p) => p.id === 'he-jun')).toMatchObject({ attainmentToDate: 0.8246, missingReports: 1 });
    expect(south).toMatchObject({ attainmentToDate: 0.9318, missingReports: 1 });
    expect(cumulativeAttainment(south.months)[9]).toBe(0.9318);
    expect(rollup).toMatchObject({ attainmentToDate: 0.9944, missingReports: 1 });
  });

  it('plan export gives the same figure with the missing report beside it', async () => {
    const { stdout } = await runPlan(['export', '--format', 'csv', '--table', 'summary', '--year', '2026', '--as-of', '2026-11-30', '--content', 'content']);
    expect(stdout).toContain('截至目前完成率,逾期未交月报,全年完成率');
    expect(stdout).toContain('\r\n个人,he-jun,何俊,south,华南事业部,7574000.00,5756000.00,4746517.38,82.46%,1,62.67%\r\n');
  });
});

describe('the demo after plan new monthly-report 2026 he-jun 10 (an empty draft)', () => {
  it('check, status, rollup and export still say 何俊’s October report is late and his attainment stays 82.5%', async () => {
    const dir = copyContent('content');
    expect((await runPlan(['--lang', 'en', 'new', 'monthly-report', '2026', 'he-jun', '10', '--content', dir])).code).toBe(0);
    const check = JSON.parse((await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-11-30', '--format', 'json'])).stdout) as { diagnostics: { rule: string; file: string; message: string }[] };
    const overdue = check.diagnostics.filter((d) => d.rule === 'overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.file.endsWith('2026/people/he-jun/10.report.mdx')).toBe(true);
    expect(overdue[0]!.message).toContain('Unexpected status "draft"');
    const status = JSON.parse((await runPlan(['--lang', 'en', 'status', '--content', dir, '--as-of', '2026-11-30', '--person', 'he-jun', '--format', 'json'])).stdout) as { years: { year: number; items: { path: string; progress: string; state: string }[] }[] };
    expect(status.years.find((y) => y.year === 2026)!.items.find((item) => item.path === '2026/people/he-jun/10.report.mdx')).toMatchObject({ progress: 'draft', state: 'overdue' });
    const rollup = JSON.parse((await runPlan(['--lang', 'en', 'rollup', '--content', dir, '--as-of', '2026-11-30', '--format', 'json', '--year', '2026'])).stdout) as { years: YearRollup[] };
    const [year] = rollup.years;
    expect(year).toMatchObject({ attainmentToDate: 0.9944, missingReports: 1 });
    expect(year!.units.flatMap((unit) => unit.people).find((p) => p.id === 'he-jun')).toMatchObject({ attainmentToDate: 0.8246, missingReports: 1 });
  });
});

