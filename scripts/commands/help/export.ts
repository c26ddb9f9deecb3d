import type { Text } from '../../../src/core/messages.ts';

/** `plan export --help`, in both languages. */
export const exportHelp: Text = {
  zh: `plan export — 为财务导出汇总：CSV 或 Excel 工作簿

用法：plan export --format csv|xlsx [--year YYYY] [--as-of DATE] [--out FILE] [--lang zh-CN|en] [--table T]
                  [--force] [--allow-invalid] [--content DIR]

  --format        xlsx：每张表一个工作表 —— 汇总；月度横表（月份为列：公司、单位、人员 × 目标/实际）；
                  月度（同样内容，每月一行）；预算执行（含公司合计）；版本对比（计划、年中滚动预测
                  和实际及差异）；同比（本年对上年，内容中有上年时）—— 金额为以元为单位的数字
                  （#,##0.00）；csv：一张表（见 --table）
  --year YYYY     财年（默认：内容中有当前年度则用当前年度，否则用最新年度）
  --out FILE      输出位置（xlsx 默认 planbook-FY<year>.xlsx；csv 默认标准输出）；是目录（已存在或以 / 结尾）时
                  写入其中的 planbook-FY<year>.xlsx 或 planbook-FY<year>-<table>.csv；以 / 结尾的新目录会被创建
  --lang          zh-CN（默认）：中文表头；en：英文表头（即全局 --lang）
  --table T       仅 csv：months（默认）、months-wide、summary、budget、versions 或 year-over-year
  --force         覆盖已存在的 --out 文件
  --allow-invalid 即使有无效文件也导出：不计入其数字，CSV 和每个工作表开头加一行提示
  --as-of DATE    哪些月报已到期，用于计算进度完成率（默认：今天）
  --content DIR   内容目录（默认：content）

CSV 为带字节顺序标记（BOM）的 UTF-8，行尾为 CRLF，以便 Excel 正确显示中文；
金额为精确到两位小数的元，完成率为百分比。
退出状态：0 已写入，1 输出文件已存在（用 --force）或该年度有无效文件（未写入；见 --allow-invalid），
2 用法错误。`,
  en: `plan export — the roll-up for finance, as CSV or an Excel workbook

Usage: plan export --format csv|xlsx [--year YYYY] [--as-of DATE] [--out FILE] [--lang zh-CN|en] [--table T]
                   [--force] [--allow-invalid] [--content DIR]

  --format        xlsx: one sheet per table — "汇总" summary; "月度横表" months as columns (company,
                  units, people × target/actual); "月度" the same one row per month; "预算执行" budget
                  execution with company totals; "版本对比" plan, mid-year reforecast and actuals with
                  variances; "同比" this year against last year (when the content has last year) —
                  amounts as numbers in 元 (#,##0.00); csv: one table (see --table)
  --year YYYY     fiscal year (default: the current year if the content has it, else the latest)
  --out FILE      where to write (xlsx default: planbook-FY<year>.xlsx; csv default: standard output); a
                  folder (existing, or ending in /) gets planbook-FY<year>.xlsx or planbook-FY<year>-<table>.csv; a
                  new folder ending in / is created
  --lang          zh-CN (default): Chinese headers; en: English headers (the global --lang)
  --table T       csv only: months (default), months-wide, summary, budget, versions or year-over-year
  --force         replace an existing --out file
  --allow-invalid export although files are invalid: their figures are left out and a banner row
                  heads the CSV and each sheet
  --as-of DATE    which monthly reports are due, for attainment to date (default: today)
  --content DIR   content folder (default: content)

CSV is UTF-8 with a byte-order mark and CRLF line ends so Excel shows the Chinese correctly;
amounts are exact 元 with two decimals, attainment as a percentage.
Exit status: 0 written, 1 the output file exists (use --force) or a file of the year is invalid
(nothing written; see --allow-invalid), 2 usage error.`,
};
