import type { Text } from '../../../src/core/messages.ts';
import { PACE_RULES } from '../../../src/cycle/pace-rules.ts';

/** `plan pace --help`, in both languages. */
export const paceHelp: Text = {
  zh: `plan pace — 全年能否完成？年末预计完成额及剩余每月所需

用法：plan pace [--year YYYY] [--as-of YYYY-MM-DD] [--format text|json] [--content DIR] [--allow-invalid]

  --year YYYY     财年（默认：内容中有当前年度则用当前年度，否则用最新年度）
  --as-of DATE    哪些月报已到期，与进度完成率相同（默认：今天）
  --format        text（默认；金额四舍五入到 0.01万）或 json（每个金额单位为分）
  --content DIR   内容目录（默认：content）
  --allow-invalid 即使该年度有无效文件也输出（不计入这些文件），并给出警告

对公司、每个单位和每个人：
  按当前进度   实际 + 尚未计入月份的计划 × 进度完成率（实际 ÷ 至今目标），四舍五入到 1分
  按滚动预测   实际 + 尚未计入月份的滚动预测（年中回顾的下半年预测，否则用计划）
  每月还需     （目标 − 实际）按尚未计入月份的计划比例分摊，以整分按最大余数法分配，
               使各月之和恰好等于差额；已达成目标时为 0
退出状态：0 已输出，1 该年度有无效文件（见 --allow-invalid），2 用法错误。`,
  en: `plan pace — will the year land? Year-end landing and what each remaining month needs

Usage: plan pace [--year YYYY] [--as-of YYYY-MM-DD] [--format text|json] [--content DIR] [--allow-invalid]

  --year YYYY     fiscal year (default: the current year if the content has it, else the latest)
  --as-of DATE    which monthly reports are due, as for attainment to date (default: today)
  --format        text (default; amounts rounded to 0.01万) or json (every amount in 分)
  --content DIR   content folder (default: content)
  --allow-invalid print although files of the year are invalid (left out), with a warning

For the company, each unit and each person:
  at pace ("按当前进度")        ${PACE_RULES.atPace}
  at reforecast ("按滚动预测")  ${PACE_RULES.atReforecast}
  needed ("每月还需")           ${PACE_RULES.needed}
Exit status: 0 printed, 1 a file of the year is invalid (see --allow-invalid), 2 usage error.`,
};
