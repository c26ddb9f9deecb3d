// Issue 9, item 2: figures that are valid but probably a slip are warnings with a hint naming the slip.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/rules/check.ts';
import { minimalWith, type FixtureEdit } from './helpers/fixture-edits.ts';

const REPORT = '2026/people/zhang-wei/01.report.mdx';
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(path.dirname(dir), { recursive: true, force: true });
});

/** The diagnostics of `plan check` on the minimal company with `edits`, as plain objects. */
async function diagnostics(...edits: FixtureEdit[]) {
  const dir = minimalWith(...edits);
  made.push(dir);
  const { diagnostics: found } = await checkContent(dir, { asOf: '2026-01-20' });
  return found.map(({ rule, severity, file, line, message, hint }) => ({ rule, severity, file: path.relative(dir, path.resolve(file)).split(path.sep).join('/'), line, message: message.en, hint: hint?.en }));
}

describe('plausibility warnings', () => {
  it('the minimal company raises none', async () => {
    expect(await diagnostics()).toEqual([]);
  });

  it('a report written 91.03 for 91.03万 (groups without 万 too) is read as 91.03元 and flagged against the 20万 target', async () => {
    const found = await diagnostics({
      file: REPORT,
      find: 'revenue: 213,500\n  newProductRevenue: 15,000',
      replace: 'revenue: 91.03\n  newProductRevenue: 15',
    }, { file: REPORT, find: 'key-accounts: 131,000\n  distributors: 57,500\n  online: 25,000', replace: 'key-accounts: 50\n  distributors: 31.03\n  online: 10' });
    expect(found).toEqual([
      {
        rule: 'actual-implausible',
        severity: 'warning',
        file: REPORT,
        line: 11,
        message: "Actual revenue 91.03元 is 0.046% of month 1's target 20万, expected between 5% and 10× of the target",
        hint: 'Did you mean 91.03万? Without 万 the figure is read as 元.',
      },
    ]);
  });

  it('thresholds come from org.yaml: with maxTimesTarget 1, 21.35万 against 20万 is flagged', async () => {
    const found = await diagnostics({ file: '2026/org.yaml', find: '\nregions:', replace: '\nplausibility:\n  maxTimesTarget: 1\nregions:' });
    expect(found.map(({ rule, line, message }) => ({ rule, line, message }))).toEqual([
      { rule: 'actual-implausible', line: 11, message: "Actual revenue 21.35万 is 106.8% of month 1's target 20万, expected between 5% and 1× of the target" },
    ]);
  });

  it('a spend line written 1.5 among lines written with 万 asks whether 1.5万 was meant', async () => {
    const found = await diagnostics({ file: REPORT, find: 'promotion: 8,000\n  labor: 15,000\n  commission: 3,202.50', replace: 'promotion: 0.8万\n  labor: 1.5\n  commission: 0.32025万' });
    expect(found).toEqual([
      {
        rule: 'figure-without-wan',
        severity: 'warning',
        file: REPORT,
        line: 20,
        message: 'spend.labor: 1.5 is read as 1.5元, while 2 of the 2 figures beside it are written with 万',
        hint: 'Did you mean 1.5万? A figure without 万 is read as 元; if 1.5元 is meant, write it as 1.5元.',
      },
    ]);
  });

  it('spend above what is left of the unit budget line is flagged, with the 万-for-元 slip named', async () => {
    const found = await diagnostics({ file: REPORT, find: 'promotion: 8,000', replace: 'promotion: 8000万' });
    expect(found).toEqual([
      {
        rule: 'spend-over-budget',
        severity: 'warning',
        file: REPORT,
        line: 19,
        message: "Spend on promotion 8,000万 is more than the 10万 left of the unit's 10万 budget line: +7,990万",
        hint: 'Did you mean 8000元? With 万 the figure is 10,000 times larger.',
      },
    ]);
  });
});

describe('formatFenExact: exact figures in messages', () => {
  it('shows small amounts in exact 元 and the rest in exact 万', async () => {
    const { formatFenExact } = await import('../../src/core/money.ts');
    expect([9103, -9103, 0, 10_000, 21_350_000, 44_012_350].map(formatFenExact)).toEqual(['91.03元', '-91.03元', '0', '0.01万', '21.35万', '44.01235万']);
  });
});

describe('formatFenDetail: exact figures in detail tables, never more than 2 decimals of 万', () => {
  it('keeps 万 up to 2 decimals and switches to exact 元 beyond', async () => {
    const { formatFenDetail } = await import('../../src/core/money.ts');
    expect([84_000_000, 21_350_000, 44_012_350, 227_864_757_1, -9103, 0].map(formatFenDetail)).toEqual(['84万', '21.35万', '440,123.50元', '22,786,475.71元', '-91.03元', '0']);
  });
});
