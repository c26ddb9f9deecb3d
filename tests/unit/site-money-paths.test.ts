import { describe, expect, it } from 'vitest';
import { moneyPathsOf } from '../../src/site/money-paths.ts';

/** The portal formats as 万/元 exactly the fields the schemas parse as amounts, signed or not. */
describe('money fields the portal formats', () => {
  it('include the signed actuals of a monthly report and its unsigned spend lines', () => {
    const paths = moneyPathsOf('monthly-report');
    expect(paths).toContain('actual.revenue');
    expect(paths).toContain('groups.*');
    expect(paths).toContain('spend.*');
  });

  it('include every target and expense line of a budget', () => {
    expect([...moneyPathsOf('budget')]).toEqual(expect.arrayContaining(['targets.revenue', 'targets.profit', 'expenses.total', 'expenses.lines.*']));
  });
});
