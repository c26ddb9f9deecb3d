import { describe, expect, it } from 'vitest';
import { minimalWith } from './helpers/fixture-edits.ts';
import { runPlan } from './helpers/run-plan.ts';

// Scalars a tester wrote where a whole number, an amount, a date or text belongs: each was accepted
// re-typed (`month: 1.0` read as 1, `0213500` as 213500) or refused twice or in zod's own words
// ("expected string", "Invalid key in record"). Each is now one message naming the field, what was
// found and what to write, in the reader's language, at the value's line.

const LI_NA_MONTH = '2026/people/li-na/01.plan.mdx';
const LI_NA_YEAR = '2026/people/li-na/plan.mdx';
const ZHANG_WEI_MONTH = '2026/people/zhang-wei/01.plan.mdx';
const REPORT = '2026/people/zhang-wei/01.report.mdx';

const content = minimalWith(
  { file: LI_NA_MONTH, find: 'title: 李娜 2026年1月销售计划', replace: 'title: 2026' },
  { file: LI_NA_MONTH, find: 'date: 2025-12-29', replace: 'date: 2025-12-29T10:00:00' },
  { file: LI_NA_MONTH, find: 'month: 1', replace: 'month: 1.0' },
  { file: LI_NA_MONTH, find: '  online: 1.8万', replace: '  1.8万: online' },
  { file: LI_NA_YEAR, find: 'year: 2026', replace: 'year: 02026' },
  { file: ZHANG_WEI_MONTH, find: 'month: 1', replace: 'month: 1_0' },
  { file: ZHANG_WEI_MONTH, find: 'target: 20万', replace: 'target: [20万]' },
  { file: LI_NA_YEAR, find: '  - 36万    # 12月\n', replace: '' },
  { file: REPORT, find: 'date: 2026-02-03', replace: 'date: ~' },
  { file: REPORT, find: 'month: 1', replace: 'month: +1' },
  { file: REPORT, find: 'revenue: 213,500', replace: 'revenue: 0213500' },
  { file: REPORT, find: 'newCustomers: 1', replace: 'newCustomers: 01' },
);

/** [file, line, rule, Chinese message, English message] */
const EXPECTED: [string, number, string, string, string][] = [
  [LI_NA_MONTH, 4, 'schema', '"title" 的值 2026 是数字，应为文字：写作 "2026"（加引号）或补全文字', 'Unexpected number 2026 for "title", expected text: write "2026" (in quotes) or the full text'],
  [LI_NA_MONTH, 7, 'schema', '"2025-12-29T10:00:00" 带有时间，应为不带时间的日期，如 2026-03-31：请写 2025-12-29', 'Unexpected time in "2025-12-29T10:00:00", expected a date without a time like 2026-03-31: write 2025-12-29'],
  [LI_NA_MONTH, 9, 'schema', '"month" 的值 1.0 无法识别，应为 1 到 12 之间的整数，只用数字书写（不带正负号、小数点、前导零或下划线）：请写 1', 'Unexpected 1.0 for "month", expected a whole number from 1 to 12 written in plain digits (no sign, decimal point, leading zero or underscore): write 1'],
  [LI_NA_MONTH, 14, 'schema', '"groups" 中的键 "1.8万" 无法识别，应为 "zhang-san" 这样的小写 id（字母、数字和单个连字符）：冒号前写 id，冒号后写值', 'Unexpected key "1.8万" in "groups", expected a lowercase id like "zhang-san" (letters, digits and single hyphens): the id goes before the colon and the value after it'],
  [LI_NA_YEAR, 3, 'schema', '"year" 的值 02026 无法识别，应为 2000 到 2100 之间的整数，只用数字书写（不带正负号、小数点、前导零或下划线）：请写 2026', 'Unexpected 02026 for "year", expected a whole number from 2000 to 2100 written in plain digits (no sign, decimal point, leading zero or underscore): write 2026'],
  [ZHANG_WEI_MONTH, 9, 'schema', '"month" 的值 "1_0" 无法识别，应为 1 到 12 之间的整数，只用数字书写（不带正负号、小数点、前导零或下划线）：请写 10', 'Unexpected "1_0" for "month", expected a whole number from 1 to 12 written in plain digits (no sign, decimal point, leading zero or underscore): write 10'],
  [ZHANG_WEI_MONTH, 10, 'money-format', '"target" 的金额 列表 无法识别，应写成 1200000、1,200,000.50、120万、1.2亿 或 ¥300万元 这样的金额', 'Unexpected a list for "target", expected an amount like 1200000, 1,200,000.50, 120万, 1.2亿 or ¥300万元'],
  [LI_NA_YEAR, 14, 'schema', '11 项 不符合要求，应为 12 个月的金额，1月到12月', 'Unexpected 11 item(s), expected 12 monthly amounts, January to December'],
  [REPORT, 7, 'schema', '"date" 没有值（~、null 或冒号后没有内容），应为 2026-03-31 这样的日期', 'Unexpected empty value for "date" (~, null or nothing after the colon), expected a date like 2026-03-31'],
  [REPORT, 9, 'schema', '"month" 的值 +1 无法识别，应为 1 到 12 之间的整数，只用数字书写（不带正负号、小数点、前导零或下划线）：请写 1', 'Unexpected +1 for "month", expected a whole number from 1 to 12 written in plain digits (no sign, decimal point, leading zero or underscore): write 1'],
  [REPORT, 11, 'money-format', '"actual.revenue" 的金额 "0213500" 中有多余的前导零，应写成 1200000、1,200,000.50、120万、1.2亿 或 ¥300万元 这样的金额；请写 213500', 'Unexpected leading zero in "0213500" for "actual.revenue", expected an amount like 1200000, 1,200,000.50, 120万, 1.2亿 or ¥300万元; write 213500'],
  [REPORT, 13, 'schema', '"actual.newCustomers" 的值 01 无法识别，应为 0 或以上的整数，只用数字书写（不带正负号、小数点、前导零或下划线）：请写 1', 'Unexpected 01 for "actual.newCustomers", expected a whole number of 0 or more written in plain digits (no sign, decimal point, leading zero or underscore): write 1'],
];

interface Reported {
  file: string;
  line: number;
  rule: string;
  severity: string;
  message: string;
}

async function errors(lang: 'zh-CN' | 'en'): Promise<Reported[]> {
  const result = await runPlan(['check', '--content', content, '--as-of', '2026-01-20', '--format', 'json', '--lang', lang]);
  expect(result.code).toBe(1);
  const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Reported[] };
  return diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
}

describe('odd scalars are refused once, with the field, what was found and what to write', () => {
  it.each(['zh-CN', 'en'] as const)('in %s', async (lang) => {
    const reported = (await errors(lang)).map(({ file, line, rule, message }) => [file.slice(file.indexOf('2026/')), line, rule, message]);
    const expected = EXPECTED.map(([file, line, rule, zh, en]) => [file, line, rule, lang === 'en' ? en : zh]);
    // Exactly these errors: one per value, none twice, no other error caused by them.
    expect(reported).toEqual(expect.arrayContaining(expected));
    expect(reported).toHaveLength(expected.length);
  });
});

describe('a number with decimals is written in plain decimal digits too', () => {
  it.each([
    ['zh-CN', '05 无法识别，应为普通十进制数字（如 12 或 3.5，不带 + 号或前导零）'],
    ['en', 'Unexpected 05, expected a number written in plain decimal digits (like 12 or 3.5, without "+" or a leading zero)'],
  ] as const)('a percent written 05 is refused, in %s', async (lang, message) => {
    const org = minimalWith({ file: '2026/org.yaml', find: '  newCustomers: 20\n', replace: '  newCustomers: 20\nplausibility:\n  minPercentOfTarget: 05\n' });
    const result = await runPlan(['check', '--content', org, '--as-of', '2026-01-20', '--format', 'json', '--lang', lang]);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Reported[] };
    expect(diagnostics.map(({ file, line, message: said }) => [file.slice(file.indexOf('2026/')), line, said])).toEqual([['2026/org.yaml', 14, message]]);
    expect(result.code).toBe(1);
  });
});
