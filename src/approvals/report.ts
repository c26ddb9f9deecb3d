import { ROLE_LABELS } from './chains.ts';
import type { DocumentResult, StageResult } from './evaluate.ts';

/** JSON output version of `plan approvals`: bump only with a documented, breaking change. */
export const APPROVALS_JSON_VERSION = 1;

/** What was evaluated: one head commit, its merge base with the base branch, and the change's authors. */
export interface ReportMeta {
  base: string;
  head: string;
  author: string;
  /** Commit identities no organisation file names ("Name <email>"). */
  unmatchedAuthors: string[];
}

/**
 * A file name as printable text: control characters (a carriage return can start a workflow command
 * in a log, issue 10) and line separators become visible escapes such as `\r` or `\u0007`.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (char) => {
    const named: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** A Markdown code span that no backtick in the text can close early. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(([run]) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest ? ' ' : ''}${text}${longest ? ' ' : ''}${fence}`;
}

const evaluatedLine = (meta: ReportMeta) => `Evaluated head ${meta.head} (merge base ${meta.base})`;
const unmatchedLine = (meta: ReportMeta, quote: (text: string) => string = printable) =>
  `Commit identities no org.yaml names (they approve nothing; add people[].emails if they are people of the plan): ${meta.unmatchedAuthors.map(quote).join(', ')}`;

const mark = { approved: '✔', pending: '✖', waiting: '…' } as const;

function stageLine(stage: StageResult, result: Pick<DocumentResult, 'authors'>): string {
  const label = `${stage.label} ${ROLE_LABELS[stage.role].en}${stage.deputyFor ? ` (for ${ROLE_LABELS[stage.deputyFor].en}, who is the author)` : ''}`;
  if (stage.approvedBy) return `${mark.approved} ${label}: approved by ${stage.approvedBy.name} @${stage.approvedBy.login} at ${stage.approvedBy.at}`;
  const wrote = new Set(result.authors.map((author) => author.login));
  const named = (holders: StageResult['holders']) => holders.map((holder) => `${holder.name} @${holder.login}`).join(' or ');
  const eligible = stage.holders.filter((holder) => !wrote.has(holder.login.toLowerCase()));
  const who = eligible.length ? named(eligible) : stage.holders.length ? `nobody (${named(stage.holders)} wrote this change)` : 'nobody';
  return stage.status === 'waiting' ? `${mark.waiting} ${label}: waiting for the stages before, then ${who}` : `${mark.pending} ${label}: needs approval from ${who}`;
}

export function summaryLine(results: readonly DocumentResult[]): string {
  const approved = results.filter((result) => result.approved).length;
  if (results.length === 0) return 'No files changed: no approval chain applies.';
  return approved === results.length ? `✔ all ${results.length} changed files approved along their chains` : `✖ ${results.length - approved} of ${results.length} changed files still need approval`;
}

export function approvalsAsText(results: readonly DocumentResult[], meta: ReportMeta): string {
  const lines: string[] = [evaluatedLine(meta), ''];
  if (meta.unmatchedAuthors.length) lines.splice(1, 0, unmatchedLine(meta));
  for (const result of results) {
    lines.push(`${result.approved ? mark.approved : mark.pending} ${printable(result.path)}  [${result.kind}]`);
    if (result.problem) lines.push(`    ✖ ${result.problem}`);
    for (const stage of result.stages) {
      lines.push(`    ${stageLine(stage, result)}`);
      for (const note of stage.notes) lines.push(`        ${note}`);
    }
    for (const note of result.ignored) lines.push(`    · ${note}`);
  }
  if (lines.length) lines.push('');
  lines.push(summaryLine(results));
  return lines.join('\n');
}

const cell = (text: string) => printable(text).replace(/\|/g, '\\|');

export function approvalsAsMarkdown(results: readonly DocumentResult[], meta: ReportMeta): string {
  const lines = ['### 审批链 Approval chains', '', summaryLine(results), '', cell(evaluatedLine(meta))];
  // Commit names and e-mails are the pull request's text: code spans keep them from becoming links, HTML or mentions.
  if (meta.unmatchedAuthors.length) lines.push('', unmatchedLine(meta, (identity) => codeSpan(cell(identity))));
  if (results.length) lines.push('', '| document | stage | status |', '|---|---|---|');
  for (const result of results) {
    const file = codeSpan(cell(result.path));
    if (result.problem) lines.push(`| ${file} | — | ✖ ${cell(result.problem)} |`);
    result.stages.forEach((stage, index) => {
      const notes = stage.notes.length ? `<br>${stage.notes.map(cell).join('<br>')}` : '';
      lines.push(`| ${index === 0 && !result.problem ? file : ''} | ${stage.label} | ${cell(stageLine(stage, result))}${notes} |`);
    });
  }
  return lines.join('\n');
}

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Workflow commands: an error on every document whose chain is incomplete. */
export function approvalsAsGithub(results: readonly DocumentResult[], meta: ReportMeta): string {
  const lines = results
    .filter((result) => !result.approved)
    .map((result) => {
      const detail = [result.problem ?? '', ...result.stages.flatMap((stage) => [stageLine(stage, result), ...stage.notes])].filter(Boolean).join('\n');
      return `::error file=${escapeProperty(result.path)},line=1,title=approval-chain::${escapeData(detail)}`;
    });
  return [evaluatedLine(meta), ...lines, summaryLine(results)].join('\n');
}

export function approvalsAsJson(results: readonly DocumentResult[], meta: ReportMeta): string {
  return JSON.stringify({ version: APPROVALS_JSON_VERSION, approved: results.every((result) => result.approved), ...meta, documents: results }, null, 2);
}

/**
 * `plan approvals --explain`: for each changed file its chain, the stages done, and who may still
 * approve each remaining stage (holders who did not write the change and approved no earlier stage).
 */
export function approvalsExplained(results: readonly DocumentResult[], meta: ReportMeta): string {
  const lines: string[] = [evaluatedLine(meta)];
  if (meta.unmatchedAuthors.length) lines.push(unmatchedLine(meta));
  for (const result of results) {
    lines.push('', `${printable(result.path)}  [${result.kind}]`, `    chain: ${result.stages.map((stage) => stage.label).join(' → ')} (${result.stages.map((stage) => ROLE_LABELS[stage.role].en).join(' → ')})`);
    if (result.authors.length) lines.push(`    written by: ${result.authors.map((author) => `@${author.login} (${author.why})`).join(', ')}`);
    if (result.problem) lines.push(`    ✖ ${result.problem}`);
    const wrote = new Set(result.authors.map((author) => author.login));
    const used = new Set(result.stages.flatMap((stage) => (stage.approvedBy ? [stage.approvedBy.login.toLowerCase()] : [])));
    for (const stage of result.stages) {
      const label = `${stage.label} ${ROLE_LABELS[stage.role].en}${stage.deputyFor ? ` (for ${ROLE_LABELS[stage.deputyFor].en})` : ''}`;
      if (stage.approvedBy) {
        lines.push(`    ${mark.approved} ${label}: done, approved by ${stage.approvedBy.name} @${stage.approvedBy.login} at ${stage.approvedBy.at}`);
        continue;
      }
      const may = stage.holders.filter((holder) => !wrote.has(holder.login.toLowerCase()) && !used.has(holder.login.toLowerCase()));
      const who = may.map((holder) => `${holder.name} @${holder.login}${holder.deputyOf ? ' (stand-in)' : ''}`).join(' or ') || 'nobody';
      lines.push(`    ${mark[stage.status]} ${label}: ${stage.status === 'waiting' ? 'after the stages before, ' : ''}may approve: ${who}`);
      for (const holder of stage.holders.filter((candidate) => !may.includes(candidate))) {
        lines.push(`        not @${holder.login}: ${wrote.has(holder.login.toLowerCase()) ? 'wrote this change' : 'approved an earlier stage'}`);
      }
    }
  }
  lines.push('', summaryLine(results));
  return lines.join('\n');
}
