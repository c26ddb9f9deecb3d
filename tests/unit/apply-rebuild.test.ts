// Removing a deleted document's page from a built site (scripts/rebuild.ts): no empty folder left behind.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removePage } from '../../scripts/lib/apply-rebuild.ts';

/** A built site with these pages (routes ending in /), each an index.html. */
function site(routes: readonly string[]): string {
  const out = mkdtempSync(path.join(tmpdir(), 'planbook-site-'));
  for (const route of routes) {
    mkdirSync(path.join(out, route), { recursive: true });
    writeFileSync(path.join(out, route, 'index.html'), '<meta http-equiv="refresh">');
  }
  return out;
}

describe('removePage', () => {
  it("removes a deleted document's redirect page and the folders it leaves empty, keeping its neighbours and the site folder", () => {
    const out = site(['2026/docs/people/li-na/03.report/', '2026/docs/people/li-na/04.report/', '2026/docs/people/zhang-wei/01.report/', '2026/']);
    removePage(out, '2026/docs/people/li-na/03.report/');
    expect(existsSync(path.join(out, '2026/docs/people/li-na/03.report'))).toBe(false);
    expect(readdirSync(path.join(out, '2026/docs/people/li-na'))).toEqual(['04.report']);
    removePage(out, '2026/docs/people/li-na/04.report/');
    // li-na's folder went with her last page; the rest of docs/ and the year page stay.
    expect(readdirSync(path.join(out, '2026/docs/people'))).toEqual(['zhang-wei']);
    expect(readdirSync(path.join(out, '2026')).sort()).toEqual(['docs', 'index.html']);
  });

  it('leaves a folder that still holds something, and is no error for a page already gone', () => {
    const out = site(['en/2026/docs/units/east/budget/']);
    writeFileSync(path.join(out, 'en/2026/docs/units/east/budget/chart.svg'), '<svg/>');
    removePage(out, 'en/2026/docs/units/east/budget/');
    expect(readdirSync(path.join(out, 'en/2026/docs/units/east/budget'))).toEqual(['chart.svg']);
    removePage(out, '2026/docs/people/nobody/01.report/');
    expect(existsSync(out)).toBe(true);
  });
});
