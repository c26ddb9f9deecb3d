import { expect, test } from '@playwright/test';
import { routes, watchErrors } from './helpers.ts';

const CHUNKS = 6;

// Every route of the sitemap, split in chunks so the workers share the crawl.
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  test(`sitemap part ${chunk + 1}/${CHUNKS}: 200, no console errors, no broken internal links`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const all = await routes(page);
    expect(all.length).toBeGreaterThan(20);
    const known = new Set(all);
    const checked = new Map<string, number>();
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    const problems: string[] = [];
    for (const route of all.filter((_, index) => index % CHUNKS === chunk)) {
      const errors = watchErrors(page);
      const response = await page.goto(new URL(route, origin).href);
      if (response?.status() !== 200) problems.push(`${route}: HTTP ${response?.status()}`);
      const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      for (const link of links) {
        const url = new URL(link);
        if (url.origin !== origin) continue;
        const target = url.pathname;
        if (known.has(target)) continue;
        if (!checked.has(target)) checked.set(target, (await page.request.get(url.href)).status());
        if (checked.get(target) !== 200) problems.push(`${route}: broken link to ${target} (HTTP ${checked.get(target)})`);
      }
      problems.push(...errors.map((error) => `${route}: ${error}`));
      page.removeAllListeners();
    }
    expect(problems).toEqual([]);
  });
}
