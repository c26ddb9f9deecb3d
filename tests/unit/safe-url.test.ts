import { describe, expect, it } from 'vitest';
import type { YearRollup } from '../../src/model/rollup.ts';
import { parseBody } from '../../src/mdx/parse.ts';
import { renderBody } from '../../src/mdx/render.ts';
import { isSafeUrl } from '../../src/mdx/safe-url.ts';
import { validateBody } from '../../src/mdx/validate.ts';

/** The spellings of a script URL that browsers still run, from OWASP's XSS filter-evasion list. */
const UNSAFE: [string, string, number?][] = [
  ['plain', '[点我](javascript:alert(3))'],
  ['mixed case', '[点我](JaVaScRiPt:alert(3))'],
  ['entity-encoded', '[点我](&#106;avascript:alert(3))'],
  ['hex entity for the colon', '[点我](javascript&#x3A;alert(3))'],
  ['leading space in angle brackets', '[点我](< javascript:alert(3)>)'],
  ['leading control character', '[点我](&#1;javascript:alert(3))'],
  ['tab inside the scheme', '[点我](java&#9;script:alert(3))'],
  ['newline inside the scheme', '[点我](java&#10;script:alert(3))'],
  ['vbscript', '[点我](vbscript:msgbox(1))'],
  ['data URL', '[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['image source', '![图](javascript:alert(3))'],
  ['reference definition', '[点我][x]\n\n[x]: javascript:alert(3)', 5],
  ['autolink (plain Markdown)', '<javascript:alert(3)>'],
];

const SAFE: [string, string, string][] = [
  ['https', '[官网](https://example.com/a?b=c:d)', 'https://example.com/a?b=c:d'],
  ['http', '[官网](http://example.com)', 'http://example.com'],
  ['mailto', '[邮件](mailto:sales@example.com)', 'mailto:sales@example.com'],
  ['relative path', '[预算](../units/east/budget)', '../units/east/budget'],
  ['relative with a colon after a slash', '[页](./a:b)', './a:b'],
  ['fragment', '[上文](#目标)', '#目标'],
];

const noRollup = {} as YearRollup;
// MDX reads `<…>` as a component, so autolinks exist only in `.md` bodies.
const mdx = (markdown: string) => !markdown.startsWith('<');
const render = (body: string) => renderBody(body, { rollup: noRollup, chart: () => '', mdx: mdx(body) });

function issues(body: string) {
  const parsed = parseBody(body, { mdx: mdx(body.replace(/^# 标题\n\n/, '')) });
  if (!parsed.ok) throw new Error(parsed.message);
  return validateBody(parsed.tree);
}

describe('document bodies link only to safe URLs', () => {
  it.each(UNSAFE)('plan check reports a %s script URL as unsafe-url with its line', (_name, markdown, line = 3) => {
    const found = issues(`# 标题\n\n${markdown}\n`);
    expect(found.map((issue) => [issue.rule, issue.line])).toContainEqual(['unsafe-url', line]);
    expect(found.find((issue) => issue.rule === 'unsafe-url')?.message).toMatch(/expected an https, http, mailto or relative URL/);
  });

  it.each(UNSAFE)('the portal never renders a %s script URL', (_name, markdown) => {
    const html = render(`${markdown}\n`);
    expect(html).not.toMatch(/(?:href|src)="[^"]*(?:script|data):/i);
    expect(html).not.toMatch(/<script/i);
  });

  it.each(SAFE)('keeps a %s link', (_name, markdown, href) => {
    expect(issues(markdown)).toEqual([]);
    expect(render(markdown)).toContain(`href="${href.replace('#目标', '#%E7%9B%AE%E6%A0%87')}"`);
  });

  it('plan check reports raw HTML in a .md body (a script link in an <a> tag) instead of dropping it silently', () => {
    const found = issues('# 标题\n\n<a href="javascript:alert(3)">点我</a>\n');
    expect(found.map((issue) => [issue.rule, issue.line, issue.column])).toEqual([['mdx-unknown-component', 3, 1]]);
    expect(found[0]?.message).toMatch(/^Unexpected HTML <a href="javascript:alert\(3\)">, expected Markdown/);
  });

  it('judges the URL as a browser reads it', () => {
    expect(isSafeUrl(' \u0001JAVASCRIPT:x')).toBe(false);
    expect(isSafeUrl('jav\u0000ascript:x')).toBe(false);
    expect(isSafeUrl('HTTPS://example.com')).toBe(true);
    expect(isSafeUrl('?page=a:b')).toBe(true);
  });
});
