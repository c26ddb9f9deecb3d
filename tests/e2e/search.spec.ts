import { expect, test } from '@playwright/test';

// Search runs entirely in the browser on the build-time Pagefind index (no server).
test('searching for a person finds their page', async ({ page }) => {
  await page.goto('./search/');
  const box = page.getByRole('search').getByRole('textbox');
  await box.fill('何俊');
  const hit = page.locator('.pagefind-ui__result-link').first();
  await expect(hit).toBeVisible();
  await expect(page.locator('.pagefind-ui__result-link[href*="/people/he-jun/"]').first()).toBeVisible();
});

test('a search in the address (?q=) is run on arrival, and what the reader types goes into the address', async ({ page }) => {
  await page.goto(`./search/?from=link&q=${encodeURIComponent('何俊')}#top`);
  const box = page.getByRole('search').getByRole('textbox');
  await expect(box).toHaveValue('何俊');
  await expect(page.locator('.pagefind-ui__result-link[href*="/people/he-jun/"]').first()).toBeVisible();
  await box.fill('华南事业部');
  await expect(page).toHaveURL(/\/search\/\?from=link&q=%E5%8D%8E%E5%8D%97%E4%BA%8B%E4%B8%9A%E9%83%A8#top$/);
  // An emptied box takes `q` out (Pagefind searches nothing then, so processTerm is not called): typed away, or the clear button.
  await box.fill('');
  await expect(page).toHaveURL(/\/search\/\?from=link#top$/);
  await box.fill('何俊');
  await expect(page).toHaveURL(/[?&]q=/);
  await page.locator('.pagefind-ui__search-clear').click();
  await expect(page).toHaveURL(/\/search\/\?from=link#top$/);
});

test('English search leads to the English pages', async ({ page }) => {
  await page.goto('./en/search/');
  await page.getByRole('search').getByRole('textbox').fill('华南事业部');
  const hit = page.locator('.pagefind-ui__result-link').first();
  await expect(hit).toBeVisible();
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/\/en\//);
});

test('without JavaScript the search page lists every unit and person instead', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./search/');
  await expect(page.getByRole('link', { name: '何俊' }).first()).toBeVisible();
  await context.close();
});
