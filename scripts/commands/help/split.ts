import type { Text } from '../../../src/core/messages.ts';

/** `plan split --help`, in both languages. */
export const splitHelp: Text = {
  zh: `plan split — 精确分解目标（整数分，最大余数法：各部分之和总是等于总数）

用法：
  plan split unit   <year> <unit>          单位预算销售额 → 各人的 target.revenue
  plan split person <year> <person>        年度目标 → 月份：months:（12 个数字）
  plan split month  <year> <person> <MM>   月度目标 → 客户群：写入 MM.plan.mdx 的 groups:

选项：
  --by METHOD       even（平均，默认）、weights（按权重）、last-year（按上年）、seasonality（按季节性，仅月份）
  --weights LIST    与 --by weights 同用：名称=数字,… 例如 zhang-wei=3,li-na=2 或 1=7,2=4,…
                    （人员用 id 或姓名，月份 1–12，客户群用 id 或名称；须全部给出）
  --profile NAME    与 --by seasonality 同用：org.yaml 中 seasonality: 下的一个季节性曲线
  --round STEP      各部分取 STEP 的整数倍，例如 1万、1000元、1元（默认 0.01元）；仍然精确：
                    剩余的步长按最大余数分配，总数不是步长整数倍时，零头归最大的部分
  --as-of DATE      person：DATE 所在月之前的月份和已提交月报的月份保持不变（默认：今天）；
                    其余月份分摊剩余目标
  --from MM         person：重新分解 MM–12 月，保留 MM 之前的月份（无论是否已汇报）
  --all             person：重新分解全部 12 个月，包括已汇报的月份
  --write           修改文件（默认只输出预览）
  --force           即使文件有未提交的修改也写入
  --content DIR     内容目录（默认：content）

先逐项输出每个数字的 旧 → 新。加 --write 时只替换 YAML 中这些数字的文字，保留注释、键的顺序
和正文，每个文件以原子方式写入。
退出状态：0 已完成或已预览，1 内容不允许分解或文件有未提交的修改，2 用法错误。`,
  en: `plan split — decompose a target exactly (integer 分, largest remainder: the parts always add up)

Usage:
  plan split unit   <year> <unit>          unit budget revenue → people's target.revenue
  plan split person <year> <person>        annual target → months: (12 figures)
  plan split month  <year> <person> <MM>   month target → groups: in MM.plan.mdx

Options:
  --by METHOD       even (default), weights, last-year, seasonality (months only)
  --weights LIST    with --by weights: name=number,… e.g. zhang-wei=3,li-na=2 or 1=7,2=4,…
                    (people by id or name, months 1–12, customer groups by id or name; all required)
  --profile NAME    with --by seasonality: a profile from org.yaml seasonality:
  --round STEP      parts in whole steps of STEP, e.g. "1万", "1000元", "1元" (default 0.01元); still
                    exact: steps left over go to the largest remainders, and a total that is not
                    a whole number of steps leaves its odd amount with the largest part
  --as-of DATE      person: the months before DATE's month and every month with a submitted
                    report are kept as they are (default: today); the rest share what is left
  --from MM         person: re-split months MM–12, keep the months before MM (reported or not)
  --all             person: re-split all 12 months, reported ones too
  --write           change the files (default: print the preview only)
  --force           write even when a file has uncommitted changes
  --content DIR     content folder (default: content)

Prints every figure old → new first. With --write it replaces only those figures' text in the
YAML, keeping comments, key order and the body, and writes each file atomically.
Exit status: 0 done or previewed, 1 the content does not allow the split or a file is dirty,
2 usage error.`,
};
