import type { Text } from '../../../src/core/messages.ts';
import { LEDGER_PATH } from '../../../src/approvals/repo-paths.ts';

/** `plan approvals --help`, in both languages. */
export const approvalsHelp: Text = {
  zh: `plan approvals — 拉取请求修改的每个文件是否已按其审批链批准？

用法：plan approvals --base REF --head REF --reviews FILE (--pr FILE | --author LOGIN) [选项]
      plan approvals --github --pr-number N --head SHA [选项]   （在工作流中，需要 GITHUB_TOKEN）
      plan approvals --explain [--base REF] [--head REF] [--reviews FILE] [--author LOGIN]

  --repo DIR        Git 仓库的顶层目录，即含 .git 的目录（默认：.）
  --base REF        拉取请求的基准提交（默认：--pr 文件中的 base.sha）
  --head REF        头提交（默认：--pr 文件中的 head.sha）；与 --github 同用时为要评估的那一个提交的
                    完整 id（不会改用 API 返回的头提交）
  --reviews FILE    GET /repos/{owner}/{repo}/pulls/{n}/reviews 返回的 JSON
  --pr FILE         GET /repos/{owner}/{repo}/pulls/{n} 返回的 JSON（作者、基准、头提交、合并）
  --author LOGIN    没有 --pr 文件时，拉取请求的作者
  --github          从 GitHub API 读取拉取请求及其评审
                    （GITHUB_TOKEN、GITHUB_REPOSITORY；GITHUB_API_URL 可选）
  --pr-number N     与 --github 同用：要读取的拉取请求编号
  --explain         离线说明：每个修改的文件、其审批链、已完成的环节，以及每个待审环节可由谁审批
                    （基准默认 main，头提交默认 HEAD，评审可省略）
  --record          拉取请求已合并：把其审批追加到 ${LEDGER_PATH}，绑定到头提交中被评审的版本
                    （由记录工作流提交）
  --content DIR     仓库内的内容目录（默认：content）
  --format          text（默认）、json、markdown（拉取请求评论）或 github（工作流注释）

审批链、角色和组织均从基准提交读取，因此拉取请求无法给自己指定审批人。每个修改的文件都有审批链：
计划文件用其种子审批链，其他文件（代码、脚本、工作流、CODEOWNERS、审批记录）由总经理或管理员审批。
各环节按顺序计算（同一秒的评审按评审 id 排序）；参与修改的人不能审批（发起人、每个提交的作者、
提交者和 Co-authored-by，以及文件所属的人）；一人只审批一个环节；对旧版本文件的批准已过期；
之后的“要求修改”会撤回批准。

退出状态：0 每个修改的文件都已批准，1 有审批未完成或被拒绝，2 用法错误。`,
  en: `plan approvals — is each changed file approved along its chain?

Usage: plan approvals --base REF --head REF --reviews FILE (--pr FILE | --author LOGIN) [options]
       plan approvals --github --pr-number N --head SHA [options]   (in a workflow, with GITHUB_TOKEN)
       plan approvals --explain [--base REF] [--head REF] [--reviews FILE] [--author LOGIN]

  --repo DIR        the top folder of the Git repository, the one holding .git (default: .)
  --base REF        base commit of the pull request (default: the --pr payload's base.sha)
  --head REF        head commit (default: the --pr payload's head.sha); with --github the full id
                    of the one commit to evaluate (the API's head is never re-read in its place)
  --reviews FILE    JSON from GET /repos/{owner}/{repo}/pulls/{n}/reviews
  --pr FILE         JSON from GET /repos/{owner}/{repo}/pulls/{n} (author, base, head, merge)
  --author LOGIN    the pull request's author, when there is no --pr file
  --github          fetch the pull request and its reviews from the GitHub API
                    (GITHUB_TOKEN, GITHUB_REPOSITORY; GITHUB_API_URL optional)
  --pr-number N     the pull request to fetch with --github
  --explain         offline: every changed file, its chain, the stages done, and who may approve
                    each remaining stage (base default main, head default HEAD, reviews optional)
  --record          the pull request has merged: append its approvals to ${LEDGER_PATH}, bound
                    to the versions reviewed at the head (the recording workflow commits them)
  --content DIR     content folder inside the repository (default: content)
  --format          text (default), json, markdown (a PR comment) or github (annotations)

Chains, roles and the organisation are read from the BASE commit, so a pull request cannot grant
itself approvers. Every changed file has a chain: plan documents their seed chain, everything else
(code, scripts, workflows, CODEOWNERS, the ledger) the GM or an administrator. Stages count in order
(same-second reviews by review id); nobody who wrote the change approves it (the opener, every
commit author, committer and Co-authored-by, and the person a document belongs to); one person
approves one stage; an approval of an older version of the document is stale; a later "changes
requested" withdraws it.

Exit status: 0 every changed file approved, 1 approval pending or refused, 2 usage error.`,
};
