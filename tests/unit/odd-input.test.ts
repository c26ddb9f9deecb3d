import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalWith } from './helpers/fixture-edits.ts';
import { runPlan } from './helpers/run-plan.ts';

// Odd input a tester wrote into the minimal company, each once said vaguely or not at all: an
// impossible date without its field, `title: true` without the quoted form, an amount refusal
// without its field, a folded block called a string in quotes, a YAML tag that re-typed a value past
// the content format's rules, `online: - 3500` called bad indentation. Each is now one message
// naming the field, the value as written and what to write, at the value's line and column.

const LI_NA_MONTH = '2026/people/li-na/01.plan.mdx';
const LI_NA_YEAR = '2026/people/li-na/plan.mdx';
const ZHANG_WEI_MONTH = '2026/people/zhang-wei/01.plan.mdx';
const ZHANG_WEI_YEAR = '2026/people/zhang-wei/plan.mdx';
const REPORT = '2026/people/zhang-wei/01.report.mdx';

interface Reported {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  message: string;
}

/** [file, line, column, rule, Chinese message, English message] */
type Expected = [string, number, number, string, string, string];

async function errorsIn(content: string, lang: 'zh-CN' | 'en'): Promise<[string, number, number, string, string][]> {
  const result = await runPlan(['check', '--content', content, '--as-of', '2026-01-20', '--format', 'json', '--lang', lang]);
  expect(result.code).toBe(1);
  const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Reported[] };
  return diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map(({ file, line, column, rule, message }) => [file.slice(file.indexOf('2026/')), line, column, rule, message]);
}

function expectExactly(reported: [string, number, number, string, string][], expected: Expected[], lang: 'zh-CN' | 'en'): void {
  const wanted = expected.map(([file, line, column, rule, zh, en]) => [file, line, column, rule, lang === 'en' ? en : zh]);
  expect(reported).toEqual(expect.arrayContaining(wanted));
  expect(reported).toHaveLength(wanted.length);
}

describe('a refused value names its field and the value as written', () => {
  const content = minimalWith(
    { file: LI_NA_MONTH, find: 'date: 2025-12-29', replace: 'date: 2025-02-30' },
    { file: LI_NA_MONTH, find: 'title: 李娜 2026年1月销售计划', replace: 'title: true' },
    { file: LI_NA_MONTH, find: 'online: 1.8万', replace: 'online: 3500.001' },
    { file: ZHANG_WEI_MONTH, find: 'title: 张伟 2026年1月销售计划', replace: 'title: >\n  张伟 2026年\n  1月销售计划' },
    { file: ZHANG_WEI_MONTH, find: 'target: 20万', replace: 'target: 0213500' },
    { file: ZHANG_WEI_MONTH, find: 'online: 2.5万', replace: 'online: 12abc' },
    { file: REPORT, find: 'title: 张伟 2026年1月销售总结', replace: 'title: Null' },
    { file: REPORT, find: 'month: 1', replace: 'month: |-\n  1' },
    { file: REPORT, find: 'promotion: 8,000', replace: 'promotion: -8,000' },
  );
  const expected: Expected[] = [
    [LI_NA_MONTH, 4, 8, 'schema', '"title" 的值 true 是布尔值（true/false），应为文字：写作 "true"（加引号）或补全文字', 'Unexpected boolean true for "title", expected text: write "true" (in quotes) or the full text'],
    [LI_NA_MONTH, 7, 7, 'schema', '"date" 的值 2025-02-30 不是真实存在的日期，应为 YYYY-MM-DD 格式的真实日期，如 2026-03-31', 'Unexpected 2025-02-30 for "date", expected a real calendar date YYYY-MM-DD like 2026-03-31'],
    [LI_NA_MONTH, 14, 11, 'money-format', '"groups.online" 的金额 "3500.001" 含不足一分的零头，应为整数分（元最多 2 位小数，万 6 位，亿 10 位）', 'Unexpected fraction of a 分 in "3500.001" for "groups.online", expected a whole number of 分 (at most 2 decimal places of yuan, 6 of 万, 10 of 亿)'],
    [ZHANG_WEI_MONTH, 4, 8, 'schema', '"title" 的值是折叠块（">" 后换行缩进的文字），应写在键的同一行：请写 title: 张伟 2026年 1月销售计划', 'Unexpected folded block (">" and indented lines) for "title", expected the value on the same line as its key: write title: 张伟 2026年 1月销售计划'],
    [ZHANG_WEI_MONTH, 12, 9, 'money-format', '"target" 的金额 "0213500" 中有多余的前导零，应写成 1200000、1,200,000.50、120万、1.2亿 或 ¥300万元 这样的金额；请写 213500', 'Unexpected leading zero in "0213500" for "target", expected an amount like 1200000, 1,200,000.50, 120万, 1.2亿 or ¥300万元; write 213500'],
    [ZHANG_WEI_MONTH, 16, 11, 'money-format', '"groups.online" 的金额 "12abc" 无法识别，应写成 1200000、1,200,000.50、120万、1.2亿 或 ¥300万元 这样的金额', 'Unexpected "12abc" for "groups.online", expected an amount like 1200000, 1,200,000.50, 120万, 1.2亿 or ¥300万元'],
    [REPORT, 4, 8, 'schema', '"title" 的值 Null 表示空值，应为文字：写作 "Null"（加引号）或补全文字', 'Unexpected Null (an empty value) for "title", expected text: write "Null" (in quotes) or the full text'],
    [REPORT, 9, 8, 'schema', '"month" 的值是字面块（"|-" 后换行缩进的文字），应写在键的同一行：请写 month: 1', 'Unexpected literal block ("|-" and indented lines) for "month", expected the value on the same line as its key: write month: 1'],
    [REPORT, 20, 14, 'money-sign', '"spend.promotion" 的金额 "-8,000" 为负数，应为 0 或以上：这个数字不能为负', 'Unexpected negative amount "-8,000" for "spend.promotion", expected 0 or more: this figure cannot be negative'],
  ];
  it.each(['zh-CN', 'en'] as const)('in %s', async (lang) => {
    expectExactly(await errorsIn(content, lang), expected, lang);
  });
});

describe('a YAML tag, or a list where one value belongs, is refused naming the field and the fix', () => {
  const content = minimalWith(
    { file: LI_NA_MONTH, find: 'month: 1', replace: 'month: !!float 1' },
    { file: ZHANG_WEI_MONTH, find: 'online: 2.5万', replace: 'online: !!str 3500' },
    { file: LI_NA_YEAR, find: '  revenue: 250万', replace: '  revenue: !custom 250万' },
    { file: REPORT, find: 'online: 25,000', replace: 'online: - 25,000' },
    { file: ZHANG_WEI_YEAR, find: 'title: 张伟 2026年个人年度销售计划', replace: 'title: - 张伟的计划' },
  );
  const expected: Expected[] = [
    [LI_NA_MONTH, 9, 8, 'yaml-syntax', '"month" 的值 1 带有 YAML 标签 !!float；内容格式不使用标签，应为不带标签的值：删除 !!float，写作 month: 1', 'Unexpected YAML tag !!float on 1 for "month", expected a value without a tag (tags are not part of the content format): remove !!float and write month: 1'],
    [ZHANG_WEI_MONTH, 14, 11, 'yaml-syntax', '"groups.online" 的值 3500 带有 YAML 标签 !!str；内容格式不使用标签，应为不带标签的值：删除 !!str，写作 online: 3500', 'Unexpected YAML tag !!str on 3500 for "groups.online", expected a value without a tag (tags are not part of the content format): remove !!str and write online: 3500'],
    [LI_NA_YEAR, 11, 12, 'yaml-syntax', '"target.revenue" 的值 250万 带有 YAML 标签 !custom；内容格式不使用标签，应为不带标签的值：删除 !custom，写作 revenue: 250万', 'Unexpected YAML tag !custom on 250万 for "target.revenue", expected a value without a tag (tags are not part of the content format): remove !custom and write revenue: 250万'],
    [REPORT, 17, 11, 'yaml-syntax', 'YAML 无效："groups.online" 的值 "- 25,000" 是一个列表（"- " 开头表示列表项），这里应为一个数字或金额：删除 "- "，写作 online: 25,000；负数的减号紧挨数字：online: -25,000', 'Invalid YAML: Unexpected list "- 25,000" for "groups.online" ("- " starts a list item), expected a figure (an amount or a number): remove the "- " and write online: 25,000, or online: -25,000 for a negative (no space after the minus)'],
    [ZHANG_WEI_YEAR, 4, 8, 'yaml-syntax', 'YAML 无效："title" 的值 "- 张伟的计划" 是列表项，但列表项不能与键写在同一行，应为一个值，或写在键下面几行的列表：删除 "- "，或把 "- 张伟的计划" 移到下一行并缩进', 'Invalid YAML: Unexpected list item "- 张伟的计划" on the same line as "title", expected a single value, or a list on the lines below its key: remove the "- ", or move "- 张伟的计划" to the next line, indented'],
  ];
  it.each(['zh-CN', 'en'] as const)('in %s', async (lang) => {
    expectExactly(await errorsIn(content, lang), expected, lang);
  });
});

describe('paths the reader typed', () => {
  it('plan book --out inside a file is refused before anything is built, exit 2, naming the file (tester)', async () => {
    const content = minimalWith();
    const root = path.dirname(content);
    writeFileSync(path.join(root, 'afile'), 'not a folder\n');
    const zh = await runPlan(['book', '2026', '--content', 'content', '--out', 'afile/x.pdf'], root);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('plan book: --out afile/x.pdf：afile 是文件，不是文件夹，其中无法写入。请换一个 --out。');
    expect(zh.stderr).not.toContain('构建');
    const en = await runPlan(['--lang', 'en', 'export', '--format', 'xlsx', '--content', 'content', '--out', 'afile/sub/'], root);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('plan export: --out afile/sub/: afile is a file, not a folder, so nothing can be written inside it. Choose another --out.');
  });

  it('an absolute content folder outside the working directory is named as written, not as ../../ (tester)', async () => {
    const content = minimalWith({ file: LI_NA_MONTH, find: 'month: 1', replace: 'month: 13' });
    const result = await runPlan(['check', '--content', content, '--as-of', '2026-01-20']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${content}/${LI_NA_MONTH}\n`);
    expect(result.stdout).not.toContain('../');
  });
});
