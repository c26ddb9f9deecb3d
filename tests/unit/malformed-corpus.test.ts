import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { minimalWith, type FixtureEdit } from './helpers/fixture-edits.ts';
import { runPlan } from './helpers/run-plan.ts';

const REPORT = '2026/people/zhang-wei/01.report.mdx';
const BUDGET = '2026/units/east/budget.mdx';
const MONTH_PLAN = '2026/people/zhang-wei/01.plan.mdx';
const PLAN = '2026/people/zhang-wei/plan.mdx';
const ORG = '2026/org.yaml';

interface Malformed {
  name: string;
  edits: FixtureEdit[];
  /** The file, 1-based line and rule code `plan check` must report. */
  file: string;
  line: number;
  rule: string;
  /** Words of the message: the form named, the fix. */
  says: RegExp;
}

const spend = (value: string): FixtureEdit => ({ file: REPORT, find: 'labor: 15,000', replace: `labor: ${value}` });
const body = (file: string, text: string): FixtureEdit => ({ file, find: '- 第一周：确认年度采购计划', replace: `- 第一周：确认年度采购计划\n\n${text}` });

/**
 * Inputs people really write, each one small edit of the minimal company. The amounts are the
 * failing inputs of issue 14; the right value is a refusal naming the form and the fix.
 */
const CORPUS: Malformed[] = [
  { name: 'scientific notation', edits: [spend('1.7971E+04')], file: REPORT, line: 20, rule: 'money-format', says: /scientific notation "1\.7971E\+04".*write 17971$/ },
  { name: 'scientific notation with a fraction of 元', edits: [{ file: REPORT, find: 'commission: 3,202.50', replace: 'commission: 9.81E+03' }], file: REPORT, line: 21, rule: 'money-format', says: /scientific notation.*write 9810$/ },
  { name: 'hexadecimal', edits: [spend('0x1F4C')], file: REPORT, line: 20, rule: 'money-format', says: /hexadecimal literal "0x1F4C".*write 8012$/ },
  { name: 'octal', edits: [spend('0o24776')], file: REPORT, line: 20, rule: 'money-format', says: /octal literal "0o24776".*write 10750$/ },
  { name: 'binary', edits: [spend('0b1')], file: REPORT, line: 20, rule: 'money-format', says: /binary literal "0b1"/ },
  { name: 'underscores', edits: [spend('15_000')], file: REPORT, line: 20, rule: 'money-format', says: /underscores in "15_000".*write 15000$/ },
  { name: 'infinity', edits: [spend('.inf')], file: REPORT, line: 20, rule: 'money-format', says: /infinity or not-a-number "\.inf"/ },
  { name: 'not a number', edits: [spend('.NaN')], file: REPORT, line: 20, rule: 'money-format', says: /infinity or not-a-number/ },
  { name: 'a space inside the digits', edits: [{ file: REPORT, find: 'commission: 3,202.50', replace: 'commission: 9 813.64' }], file: REPORT, line: 21, rule: 'money-format', says: /space inside the digits of "9 813\.64".*write 9813\.64$/ },
  { name: 'full-width digits', edits: [spend('２１.６４万')], file: REPORT, line: 20, rule: 'money-format', says: /full-width characters in "２１\.６４万".*write 21\.64万$/ },
  { name: 'full-width comma', edits: [spend('83，900')], file: REPORT, line: 20, rule: 'money-format', says: /full-width characters in "83，900".*write 83,900$/ },
  { name: 'sign after ¥', edits: [spend('"¥-20.00"')], file: REPORT, line: 20, rule: 'money-format', says: /sign after the currency sign.*write -¥20\.00$/ },
  { name: 'negative in parentheses', edits: [spend('(1,200)')], file: REPORT, line: 20, rule: 'money-format', says: /parentheses or trailing minus.*write -1,200$/ },
  { name: 'commas not in threes', edits: [spend('1,50,000')], file: REPORT, line: 20, rule: 'money-format', says: /commas that do not group the digits in threes.*write 150000$/ },
  { name: 'a fraction of a 分', edits: [spend('15,000.005')], file: REPORT, line: 20, rule: 'money-format', says: /fraction of a 分/ },
  { name: 'beyond the largest amount', edits: [spend('99999999999万')], file: REPORT, line: 20, rule: 'money-format', says: /too large.*at most ±¥90,071,992,547,409\.91/ },
  { name: 'an amount string that used to stall the check', edits: [spend(`"+${' '.repeat(20_000)}x"`)], file: REPORT, line: 20, rule: 'money-format', says: /expected at most 64/ },
  { name: 'negative budget line', edits: [{ file: BUDGET, find: 'promotion: 10万', replace: 'promotion: -16万' }, { file: BUDGET, find: 'labor: 20万', replace: 'labor: 46万' }], file: BUDGET, line: 16, rule: 'money-sign', says: /negative amount "-16万" for "expenses\.lines\.promotion", expected 0 or more/ },
  { name: 'negative budget total', edits: [{ file: BUDGET, find: 'total: 45万', replace: 'total: −45万' }], file: BUDGET, line: 14, rule: 'money-sign', says: /negative amount/ },
  { name: 'negative customer group in a monthly plan', edits: [{ file: MONTH_PLAN, find: 'online: 2.5万', replace: 'online: -2.5万' }, { file: MONTH_PLAN, find: 'key-accounts: 12万', replace: 'key-accounts: 17万' }], file: MONTH_PLAN, line: 14, rule: 'money-sign', says: /negative amount/ },
  { name: 'negative month in an annual plan', edits: [{ file: PLAN, find: '- 12万    # 2月', replace: '- -12万    # 2月' }], file: PLAN, line: 15, rule: 'money-sign', says: /negative amount/ },
  { name: 'negative spend', edits: [spend('-15,000')], file: REPORT, line: 20, rule: 'money-sign', says: /negative amount "-15,000"/ },
  { name: 'month in hexadecimal', edits: [{ file: REPORT, find: 'month: 1', replace: 'month: 0x1' }], file: REPORT, line: 9, rule: 'schema', says: /^Unexpected 0x1 for "month", expected a whole number from 1 to 12 written in plain digits/ },
  { name: 'year in scientific notation', edits: [{ file: REPORT, find: 'year: 2026', replace: 'year: 2.026e3' }], file: REPORT, line: 3, rule: 'schema', says: /^Unexpected 2\.026e3 for "year", expected a whole number from 2000 to 2100 written in plain digits/ },
  { name: 'count in scientific notation', edits: [{ file: REPORT, find: 'newCustomers: 1', replace: 'newCustomers: 1e1' }], file: REPORT, line: 13, rule: 'schema', says: /^Unexpected 1e1 for "actual\.newCustomers", expected a whole number of 0 or more written in plain digits/ },
  { name: 'full-width digits in a month', edits: [{ file: REPORT, find: 'month: 1', replace: 'month: １' }], file: REPORT, line: 9, rule: 'schema', says: /^Unexpected "１" for "month", expected a whole number from 1 to 12 .* \(full-width digits are text\): write 1$/ },
  { name: 'repeated key', edits: [{ file: REPORT, find: 'person: zhang-wei', replace: 'person: zhang-wei\nstatus: draft' }], file: REPORT, line: 9, rule: 'yaml-syntax', says: /second key "status"/ },
  { name: 'tab in indentation', edits: [{ file: REPORT, find: '  labor: 15,000', replace: '\tlabor: 15,000' }], file: REPORT, line: 20, rule: 'yaml-syntax', says: /tab in the indentation/ },
  { name: 'unclosed quote', edits: [{ file: REPORT, find: 'title: 张伟 2026年1月销售总结', replace: 'title: "张伟 2026年1月销售总结' }], file: REPORT, line: 4, rule: 'yaml-syntax', says: /closing double quote/ },
  { name: 'line without a key', edits: [{ file: REPORT, find: 'person: zhang-wei', replace: 'person: zhang-wei\n月度总结' }], file: REPORT, line: 9, rule: 'yaml-syntax', says: /line without "key: value"/ },
  { name: 'no space after the colon', edits: [{ file: REPORT, find: '  labor: 15,000', replace: '  labor:15,000' }], file: REPORT, line: 20, rule: 'yaml-syntax', says: /space after the colon/ },
  { name: 'full-width colon after a key', edits: [{ file: REPORT, find: 'author: zhang-wei', replace: 'author：zhang-wei' }], file: REPORT, line: 5, rule: 'yaml-syntax', says: /full-width colon "：".*write "author: zhang-wei"/ },
  { name: 'control character in a name', edits: [{ file: ORG, find: 'name: 张伟', replace: 'name: "张伟\\t=1+2"' }], file: ORG, line: 44, rule: 'control-character', says: /control character U\+0009/ },
  { name: 'carriage return in a title', edits: [{ file: REPORT, find: 'title: 张伟 2026年1月销售总结', replace: 'title: "\\r=HYPERLINK(1)"' }], file: REPORT, line: 4, rule: 'control-character', says: /control character U\+000D/ },
  { name: 'bidirectional override in a title', edits: [{ file: REPORT, find: 'title: 张伟 2026年1月销售总结', replace: 'title: 张伟\u202e结总售销' }], file: REPORT, line: 4, rule: 'control-character', says: /U\+202E/ },
  { name: 'javascript: link', edits: [body(MONTH_PLAN, '[点我](javascript:alert(3))')], file: MONTH_PLAN, line: 29, rule: 'unsafe-url', says: /link "javascript:alert\(3\)", expected an https, http, mailto or relative URL/ },
  { name: 'mixed-case, entity-encoded javascript: link', edits: [body(MONTH_PLAN, '[点我](&#74;aVaScRiPt:alert(3))')], file: MONTH_PLAN, line: 29, rule: 'unsafe-url', says: /JaVaScRiPt:alert/ },
  { name: 'javascript: image', edits: [body(MONTH_PLAN, '![图](javascript:alert(3))')], file: MONTH_PLAN, line: 29, rule: 'unsafe-url', says: /image source/ },
  { name: 'javascript: link definition', edits: [body(MONTH_PLAN, '[点我][x]\n\n[x]: javascript:alert(3)')], file: MONTH_PLAN, line: 31, rule: 'unsafe-url', says: /javascript/ },
  { name: 'import in a body', edits: [body(MONTH_PLAN, "import x from 'fs'")], file: MONTH_PLAN, line: 29, rule: 'mdx-esm', says: /import/ },
  { name: 'expression in a body', edits: [body(MONTH_PLAN, '合计 {1 + 1}')], file: MONTH_PLAN, line: 29, rule: 'mdx-expression', says: /JavaScript expression/ },
  { name: 'script tag in a body', edits: [body(MONTH_PLAN, '<script>alert(1)</script>')], file: MONTH_PLAN, line: 29, rule: 'mdx-unknown-component', says: /<script>/ },
  { name: 'unclosed component', edits: [body(MONTH_PLAN, '<Figure of="units.east.target">')], file: MONTH_PLAN, line: 29, rule: 'mdx-syntax', says: /closing tag for `<Figure>`: end the component with "\/>"/ },
  { name: 'figure that does not exist', edits: [body(MONTH_PLAN, '<Figure of="units.west.target" />')], file: MONTH_PLAN, line: 29, rule: 'mdx-figure-path', says: /west/ },
  { name: 'misspelt key', edits: [{ file: REPORT, find: 'person: zhang-wei', replace: 'persn: zhang-wei' }], file: REPORT, line: 8, rule: 'unknown-key', says: /did you mean "person"/ },
  { name: 'wrong status', edits: [{ file: REPORT, find: 'status: review', replace: 'status: done' }], file: REPORT, line: 6, rule: 'schema', says: /"done"/ },
  { name: 'impossible date', edits: [{ file: REPORT, find: 'date: 2026-02-03', replace: 'date: 2026-02-30' }], file: REPORT, line: 7, rule: 'schema', says: /real calendar date/ },
  { name: 'budget lines that do not add up', edits: [{ file: BUDGET, find: 'other: 2.5万', replace: 'other: 3.5万' }], file: BUDGET, line: 14, rule: 'budget-balance', says: /1万/ },
  { name: 'JavaScript frontmatter', edits: [{ file: REPORT, find: '---\ntype: monthly-report', replace: '---js\ntype: monthly-report' }], file: REPORT, line: 1, rule: 'unsafe-frontmatter', says: /---js/ },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a corpus of malformed inputs: each is refused with its file, line and rule, quickly and without a stack trace', () => {
  it('holds at least 40 cases', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CORPUS)('$name → $rule at $file:$line', async ({ edits, file, line, rule, says }) => {
    const dir = minimalWith(...edits);
    const start = performance.now();
    const result = await runPlan(['--lang', 'en', 'check', '--content', dir, '--as-of', '2026-01-20']);
    const seconds = (performance.now() - start) / 1000;
    const report = result.stdout.split(/\n(?=\S)/).find((block) => block.startsWith(`${file}\n`) || block.includes(`/${file}\n`)) ?? '';
    const reported = new RegExp(`^\\s+${line}:\\d+\\s+error\\s+(.*)\\[${escape(rule)}\\]$`, 'm').exec(report);
    expect(reported, result.stdout).not.toBeNull();
    expect(reported?.[1]?.trim()).toMatch(says);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.code).toBe(1);
    // A hang, not a speed figure: far above a check of the minimal company on a loaded machine.
    expect(seconds).toBeLessThan(20);
  });

  it('accepts a negative actual net of returns written with a leading minus, and nothing else', async () => {
    const returns = (revenue: string, keyAccounts: string) =>
      minimalWith(
        { file: REPORT, find: 'revenue: 213,500', replace: `revenue: ${revenue}` },
        { file: REPORT, find: 'key-accounts: 131,000', replace: `key-accounts: ${keyAccounts}` },
        { file: REPORT, find: 'distributors: 57,500', replace: 'distributors: 20,000' },
        { file: REPORT, find: 'online: 25,000', replace: 'online: 5,000' },
      );
    const accepted = await runPlan(['--lang', 'en', 'check', '--content', returns('\u22125,000', '-30,000'), '--as-of', '2026-01-20', '--format', 'json']);
    const problems = (JSON.parse(accepted.stdout) as { diagnostics: { rule: string; file: string }[] }).diagnostics.filter((diagnostic) => diagnostic.file.endsWith(REPORT));
    expect(problems).toEqual([]);
    const refused = await runPlan(['--lang', 'en', 'check', '--content', returns('"¥-5,000"', '-30,000'), '--as-of', '2026-01-20']);
    expect(refused.stdout).toMatch(/11:\d+\s+error\s+Unexpected sign after the currency sign in "¥-5,000".*write -¥5,000\s+\[money-format\]/);
    expect(refused.code).toBe(1);
  });
});
