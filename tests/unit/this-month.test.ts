// Issue 9, item 6: the person page opens with this month — its figures, what is late, and the command to fix it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { groupTargetsToDate, thisMonth } from '../../src/site/this-month.ts';
import { ROOT } from './helpers/run-plan.ts';

const asOf = '2026-11-30';
const site = buildSiteModel(await loadContent(path.join(ROOT, 'content')), asOf);
const view = site.years.find((candidate) => candidate.year === 2026)!;
const heJun = view.people.get('he-jun')!;

describe('this month on the person page', () => {
  it('on the demo as of 2026-11-30, 何俊 sees November and his late October report with the command that creates it', () => {
    const now = thisMonth(2026, asOf, heJun, view.obligationsByPerson.get('he-jun') ?? []);
    expect(now.month).toBe(11);
    expect(now.figures).toEqual(heJun.months[10]);
    const october = now.items.find((item) => item.obligation.type === 'monthly-report' && item.obligation.month === 10);
    expect(october?.obligation.state).toBe('overdue');
    expect(october?.command).toBe('npm run --silent plan -- new monthly-report 2026 he-jun 10');
    expect(now.items[0]?.obligation.state).toBe('overdue');
  });

  it('a year that does not contain the as-of date has no current month', () => {
    expect(thisMonth(2027, asOf, undefined, []).month).toBeNull();
  });

  it('customer-group attainment uses the headline target to date: the groups add up to it, not to the whole plan', () => {
    const targets = groupTargetsToDate(view.content.people.get('he-jun')!, heJun);
    expect([...targets.values()].reduce((sum, target) => sum + target, 0)).toBe(heJun.targetToDate);
    expect(heJun.targetToDate).toBe(575_600_000);
    // 大客户 through October (November's report is not due yet), not its 12-month 229,280,000.
    expect(targets.get('key-accounts')).toBe(173_310_000);
  });
});
