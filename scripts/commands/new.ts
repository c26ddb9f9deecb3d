import type { Text } from '../../src/core/messages.ts';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../../src/edit/atomic-write.ts';
import { loadYears, yearContent } from '../../src/cycle/content-years.ts';
import { gitState } from '../../src/edit/git-state.ts';
import { appendPerson, personEntry } from '../../src/edit/org-text.ts';
import { EXIT, UsageError, textFor, type Io } from '../lib/cli.ts';
import { dateOption, idArgument, monthArgument, parseYear } from '../lib/options.ts';
import { annualReportFile, midyearReviewFile, missingPersonPlans, monthlyPlanFile, monthlyReportFile, newYearFiles, personPlanFile, type NewFile } from '../../src/templates/scaffold.ts';
import { say } from '../lib/cli-messages.ts';

export const newHelp: Text = {
  zh: `plan new — 按模板创建计划和总结文件（从不覆盖）

用法：
  plan new year <year>                          由上一年度创建下一财年：沿用 org.yaml，
                                                各单位的市场调研、销售计划和预算草稿，
                                                空白的年度计划
  plan new person <year> <id> [--name 张三 --unit east --login gh-user [--title 销售代表]] [--write]
                                                个人年度计划；尚未列入 org.yaml 的人：
                                                输出要添加的条目（--write 直接添加）
  plan new people <year>                        为 org.yaml 中还没有年度计划的每位销售员
                                                创建空白年度计划（之后运行 plan split unit）
  plan new monthly-plan <year> <person> <MM>    月度计划：取年度计划中的当月目标，按客户群分解
  plan new monthly-report <year> <person> <MM>  月报：本月销售情况 / 问题分析 / 调整措施
  plan new midyear-review <year> <unit>         年中回顾：上半年计划与实际，按计划形状预测下半年
  plan new annual-report <year>                 年度总结：全年已汇报的销售额

选项：
  --date YYYY-MM-DD  文件日期（默认：今天，移入 plan check 允许的时间窗口）
  --content DIR      内容目录（默认：content）
  --force            与 person --write 同用：即使 org.yaml 有未提交的修改也编辑

新文件的状态为 status: draft（草稿）。只要有一个待创建的文件已存在，就什么都不创建。
退出状态：0 已创建，1 文件已存在或内容不允许，2 用法错误。`,
  en: `plan new — create plan and report files from templates (never overwrites)

Usage:
  plan new year <year>                          next fiscal year from the one before: org.yaml
                                                carried over, market research, sales plan and
                                                budget drafts per unit, empty annual plans
  plan new person <year> <id> [--name "张三" --unit east --login gh-user [--title "销售代表"]] [--write]
                                                a person's annual plan; someone not yet in
                                                org.yaml: prints the entry to add (--write adds it)
  plan new people <year>                        an empty annual plan for every salesperson in
                                                org.yaml who has none (then plan split unit)
  plan new monthly-plan <year> <person> <MM>    month target from the annual plan, split by customer group
  plan new monthly-report <year> <person> <MM>  sections "本月销售情况", "问题分析", "调整措施"
  plan new midyear-review <year> <unit>         H1 plan and actuals, plan-shape H2 forecast
  plan new annual-report <year>                 the year's reported revenue

Options:
  --date YYYY-MM-DD  the documents' date (default: today, moved into the window plan check allows)
  --content DIR      content folder (default: content)
  --force            with person --write: edit org.yaml even with uncommitted changes

New documents start as status: draft. If any file to be created exists, nothing is created.
Exit status: 0 created, 1 a file exists or the content does not allow it, 2 usage error.`,
};

export interface NewOptions {
  content: string;
  date?: string | undefined;
  name?: string | undefined;
  unit?: string | undefined;
  login?: string | undefined;
  title?: string | undefined;
  write: boolean;
  force: boolean;
}

export async function newFiles(positionals: readonly string[], options: NewOptions, io: Io): Promise<number> {
  const [kind, yearText, ...rest] = positionals;
  const year = parseYear(yearText);
  if (!kind || year === undefined) throw new UsageError(say('new.usage'));
  const date = dateOption('--date', options.date);
  const { dir, model } = await loadYears(options.content, io.cwd);
  const display = (file: string) => path.relative(io.cwd, path.join(dir, file)).split(path.sep).join('/');
  let files: NewFile[];
  switch (kind) {
    case 'year':
      expectArgs(rest, 0, 'plan new year <year>');
      files = newYearFiles(yearContent(model, year - 1), dir, date);
      break;
    case 'people':
      expectArgs(rest, 0, 'plan new people <year>');
      files = missingPersonPlans(yearContent(model, year), date);
      break;
    case 'person':
      return await newPerson(year, rest, options, { dir, model, display }, io);
    case 'monthly-plan':
    case 'monthly-report': {
      expectArgs(rest, 2, `plan new ${kind} <year> <person> <MM>`);
      const month = monthArgument(rest[1], '');
      const content = yearContent(model, year);
      files = [kind === 'monthly-plan' ? monthlyPlanFile(content, rest[0] ?? '', month, date) : monthlyReportFile(content, rest[0] ?? '', month, date)];
      break;
    }
    case 'midyear-review':
      expectArgs(rest, 1, 'plan new midyear-review <year> <unit>');
      files = [midyearReviewFile(yearContent(model, year), rest[0] ?? '', date)];
      break;
    case 'annual-report':
      expectArgs(rest, 0, 'plan new annual-report <year>');
      files = [annualReportFile(yearContent(model, year), date)];
      break;
    default:
      throw new UsageError(say('new.kind', { kind }));
  }
  const code = create(dir, files, display, io);
  if (code === EXIT.ok && kind === 'year') {
    io.out(textFor(io, say('new.next', { org: display(`${year}/org.yaml`), previous: year - 1, year })));
  }
  return code;
}

/** Creates every file or none: an existing file stops the whole scaffold before anything is written. */
function create(dir: string, files: readonly NewFile[], display: (file: string) => string, io: Io): number {
  const existing = files.filter((file) => existsSync(path.join(dir, file.path)));
  if (existing.length) {
    io.err(textFor(io, say('new.exists', { count: existing.length, files: existing.map((file) => `  ${display(file.path)}`).join('\n') })));
    return EXIT.violations;
  }
  for (const file of files) {
    const full = path.join(dir, file.path);
    mkdirSync(path.dirname(full), { recursive: true });
    writeAtomic(full, file.text, { exclusive: true });
    io.out(textFor(io, say('new.created', { file: display(file.path) })));
  }
  return EXIT.ok;
}

interface Context {
  dir: string;
  model: Awaited<ReturnType<typeof loadYears>>['model'];
  display: (file: string) => string;
}

async function newPerson(year: number, rest: readonly string[], options: NewOptions, { dir, model, display }: Context, io: Io): Promise<number> {
  expectArgs(rest, 1, 'plan new person <year> <id>');
  const id = idArgument(rest[0] ?? '', 'person id');
  const content = yearContent(model, year);
  const org = content.org?.data;
  const date = dateOption('--date', options.date);
  if (org?.people.some((person) => person.id === id)) return create(dir, [personPlanFile(year, org, id, date)], display, io);
  const { name, unit, login, title = '销售代表' } = options;
  if (!name || !unit || !login) throw new UsageError(say('new.person-entry', { id, year }));
  if (!org?.units.some((candidate) => candidate.id === unit)) throw new UsageError(say('new.unit', { unit, allowed: org?.units.map((candidate) => candidate.id).join(', ') ?? '' }));
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(login)) throw new UsageError(say('new.login', { login }));
  const entry = { id, name, title, unit, login };
  const orgFile = path.join(dir, content.org?.path ?? `${year}/org.yaml`);
  if (!options.write) {
    io.out(textFor(io, say('new.not-in-org', { id, org: display(`${year}/org.yaml`), entry: personEntry(entry).join('\n') })));
    return EXIT.ok;
  }
  const state = await gitState(orgFile);
  if (!options.force && (state === 'modified' || state === 'untracked')) {
    io.err(textFor(io, say('new.org-dirty', { org: display(`${year}/org.yaml`) })));
    return EXIT.violations;
  }
  const planPath = `${year}/people/${id}/plan.mdx`;
  if (existsSync(path.join(dir, planPath))) {
    io.err(textFor(io, say('new.plan-exists', { file: display(planPath) })));
    return EXIT.violations;
  }
  const orgText = appendPerson(readFileSync(orgFile, 'utf8'), entry);
  io.out(textFor(io, say('new.adding', { org: display(`${year}/org.yaml`), entry: personEntry(entry).join('\n') })));
  writeAtomic(orgFile, orgText);
  io.out(textFor(io, say('new.updated', { org: display(`${year}/org.yaml`) })));
  const withPerson = { ...org, people: [...org.people, { ...entry, regions: [] }] };
  return create(dir, [personPlanFile(year, withPerson, id, date)], display, io);
}

function expectArgs(rest: readonly string[], count: number, usage: string): void {
  if (rest.length !== count) throw new UsageError(say('usage.expected', { usage }));
}
