import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../src/core/messages.ts';
import { say as readingSay } from '../../src/core/reading-messages.ts';
import { say as approvalSay } from '../../src/approvals/approval-messages.ts';
import { say as diffSay } from '../../src/approvals/diff-messages.ts';
import { say as cycleSay } from '../../src/cycle/cycle-messages.ts';
import { say as importSay } from '../../src/import/messages.ts';
import { say as ruleSay } from '../../src/rules/rule-messages.ts';
import { say as buildSay } from '../../src/site/build-messages.ts';
import { say as rebuildSay } from '../../src/site/rebuild-messages.ts';
import { commands } from '../../scripts/commands/index.ts';
import { resolveLang } from '../../scripts/lib/cli.ts';
import { say as cliSay } from '../../scripts/lib/cli-messages.ts';
import { say as parseArgsSay } from '../../scripts/lib/parse-args-messages.ts';
import { say as systemSay, systemErrorText } from '../../scripts/lib/system-error-messages.ts';
import { minimalWith } from './helpers/fixture-edits.ts';
import { runPlan } from './helpers/run-plan.ts';

const CATALOGUES: Record<string, Record<string, Template>> = {
  'src/core/reading-messages.ts': readingSay.catalogue,
  'src/rules/rule-messages.ts': ruleSay.catalogue,
  'src/cycle/cycle-messages.ts': cycleSay.catalogue,
  'src/approvals/diff-messages.ts': diffSay.catalogue,
  'src/approvals/approval-messages.ts': approvalSay.catalogue,
  'src/import/messages.ts': importSay.catalogue,
  'scripts/lib/cli-messages.ts': cliSay.catalogue,
  'scripts/lib/parse-args-messages.ts': parseArgsSay.catalogue,
  'scripts/lib/system-error-messages.ts': systemSay.catalogue,
  'src/site/rebuild-messages.ts': rebuildSay.catalogue,
  'src/site/build-messages.ts': buildSay.catalogue,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogues', () => {
  it.each(Object.entries(CATALOGUES))('%s: every message has Chinese and English, with the same placeholders', (_file, catalogue) => {
    for (const [id, template] of Object.entries(catalogue)) {
      // Empty is allowed only where the message is a bare placeholder both ways.
      expect(template.zh.trim(), id).not.toBe('');
      expect(template.en.trim(), id).not.toBe('');
      expect(placeholders(template.zh), id).toEqual(placeholders(template.en));
      if (template.enOne !== undefined) expect(placeholders(template.enOne), id).toEqual(placeholders(template.en));
      // Chinese text is written in Chinese: at least one CJK character or a full-width sign, unless it is only a placeholder.
      if (template.zh.replace(/\{\w+\}/g, '').trim() !== '') expect(template.zh, id).toMatch(/[\u4e00-\u9fff：，（）；？。“”]/u);
    }
  });
});

describe('system errors (a path the system refuses)', () => {
  const refusal = (read: () => unknown): NodeJS.ErrnoException => {
    try {
      read();
    } catch (error) {
      return error as NodeJS.ErrnoException;
    }
    throw new Error('expected the system to refuse');
  };

  it('name the path in the reader’s language, with the system’s code', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planbook-system-'));
    try {
      writeFileSync(path.join(dir, 'a-file'), '');
      expect(systemErrorText(refusal(() => readFileSync(path.join(dir, 'missing.csv'))))).toEqual({ zh: `${path.join(dir, 'missing.csv')} 不存在（ENOENT）`, en: `No such file or folder: ${path.join(dir, 'missing.csv')} (ENOENT)` });
      expect(systemErrorText(refusal(() => writeFileSync(dir, '')))).toEqual({ zh: `${dir} 是目录，应为文件（EISDIR）`, en: `Unexpected folder ${dir}, expected a file (EISDIR)` });
      expect(systemErrorText(refusal(() => readFileSync(path.join(dir, 'a-file', 'x'))))).toEqual({ zh: `${path.join(dir, 'a-file', 'x')} 的上级路径中有一项是文件而不是目录（ENOTDIR）`, en: `Part of ${path.join(dir, 'a-file', 'x')} is a file, not a folder (ENOTDIR)` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--lang and PLANBOOK_LANG', () => {
  it('Chinese by default, English with en, the flag before the environment, anything else refused', () => {
    expect(resolveLang(undefined, undefined)).toBe('zh-CN');
    expect(resolveLang('en', undefined)).toBe('en');
    expect(resolveLang(undefined, 'en')).toBe('en');
    expect(resolveLang('zh-CN', 'en')).toBe('zh-CN');
    expect(resolveLang('zh', undefined)).toBe('zh-CN');
    expect(resolveLang('fr', undefined)).toBeUndefined();
  });

  it('refuses an unknown language with exit 2, in both languages', async () => {
    const { code, stderr } = await runPlan(['check', '--lang', 'fr']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unexpected --lang "fr", expected zh-CN or en');
    expect(stderr).toContain('--lang "fr" 无效，应为 zh-CN 或 en');
  });

  it('plan --help lists the commands in Chinese, and in English with --lang en', async () => {
    expect((await runPlan(['--help'])).stdout).toContain('命令：');
    const english = (await runPlan(['--help', '--lang', 'en'])).stdout;
    expect(english).toContain('Commands:');
    expect(english).toContain('--lang zh-CN|en');
  });
});

describe('the same broken input in both languages', () => {
  // 张伟's January report: its revenue raised by 1万, so the customer groups no longer add up to it.
  const edits = [{ file: '2026/people/zhang-wei/01.report.mdx', find: 'revenue: 213,500', replace: 'revenue: 223,500' }];

  async function check(lang: string[], format: string) {
    const dir = minimalWith(...edits);
    try {
      return await runPlan(['check', '--content', dir, '--as-of', '2026-01-20', '--format', format, ...lang]);
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  }

  it('json: the same codes and file:line:col, a Chinese message by default and an English one with --lang en', async () => {
    type Json = { diagnostics: { rule: string; file: string; line: number; column: number; message: string; hint?: string }[] };
    const chinese = JSON.parse((await check([], 'json')).stdout) as Json;
    const english = JSON.parse((await check(['--lang', 'en'], 'json')).stdout) as Json;
    const where = (report: Json) => report.diagnostics.map(({ rule, file, line, column }) => `${rule} ${path.basename(file)}:${line}:${column}`);
    expect(where(chinese)).toEqual(['report-groups 01.report.mdx:11:12']);
    expect(where(english)).toEqual(where(chinese));
    expect(chinese.diagnostics[0]?.message).toBe('客户群合计 21.35万，实际销售额写的是 22.35万：−1万');
    expect(english.diagnostics[0]?.message).toBe('Customer groups add up to 21.35万, actual revenue says 22.35万: −1万');
  });

  it('text and GitHub annotations follow --lang too, with the code unchanged', async () => {
    const text = (await check([], 'text')).stdout;
    expect(text).toMatch(/11:12\s+error\s+客户群合计 21\.35万，实际销售额写的是 22\.35万：−1万 {2}\[report-groups\]/);
    expect(text).toContain('应为 22.35万，实际为 21.35万');
    const github = (await check(['--lang', 'en'], 'github')).stdout;
    expect(github).toMatch(/^::error file=[^,]*01\.report\.mdx,line=11,col=12,title=report-groups::Customer groups add up to 21\.35万, actual revenue says 22\.35万: −1万%0Aexpected 22\.35万, found 21\.35万$/m);
    const githubZh = (await check([], 'github')).stdout;
    expect(githubZh).toMatch(/^::error file=[^,]*01\.report\.mdx,line=11,col=12,title=report-groups::客户群合计 21\.35万/m);
  });

  it('a parse error (an amount with a space in its digits) is Chinese by default, English with --lang en, at the same place', async () => {
    const dir = minimalWith({ file: '2026/people/zhang-wei/01.report.mdx', find: 'revenue: 213,500', replace: 'revenue: 213 500' });
    try {
      const zh = (await runPlan(['check', '--content', dir, '--as-of', '2026-01-20'])).stdout;
      const en = (await runPlan(['check', '--content', dir, '--as-of', '2026-01-20', '--lang', 'en'])).stdout;
      expect(zh).toMatch(/11:12\s+error\s+"actual\.revenue" 的金额 "213 500" 中有数字中间的空格，应写成 .*；请写 213500 {2}\[money-format\]/);
      expect(en).toMatch(/11:12\s+error\s+Unexpected space inside the digits of "213 500" for "actual\.revenue", expected an amount like .*; write 213500 {2}\[money-format\]/);
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});

const CJK = /[\u3400-\u9fff]/u;

/**
 * An English sentence left in Chinese help: a line with no Chinese character that has four English
 * words in a row ("do not write; exit 1 when…"). Usage lines, flags, placeholders and paths never
 * have four plain lowercase words in a row, so they pass.
 */
const englishSentence = (line: string) => !CJK.test(line) && /\b[a-z]{2,}(?: [a-z]{2,}){3}\b/.test(line.replace(/--[\w-]+|\S*[/.]\S*/g, ' '));

/**
 * Chinese left in English help, once the quoted or parenthesised domain terms ("预算执行",
 * (年度计划预算会议)) and the money units content figures are written in (万, 元, 分) are removed.
 */
const chineseOutsideTerms = (text: string) => text.replace(/"[^"\n]*"|\([^()\n]*\)|[万元分]/gu, '').match(new RegExp(CJK.source, 'gu')) ?? [];

describe('every command speaks the reader’s language', () => {
  it.each(Object.keys(commands))('plan %s --help: Chinese by default, English with --lang en', async (name) => {
    const zh = await runPlan([name, '--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(new RegExp(`^plan ${name} — .*${CJK.source}`, 'u'));
    expect(zh.stdout.split('\n').filter(englishSentence)).toEqual([]);
    const en = await runPlan([name, '--help', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(new RegExp(`^plan ${name} — `));
    expect(chineseOutsideTerms(en.stdout)).toEqual([]);
  });

  it.each(Object.keys(commands))('plan %s --no-such-option: refused in the reader’s language with the usage hint, exit 2', async (name) => {
    const zh = await runPlan([name, '--no-such-option']);
    expect(zh).toEqual({ code: 2, stdout: '', stderr: `plan ${name}: 未知选项 "--no-such-option"（以 "-" 开头的参数请放在 -- 之后，例如 -- "--no-such-option"）\n运行 plan ${name} --help 查看用法。\n` });
    const en = await runPlan([name, '--no-such-option', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`plan ${name}: Unknown option "--no-such-option" (an argument that starts with "-" goes after --, as in -- "--no-such-option")\nRun plan ${name} --help for usage.\n`);
  });

  it('plan --help lists every command with a Chinese summary, and an English one with --lang en', async () => {
    const zh = (await runPlan(['--help'])).stdout.split('\n');
    const en = (await runPlan(['--help', '--lang', 'en'])).stdout.split('\n');
    for (const name of Object.keys(commands)) {
      expect(zh.find((line) => line.startsWith(`  ${name} `)), name).toMatch(CJK);
      expect(chineseOutsideTerms(en.find((line) => line.startsWith(`  ${name} `)) ?? ''), name).toEqual([]);
    }
  });

  it('plan split: the preview, its notes and its verdict in Chinese by default, in English with --lang en', async () => {
    const args = ['split', 'person', '2026', 'li-na', '--as-of', '2026-11-30'];
    const zh = (await runPlan(args)).stdout;
    expect(zh).toMatch(/^李娜 年度目标 → 12 个月（1,146万），平均分配$/m);
    expect(zh).toContain('各部分合计 1,146万（原为 1,146万），总数 1,146万：精确');
    expect(zh).toContain('注：1月–10月 保持不变（已汇报，或在 2026-11 之前）：873.8万；11月–12月 分摊剩余的 272.2万。');
    expect(zh).toContain('仅为预览，未写入。加 --write 重新运行，将修改 1 个文件中的 2 个数字。');
    const en = (await runPlan([...args, '--lang', 'en'])).stdout;
    expect(en).toContain('parts add up to 1,146万 (was 1,146万), whole 1,146万: exact');
    expect(en).toContain('Preview only, nothing written. Run again with --write to apply it (figures changed: 2, files: 1).');
  });

  it.each([
    [['split', 'unit', '2026', 'nosuch'], 'plan split: 2026/org.yaml 中没有单位 "nosuch"，应为 east、south、north', 'plan split: Unknown unit "nosuch" in 2026/org.yaml, expected one of east, south, north'],
    [['split', 'person', '2026', 'li-na', '--by', 'weights', '--weights', '1=0,2=0,3=0,4=0,5=0,6=0,7=0,8=0,9=0,10=0,11=0,12=0'], 'plan split: 所有权重都为零，无法按比例分解', 'plan split: every weight is zero, so there is no share to split by'],
    [['new', 'monthly-report', '2026', 'nobody', '03'], 'plan new: 2026/org.yaml 中没有人员 "nobody"；请先用 plan new person 2026 nobody', 'plan new: Unknown person "nobody" in 2026/org.yaml; add them first with plan new person 2026 nobody'],
  ])('what the content does not allow, plan %j: in both languages, exit 1', async (args, zh, en) => {
    const chinese = await runPlan(args);
    expect(chinese).toMatchObject({ code: 1, stdout: '' });
    expect(chinese.stderr).toContain(zh);
    const english = await runPlan([...args, '--lang', 'en']);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain(en);
  });

  it.each([
    [['budget', '--year', 'x'], 'plan budget: --year "x" 无效，应为 2026 这样的年份', 'plan budget: Unexpected --year "x", expected a year like 2026'],
    [['pace', '--year', '20x6'], 'plan pace: --year "20x6" 无效，应为 2026 这样的年份', 'plan pace: Unexpected --year "20x6", expected a year like 2026'],
    [['version', 'rename'], 'plan version: 操作 "rename" 无效，应为 tag 或 list', 'plan version: Unexpected action "rename", expected tag or list'],
    [['book', '26'], 'plan book: 应为 2026 这样的财年，实际为 "26"', 'plan book: Expected a fiscal year like 2026, got "26"'],
    // Named once: a thrown message carries no `plan book：` of its own (it read "plan book: plan book：…").
    [['book', '2026', '2027'], 'plan book: 只能给一个财年，实际为 2026 2027', 'plan book: expected one fiscal year, got 2026 2027'],
    [['book', '2026', '--content', 'no-such-content'], 'plan book: 内容目录 "no-such-content" 不存在', 'plan book: Content directory "no-such-content" does not exist'],
    [['import', 'actuals'], 'plan import: 缺少 --from FILE（.xlsx、.csv、.tsv 或 .txt）', 'plan import: Expected --from FILE (.xlsx, .csv, .tsv or .txt)'],
    [['cms', 'extra'], 'plan cms: 多余的参数 "extra"', 'plan cms: Unexpected argument "extra"'],
    [['split', 'person', '2026', 'li-na', '--round', '0元'], 'plan split: --round "0元" 无效，应为大于零的步长', 'plan split: Unexpected --round "0元", expected a step above zero'],
    [['status', '--person', 'nobody', '--content', 'tests/fixtures/minimal'], 'plan status: 未知人员 "nobody"：不在任何 org.yaml 中', 'plan status: Unknown person "nobody": not in any org.yaml'],
    // The option errors of node:util parseArgs, English-only as Node writes them.
    [['check', '--as_of', '2026-11-30'], 'plan check: 未知选项 "--as_of"', 'plan check: Unknown option "--as_of"'],
    [['rollup', '--format'], 'plan rollup: 缺少 --format 的值', 'plan rollup: Missing the value of --format'],
    [['export', '--help=yes'], 'plan export: --help 是开关，不带值', 'plan export: Unexpected value for --help: it is a switch and takes none'],
    [['status', '--as-of', '--format', 'json'], 'plan status: 缺少 --as-of 的值：其后的参数以 "-" 开头', 'plan status: Missing the value of --as-of: the argument after it starts with "-"'],
    [['split', 'person', '2026', 'li-na', '--write=yes'], 'plan split: --write 是开关，不带值', 'plan split: Unexpected value for --write: it is a switch and takes none'],
  ])('a usage error of plan %j, in both languages, exit 2', async (args, zh, en) => {
    const chinese = await runPlan(args);
    expect(chinese.code).toBe(2);
    expect(chinese.stderr).toContain(zh);
    expect(chinese.stderr).toContain(`运行 plan ${args[0]} --help 查看用法。`);
    const english = await runPlan([...args, '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(en);
    expect(english.stderr).toContain(`Run plan ${args[0]} --help for usage.`);
  });
});
