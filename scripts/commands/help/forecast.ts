import type { Text } from '../../../src/core/messages.ts';

/** `plan forecast --help`, in both languages. */
export const forecastHelp: Text = {
  zh: `plan forecast — 根据上半年实际预测下半年，并与批准的计划对比

用法：plan forecast <year> [--unit ID] [--method plan-shape|run-rate] [--format text|json|markdown]
                           [--allow-invalid]

  --method        plan-shape（默认）：下半年计划 ×（上半年实际 ÷ 已汇报月份的上半年计划），
                  保持计划的季节形状；run-rate：7–12 月每月取上半年月均（按最大余数法均分）
  --unit ID       只预测一个单位
  --format        text（默认）、json（每月金额单位为分）、markdown（用于年中回顾）
  --content DIR   内容目录（默认：content）
  --allow-invalid 即使该年度有无效文件也预测（不计入这些文件），并给出警告

文本和 Markdown 表中的金额四舍五入到 0.01万；JSON 为精确的分。
退出状态：0 正常，1 内容中没有该年度或单位，或该年度有无效文件（见 --allow-invalid），2 用法错误。`,
  en: `plan forecast — H2 reforecast from H1 actuals, against the approved plan

Usage: plan forecast <year> [--unit ID] [--method plan-shape|run-rate] [--format text|json|markdown]
                            [--allow-invalid]

  --method        plan-shape (default): H2 plan × (H1 actual ÷ H1 plan of the reported months),
                  keeping the plan's seasonal shape; run-rate: the H1 monthly average for each of
                  July–December (split evenly by largest remainder)
  --unit ID       one unit only
  --format        text (default), json (every month in 分), markdown (for the mid-year review)
  --content DIR   content folder (default: content)
  --allow-invalid forecast although files of the year are invalid (left out), with a warning

Amounts in the text and Markdown tables are rounded to 0.01万; JSON is exact 分.
Exit status: 0, 1 the year or unit is not in the content or a file of the year is invalid (see
--allow-invalid), 2 usage error.`,
};
