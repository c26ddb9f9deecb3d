// `plan book 2026` prints the plan book from the built portal through Chromium; the PDF's text, read
// back with Mozilla's PDF.js, holds every unit's budget total as the portal shows it, and every
// page carries the period and the data's date.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { moneyFormat } from '../../src/site/money.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const plan = (...args: string[]) => run(process.execPath, [path.join(root, 'scripts', 'plan.ts'), ...args], { cwd: root, env: process.env, maxBuffer: 16 * 1024 * 1024 });

/** The text of each page. Chromium embeds CJK glyphs some extractors map to compatibility ideographs (⽬ for 目): NFKC folds them back. */
async function pdfPages(file: string): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').normalize('NFKC'));
  }
  return pages;
}

interface RollupJson {
  years: { year: number; units: { id: string; name: string; expenses: { total: number } | null }[] }[];
}

test('plan book 2026 writes a PDF with every unit’s budget total, the period and the data date on every page', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'planbook-book-'));
  try {
    const out = path.join(dir, 'book.pdf');
    const { stdout } = await plan('book', '2026', '--out', out);
    expect(stdout).toContain('2026/book/');
    const pages = await pdfPages(out);
    // A cover page with the company's targets, then one page per unit at least.
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const rollup = JSON.parse((await plan('rollup', '--format', 'json', '--year', '2026')).stdout) as RollupJson;
    const units = rollup.years.find((view) => view.year === 2026)?.units ?? [];
    expect(units.map((unit) => unit.id)).toEqual(['east', 'south', 'north']);
    for (const unit of units) {
      expect(unit.expenses).not.toBeNull();
      // The unit's own page (its expense budget table), its total as the portal displays it: exact, in 万 (380万) or 元.
      const page = pages.find((candidate) => candidate.includes(unit.name) && candidate.includes('费用预算')) ?? '';
      expect(page.replace(/\s+/g, ''), `${unit.name}'s page`).toContain(`预算合计${moneyFormat('zh-CN').detail(unit.expenses?.total ?? 0)}`);
      // And on the first page's table of units.
      expect(pages[0]?.replace(/\s+/g, '')).toContain(`${unit.name}`);
    }
    const asOf = process.env['PLANBOOK_AS_OF'] || '2026-11-27';
    for (const page of pages) expect(page).toContain(`FY2026 · 数据截至 ${asOf}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
