import type { Text } from '../../../src/core/messages.ts';
import { BUDGET_RULES } from '../../../src/cycle/budget-rules.ts';

/** `plan budget --help`, in both languages. */
export const budgetHelp: Text = {
  zh: `plan budget — 预算执行：各单位每个费用科目的已支出与全年进度对比

用法：plan budget [--year YYYY] [--as-of YYYY-MM-DD] [--format text|json] [--content DIR] [--allow-invalid]

  --year YYYY     财年（默认：内容中有当前年度则用当前年度，否则用最新年度）
  --as-of DATE    据此计算全年已过的比例（默认：今天）；已支出与 plan rollup 相同，计入所有已提交的月报
  --format        text（默认；金额四舍五入到 0.01万）或 json（金额单位为分，比例为精确分数
                  {numerator, denominator}）
  --content DIR   内容目录（默认：content）
  --allow-invalid 即使该年度有无效文件也输出（不计入这些文件），并给出警告

已支出为已提交月报中的费用，与 plan rollup 一致。标记：
  超支     已支出 > 预算
  超进度   使用率 > 全年已过比例 + aheadOfTimePoints 个百分点（org.yaml 的 budgetExecution，默认 10）
退出状态：0 已输出，1 该年度有无效文件（见 --allow-invalid），2 用法错误。`,
  en: `plan budget — budget execution (预算执行): every unit's expense lines, spent against the year

Usage: plan budget [--year YYYY] [--as-of YYYY-MM-DD] [--format text|json] [--content DIR] [--allow-invalid]

  --year YYYY     fiscal year (default: the current year if the content has it, else the latest)
  --as-of DATE    how much of the year has elapsed (default: today); spent counts every submitted
                  report, as plan rollup does
  --format        text (default; amounts rounded to 0.01万) or json (amounts in 分, shares as exact
                  fractions {numerator, denominator})
  --content DIR   content folder (default: content)
  --allow-invalid print although files of the year are invalid (left out), with a warning

Spent is the spend of the submitted monthly reports, as in plan rollup. Flags:
  over budget ("超支")        ${BUDGET_RULES.over}
  ahead of time ("超进度")    ${BUDGET_RULES.ahead}
Exit status: 0 printed, 1 a file of the year is invalid (see --allow-invalid), 2 usage error.`,
};
