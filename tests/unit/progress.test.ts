import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/lang.ts';
import { verbatim } from '../../src/core/messages.ts';
import { pagesCounted, say } from '../../src/site/build-messages.ts';
import { createProgress, readAstroLine } from '../../scripts/lib/progress.ts';

/** A stream that records what was written, and a clock the test moves. */
function setup(tty: boolean, lang: Lang = 'en') {
  const written: string[] = [];
  let ms = 0;
  const progress = createProgress({ stream: { write: (text: string) => written.push(text) }, lang, tty, now: () => ms, logEvery: 10_000 });
  return { progress, written, advance: (by: number) => (ms += by), text: () => written.join('') };
}

describe('build progress', () => {
  it('each step shows its own duration, not the time since the start', () => {
    const { progress, advance, text } = setup(false);
    advance(5_000);
    const check = progress.step(say('step.check'));
    advance(400);
    check.done(say('count.files', { count: 294 }));
    const astro = progress.step(verbatim('astro build'));
    advance(7_600);
    astro.done(pagesCounted(644));
    expect(text()).toContain('✓ plan check: 294 files (0.4 s)\n');
    expect(text()).toContain('✓ astro build: 644 pages (7.6 s)\n');
    expect(progress.summary(say('done.built', { out: 'dist' }))).toBe('✓ built dist/ in 13.0 s (plan check 0.4 s · astro build 7.6 s)');
  });

  it('speaks Chinese when asked: steps, counts, durations and the summary', () => {
    const { progress, advance, text } = setup(false, 'zh-CN');
    const check = progress.step(say('step.check'));
    advance(400);
    check.done(say('count.files', { count: 1 }));
    const pages = progress.step(say('step.pages'));
    advance(1_600);
    pages.count(1_234, pagesCounted);
    pages.done(say('pages.done', { pages: pagesCounted(1_234) }));
    expect(text()).toContain('✓ 检查内容（plan check）：1 个文件（0.4 秒）\n');
    expect(text()).toContain('✓ astro 构建 + 搜索索引：1,234 个页面，含搜索索引（1.6 秒）\n');
    expect(progress.summary(say('done.built', { out: 'dist' }))).toBe('✓ 已构建 dist/，用时 2.0 秒（检查内容（plan check） 0.4 秒 · astro 构建 + 搜索索引 1.6 秒）');
  });

  it('counts in English plurals with thousands separators', () => {
    expect([1, 2, 61_234].map((count) => pagesCounted(count).en)).toEqual(['1 page', '2 pages', '61,234 pages']);
    expect([1, 3].map((count) => say('count.files', { count }).en)).toEqual(['1 file', '3 files']);
  });

  it('in a log (not a terminal): no carriage returns, one progress line per 10 s instead of one per page', () => {
    const { progress, advance, text, written } = setup(false);
    const astro = progress.step(verbatim('astro build'));
    for (let page = 1; page <= 685; page++) {
      advance(30);
      astro.count(page, pagesCounted);
    }
    astro.done(pagesCounted(685));
    expect(text()).not.toContain('\r');
    expect(written.filter((line) => line.includes('pages ('))).toEqual(['  astro build: 334 pages (10.0 s)\n', '  astro build: 668 pages (20.0 s)\n', '✓ astro build: 685 pages (20.6 s)\n']);
  });

  it('on a terminal: one line redrawn in place, ended by the step result', () => {
    const { progress, advance, written } = setup(true);
    const astro = progress.step(verbatim('astro build'));
    for (let page = 1; page <= 3; page++) {
      advance(200);
      astro.count(page, pagesCounted);
    }
    astro.print('[WARN] something Astro said');
    astro.done(pagesCounted(3));
    expect(written.every((text) => text.startsWith('\r\u001b[2K'))).toBe(true);
    // The warning goes above the progress line, which is drawn again under it.
    expect(written.join('')).toContain('\r\u001b[2K[WARN] something Astro said\n▸ astro build: 3 pages (0.6 s)');
    expect(written.at(-1)).toBe('\r\u001b[2K✓ astro build: 3 pages (0.6 s)\n');
    expect(written).toContain('\r\u001b[2K▸ astro build: 1 page (0.2 s)');
  });
});

describe("Astro's output", () => {
  it('counts page lines (naming the file once it is written), hides its chatter, shows warnings', () => {
    expect(readAstroLine('05:56:55   ├─ /2026/docs/index.html (+23ms) ')).toEqual({ kind: 'page', file: '2026/docs/index.html' });
    expect(readAstroLine('\u001b[2m05:56:55\u001b[22m   └─ /en/2027/docs/index.html (+3ms)')).toEqual({ kind: 'page', file: 'en/2027/docs/index.html' });
    // Two pages in flight: a line with two pages says neither is written; the time left over is chatter.
    expect(readAstroLine('05:56:55   ├─ /404.html05:56:55   ├─ /admin/103.decap-cms.js (+33ms) ')).toEqual({ kind: 'page' });
    expect(readAstroLine(' (+15ms) ')).toEqual({ kind: 'chatter' });
    expect(readAstroLine('05:56:59 [build] 644 page(s) built in 7.63s')).toEqual({ kind: 'built', pages: 644 });
    expect(readAstroLine('05:56:52 [build] Building static entrypoints...')).toEqual({ kind: 'chatter' });
    expect(readAstroLine('05:56:53 [vite] ✓ built in 928ms')).toEqual({ kind: 'chatter' });
    expect(readAstroLine('05:56:53 [WARN] [router] A getStaticPaths() route pattern collides')).toEqual({ kind: 'show', text: '05:56:53 [WARN] [router] A getStaticPaths() route pattern collides' });
  });
});
