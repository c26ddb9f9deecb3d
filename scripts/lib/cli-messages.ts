import { messages } from '../../src/core/messages.ts';

/**
 * What the `plan` command line itself says, in Chinese and English (see src/core/messages.ts): the
 * main help, usage errors, the refusal to print figures while files are invalid, and `plan check`'s
 * text and annotation wording around the rules' own messages. A command with much to say may keep
 * its own catalogue next to its code, declared the same way.
 */
export const say = messages({
  // One line per command in plan --help (scripts/commands/index.ts).
  'summary.check': { zh: '检查内容格式，并核对每个数字是否对得上', en: 'validate the content and check that every figure adds up' },
  'summary.rollup': { zh: '输出汇总：公司 → 单位 → 人员 → 月份', en: 'print the roll-up company → unit → person → month' },
  'summary.schema': { zh: '输出内容格式参考（Markdown）或 JSON Schema', en: 'print the content format reference (Markdown) or JSON Schemas' },
  'summary.new': { zh: '按模板创建计划和总结文件（新的一年、一个人、一个月…）', en: 'create plan and report files from templates (a new year, a person, a month…)' },
  'summary.split': { zh: '精确分解目标：单位 → 人员，全年 → 月份，月份 → 客户群', en: 'decompose a target exactly: unit → people, year → months, month → customer groups' },
  'summary.forecast': { zh: '根据上半年实际预测下半年，并与批准的计划对比', en: 'H2 reforecast from H1 actuals, against the approved plan' },
  'summary.status': { zh: '哪些文件到期、已完成、逾期，由谁负责', en: 'what is due, done and late, and for whom' },
  'summary.export': { zh: '为财务导出汇总（CSV 或 Excel 工作簿）', en: 'export the roll-up for finance as CSV or an Excel workbook' },
  'summary.codeowners': { zh: '根据组织文件生成 .github/CODEOWNERS（--check：是否最新？）', en: 'write .github/CODEOWNERS from the organisation files (--check: is it current?)' },
  'summary.approvals': { zh: '拉取请求修改的每份文件是否已按审批链批准？', en: "is each document a pull request changes approved along the seed's chain?" },
  'summary.diff': { zh: '一次修改的影响：变动的数字、新增或修复的校验问题、所需审批', en: 'what a change does: figures that moved, checks broken or fixed, approvals needed' },
  'help.title': { zh: 'plan — Planbook：以代码管理的年度销售计划', en: 'plan — Planbook: the annual sales plan kept as code' },
  'help.usage': { zh: '用法：npm run --silent plan -- <命令> [选项]', en: 'Usage: npm run --silent plan -- <command> [options]' },
  'help.commands': { zh: '命令：', en: 'Commands:' },
  'help.more': { zh: '运行 plan <命令> --help 查看该命令的选项。', en: 'Run plan <command> --help for the options of a command.' },
  'help.lang': { zh: '全局选项：--lang zh-CN|en 输出语言（默认中文；也可设环境变量 PLANBOOK_LANG）', en: 'Global option: --lang zh-CN|en the language of messages (default Chinese; or set PLANBOOK_LANG)' },
  'error.unknown-command': { zh: '未知命令 "{name}"', en: 'unknown command "{name}"' },
  'error.usage-hint': { zh: '运行 plan {name} --help 查看用法。', en: 'Run plan {name} --help for usage.' },
  'error.internal': { zh: '内部错误：{message}（是 Planbook 的缺陷，不是内容的问题；设 PLANBOOK_DEBUG=1 可看到出错位置）', en: 'internal error: {message} (a bug in Planbook, not in your content; PLANBOOK_DEBUG=1 shows where)' },
  'error.lang': { zh: '--lang "{value}" 无效，应为 zh-CN 或 en', en: 'Unexpected --lang "{value}", expected zh-CN or en' },
  'error.format': { zh: '--format "{value}" 无效，应为以下之一：{allowed}', en: 'Unexpected --format "{value}", expected one of {allowed}' },
  'error.date': { zh: '{flag} "{value}" 无效，应为 2026-11-27 这样的日期', en: 'Unexpected {flag} "{value}", expected a date like 2026-11-27' },
  'error.month': { zh: '应为 01–12 的月份{usage}，实际为 {got}', en: 'Expected a month 01–12{usage}, got {got}' },
  'error.id': { zh: '{what} "{value}" 无效，应为 zhang-san 这样的小写 id', en: 'Unexpected {what} "{value}", expected a lowercase id like zhang-san' },
  'diff.at-side': { zh: '（{side} {commit}）', en: '(at {side} {commit})' },
  'nothing': { zh: '空', en: 'nothing' },

  // Files that are invalid while figures are asked for (scripts/lib/invalid-content.ts).
  'invalid.refuse': { zh: '拒绝输出数字：{count} 个文件无效，其数字会从所有合计和列表中缺失：', en: 'refusing to print figures: {count} files are invalid and would be missing from every total and list:', enOne: 'refusing to print figures: {count} file is invalid and would be missing from every total and list:' },
  'invalid.refuse-hint': { zh: '请修正这些文件（plan check 列出全部问题），或加 --allow-invalid 输出不含它们的数字，并标为不完整。', en: 'Fix them (plan check lists every problem), or pass --allow-invalid to print the figures without them, marked incomplete.' },
  'invalid.warn': { zh: 'plan {command}：警告：{count} 个文件无效，以下数字均不含它们：', en: 'plan {command}: warning: {count} files are invalid and left out of every figure below:', enOne: 'plan {command}: warning: {count} file is invalid and left out of every figure below:' },
  'invalid.banner': { zh: '⚠ 数据不完整：{count} 个无效文件未计入任何数字（{files}{more}）；请运行 plan check', en: '⚠ INCOMPLETE: {count} invalid files left out of every figure ({files}{more}); run plan check', enOne: '⚠ INCOMPLETE: {count} invalid file left out of every figure ({files}{more}); run plan check' },
  'invalid.more': { zh: ' 等另外 {more} 个', en: ' and {more} more' },

  // plan check
  // Attainment to date beside a figure (plan check's summary, plan rollup).
  'figures.to-date': { zh: '进度完成率 {percent}%', en: '{percent}% of plan to date' },
  'figures.to-date-missing': { zh: '进度完成率 {percent}%，{count} 份月报未交', en: '{percent}% of plan to date, {count} reports missing', enOne: '{percent}% of plan to date, {count} report missing' },
  'rollup.company': { zh: '  公司      目标 {target}  实际 {actual}  （{toDate}）', en: '  company   target {target}  actual {actual}  ({toDate})' },
  'rollup.unit': { zh: '  {name}   目标 {target}  实际 {actual}  （{toDate}）', en: '  {name}   target {target}  actual {actual}  ({toDate})' },
  'rollup.person': { zh: '    {name} 目标 {target}  实际 {actual}  （{toDate}）', en: '    {name} target {target}  actual {actual}  ({toDate})' },
  'rollup.errors': { zh: 'plan rollup：内容有 {count} 个错误；运行 plan check 查看详情', en: 'plan rollup: the content has {count} errors; run plan check for details', enOne: 'plan rollup: the content has {count} error; run plan check for details' },
  // plan forecast
  'forecast.title': { zh: 'FY{year} 下半年预测，{method}', en: 'FY{year} H2 forecast, {method}' },
  'forecast.title-md': { zh: 'FY{year} 下半年预测 — {method}', en: 'FY{year} H2 forecast — {method}' },
  'forecast.plan-shape': { zh: '按计划形状（下半年计划 × 上半年完成率）', en: 'plan-shape (H2 plan × H1 attainment)' },
  'forecast.run-rate': { zh: '按运行速率（上半年月均 × 6）', en: 'run-rate (H1 monthly average × 6)' },
  'forecast.h1-plan': { zh: '上半年计划', en: 'H1 plan' },
  'forecast.h1-actual': { zh: '上半年实际', en: 'H1 actual' },
  'forecast.h1-percent': { zh: '上半年完成率', en: 'H1 %' },
  'forecast.h2-plan': { zh: '下半年计划', en: 'H2 plan' },
  'forecast.h2-forecast': { zh: '下半年预测', en: 'H2 forecast' },
  'forecast.vs-plan': { zh: '与计划差', en: 'vs plan' },
  'forecast.company': { zh: '公司', en: 'company' },
  'forecast.by-month': { zh: '按月（预测）：', en: 'By month (forecast):' },
  'check.found': { zh: '应为 {expected}，实际为 {actual}', en: 'expected {expected}, found {actual}' },
  'check.error': { zh: '错误', en: 'error' },
  'check.warning': { zh: '警告', en: 'warning' },
  'check.no-problems': { zh: '✔ 没有问题', en: '✔ no problems' },
  'check.counts': { zh: '{mark} {files} 个文件中有 {errors} 个错误、{warnings} 个警告', en: '{mark} {errors} errors, {warnings} warnings in {files} files' },
  'check.annotations': { zh: 'plan check：{files} 个文件，{errors} 个错误，{warnings} 个警告', en: 'plan check: {files} files, {errors} errors, {warnings} warnings' },
  'check.heading': { zh: 'Planbook — 截至 {asOf} 检查了 {files} 个文件', en: 'Planbook — {files} files checked as of {asOf}' },
  'check.year': { zh: 'FY{year} {company}：{documents} 份文件，{units} 个单位，{people} 人有个人计划', en: 'FY{year} {company}: {documents} documents, {units} units, {people} people with plans' },
  'check.company': { zh: '  公司目标 {target}，截至目前实际 {actual}（{toDate}；全年完成率 {year}%）', en: '  company target {target}, actual to date {actual} ({toDate}; {year}% of year)' },
  'check.unit': { zh: '  {name} {budget}，已分配 {allocated} 给 {people} 人，实际 {actual}', en: '  {name} {budget}, allocated {allocated} to {people} people, actual {actual}' },
  'check.budget': { zh: '预算 {amount}', en: 'budget {amount}' },
  'check.no-budget': { zh: '无预算', en: 'no budget' },
  'check.ok': { zh: '✔ 所有数字都对得上', en: '✔ all figures add up' },
  'check.ok-warnings': { zh: '✔ 没有错误，有 {count} 个警告', en: '✔ no errors, {count} warnings', enOne: '✔ no errors, {count} warning' },
  'check.failed': { zh: '✖ {count} 个错误：见上文', en: '✖ {count} errors: see above', enOne: '✖ {count} error: see above' },
  'check.changed': {
    zh: '自 {base} 以来有 {count} 个文件改动；{files} 个文件中读取并解析了 {parsed} 个，其余取自 {cache}',
    en: 'Since {base}: {count} files changed; {parsed} of {files} read and parsed, the others from {cache}',
    enOne: 'Since {base}: {count} file changed; {parsed} of {files} read and parsed, the others from {cache}',
  },
  'check.changed-outside': { zh: '--changed 要求内容目录在 {root} 的仓库之内，实际在仓库之外：把内容目录放进仓库', en: 'Unexpected --changed with a content folder outside the repository at {root}, expected the folder inside it' },
});
