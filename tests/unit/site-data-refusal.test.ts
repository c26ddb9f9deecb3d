// src/site/data.ts inside Astro: a rebuild (PLANBOOK_CHANGED) never publishes pages with a figure
// left out; it refuses in the reader's language, naming the first error.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { minimalWith } from './helpers/fixture-edits.ts';

/** siteData() over the minimal fixture with a typo, as a rebuild's (`changed`) or a build's Astro reads it with PLANBOOK_LANG=`lang`. */
async function refusal(lang: string, changed = '2026/people/zhang-wei/01.report.mdx'): Promise<string> {
  const dir = minimalWith({ file: '2026/people/zhang-wei/01.report.mdx', find: '  revenue: 213,500', replace: '  revenue: 213 500' });
  vi.stubEnv('PLANBOOK_CONTENT', dir);
  vi.stubEnv('PLANBOOK_AS_OF', '2026-01-20');
  vi.stubEnv('PLANBOOK_CHANGED', changed);
  vi.stubEnv('PLANBOOK_SITE_CACHE', '');
  vi.stubEnv('PLANBOOK_LANG', lang);
  // data.ts reads the environment when it is imported.
  vi.resetModules();
  const { siteData } = await import('../../src/site/data.ts');
  return siteData().then(
    () => 'built',
    (error: unknown) => (error as Error).message,
  );
}

afterEach(() => vi.unstubAllEnvs());

describe('a rebuild of content with an error, inside Astro', { timeout: 60_000 }, () => {
  it('refuses in Chinese by default and in English with PLANBOOK_LANG=en, naming the first error', async () => {
    const at = /\/2026\/people\/zhang-wei\/01\.report\.mdx:11:12 money-format/;
    const zh = await refusal('');
    expect(zh).toMatch(/^拒绝重建门户：内容中有 1 个错误，第一个在 \S+/);
    expect(zh).toMatch(at);
    expect(zh).toMatch(/（请运行 npm run plan -- check）$/);
    const en = await refusal('en');
    expect(en).toMatch(/^refusing to rebuild the portal: 1 content error, the first \S+/);
    expect(en).toMatch(at);
    expect(en).toMatch(/ \(run npm run plan -- check\)$/);
  });

  it('without a rebuild, warns in the reader’s language that npm run build refuses such content', async () => {
    const warned: string[] = [];
    const spy = vi.spyOn(console, 'warn').mockImplementation((text: string) => void warned.push(text));
    try {
      expect(await refusal('', '')).toBe('built');
      expect(await refusal('en', '')).toBe('built');
    } finally {
      spy.mockRestore();
    }
    expect(warned).toEqual([
      'planbook：内容中有 1 个错误；请运行 npm run plan -- check（npm run build 拒绝构建）',
      'planbook: 1 content error; run npm run plan -- check (npm run build refuses to build)',
    ]);
  });
});
