import type { Text } from '../../../src/core/messages.ts';

/** `plan rollup --help`, in both languages. */
export const rollupHelp: Text = {
  zh: `plan rollup — 数字汇总：公司 → 单位 → 人员 → 月份

用法：plan rollup [--content DIR] [--format text|json] [--year YYYY] [--as-of YYYY-MM-DD] [--allow-invalid]

  --content DIR   内容目录（默认：content）
  --format        text（默认）或 json（每个金额为以分为单位的整数）
  --year YYYY     只汇总该财年
  --as-of DATE    哪些月报已到期，用于计算进度完成率（默认：今天）
  --allow-invalid 即使有无效文件也输出数字（不计入这些文件），并给出警告

退出状态：0 已输出，1 内容有错误（仍输出汇总，除非有文件无效：此时不加 --allow-invalid 不输出），
2 用法错误。`,
  en: `plan rollup — the figures rolled up: company → unit → person → month

Usage: plan rollup [--content DIR] [--format text|json] [--year YYYY] [--as-of YYYY-MM-DD] [--allow-invalid]

  --content DIR   content folder (default: content)
  --format        text (default) or json (every amount an integer in 分)
  --year YYYY     only this fiscal year
  --as-of DATE    which monthly reports are due, for attainment to date (default: today)
  --allow-invalid print the figures although files are invalid (left out), with a warning

Exit status: 0 printed, 1 the content has errors (the roll-up is still printed, unless a file is
invalid: then nothing is printed without --allow-invalid), 2 usage error.`,
};
