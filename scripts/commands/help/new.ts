import type { Text } from '../../../src/core/messages.ts';

/** `plan new --help`, in both languages. */
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
