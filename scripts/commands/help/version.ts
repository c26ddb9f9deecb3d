import type { Text } from '../../../src/core/messages.ts';

/** `plan version --help`, in both languages. */
export const versionHelp: Text = {
  zh: `plan version — 计划的命名版本（Git 标签）：命名一个版本，或列出全部版本

用法：plan version tag NAME [--message TEXT] [--ref REF] [--repo DIR]
      plan version list [--format text|json] [--repo DIR]

  tag NAME        把提交 REF（默认 HEAD）命名为版本 NAME，例如年度计划预算会议后的 FY2026-approved、
                  年中回顾后的 FY2026-midyear。这是附注标签：记录谁命名了该版本（Git 的
                  user.name/user.email）、何时，以及 --message（默认 "Planbook version NAME"）。
                  用 git push origin NAME 推送。
  list            全部标签，最新的在前：附注标签和轻量标签（git tag NAME；以其提交的日期为准）
  --repo DIR      Git 仓库的顶层目录，即含 .git 的目录（默认：.）
  --format        text（默认）或 json

用 plan diff NAME1 NAME2 比较两个版本；门户的版本页把每个已标记的版本与当前计划对比。
退出状态：0 完成，1 名称已被占用或被拒绝，或 Git 没有用户身份，2 用法错误。`,
  en: `plan version — named versions of the plan (Git tags): name one, list them

Usage: plan version tag NAME [--message TEXT] [--ref REF] [--repo DIR]
       plan version list [--format text|json] [--repo DIR]

  tag NAME        name the commit REF (default HEAD) as version NAME, e.g. FY2026-approved after
                  the budget meeting ("年度计划预算会议"), FY2026-midyear after the mid-year review. It is an annotated
                  tag: it records who named the version (Git's user.name/user.email), when, and
                  --message (default "Planbook version NAME"). Push it with git push origin NAME.
  list            every tag, newest first: annotated ones and lightweight ones (git tag NAME; dated
                  by their commit)
  --repo DIR      the top folder of the Git repository, the one holding .git (default: .)
  --format        text (default) or json

Compare two versions with plan diff NAME1 NAME2; the portal's versions page compares each tagged
version with the current plan.
Exit status: 0 done, 1 the name is taken or refused, or Git has no user identity, 2 usage error.`,
};
