import type { Text } from '../../../src/core/messages.ts';

/** `plan status --help`, in both languages. */
export const statusHelp: Text = {
  zh: `plan status — 按种子日程表，哪些文件到期、已完成、逾期，由谁负责

用法：plan status [--as-of YYYY-MM-DD] [--person ID] [--format text|json|markdown] [--content DIR]
                  [--allow-invalid]

  --as-of DATE    按此日期判断截止期限（默认：今天）
  --person ID     只看此人要写的、关于此人的以及等待此人审批的文件
  --format        text（默认）、json（每一项，稳定）、markdown（用于 issue 或拉取请求评论）
  --content DIR   内容目录（默认：content）
  --allow-invalid 即使有无效文件也报告：每个无效文件列为无效，并给出其第一个错误

日程：市场调研在上一年 10 月 31 日前、单位销售计划在 11 月 30 日前，预算在年度开始前，年度计划在
1 月 15 日前，月度计划在每月 1 日前，月报在月末后 calendar.monthlyReportGraceDays 天内，年中回顾在
7 月 calendar.midyearReviewDay 日前，年度总结在 12 月 31 日前。逾期项目会列出缺少或等待审批的文件；
“即将到期”指 14 天内。审批记录中尚未批准的审阅中文件等待其审批链的第一个环节：列表会写明该环节、
可审批的人，以及自其 date: 字段以来已等待的天数。

退出状态：0（有逾期也是 0：这是报告，由 plan check 决定是否失败），1 有内容文件无效
（未报告；见 --allow-invalid），2 用法错误。`,
  en: `plan status — what is due, done and late, and for whom, from the seed's calendar

Usage: plan status [--as-of YYYY-MM-DD] [--person ID] [--format text|json|markdown] [--content DIR]
                   [--allow-invalid]

  --as-of DATE    judge deadlines as of this date (default: today)
  --person ID     only what this person writes, what is about them and what waits for their approval
  --format        text (default), json (every item, stable), markdown (for an issue or PR comment)
  --content DIR   content folder (default: content)
  --allow-invalid report although files are invalid: each is listed as invalid, with its first error

Calendar: market research by 31 Oct and unit sales plans by 30 Nov of the year before, budgets
before the year starts, annual plans by 15 Jan, monthly plans by the 1st, monthly reports by the
month's end plus calendar.monthlyReportGraceDays, the mid-year review by calendar.midyearReviewDay
of July, the annual report by 31 Dec. Late items are listed with the file that is missing or
waiting for approval; due-soon means within 14 days. A document in review that the approval
ledger has not approved waits for its chain's first stage: the listing names that stage, the people
who can approve it and the days it has waited since its date: field.

Exit status: 0 (also when something is late: this is a report, plan check decides what fails),
1 a content file is invalid (nothing reported; see --allow-invalid), 2 usage error.`,
};
