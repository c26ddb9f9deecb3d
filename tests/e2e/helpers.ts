import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/** Collects console errors, uncaught exceptions and failed requests while a page loads. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/**
 * Full-page screenshots of `pages` at 1400 and 390 px into test-results/screenshots/<name>-<width>.png,
 * for people to look at; each page must show its <h1> and never scroll sideways as a whole.
 */
export function screenshotSweep(title: string, pages: readonly (readonly [name: string, url: string])[]) {
  test.describe(title, () => {
    const dir = path.join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
    for (const [name, url] of pages) {
      for (const width of [1400, 390]) {
        test(`${name} at ${width}px`, async ({ page }) => {
          mkdirSync(dir, { recursive: true });
          await page.setViewportSize({ width, height: 900 });
          await page.goto(url);
          await expect(page.locator('h1')).toBeVisible();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, 'no horizontal scrolling of the whole page').toBeLessThanOrEqual(1);
          await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
        });
      }
    }
  });
}
