import { describe, expect, it } from 'vitest';
import { createProgress, readAstroLine } from '../../scripts/lib/progress.ts';

/** A stream that records what was written, and a clock the test moves. */
function setup(tty: boolean) {
  const written: string[] = [];
  let ms = 0;
  const progress = createProgress({ stream: { write: (text: string) => written.push(text) }, tty, now: () => ms, logEvery: 10_000 });
  return { progress, written, advance: (by: number) => (ms += by), text: () => written.join('') };
}

describe('build progress', () => {
  it('each step shows its own duration, not the time since the start', () => {
    const { progress, advance, text } = setup(false);
    advance(5_000);
    const check = progress.step('plan check');
    advance(400);
    check.done('294 files');
    const astro = progress.step('astro build');
    advance(7_600);
    astro.done('644 pages');
    expect(text()).toContain('✓ plan check: 294 files (0.4 s)\n');
    expect(text()).toContain('✓ astro build: 644 pages (7.6 s)\n');
    expect(progress.summary('✓ built dist/')).toBe('✓ built dist/ in 13.0 s (plan check 0.4 s · astro build 7.6 s)');
  });

  it('in a log (not a terminal): no carriage returns, one progress line per 10 s instead of one per page', () => {
    const { progress, advance, text, written } = setup(false);
    const astro = progress.step('astro build');
    for (let page = 1; page <= 685; page++) {
      advance(30);
      astro.count(page, 'page');
    }
    astro.done('685 pages');
    expect(text()).not.toContain('\r');
    expect(written.filter((line) => line.includes('pages ('))).toEqual(['  astro build: 334 pages (10.0 s)\n', '  astro build: 668 pages (20.0 s)\n', '✓ astro build: 685 pages (20.6 s)\n']);
  });

  it('on a terminal: one line redrawn in place, ended by the step result', () => {
    const { progress, advance, written } = setup(true);
    const astro = progress.step('astro build');
    for (let page = 1; page <= 3; page++) {
      advance(200);
      astro.count(page, 'page');
    }
    astro.print('[WARN] something Astro said');
    astro.done('3 pages');
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
