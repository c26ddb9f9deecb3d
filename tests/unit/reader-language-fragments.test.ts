import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleReason } from '../../scripts/commands/book.ts';
import { monthList } from '../../src/cycle/split.ts';
import { MINIMAL, minimalWith } from './helpers/fixture-edits.ts';
import { runPlan } from './helpers/run-plan.ts';

// Fragments of a message that stayed English or kept English punctuation in a Chinese run (tester):
// "重复的monthly-plan for li-na, month 1", id lists joined by ", ", plan book's reason for a build.

const MONTH_PLAN = '2026/people/li-na/01.plan.mdx';

async function lines(content: string, lang: 'zh-CN' | 'en'): Promise<string[]> {
  const result = await runPlan(['check', '--content', content, '--as-of', '2026-01-20', '--format', 'json', '--lang', lang]);
  return (JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; message: string }[] }).diagnostics.map(({ file, line, message }) => `${file.slice(file.indexOf('2026/'))}:${line} ${message}`);
}

describe('each part of a message follows the reader’s language', () => {
  it('a second file for a document names the document in that language', async () => {
    const content = minimalWith({ file: '2026/people/li-na/01b.plan.mdx', replace: readFileSync(path.join(MINIMAL, MONTH_PLAN), 'utf8') });
    const zh = await lines(content, 'zh-CN');
    expect(zh).toContainEqual(expect.stringMatching(/^2026\/people\/li-na\/01b\.plan\.mdx:2 li-na 的1月月度销售计划重复，已在 \S*2026\/people\/li-na\/01\.plan\.mdx 中定义$/));
    const en = await lines(content, 'en');
    expect(en).toContainEqual(expect.stringMatching(/^2026\/people\/li-na\/01b\.plan\.mdx:2 Unexpected second monthly plan for li-na, month 1, already defined in \S*2026\/people\/li-na\/01\.plan\.mdx$/));
  });

  it('a list of ids is joined by 、 in Chinese and ", " in English', async () => {
    const content = minimalWith({ file: MONTH_PLAN, find: '  online: 1.8万', replace: '  web: 1.8万' });
    const zh = await lines(content, 'zh-CN');
    expect(zh.find((line) => line.startsWith(`${MONTH_PLAN}:14 `))).toContain('key-accounts、distributors、online');
    const en = await lines(content, 'en');
    expect(en.find((line) => line.startsWith(`${MONTH_PLAN}:14 `))).toContain('key-accounts, distributors, online');
  });

  it('plan split names runs of months in the reader’s language', () => {
    expect(monthList([1, 2, 3, 5])).toEqual({ zh: '1月–3月、5月', en: 'months 1–3, 5' });
    expect(monthList([7])).toEqual({ zh: '7月', en: 'month 7' });
  });

  it('plan book says why it builds the portal in the reader’s language', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'planbook-dist-'));
    const reason = await staleReason(dist, '2026/book', path.join(dist, 'content'));
    expect(reason).toEqual({ zh: `没有 ${path.join(path.basename(dist), '2026/book')}`, en: `${path.join(path.basename(dist), '2026/book')} is missing` });
  });
});
