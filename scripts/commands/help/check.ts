import type { Text } from '../../../src/core/messages.ts';

/** `plan check --help`, in both languages. */
export const checkHelp: Text = {
  zh: `plan check — 校验每份计划和总结，并核对数字是否对得上

用法：plan check [--content DIR] [--format text|json|github] [--as-of YYYY-MM-DD] [--changed BASE[..HEAD]] [--lang zh-CN|en]

  --content DIR   内容目录（默认：content）
  --format        text（默认，供人阅读）、json（稳定、有文档）、github（工作流注释）
  --as-of DATE    按此日期判断截止期限（默认：今天）
  --changed BASE  用于拉取请求：报告与完整校验相同，但只重新校验改动涉及的人、事业部和年度
                  （由 git 找出改动，其余取自 .planbook-cache/）；并说明自 BASE（分支、标签或提交）以来改动了多少文件；
                  校验工作区，未提交的改动也算在内；在仓库根目录运行（.github/ 从那里读取）
  --changed BASE..HEAD
                  同上，但校验当前检出的提交 HEAD：文件取自该提交，不扫描工作区，未提交的改动不算（用于 CI）
  --lang LANG     zh-CN（默认）或 en：消息的语言；规则代码、位置和 JSON 键在两种语言中相同
                  （json 中的 "message" 和 "hint" 为所选语言）

退出状态：0 没有错误（允许有警告），1 发现错误，2 用法错误或内部错误。`,
  en: `plan check — validate every plan and report and check that the figures add up

Usage: plan check [--content DIR] [--format text|json|github] [--as-of YYYY-MM-DD] [--changed BASE[..HEAD]] [--lang zh-CN|en]

  --content DIR    content folder (default: content)
  --format         text (default, for people), json (stable, documented), github (workflow annotations)
  --as-of DATE     judge deadlines as of this date (default: today)
  --changed BASE   for pull requests: the same report, re-checking only the people, units and years
                   a change reaches (git names the change; the rest from .planbook-cache/); says how
                   many files changed since BASE (a branch, tag or commit). Checks the working
                   tree: uncommitted edits count. Run it at the repository's root (.github/ is
                   read there)
  --changed BASE..HEAD
                   the same for the commit checked out (HEAD): its files are read from the commit,
                   the working tree is not scanned and uncommitted edits do not count (for CI)
  --lang LANG      zh-CN (default) or en: the language of messages; codes, positions and JSON keys
                   are the same in both (json: "message" and "hint" in this language)

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal error.`,
};
