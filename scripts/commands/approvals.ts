import type { Text } from '../../src/core/messages.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import git from '../../src/core/isomorphic-git.ts';
import { say as sayApproval } from '../../src/approvals/approval-messages.ts';
import { evaluateApprovals } from '../../src/approvals/evaluate.ts';
import { blobAt, contentFolderIn, gitOptions, repositoryAt, resolveCommit } from '../../src/approvals/git.ts';
import { fetchPullRequest, fetchReviews } from '../../src/approvals/github-api.ts';
import { appendLedger, LEDGER_PATH, recordsFor } from '../../src/approvals/ledger.ts';
import { gatherPullRequest } from '../../src/approvals/pull-request.ts';
import { approvalsAsGithub, approvalsAsJson, approvalsAsMarkdown, approvalsAsText, approvalsExplained, printable } from '../../src/approvals/report.ts';
import { parseReviews } from '../../src/approvals/reviews.ts';
import { EXIT, langOf, textFor, UsageError, type Io } from '../lib/cli.ts';
import { say } from '../lib/cli-messages.ts';
import { systemErrorText } from '../lib/system-error-messages.ts';
import { formatOption } from '../lib/options.ts';

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

/** The JSON in `file` (from `endpoint` of GitHub's REST API); a UsageError naming `what` it should be when it cannot be read. */
function readJson(file: string, cwd: string, what: Text, endpoint: string): unknown {
  try {
    return JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Node says EISDIR without the path and in English only; the file is named around this reason.
    const reason = code === 'ENOENT' ? say('approvals.no-file') : code === 'EISDIR' ? say('approvals.is-folder') : code ? systemErrorText(error as NodeJS.ErrnoException) : error instanceof SyntaxError ? say('approvals.not-json', { error: error.message }) : String(error);
    throw new UsageError(say('approvals.file', { what, file, reason, endpoint }));
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
  const facts = options.pr ? pullFacts(readJson(options.pr, io.cwd, say('approvals.what-pr'), 'GET /repos/{owner}/{repo}/pulls/{n}'), options.pr) : {};
  return { facts, reviews: parseReviews(readJson(options.reviews, io.cwd, say('approvals.what-reviews'), 'GET /repos/{owner}/{repo}/pulls/{n}/reviews'), options.reviews) };
}

export async function approvals(options: ApprovalsOptions, io: Io): Promise<number> {
  const format = formatOption(options.format, ['text', 'json', 'markdown', 'github'] as const, 'text');
  const repo = repositoryAt(path.resolve(io.cwd, options.repo ?? '.'));
  const { facts, reviews } = await inputs(options, io);
  const author = options.author ?? facts.author ?? (options.explain ? '' : undefined);
  const baseRef = options.base ?? facts.base ?? (options.explain ? 'main' : undefined);
  const headRef = options.head ?? facts.head ?? (options.explain ? 'HEAD' : undefined);
  if (author === undefined) throw new UsageError(say('approvals.author'));
  if (!baseRef || !headRef) throw new UsageError(say('approvals.refs'));
  const [tip, head] = [await resolveCommit(repo, baseRef), await resolveCommit(repo, headRef)];
  if (options.github && facts.head && facts.head !== head) io.err(textFor(io, sayApproval('command.head-moved', { now: facts.head, head })));
  // The pull request's own changes start at the merge base; a base branch that moved on since is not its change.
  const [base = tip] = await git.findMergeBase({ ...gitOptions(repo), oids: [tip, head] });
  // A folder named on purpose must exist; without plans (the default folder absent) every file is the repository's.
  const contentDir = options.content === undefined ? 'content' : await contentFolderIn(repo, options.content, [tip, base, head]);
  const gathered = await gatherPullRequest(repo, { base, head, author, reviews, contentDir, rolesAt: tip });
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
