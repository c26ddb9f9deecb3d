import { expect, test } from '@playwright/test';

test('the home page renders a heading without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  const response = await page.goto('./');
  expect(response?.ok(), 'home page status').toBe(true);

  const heading = page.locator('h1').first();
  await expect(heading).toBeVisible();
  expect((await heading.innerText()).trim()).not.toBe('');
  await page.waitForLoadState('load');
  expect(errors).toEqual([]);
});
