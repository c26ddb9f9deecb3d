import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** One page of every type, in both languages. */
const PAGES = ['', '2026/', '2026/units/', '2026/units/south/', '2026/people/', '2026/people/he-jun/', '2026/docs/', '2026/docs/units/east/budget/', '2026/docs/people/wang-lei/10.report/', '2027/', 'years/', 'search/', 'reference/'];

for (const prefix of ['', 'en/']) {
  for (const path of PAGES) {
    test(`axe: /${prefix}${path} has no serious or critical violations`, async ({ page }) => {
      await page.goto(`./${prefix}${path}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')})`);
      expect(serious).toEqual([]);
    });
  }
}
