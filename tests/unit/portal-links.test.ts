import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentBody } from '../../scripts/ci/markdown-safe.ts';
import { portalPageUrl, portalRoot, withPortalLinks, type PortalSite } from '../../scripts/ci/portal-links.ts';
import { ROOT } from './helpers/run-plan.ts';

/** deploy.yml's defaults for the repository acme/planbook. */
const pages: PortalSite = { site: 'https://acme.github.io', base: '/planbook/' };

describe('the portal page of a changed document, as the portal routes it', () => {
  it('何俊\'s November 2026 report: a section of his person page', () => {
    expect(portalPageUrl('content/2026/people/he-jun/11.report.mdx', pages)).toBe('https://acme.github.io/planbook/2026/people/he-jun/#doc-11-report');
  });

  it('a unit\'s budget: a section of the unit\'s page', () => {
    expect(portalPageUrl('content/2026/units/east/budget.mdx', pages)).toBe('https://acme.github.io/planbook/2026/units/east/#doc-budget');
  });

  it('the company\'s market research: a section of the year\'s documents page', () => {
    expect(portalPageUrl('content/2027/market-research.mdx', pages)).toBe('https://acme.github.io/planbook/2027/docs/#doc-market-research');
  });

  it('a person\'s annual and monthly plan, on a custom domain served at the root', () => {
    const domain = { site: 'https://plan.example.com/', base: '/' };
    expect(portalPageUrl('content/2026/people/li-na/plan.mdx', domain)).toBe('https://plan.example.com/2026/people/li-na/#doc-plan');
    expect(portalPageUrl('content/2026/people/li-na/03.plan.mdx', domain)).toBe('https://plan.example.com/2026/people/li-na/#doc-03-plan');
  });

  it('takes the base with or without its trailing slash, as the portal does', () => {
    expect(portalRoot({ site: 'https://acme.github.io', base: '/planbook' })).toBe('https://acme.github.io/planbook/');
    expect(portalRoot({ site: 'http://127.0.0.1:4321', base: '' })).toBe('http://127.0.0.1:4321/');
  });
});

describe('a path that is not exactly a registry layout gets no link', () => {
  it.each([
    ['a parent step', 'content/2026/people/../units/east/budget.mdx'],
    ['a parent step as the id', 'content/2026/people/../11.report.mdx'],
    ['uppercase', 'content/2026/people/He-Jun/11.report.mdx'],
    ['a space', 'content/2026/people/he jun/11.report.mdx'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a javascript: id', 'content/2026/people/javascript:alert(1)/11.report.mdx'],
    ['a URL-encoded slash', 'content/2026/people/he%2Fjun/11.report.mdx'],
    ['URL-encoded dots', 'content/2026/people/%2e%2e/11.report.mdx'],
    ['a closing parenthesis', 'content/2026/people/he-jun)/11.report.mdx'],
    ['a closing bracket', 'content/2026/units/east]/budget.mdx'],
    ['an angle bracket', 'content/2026/units/east>x/budget.mdx'],
    ['a newline', 'content/2026/people/he-jun/11.report.mdx\n[x](https://evil.example)'],
    ['a carriage return', 'content/2026/people/he-jun/11.report.mdx\r'],
    ['a double dash', 'content/2026/people/he--jun/11.report.mdx'],
    ['full-width digits', 'content/２０２６/people/he-jun/11.report.mdx'],
    ['month 13', 'content/2026/people/he-jun/13.report.mdx'],
    ['month 00', 'content/2026/people/he-jun/00.plan.mdx'],
    ['a one-digit month', 'content/2026/people/he-jun/1.report.mdx'],
    ['.md instead of the registry\'s .mdx', 'content/2026/people/he-jun/11.report.md'],
    ['the organisation file', 'content/2026/org.yaml'],
    ['outside content/', '2026/people/he-jun/11.report.mdx'],
    ['a leading ./', './content/2026/people/he-jun/11.report.mdx'],
    ['an absolute path', '/content/2026/people/he-jun/11.report.mdx'],
    ['a double slash', 'content//2026/people/he-jun/11.report.mdx'],
    ['a fragment in the name', 'content/2026/people/he-jun/11.report.mdx#x'],
    ['one folder too deep', 'content/2026/people/he-jun/x/11.report.mdx'],
    ['code', 'scripts/ci/portal-links.ts'],
  ])('%s', (_, changed) => {
    expect(portalPageUrl(changed, pages)).toBeUndefined();
    expect(withPortalLinks('<!-- planbook:diff -->\nbody\n', [changed], pages)).toBe('<!-- planbook:diff -->\nbody\n');
  });
});

describe('portal settings that are not a plain origin and base path give no links at all', () => {
  it.each([
    ['a javascript: site', { site: 'javascript:alert(1)//', base: '/' }],
    ['a site with a path', { site: 'https://acme.github.io/x)', base: '/' }],
    ['a site with a query', { site: 'https://acme.github.io/?a=1', base: '/' }],
    ['a site with credentials', { site: 'https://user:secret@acme.github.io', base: '/' }],
    ['not a URL', { site: 'acme.github.io', base: '/' }],
    ['a base with a parent step', { site: 'https://acme.github.io', base: '/a/../' }],
    ['a base with a parenthesis', { site: 'https://acme.github.io', base: '/plan)book/' }],
    ['a base with an encoded character', { site: 'https://acme.github.io', base: '/plan%20book/' }],
    ['a base without its leading slash', { site: 'https://acme.github.io', base: 'planbook/' }],
  ])('%s', (_, site) => {
    expect(portalRoot(site)).toBeUndefined();
    expect(portalPageUrl('content/2026/people/he-jun/11.report.mdx', site)).toBeUndefined();
  });
});

describe('the links appended to the sanitised comment', () => {
  const sanitised = commentBody('planbook:diff', ['## plan diff', '| FY2026 | 何俊 | 11月 实际 | 0 | 80.5万 |']);

  it('adds one line per changed document, with its type, path and page; other paths are left out', () => {
    const body = withPortalLinks(sanitised, ['content/2026/people/he-jun/11.report.mdx', 'content/2026/org.yaml', 'content/2026/units/east/budget.mdx', 'content/2026/people/he-jun/11.report.mdx'], pages);
    expect(body.startsWith(`${sanitised}\n\n### 门户页面 / Portal pages\n`)).toBe(true);
    expect(body.slice(sanitised.length).trim().split('\n').slice(2)).toEqual([
      '- 月度销售总结 monthly report `content/2026/people/he-jun/11.report.mdx` — 门户页面 / Portal page: <https://acme.github.io/planbook/2026/people/he-jun/#doc-11-report>',
      '- 销售预算 budget `content/2026/units/east/budget.mdx` — 门户页面 / Portal page: <https://acme.github.io/planbook/2026/units/east/#doc-budget>',
    ]);
  });

  it('stays within GitHub\'s size limit, counting the lines it leaves out', () => {
    const people = Array.from({ length: 40 }, (_, index) => `content/2026/people/p${index}/11.report.mdx`);
    const body = withPortalLinks(sanitised, people, pages, sanitised.length + 1_000);
    expect(body.length).toBeLessThanOrEqual(sanitised.length + 1_000);
    const shown = body.split('\n').filter((line) => line.startsWith('- ')).length;
    expect(shown).toBeGreaterThan(0);
    expect(body).toContain(`… ${40 - shown} more (the comment is at GitHub's size limit)`);
  });

  it('as comment.yml runs it: appends to the comment file from the NUL-separated `git diff --name-only -z` list and the deploy settings', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'planbook-links-'));
    try {
      const comment = path.join(temp, 'comment.md');
      const changed = path.join(temp, 'changed.txt');
      writeFileSync(comment, sanitised);
      writeFileSync(changed, ['content/2026/people/he-jun/11.report.mdx', 'content/2026/people/x\n- [all approved](https://evil.example)/11.report.mdx', ''].join('\0'));
      const env = { ...process.env, PLANBOOK_SITE: 'https://acme.github.io', PLANBOOK_BASE: '/planbook/' };
      execFileSync(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/ci/portal-links.ts', comment, changed], { cwd: ROOT, env });
      const body = readFileSync(comment, 'utf8');
      expect(body.slice(sanitised.length).match(/<https?:[^>]*>/g)).toEqual(['<https://acme.github.io/planbook/2026/people/he-jun/#doc-11-report>']);
      expect(body).not.toContain('evil.example');
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
