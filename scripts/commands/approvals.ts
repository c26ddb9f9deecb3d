import type { Text } from '../../src/core/messages.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';
import { say as sayApproval } from '../../src/approvals/approval-messages.ts';
import { evaluateApprovals } from '../../src/approvals/evaluate.ts';
import { blobAt, gitOptions, resolveCommit, type GitRepo } from '../../src/approvals/git.ts';
import { fetchPullRequest, fetchReviews } from '../../src/approvals/github-api.ts';
import { appendLedger, LEDGER_PATH, recordsFor } from '../../src/approvals/ledger.ts';
import { gatherPullRequest } from '../../src/approvals/pull-request.ts';
import { approvalsAsGithub, approvalsAsJson, approvalsAsMarkdown, approvalsAsText, approvalsExplained, printable } from '../../src/approvals/report.ts';
import { parseReviews } from '../../src/approvals/reviews.ts';
import { EXIT, langOf, textFor, UsageError, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { formatOption } from '../lib/options.ts';

export const approvalsHelp: Text = {
  zh: `plan approvals — 拉取请求修改的每个文件是否已按其审批链批准？

用法：plan approvals --base REF --head REF --reviews FILE (--pr FILE | --author LOGIN) [选项]
      plan approvals --github --pr-number N --head SHA [选项]   （在工作流中，需要 GITHUB_TOKEN）
      plan approvals --explain [--base REF] [--head REF] [--reviews FILE] [--author LOGIN]

  --repo DIR        Git 仓库（默认：.）
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

  --repo DIR        the Git repository (default: .)
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

export interface ApprovalsOptions {
  repo?: string | undefined;
  base?: string | undefined;
  head?: string | undefined;
  reviews?: string | undefined;
  pr?: string | undefined;
  author?: string | undefined;
  github?: boolean;
  prNumber?: string | undefined;
  record?: boolean;
  content?: string | undefined;
  format?: string | undefined;
  explain?: boolean;
}

interface PullFacts {
  number?: number;
  author?: string;
  base?: string;
  head?: string;
  mergedAt?: string | null;
  mergeCommit?: string | null;
}

function readJson(file: string, cwd: string, what: Text): unknown {
  try {
    return JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? say('approvals.no-file') : error instanceof SyntaxError ? say('approvals.not-json', { error: error.message }) : String(error);
    throw new UsageError(say('approvals.file', { what, file, reason }));
  }
}

/** The fields of a pulls GET payload we use, checked because the file may come from an artifact. */
function pullFacts(json: unknown, file: string): PullFacts {
  const pr = json as { number?: unknown; user?: { login?: unknown }; base?: { sha?: unknown }; head?: { sha?: unknown }; merged_at?: unknown; merge_commit_sha?: unknown };
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  if (typeof pr !== 'object' || pr === null || !text(pr.user?.login)) throw new UsageError(say('approvals.pr-file', { file, endpoint: 'GET /repos/{owner}/{repo}/pulls/{n}' }));
  const facts: PullFacts = { mergedAt: text(pr.merged_at) ?? null, mergeCommit: text(pr.merge_commit_sha) ?? null };
  if (Number.isSafeInteger(pr.number)) facts.number = pr.number as number;
  for (const [key, value] of [['author', pr.user?.login], ['base', pr.base?.sha], ['head', pr.head?.sha]] as const) {
    const found = text(value);
    if (found) facts[key] = found;
  }
  return facts;
}

async function inputs(options: ApprovalsOptions, io: Io) {
  if (options.github) {
    const token = process.env['GITHUB_TOKEN'];
    const repository = process.env['GITHUB_REPOSITORY'];
    const number = Number(options.prNumber);
    if (!token || !repository) throw new UsageError(say('approvals.github-env'));
    if (!Number.isSafeInteger(number) || number <= 0) throw new UsageError(say('approvals.pr-number', { value: options.prNumber ?? '' }));
    // Check then use: the caller names the one commit it fetched and evaluates; the API's head may move meanwhile.
    if (!options.head || !/^[0-9a-f]{40}$/i.test(options.head)) throw new UsageError(say('approvals.head', { value: options.head ?? '' }));
    const target = { repository, pr: number, token, ...(process.env['GITHUB_API_URL'] ? { apiUrl: process.env['GITHUB_API_URL'] } : {}) };
    const [pr, reviews] = await Promise.all([fetchPullRequest(target), fetchReviews(target)]);
    return { facts: pullFacts(pr, 'GitHub API'), reviews: parseReviews(reviews, 'GitHub API reviews') };
  }
  if (!options.reviews) {
    if (options.explain) return { facts: {}, reviews: [] };
    throw new UsageError(say('approvals.reviews', { endpoint: 'GET /repos/{owner}/{repo}/pulls/{n}/reviews' }));
  }
  const facts = options.pr ? pullFacts(readJson(options.pr, io.cwd, say('approvals.what-pr')), options.pr) : {};
  return { facts, reviews: parseReviews(readJson(options.reviews, io.cwd, say('approvals.what-reviews')), options.reviews) };
}

export async function approvals(options: ApprovalsOptions, io: Io): Promise<number> {
  const format = formatOption(options.format, ['text', 'json', 'markdown', 'github'] as const, 'text');
  const { facts, reviews } = await inputs(options, io);
  const author = options.author ?? facts.author ?? (options.explain ? '' : undefined);
  const baseRef = options.base ?? facts.base ?? (options.explain ? 'main' : undefined);
  const headRef = options.head ?? facts.head ?? (options.explain ? 'HEAD' : undefined);
  if (author === undefined) throw new UsageError(say('approvals.author'));
  if (!baseRef || !headRef) throw new UsageError(say('approvals.refs'));
  const repo: GitRepo = { dir: path.resolve(io.cwd, options.repo ?? '.'), cache: {} };
  const [tip, head] = [await resolveCommit(repo, baseRef), await resolveCommit(repo, headRef)];
  if (options.github && facts.head && facts.head !== head) io.err(textFor(io, sayApproval('command.head-moved', { now: facts.head, head })));
  // The pull request's own changes start at the merge base; a base branch that moved on since is not its change.
  const [base = tip] = await git.findMergeBase({ ...gitOptions(repo), oids: [tip, head] });
  const gathered = await gatherPullRequest(repo, { base, head, author, reviews, contentDir: options.content ?? 'content', rolesAt: tip });
  const results = evaluateApprovals(gathered);
  const meta = { base, head, author, unmatchedAuthors: gathered.unmatchedAuthors };

  if (options.record) {
    if (facts.number === undefined || !facts.mergedAt) throw new UsageError(say('approvals.record'));
    const mergeCommit = facts.mergeCommit && (await resolveCommit(repo, facts.mergeCommit).catch(() => undefined));
    // Records bind to the version the approvers reviewed (the head); the merged version is noted when it differs.
    const versions = new Map<string, { reviewed: string | null; merged: string | null }>();
    for (const result of results) {
      const reviewed = await blobAt(repo, head, result.path);
      versions.set(result.path, { reviewed, merged: mergeCommit ? await blobAt(repo, mergeCommit, result.path) : reviewed });
    }
    const records = recordsFor(results, { pr: facts.number, mergedAt: facts.mergedAt, mergeCommit: mergeCommit ?? null, versions });
    const pr = facts.number;
    io.err(textFor(io, records.length ? sayApproval('command.appending', { count: records.length, pr, ledger: LEDGER_PATH, paths: records.map((record) => printable(record.path)).join(', ') }) : sayApproval('command.none-approved', { pr, ledger: LEDGER_PATH })));
    for (const record of records.filter((candidate) => candidate.mergedOid)) {
      io.err(textFor(io, sayApproval('command.merged-differs', { path: printable(record.path), reviewed: record.oid.slice(0, 7), merged: record.mergedOid?.slice(0, 7) ?? sayApproval('command.deleted') })));
    }
    if (records.length) appendLedger(repo.dir, records);
  }

  if (options.explain) io.out(approvalsExplained(results, meta, langOf(io)));
  else if (format === 'json') io.out(approvalsAsJson(results, meta));
  else if (format === 'markdown') io.out(approvalsAsMarkdown(results, meta, langOf(io)));
  else if (format === 'github') io.out(approvalsAsGithub(results, meta, langOf(io)));
  else io.out(approvalsAsText(results, meta, langOf(io)));
  return results.every((result) => result.approved) ? EXIT.ok : EXIT.violations;
}
