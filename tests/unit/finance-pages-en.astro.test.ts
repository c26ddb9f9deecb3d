import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import BudgetExecutionPage from '../../src/components/pages/BudgetExecutionPage.astro';
import PacePage from '../../src/components/pages/PacePage.astro';
import VersionsPage from '../../src/components/pages/VersionsPage.astro';

/** A page's text, without tags. */
async function text(page: typeof PacePage, lang: 'en' | 'zh-CN'): Promise<string> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(page, { props: { lang, year: 2026 } });
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

// The English finance pages read amounts like the rest of the English portal (src/site/money.ts):
// ¥ millions in summaries, exact yuan in detail tables; 万 stays on the Chinese pages.
describe('finance pages format amounts in the reader’s language', { timeout: 120_000 }, () => {
  it.each([
    ['budget execution', BudgetExecutionPage],
    ['pace', PacePage],
    ['versions', VersionsPage],
  ] as const)('%s: no 万 in English, ¥ amounts instead; 万 in Chinese', async (_name, page) => {
    const en = await text(page, 'en');
    expect(en).not.toMatch(/\d万/);
    expect(en).toMatch(/¥\d/);
    const zh = await text(page, 'zh-CN');
    expect(zh).toMatch(/\d万/);
  });
});
