import type { Text } from '../../../src/core/messages.ts';

/** `plan diff --help`, in both languages. */
export const diffHelp: Text = {
  zh: `plan diff — 一次修改对计划的影响：数字、校验和审批

用法：plan diff BASE [HEAD] [--format markdown|json] [--repo DIR] [--content DIR] [--as-of DATE]
                [--allow-invalid]

  BASE, HEAD      提交、分支或标签（HEAD 默认为 HEAD）；两者都从 Git 读取，不含未提交的修改
  --format        markdown（默认，适合作为拉取请求评论）或 json（金额单位为分）
  --repo DIR      Git 仓库的顶层目录，即含 .git 的目录（默认：.）
  --content DIR   仓库内的内容目录（默认：content）
  --as-of DATE    两边都按此日期判断截止期限（默认：今天）
  --allow-invalid 即使任一边有无效文件也比较（不计入其数字），并在输出开头给出警告

退出状态：0 已输出（即使修改违反了规则：由 plan check 把关），1 任一边有无效文件
（未输出；见 --allow-invalid），2 用法错误。`,
  en: `plan diff — what a change does to the plan: figures, checks and approvals

Usage: plan diff BASE [HEAD] [--format markdown|json] [--repo DIR] [--content DIR] [--as-of DATE]
                 [--allow-invalid]

  BASE, HEAD      commits, branches or tags (HEAD defaults to HEAD); both are read from Git,
                  uncommitted changes are not included
  --format        markdown (default, fit for a pull-request comment) or json (amounts in 分)
  --repo DIR      the top folder of the Git repository, the one holding .git (default: .)
  --content DIR   content folder inside the repository (default: content)
  --as-of DATE    judge deadlines as of this date on both sides (default: today)
  --allow-invalid compare although files are invalid on either side (left out of its figures),
                  with a warning at the top of the output

Exit status: 0 printed (even when the change breaks a rule: plan check is the gate), 1 a file is
invalid on either side (nothing printed; see --allow-invalid), 2 usage error.`,
};
