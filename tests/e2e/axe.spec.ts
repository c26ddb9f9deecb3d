import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers.ts';

/**
 * One page of each kind, in both languages: the pages every route tree renders, one of each. Links
 * and files of all pages are checked in Node (scripts/check-links.ts); a browser is needed here for
 * what only a browser sees: scripts that fail, requests that 404, accessibility.
 */
const PAGES = [
  '', // overview of the current year
  '2027/', // a year being planned (no actuals yet)
  '2026/units/',
  '2026/units/south/',
  '2026/people/',
  '2026/people/he-jun/',
  '2026/docs/',
  '2026/units/east/#doc-budget', // a document's section, opened by its anchor
  '2026/people/wang-lei/#doc-10-report',
  '2026/book/', // the plan book `plan book` prints
  '2026/book/east/',
  '2026/budget/',
  '2026/versions/',
  '2026/pace/',
  'years/',
  'search/',
  'reference/',
];

for (const prefix of ['', 'en/']) {
  for (const path of PAGES) {
    test(`/${prefix}${path}: no console errors or failed requests, no serious or critical axe violations`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./${prefix}${path}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')})`);
      expect(serious).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}
